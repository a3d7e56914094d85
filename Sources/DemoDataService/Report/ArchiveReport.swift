import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The figures of `demodata report`: what a demo shows of an archive's business, every one
/// computed by streaming the table files in constant memory (`ReportComputation`).
///
/// Revenue is that of billed invoices — every status but draft and cancelled — as in
/// `Scripts/report_queries.sql`: invoice totals (tax included) by month, tier, state and
/// customer; line totals (before tax) by category and product.
public struct ArchiveReport: Sendable {
    /// The archive's directory.
    public let path: String
    public let manifest: Manifest
    /// Billed revenue and billed invoices by invoice month, every month from the first
    /// invoice's to the last's (`YYYY-MM`).
    public let months: [ReportBar]
    /// Every invoice, billed or not.
    public let invoices: Int
    /// Billed invoices and their total revenue.
    public let billedInvoices: Int
    public let revenueCents: Int
    public let customers: Int
    public let products: Int
    /// Billed line totals and their units (in `count`, hundredths) by product category.
    public let categories: [ReportBar]
    /// Customers and billed revenue by customer tier, in the schema's order.
    public let tiers: [ReportBar]
    /// Customers (by primary billing address) and billed revenue by state, most revenue
    /// first.
    public let states: [ReportBar]
    public let topProducts: [ReportProduct]
    public let topCustomers: [ReportCustomer]
    /// Invoices by their number of line items: `basketSizes[n]` invoices have n lines.
    public let basketSizes: [Int]
    /// Open invoices (sent or overdue) and their totals by days past due as of the archive's
    /// as-of date: current, 1–30, 31–60, 61–90, over 90.
    public let ageing: [ReportBar]
    /// Customers by the month of their first billed order, and how many ordered in each
    /// month after it.
    public let cohorts: [ReportCohort]
    /// Billed invoices and revenue by weekday of the invoice date, Sunday first.
    public let weekdays: [ReportBar]
    /// Billed invoices and revenue by hour (UTC) the invoice was created.
    public let hours: [ReportBar]
    /// The products at or below their reorder point, most short first (at most
    /// `reorderLimit`), and how many there are in all.
    public let reorder: [ReportReorderItem]
    public let reorderCount: Int
    /// What got in the way of reading the archive; the figures then cover the rows that could
    /// be read. Empty for a sound archive.
    public let problems: [String]

    /// How many products and customers the tables of the best list, and how many products the
    /// reorder list, at most.
    public static let topLimit = 10
    public static let reorderLimit = 25

    /// The accounts-receivable ageing buckets, by days past due.
    public static let ageingBuckets = [
        "current", "1–30 days", "31–60 days", "61–90 days", "over 90 days",
    ]

    /// Reads the archive at `path` and computes the figures, spilling sorted runs of
    /// (id, number) records to a temporary directory under `temporaryDirectory` (by default
    /// `TMPDIR` or `/tmp`), removed before this returns; `announce` is told its path as soon
    /// as it exists, for whoever removes it on a signal. At most `runLength` records are held
    /// in memory per sorted run.
    public init(
        reading path: String, temporaryDirectory: String? = nil, runLength: Int = 1 << 16,
        announce: (String) -> Void = { _ in }
    ) throws {
        let manifest = try ArchiveReader(path).manifest()
        guard let asOf = CivilDate(parsing: manifest.asOf) else {
            throw ArchiveError(
                "\(path)/manifest.json has as_of \"\(manifest.asOf)\", not a date; run demodata "
                    + "verify \(path)")
        }
        for table in Table.allCases
        where !manifest.tables.contains(where: { $0.name == table.name }) {
            throw ArchiveError(
                "\(path) has no \(table.name) table (a subset archive); the report needs all "
                    + "eight tables: generate the archive without --tables")
        }
        let environment = getenv("TMPDIR").map { String(cString: $0) } ?? ""
        let parent = temporaryDirectory ?? (environment.isEmpty ? "/tmp" : environment)
        var template = Array((parent + "/demodata-report-XXXXXX").utf8CString)
        let directory = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, let made = mkdtemp(base) else { return nil }
            return String(cString: made)
        }
        guard let directory else {
            throw ArchiveError.system(
                "create a temporary directory in", parent, code: errno,
                hint: "set TMPDIR to a writable directory")
        }
        announce(directory)
        defer { Self.remove(directory) }
        let computation = ReportComputation(
            reader: ReportTableReader(
                path: path, manifest: manifest, asOf: asOf),
            directory: directory, runLength: runLength)
        try computation.run()
        self.path = path
        self.manifest = manifest
        months = computation.monthBars
        invoices = computation.invoices
        billedInvoices = computation.billedInvoices
        revenueCents = computation.revenueCents
        customers = computation.customers
        products = computation.products
        categories = computation.categoryBars
        tiers = computation.tierBars
        states = computation.stateBars
        topProducts = computation.topProducts
        topCustomers = computation.topCustomers
        basketSizes = computation.basketSizes
        ageing = computation.ageingBars
        cohorts = computation.cohortRows
        weekdays = computation.weekdayBars
        hours = computation.hourBars
        reorder = computation.reorderItems
        reorderCount = computation.reorderCount
        problems = computation.reader.problems
    }

    /// The open balance: the total of every ageing bucket.
    public var receivableCents: Int { ageing.reduce(0) { $0 + $1.cents } }

    /// Removes the temporary directory and the run files in it.
    private static func remove(_ directory: String) {
        guard let handle = opendir(directory) else { return }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." {
                unlink(directory + "/" + name)
            }
        }
        closedir(handle)
        rmdir(directory)
    }
}
