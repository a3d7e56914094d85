/// Why a Parquet file cannot be read: one line saying what is wrong and where, in the words
/// the verifier reports (`row group 3, column "email": the data page says 16384 values; the
/// row group has 16385 rows`).
struct ParquetReadError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// The same error with `context` (a row group, a column) before it.
    func within(_ context: String) -> ParquetReadError {
        ParquetReadError(context + ": " + description)
    }
}
