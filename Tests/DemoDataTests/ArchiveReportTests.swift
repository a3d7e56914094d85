import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// `ArchiveReport` streams an archive into the report's figures; they equal the figures the
/// tests compute the plain way from every row in memory (`ReportExpectation`), in each
/// format and codec, with the joins' sorted runs in memory or spilled to many files.
@Suite struct ArchiveReportTests {
    @Test(arguments: [
        (OutputFormat.ndjson, Compression.gzip, 1 << 16),
        (OutputFormat.csv, Compression.zstd, 7),
        (OutputFormat.parquet, Compression.zstd, 64),
    ])
    func figuresEqualThoseOfTheRows(
        format: OutputFormat, compression: Compression, runLength: Int
    ) throws {
        let archive = try GeneratedArchive(
            volume: .medium, format: format, compression: compression)
        let temporary = try TestDirectory()
        let report = try ArchiveReport(
            reading: archive.path, temporaryDirectory: temporary.path, runLength: runLength)
        // The tests read text: a Parquet archive's figures are those of its NDJSON twin.
        let rows =
            format == .parquet ? try GeneratedArchive(volume: .medium, format: .ndjson) : archive
        let want = try ReportExpectation(rows.reader, asOf: archive.manifest.asOf)
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(try temporary.contents().isEmpty, "the runs are removed")
        #expect(report.revenueCents == want.revenueCents)
        #expect(report.invoices == want.invoices)
        #expect(report.billedInvoices == want.billedInvoices)
        #expect(report.customers == want.customers)
        #expect(report.products == want.products)
        #expect(report.months.map(\.label) == want.monthLabels)
        for month in report.months {
            let figures = want.months[month.label] ?? (0, 0)
            #expect(month.count == figures.count && month.cents == figures.cents, "\(month)")
        }
        #expect(Set(report.categories.map(\.label)) == Set(Domain.categoryNames))
        for category in report.categories {
            let figures = want.categories[category.label] ?? (0, 0)
            #expect(
                category.cents == figures.cents && category.count == figures.units,
                "\(category)")
        }
        #expect(report.tiers.map(\.label) == Domain.customerTypeNames)
        for tier in report.tiers {
            let figures = want.tiers[tier.label] ?? (0, 0)
            #expect(tier.count == figures.customers && tier.cents == figures.cents, "\(tier)")
        }
        #expect(report.states.count == want.states.count)
        for state in report.states {
            let figures = want.states[state.label] ?? (-1, -1)
            #expect(state.count == figures.customers && state.cents == figures.cents, "\(state)")
        }
        #expect(report.states.map(\.cents) == report.states.map(\.cents).sorted(by: >))
        #expect(report.topProducts.map(\.sku) == want.topProducts.map(\.sku))
        #expect(report.topProducts.map(\.cents) == want.topProducts.map(\.cents))
        #expect(report.topProducts.map(\.units) == want.topProducts.map(\.units))
        #expect(report.topCustomers.map(\.name) == want.topCustomers.map(\.name))
        #expect(report.topCustomers.map(\.cents) == want.topCustomers.map(\.cents))
        #expect(report.topCustomers.map(\.invoices) == want.topCustomers.map(\.invoices))
        let baskets = report.basketSizes.indices.filter { report.basketSizes[$0] > 0 }
        #expect(Set(baskets) == Set(want.basketSizes.keys))
        for size in baskets {
            #expect(report.basketSizes[size] == want.basketSizes[size], "\(size) lines")
        }
        #expect(report.ageing.map(\.label) == ArchiveReport.ageingBuckets)
        #expect(report.ageing.map(\.count) == want.ageing.map(\.count))
        #expect(report.ageing.map(\.cents) == want.ageing.map(\.cents))
        #expect(report.cohorts.map(\.month) == want.cohorts.map(\.month))
        #expect(report.cohorts.map(\.customers) == want.cohorts.map(\.customers))
        #expect(report.cohorts.map(\.active) == want.cohorts.map(\.active))
        #expect(report.weekdays.map(\.count) == want.weekdays)
        #expect(report.hours.map(\.count) == want.hours)
        #expect(report.reorderCount == want.reorderCount)
        #expect(report.reorder.map(\.sku) == want.reorderSKUs)
        #expect(report.reorder.allSatisfy { $0.currentStock <= $0.reorderPoint })
    }

    @Test func thePageIsSelfContainedAndCarriesTheFigures() throws {
        let archive = try GeneratedArchive(volume: .medium)
        let report = try ArchiveReport(reading: archive.path)
        let html = report.html
        for forbidden in ["http://", "https://", "<script", "<link", "<img", "@import", "url("] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
        }
        #expect(html.components(separatedBy: "<svg ").count - 1 == 8)
        #expect(html.contains(ReportOutput.marker))
        #expect(
            html.contains(
                "data-figure=\"revenue-total\" data-value=\"\(report.revenueCents)\">"
                    + ReportText.money(report.revenueCents) + "<"))
        #expect(
            html.contains("data-figure=\"receivable\" data-value=\"\(report.receivableCents)\""))
        for month in report.months {
            #expect(html.contains("data-key=\"\(month.label)\" data-value=\"\(month.cents)\""))
        }
        #expect(html.contains("seed \(archive.manifest.seed)"))
        #expect(html.contains("data-as-of=\"\(archive.manifest.asOf)\""))
    }

    @Test func aMissingDamagedOrPartialArchiveIsReported() throws {
        let directory = try TestDirectory()
        #expect(throws: ArchiveError.self) {
            try ArchiveReport(reading: directory.file("missing"))
        }
        let subset = try GeneratedArchive(subset: TableSubset(closing: [Table.customers]))
        let error = try #require(throws: ArchiveError.self) {
            try ArchiveReport(reading: subset.path)
        }
        #expect(error.description.contains("--tables"))
        // A line items file cut short: the figures cover what could be read, and say so.
        let archive = try GeneratedArchive(volume: .medium, compression: .none)
        let file = archive.path + "/" + (try archive.entry(.invoiceLineItems)).file
        let content = try Data(contentsOf: URL(filePath: file))
        try content.prefix(content.count / 2).write(to: URL(filePath: file))
        let unwritable = try #require(throws: ArchiveError.self) {
            try ArchiveReport(reading: archive.path, temporaryDirectory: directory.file("none"))
        }
        #expect(unwritable.description.contains("TMPDIR"))
        let report = try ArchiveReport(reading: archive.path)
        #expect(!report.problems.isEmpty)
        #expect(report.html.contains("Problems reading the archive"))
        #expect(report.invoices == (try archive.entry(.invoices)).rows)
    }

    /// Rows that do not join — invoices of customers missing from their file, lines of
    /// products missing from theirs, line items out of their invoices' order — are left out of
    /// the joined figures and named, and the other figures stand.
    @Test func rowsThatDoNotJoinAreLeftOutAndNamed() throws {
        let archive = try GeneratedArchive(volume: .medium, compression: .none)
        // The invoices stay whole: the figures of the invoices alone stay right.
        let want = try ReportExpectation(archive.reader, asOf: archive.manifest.asOf)
        func rewrite(_ table: Table, _ change: ([Substring]) -> [Substring]) throws {
            let file = URL(filePath: archive.path + "/" + (try archive.entry(table)).file)
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            try (change(lines).joined(separator: "\n") + "\n").write(
                to: file, atomically: false, encoding: .utf8)
        }
        // Half the customers gone, and one left with a customer type that is not a UUID.
        try rewrite(.customers) { lines in
            Array(lines.prefix(lines.count / 2)).enumerated().map { index, line in
                index == 0
                    ? Substring(
                        line.replacingOccurrences(
                            of: "\"customer_type_id\":\"", with: "\"customer_type_id\":\"zz"))
                    : line
            }
        }
        try rewrite(.products) { Array($0.suffix($0.count / 2)) }
        try rewrite(.invoiceLineItems) { $0.reversed() }
        let report = try ArchiveReport(reading: archive.path, runLength: 16)
        let problems = report.problems.joined(separator: "\n")
        #expect(problems.contains("do not follow their invoice"), "\(problems)")
        #expect(problems.contains("name a customer the customers table does not have"))
        #expect(problems.contains("name a product the products table does not have"))
        #expect(problems.contains("the manifest says"))
        #expect(problems.contains("1 row(s) of customers.ndjson with a bad value are left out"))
        #expect(report.invoices == (try archive.entry(.invoices)).rows)
        #expect(report.revenueCents == want.revenueCents)
        #expect(report.ageing.map(\.cents) == want.ageing.map(\.cents))
    }

    @Test func theFileIsWrittenWholeAndOnlyOverOurOwn() throws {
        let directory = try TestDirectory()
        let path = directory.file("page.html")
        let page = "<!DOCTYPE html><head>\(ReportOutput.marker)</head>first"
        try ReportOutput.write(page, to: path)
        try ReportOutput.write(page + " again", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == page + " again")
        let foreign = directory.file("notes.html")
        try "my notes".write(toFile: foreign, atomically: false, encoding: .utf8)
        #expect(throws: ArchiveError.self) { try ReportOutput.write(page, to: foreign) }
        #expect(try String(contentsOfFile: foreign, encoding: .utf8) == "my notes")
        try ReportOutput.write(page, to: foreign, force: true)
        #expect(try String(contentsOfFile: foreign, encoding: .utf8) == page)
        #expect(throws: ArchiveError.self) { try ReportOutput.write(page, to: directory.path) }
        #expect(throws: ArchiveError.self) {
            try ReportOutput.write(page, to: directory.file("no/such/dir/page.html"))
        }
        #expect(try directory.contents().sorted() == ["notes.html", "page.html"])
    }

    @Test func sortedRunsMergeIntoOneOrder() throws {
        let directory = try TestDirectory()
        var generator = SplitMix64(seed: 7)
        let records = (0..<1_000).map { _ in
            ReportRecord(
                key: Key128(high: generator.next() % 20, low: generator.next() % 3),
                first: Int(generator.next() % 1_000), second: Int(generator.next() % 5))
        }
        for runLength in [1, 33, 5_000] {
            let sorter = ReportRecordSorter(
                directory: directory.path, name: "run\(runLength)", runLength: runLength)
            for record in records {
                try sorter.add(record)
            }
            let merge = try sorter.sorted()
            var merged: [ReportRecord] = []
            while let record = try merge.next() {
                merged.append(record)
            }
            #expect(merged == records.sorted(), "runs of \(runLength)")
            #expect(sorter.count == records.count)
        }
        // A run file cut in the middle of a record is refused, never misread.
        let writer = try ReportRecordWriter(path: directory.file("cut"))
        try writer.append(records[0])
        try writer.flush()
        let cut = try FileHandle(forWritingTo: URL(filePath: directory.file("cut")))
        try cut.truncate(atOffset: 20)
        try cut.close()
        #expect(throws: ArchiveError.self) {
            try ReportRecordReader(path: directory.file("cut")).next()
        }
        #expect(throws: ArchiveError.self) { try ReportRecordWriter(path: directory.file("cut")) }
        #expect(throws: ArchiveError.self) {
            try ReportRecordReader(path: directory.file("missing"))
        }
        var top = TopList<Int>(limit: 3, ranksBefore: >)
        for value in [5, 1, 9, 7, 3, 9] {
            top.offer(value)
        }
        #expect(top.elements == [9, 9, 7])
        var none = TopList<Int>(limit: 0, ranksBefore: >)
        none.offer(1)
        #expect(none.elements.isEmpty)
    }

    @Test func numbersArePrintedForPeople() {
        #expect(ReportText.money(123_456_789) == "$1,234,568")
        #expect(ReportText.money(-150) == "-$2")
        #expect(ReportText.money(0) == "$0")
        #expect(ReportText.shortMoney(95_000) == "$950")
        #expect(ReportText.shortMoney(1_250_000) == "$12.5k")
        #expect(ReportText.shortMoney(340_000_000) == "$3.4M")
        #expect(ReportText.shortMoney(250_000_000_000) == "$2.5B")
        #expect(ReportText.shortMoney(20_000_000_000) == "$200M")
        #expect(ReportText.shortCount(950) == "950")
        #expect(ReportText.shortCount(12_000) == "12k")
        #expect(ReportText.shortCount(3_400_000) == "3.4M")
        #expect(ReportText.percent(1, of: 8) == "12.5%")
        #expect(ReportText.percent(1, of: 0) == "–")
        #expect(ReportText.units(1_250) == "12.5")
        #expect(ReportText.units(1_205) == "12.05")
        #expect(ReportText.units(1_200) == "12")
        #expect(ReportText.escaped("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(ReportAxis.ticks(maximum: 0) == (1, 1))
        #expect(ReportAxis.ticks(maximum: 3_400) == (1_000, 4))
        #expect(ReportAxis.ticks(maximum: 95) == (50, 2))
        #expect(ReportAxis.ticks(maximum: 7) == (2, 4))
    }
}
