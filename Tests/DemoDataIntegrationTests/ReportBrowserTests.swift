import Foundation
import Testing

/// `demodata report` in a real browser and against a real database: headless Chromium
/// (Debian's `chromium`) renders the page to a PNG without a console message and holds every
/// chart in its DOM, and figures printed in the page equal the same figures computed by DuckDB
/// straight from the archive's Parquet files.
@Suite("Report in a browser and in DuckDB")
struct ReportBrowserTests {
    static let chromiumMissing =
        "chromium is not installed; install it (apt-get install chromium)"

    /// Generates a large Parquet archive and its report in `directory`.
    static func archiveAndReport(in directory: TestDirectory) async throws -> (URL, String) {
        let archive = directory.appending("large parquet")
        try await IntegrationFixture.demodata(
            ["generate"] + IntegrationFixture.dataOptions
                + ["--format", "parquet", "--quiet", "--output", archive.path])
        let page = directory.file("report.html")
        try await IntegrationFixture.demodata(["report", archive.path, "-o", page])
        return (archive, page)
    }

    static func chromium(_ arguments: [String]) async throws -> TestProcess.Result {
        try await ExternalCommand.run(
            program: "chromium",
            ["--headless", "--disable-gpu", "--no-sandbox", "--enable-logging=stderr", "--v=0"]
                + arguments)
    }

    @Test(
        .enabled(Comment(rawValue: chromiumMissing)) {
            try await ExternalCommand.run(program: "chromium", ["--version"]).succeeded
        })
    func chromiumRendersThePageWithoutAConsoleMessage() async throws {
        let directory = try TestDirectory(named: "report browser")
        defer { directory.remove() }
        let (_, page) = try await Self.archiveAndReport(in: directory)
        let url = URL(filePath: page).absoluteString
        let png = directory.file("report.png")
        let shot = try await Self.chromium(
            ["--screenshot=\(png)", "--window-size=1280,4000", url])
        #expect(shot.succeeded, "\(shot)")
        for message in ["CONSOLE", "Uncaught", "Failed to load", "net::ERR"] {
            #expect(!shot.errorText.contains(message), "\(shot.errorText)")
        }
        let image = try Data(contentsOf: URL(filePath: png))
        #expect(image.starts(with: [0x89, 0x50, 0x4e, 0x47]), "a PNG")
        #expect(image.count > 50_000, "a page with charts, not a blank one")
        let dom = try await Self.chromium(["--dump-dom", url])
        #expect(dom.succeeded, "\(dom)")
        #expect(dom.outputText.components(separatedBy: "<svg ").count - 1 == 8)
        for chart in [
            "months", "categories", "tiers", "states", "baskets", "ageing", "weekdays", "hours",
        ] {
            #expect(dom.outputText.contains("data-chart=\"\(chart)\""), "\(chart)")
        }
        #expect(!dom.errorText.contains("CONSOLE"), "\(dom.errorText)")
    }

    @Test(.enabled(Comment(rawValue: DuckDB.missingMessage)) { try await DuckDB.isInstalled() })
    func figuresInThePageEqualDuckDBs() async throws {
        let directory = try TestDirectory(named: "report duckdb")
        defer { directory.remove() }
        let (archive, page) = try await Self.archiveAndReport(in: directory)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let reader = try TestArchive(archive)
        func table(_ name: String) throws -> String {
            "read_parquet('\(try reader.file(of: name).path)')"
        }
        let invoices = try table("invoices")
        let billed = "status NOT IN ('draft', 'cancelled')"
        let database = directory.appending("report.duckdb")
        func number(_ sql: String) async throws -> Int {
            let text = try await DuckDB.query(database, sql)
            return try Int(text).unwrapped("DuckDB printed \(text) for \(sql)")
        }
        func figure(_ name: String) throws -> Int {
            let marker = "data-figure=\"\(name)\" data-value=\""
            let start = try html.range(of: marker).unwrapped("the page has no \(name)")
            return try Int(html[start.upperBound...].prefix { $0.isNumber })
                .unwrapped("\(name) is not a number")
        }
        #expect(
            try figure("revenue-total")
                == (try await number(
                    "SELECT CAST(sum(total) * 100 AS BIGINT) FROM \(invoices) WHERE \(billed)")))
        #expect(try figure("invoices") == (try await number("SELECT count(*) FROM \(invoices)")))
        #expect(
            try figure("billed-invoices")
                == (try await number("SELECT count(*) FROM \(invoices) WHERE \(billed)")))
        #expect(
            try figure("receivable")
                == (try await number(
                    "SELECT CAST(coalesce(sum(total), 0) * 100 AS BIGINT) FROM \(invoices) "
                        + "WHERE status IN ('sent', 'overdue')")))
        #expect(
            try figure("reorder-count")
                == (try await number(
                    "SELECT count(*) FROM \(try table("inventory")) "
                        + "WHERE current_stock <= reorder_point")))
        // Every month's revenue, and every category's.
        let months = try await DuckDB.query(
            database,
            "SELECT strftime(date, '%Y-%m') || '|' || CAST(sum(total) * 100 AS BIGINT) "
                + "FROM \(invoices) WHERE \(billed) GROUP BY strftime(date, '%Y-%m')")
        let categories = try await DuckDB.query(
            database,
            "SELECT c.name || '|' || CAST(sum(l.line_total) * 100 AS BIGINT) "
                + "FROM \(try table("invoice_line_items")) l "
                + "JOIN \(invoices) i ON i.id = l.invoice_id "
                + "JOIN \(try table("products")) p ON p.id = l.product_id "
                + "JOIN \(try table("product_categories")) c ON c.id = p.category_id "
                + "WHERE i.\(billed) GROUP BY c.name")
        let tiers = try await DuckDB.query(
            database,
            "SELECT t.name || '|' || CAST(sum(i.total) * 100 AS BIGINT) FROM \(invoices) i "
                + "JOIN \(try table("customers")) c ON c.id = i.customer_id "
                + "JOIN \(try table("customer_types")) t ON t.id = c.customer_type_id "
                + "WHERE i.\(billed) GROUP BY t.name")
        let lines = (months + "\n" + categories + "\n" + tiers).split(separator: "\n")
        #expect(lines.count > 12 + 5 + 4 - 1)
        for line in lines {
            let parts = line.split(separator: "|")
            let key = parts[0].replacingOccurrences(of: "&", with: "&amp;")
            #expect(html.contains("data-key=\"\(key)\" data-value=\"\(parts[1])\""), "\(line)")
        }
        let best = try await DuckDB.query(
            database,
            "SELECT p.sku FROM \(try table("invoice_line_items")) l "
                + "JOIN \(invoices) i ON i.id = l.invoice_id "
                + "JOIN \(try table("products")) p ON p.id = l.product_id WHERE i.\(billed) "
                + "GROUP BY p.sku, p.id ORDER BY sum(l.line_total) DESC, p.id LIMIT 1")
        let topTable = try html.range(of: "data-table=\"top-products\"").unwrapped("no table")
        let firstRow = try html[topTable.upperBound...].range(of: "<td class=\"k\">")
            .unwrapped("no row")
        #expect(html[firstRow.upperBound...].hasPrefix(best + "</td>"))
    }
}
