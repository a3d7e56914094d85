/// The valid values of each parameter, for whoever takes them from a user.
extension GenerationParameters {
    /// The scales: 1 to `maximumScale`.
    public static let scaleRange = 1...maximumScale

    /// The gzip levels: 1 (fastest) to 9 (smallest).
    public static let levelRange = 1...9

    /// The worker thread counts to accept from a user. More threads than this only cost
    /// memory (each has its own buffers and deflate state) and never speed a run up.
    public static let threadRange = 1...1024

    /// The as-of dates for which every generated date is a real date written `YYYY-MM-DD`:
    /// from the Unix epoch (as `SOURCE_DATE_EPOCH` counts) to the last day whose invoices,
    /// due up to the longest payment term after their date, are still due by 9999-12-31.
    public static let asOfRange = CivilDate.epoch...latestAsOf

    private static let latestAsOf = CivilDate(
        daysSinceEpoch: CivilDate.latest.daysSinceEpoch
            - (Domain.paymentTerms.map(\.days).max() ?? 0))

    /// The most shards these parameters can be split into: the most roots of any table, so
    /// that no shard count exceeds what the largest table can share out.
    public var maximumShardCount: Int {
        Table.allCases.map(rootCount(of:)).max() ?? 1
    }
}
