/// What `demodata info` and `ArchiveSummary` report about an archive's invoices, recomputed
/// from the rows by the tests' reader: the earliest and latest invoice date, and the count and
/// total cents of each status.
public struct InvoiceFigures {
    public let firstDate: String
    public let lastDate: String
    public let counts: [String: Int]
    public let cents: [String: Int]

    /// The figures of `archive`'s invoices, CSV or NDJSON.
    public init(_ archive: TestArchive) throws {
        let names = archive.manifest.columns(of: "invoices").map(\.name)
        let column = { (name: String) in
            try names.firstIndex(of: name).unwrapped("invoices has no column \(name)")
        }
        let (date, status, total) = try (column("date"), column("status"), column("total"))
        var dates: [String] = []
        var counts: [String: Int] = [:]
        var cents: [String: Int] = [:]
        for row in try archive.rows("invoices") {
            let rowStatus = try row[status].unwrapped("an invoice has no status")
            dates.append(try row[date].unwrapped("an invoice has no date"))
            counts[rowStatus, default: 0] += 1
            cents[rowStatus, default: 0] += try TestDecimal.cents(
                row[total].unwrapped("an invoice has no total"))
        }
        firstDate = try dates.min().unwrapped("\(archive.directory.path) has no invoices")
        lastDate = try dates.max().unwrapped("\(archive.directory.path) has no invoices")
        self.counts = counts
        self.cents = cents
    }
}
