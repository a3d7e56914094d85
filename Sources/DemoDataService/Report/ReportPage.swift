import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// Writes an `ArchiveReport` as one self-contained HTML page: a title with the archive's
/// parameters, headline figures, and a grid of cards, each a chart (inline SVG) or a table.
/// Figures a test may read carry `data-figure` and `data-value` (cents for money).
package struct ReportPage {
    package let report: ArchiveReport

    private static let blue = "#3b6fb6"
    private static let green = "#3f9a6e"
    private static let orange = "#d9822b"
    private static let purple = "#7b5ea7"

    package var html: String {
        let manifest = report.manifest
        var scale = manifest.volume.rawValue
        if manifest.scale > 1 {
            scale += " ×\(manifest.scale)"
        }
        let title = "demodata report: \(scale), seed \(manifest.seed)"
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="demodata report">
            <title>\(ReportText.escaped(title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>\(ReportText.escaped(title))</h1>
            <p class="meta" data-figure="parameters" data-seed="\(manifest.seed)" \
            data-volume="\(manifest.volume.rawValue)" data-scale="\(manifest.scale)" \
            data-as-of="\(ReportText.escaped(manifest.asOf))" \
            data-data-version="\(manifest.dataVersion)">as of \
            \(ReportText.escaped(manifest.asOf)) · data version \(manifest.dataVersion) · \
            \(manifest.format.rawValue) \(manifest.compression.rawValue) · \
            \(ReportText.escaped(report.path))</p>
            </header>

            """
        page += headline
        if !report.problems.isEmpty {
            page +=
                "<section class=\"problems\"><h2>Problems reading the archive</h2><ul>"
                + report.problems.map { "<li>\(ReportText.escaped($0))</li>" }.joined()
                + "</ul><p>The figures cover the rows that could be read; run demodata verify."
                + "</p></section>\n"
        }
        page += "<main>\n"
        page += card(
            "Revenue by month", wide: true,
            note: "Billed invoices (every status but draft and cancelled), totals with tax.",
            ReportColumnChart(
                name: "months", bars: report.months, value: \.cents, tick: ReportText.shortMoney,
                tooltip: { "\($0.label): \(ReportText.money($0.cents)), \($0.count) invoices" },
                xTitle: "invoice month", yTitle: "revenue", color: Self.blue, width: 1200
            ).svg)
        page += card(
            "Revenue by category",
            note: "Billed line totals, before tax.",
            ReportBarChart(
                name: "categories", bars: report.categories, value: \.cents,
                valueText: { ReportText.money($0.cents) },
                tooltip: { "\($0.label): \(ReportText.units($0.count)) units" },
                title: "revenue", color: Self.green
            ).svg)
        page += card(
            "Revenue by customer tier",
            note: "Billed invoice totals; customers of each tier in the tooltip.",
            ReportBarChart(
                name: "tiers", bars: report.tiers, value: \.cents,
                valueText: { ReportText.money($0.cents) },
                tooltip: { "\($0.label): \(ReportText.grouped($0.count)) customers" },
                title: "revenue", color: Self.purple
            ).svg)
        page += statesCard
        page += productsCard
        page += customersCard
        page += card(
            "Basket sizes",
            note: "Invoices by their number of line items.",
            ReportColumnChart(
                name: "baskets",
                bars: report.basketSizes.indices.dropFirst().map {
                    ReportBar(label: "\($0)", count: report.basketSizes[$0], cents: 0)
                },
                value: \.count, tick: ReportText.shortCount,
                tooltip: { "\($0.count) invoices with \($0.label) lines" },
                xTitle: "line items per invoice", yTitle: "invoices", color: Self.orange
            ).svg)
        page += ageingCard
        page += card(
            "Orders by weekday",
            note: "Billed invoices by the weekday of their date.",
            ReportColumnChart(
                name: "weekdays", bars: report.weekdays, value: \.count,
                tick: ReportText.shortCount,
                tooltip: { "\($0.label): \($0.count) invoices, \(ReportText.money($0.cents))" },
                xTitle: "weekday", yTitle: "invoices", color: Self.blue
            ).svg)
        page += card(
            "Orders by hour", wide: true,
            note: "Billed invoices by the hour (UTC) they were created.",
            ReportColumnChart(
                name: "hours", bars: report.hours, value: \.count, tick: ReportText.shortCount,
                tooltip: { "\($0.label):00: \($0.count) invoices" },
                xTitle: "hour of day (UTC)", yTitle: "invoices", color: Self.blue, width: 1200
            ).svg)
        page += cohortCard
        page += reorderCard
        page += "</main>\n<footer>Made by demodata from \(ReportText.escaped(report.path)); "
        page += "every figure streamed from the archive's files.</footer>\n</body>\n</html>\n"
        return page
    }

    private var headline: String {
        let figures: [(String, String, Int, String)] = [
            (
                "revenue-total", "Revenue (billed)", report.revenueCents,
                ReportText.money(report.revenueCents)
            ),
            (
                "billed-invoices", "Billed invoices", report.billedInvoices,
                ReportText.grouped(report.billedInvoices)
            ),
            ("invoices", "Invoices", report.invoices, ReportText.grouped(report.invoices)),
            ("customers", "Customers", report.customers, ReportText.grouped(report.customers)),
            ("products", "Products", report.products, ReportText.grouped(report.products)),
            (
                "receivable", "Open receivables", report.receivableCents,
                ReportText.money(report.receivableCents)
            ),
        ]
        return "<section class=\"headline\">"
            + figures.map { name, label, value, text in
                "<div class=\"figure\"><span class=\"label\">\(label)</span>"
                    + "<span class=\"number\" data-figure=\"\(name)\" data-value=\"\(value)\">"
                    + "\(text)</span></div>"
            }.joined() + "</section>\n"
    }

    private func card(_ title: String, wide: Bool = false, note: String, _ body: String)
        -> String
    {
        "<section class=\"card\(wide ? " wide" : "")\"><h2>\(ReportText.escaped(title))</h2>"
            + "<p class=\"note\">\(ReportText.escaped(note))</p>\(body)</section>\n"
    }

    private var statesCard: String {
        let shown = Array(report.states.prefix(20))
        let rest = report.states.count - shown.count
        return card(
            "Customers and revenue by state", wide: false,
            note: "By primary billing address, the \(shown.count) states with the most revenue"
                + (rest > 0 ? "; \(rest) more are not shown." : "."),
            ReportBarChart(
                name: "states", bars: shown, value: \.cents,
                valueText: {
                    "\(ReportText.money($0.cents)) · \(ReportText.grouped($0.count)) cust."
                },
                tooltip: {
                    "\($0.label): \(ReportText.grouped($0.count)) customers, "
                        + ReportText.money($0.cents)
                },
                title: "revenue", color: Self.green
            ).svg)
    }

    private var productsCard: String {
        let rows = report.topProducts.enumerated().map { index, product in
            "<tr><td class=\"n\">\(index + 1)</td><td class=\"k\">\(ReportText.escaped(product.sku))</td>"
                + "<td>\(ReportText.escaped(product.name))</td>"
                + "<td>\(ReportText.escaped(product.category))</td>"
                + "<td class=\"n\">\(ReportText.units(product.units))</td>"
                + "<td class=\"n\" data-value=\"\(product.cents)\">"
                + "\(ReportText.money(product.cents))</td></tr>"
        }
        return card(
            "Top products", note: "By billed line totals.",
            table(
                name: "top-products",
                head: ["#", "SKU", "product", "category", "units", "revenue"], rows: rows))
    }

    private var customersCard: String {
        let rows = report.topCustomers.enumerated().map { index, customer in
            "<tr><td class=\"n\">\(index + 1)</td><td>\(ReportText.escaped(customer.name))</td>"
                + "<td>\(ReportText.escaped(customer.tier))</td>"
                + "<td>\(ReportText.escaped(customer.state))</td>"
                + "<td class=\"n\">\(ReportText.grouped(customer.invoices))</td>"
                + "<td class=\"n\" data-value=\"\(customer.cents)\">"
                + "\(ReportText.money(customer.cents))</td></tr>"
        }
        return card(
            "Top customers", note: "By billed invoice totals.",
            table(
                name: "top-customers",
                head: ["#", "customer", "tier", "state", "invoices", "revenue"], rows: rows))
    }

    private var ageingCard: String {
        card(
            "Accounts receivable ageing",
            note: "Open invoices (sent or overdue) by days past due as of "
                + "\(report.manifest.asOf): \(ReportText.money(report.receivableCents)) open.",
            ReportColumnChart(
                name: "ageing", bars: report.ageing, value: \.cents,
                tick: ReportText.shortMoney,
                tooltip: { "\($0.label): \($0.count) invoices, \(ReportText.money($0.cents))" },
                xTitle: "days past due", yTitle: "open balance", color: Self.orange
            ).svg)
    }

    private var cohortCard: String {
        let width = report.cohorts.map(\.active.count).max() ?? 0
        var rows: [String] = []
        for cohort in report.cohorts {
            var row =
                "<tr><th>\(ReportText.escaped(cohort.month))</th>"
                + "<td class=\"n\">\(ReportText.grouped(cohort.customers))</td>"
            for offset in 0..<width {
                guard offset < cohort.active.count else {
                    row += "<td></td>"
                    continue
                }
                let share =
                    cohort.customers > 0
                    ? Double(cohort.active[offset]) / Double(cohort.customers) : 0
                let alpha = ReportText.decimal(0.08 + 0.85 * share, digits: 1)
                let dark = share > 0.55
                row +=
                    "<td class=\"cell\(dark ? " dark" : "")\" "
                    + "style=\"background:rgba(59,111,182,\(alpha))\" "
                    + "title=\"\(cohort.active[offset]) of \(cohort.customers) customers\">"
                    + "\(ReportText.percent(cohort.active[offset], of: cohort.customers))</td>"
            }
            rows.append(row + "</tr>")
        }
        let head = ["first order", "customers"] + (0..<width).map { "+\($0)" }
        return card(
            "Cohort retention", wide: true,
            note: "Customers by the month of their first billed order, and the share of them "
                + "who ordered again 1, 2, … months later.",
            table(name: "cohorts", head: head, rows: rows, compact: true))
    }

    private var reorderCard: String {
        let rows = report.reorder.map { item in
            "<tr><td class=\"k\">\(ReportText.escaped(item.sku))</td>"
                + "<td>\(ReportText.escaped(item.name))"
                + "</td><td>\(ReportText.escaped(item.location))</td>"
                + "<td class=\"n\">\(ReportText.grouped(item.currentStock))</td>"
                + "<td class=\"n\">\(ReportText.grouped(item.reservedStock))</td>"
                + "<td class=\"n\">\(ReportText.grouped(item.reorderPoint))</td>"
                + "<td class=\"n\">\(ReportText.grouped(item.reorderQuantity))</td></tr>"
        }
        return card(
            "Reorder list", wide: true,
            note: "\(ReportText.grouped(report.reorderCount)) products are at or below their "
                + "reorder point; the \(report.reorder.count) furthest below it:",
            "<p hidden data-figure=\"reorder-count\" data-value=\"\(report.reorderCount)\"></p>"
                + table(
                    name: "reorder",
                    head: [
                        "SKU", "product", "location", "in stock", "reserved", "reorder point",
                        "reorder qty",
                    ], rows: rows))
    }

    private func table(name: String, head: [String], rows: [String], compact: Bool = false)
        -> String
    {
        "<div class=\"scroll\"><table data-table=\"\(name)\"\(compact ? " class=\"compact\"" : "")>"
            + "<thead><tr>" + head.map { "<th>\(ReportText.escaped($0))</th>" }.joined()
            + "</tr></thead><tbody>" + rows.joined() + "</tbody></table></div>"
    }

    private static let style = """
        :root{color-scheme:light;--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--card:#fff;\
        --page:#f5f7fa}
        *{box-sizing:border-box}
        body{margin:0;padding:24px 32px;background:var(--page);color:var(--ink);\
        font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
        h1{margin:0 0 4px;font-size:24px}
        h2{margin:0 0 2px;font-size:16px}
        .meta,.note,footer{color:var(--muted)}
        .note{margin:0 0 10px;font-size:12px}
        .headline{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));\
        gap:12px;margin:18px 0}
        .figure{background:var(--card);border:1px solid var(--line);border-radius:10px;\
        padding:12px 16px}
        .figure .label{display:block;color:var(--muted);font-size:12px}
        .figure .number{font-size:22px;font-weight:600}
        main{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:16px}
        .card{background:var(--card);border:1px solid var(--line);border-radius:10px;\
        padding:16px;min-width:0}
        .card.wide{grid-column:1/-1}
        .problems{background:#fff4e5;border:1px solid #f0b86e;border-radius:10px;\
        padding:12px 16px;margin-bottom:16px}
        svg{width:100%;height:auto;display:block}
        svg text{font-size:11px;fill:var(--ink)}
        svg .tick,svg .title{fill:var(--muted)}
        svg .grid{stroke:var(--line)}
        svg .axis{stroke:#9aa5b1}
        svg rect:hover{opacity:.8}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:13px}
        th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left}
        th,td.n,td.k{white-space:nowrap}
        thead th{color:var(--muted);font-weight:600}
        td.n{text-align:right;font-variant-numeric:tabular-nums}
        table.compact td,table.compact th{padding:3px 5px;font-size:12px}
        td.cell{text-align:center;font-variant-numeric:tabular-nums}
        td.cell.dark{color:#fff}
        footer{margin-top:20px;font-size:12px}
        """
}
