import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// What an archive holds, for `demodata info`: its manifest (parameters, per-table rows and
/// sizes) and what one streaming pass over the invoices finds — their date range and their
/// count and total by status.
public struct ArchiveSummary: Sendable {
    /// The archive's directory.
    public let path: String
    public let manifest: Manifest
    /// The earliest and latest invoice date (`YYYY-MM-DD`); nil without invoices.
    public let invoiceDates: ClosedRange<CivilDate>?
    /// For each invoice status, in the schema's order: how many invoices and their total;
    /// empty when the archive is a subset without invoices.
    public let statuses: [StatusTotal]
    /// What got in the way of reading the invoices (a damaged file, rows that do not parse);
    /// the figures then cover only the rows that could be read. Empty for a sound archive.
    public let problems: [String]
    /// The rows, file bytes and uncompressed bytes of all the tables together.
    public let totals: (rows: Int, bytes: UInt64, uncompressedBytes: UInt64)

    /// The invoices of one status.
    public struct StatusTotal: Sendable, Equatable {
        public let status: String
        public let count: Int
        /// The sum of their `total`, in cents.
        public let totalCents: Int

        /// The total in dollars and cents, `1234.50`.
        public var totalText: String { ValueText.decimalText(totalCents) }
    }

    /// Reads the summary of the archive at `path`: its manifest, and the invoices file in one
    /// pass through the archive reader's file scan and the verifier's row reader (constant memory, and no more of
    /// the file read or decompressed than its manifest entry allows).
    public init(reading path: String) throws {
        let archive = ArchiveReader(path)
        let manifest = try archive.manifest()
        guard let totals = manifest.totals else {
            throw ArchiveError(
                "\(path)/manifest.json lists more rows or bytes than a 64-bit number holds; run "
                    + "demodata verify \(path)")
        }
        self.totals = totals
        guard let asOf = CivilDate(parsing: manifest.asOf) else {
            throw ArchiveError(
                "\(path)/manifest.json has as_of \"\(manifest.asOf)\", not a date; run demodata "
                    + "verify \(path)")
        }
        self.path = path
        self.manifest = manifest
        guard let entry = manifest.tables.first(where: { $0.name == Table.invoices.name }) else {
            // A subset archive without invoices: no figures to read.
            invoiceDates = nil
            statuses = []
            problems = []
            return
        }
        let date = Table.invoices.columnIndex("date")
        let status = Table.invoices.columnIndex("status")
        let total = Table.invoices.columnIndex("total")
        var counts = [Int](repeating: 0, count: Domain.invoiceStatuses.count)
        var cents = [Int](repeating: 0, count: Domain.invoiceStatuses.count)
        var first = Int.max
        var last = Int.min
        var overflow = false
        let log = FindingLog(limit: 1)
        let reader = TableRowReader(
            table: .invoices, format: manifest.format,
            header: manifest.hasHeaderLine,
            file: entry.file, log: log, asOf: AsOf(asOf), expectedRows: entry.rows
        ) { row, _ in
            guard row.valid(date), row.valid(status), row.valid(total) else { return }
            first = min(first, row.numbers[date])
            last = max(last, row.numbers[date])
            counts[row.numbers[status]] += 1
            // Each total is at most 10^12 cents, yet enough rows of them add up past 2^63.
            let (sum, overflowed) = cents[row.numbers[status]].addingReportingOverflow(
                row.numbers[total])
            cents[row.numbers[status]] = overflowed ? .max : sum
            overflow = overflow || overflowed
        }
        let scan = archive.scan(
            .invoices, entry, manifest, strictGzipHeaders: false, content: reader.feed)
        reader.finish()
        var problems = reader.readingProblems(scan, log: log, entry: entry)
        if overflow {
            problems.append("the totals of the invoices add up past what a 64-bit number holds")
        }
        invoiceDates =
            first <= last
            ? CivilDate(daysSinceEpoch: first)...CivilDate(daysSinceEpoch: last) : nil
        statuses = Domain.invoiceStatuses.indices.map {
            StatusTotal(
                status: Domain.invoiceStatuses[$0], count: counts[$0], totalCents: cents[$0])
        }
        self.problems = problems
    }
}
