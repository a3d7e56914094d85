import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// Streams the rows of an archive's tables for the report, one table file at a time, through
/// the verifier's file scan and row reader: any format and codec, constant memory, and no
/// more of a file read or decompressed than its manifest entry allows. What gets in the way
/// (a damaged file, rows that do not parse) is collected in `problems`, and the figures cover
/// the rows that could be read, as `demodata info` does.
package final class ReportTableReader {
    package let path: String
    package let manifest: Manifest
    package let asOf: CivilDate
    package private(set) var problems: [String] = []

    package init(path: String, manifest: Manifest, asOf: CivilDate) {
        self.path = path
        self.manifest = manifest
        self.asOf = asOf
    }

    /// Notes a problem found while computing the figures.
    package func note(_ problem: String) {
        problems.append(problem)
    }

    /// Calls `body` with each row of `table` whose columns the report reads all passed their
    /// checks (`columns`, by name); a row with a bad value in one of them is left out and
    /// counted as a problem. An error thrown by `body` ends the scan and is rethrown.
    package func rows(
        of table: Table, reading columns: [String], _ body: (RowFields) throws -> Void
    ) throws {
        guard let entry = manifest.tables.first(where: { $0.name == table.name }) else {
            throw ArchiveError(
                "\(path) has no \(table.name) table (a subset archive); the report needs all "
                    + "the tables: generate the archive without --tables")
        }
        let indices = columns.map(table.columnIndex)
        var failure: (any Error)?
        var skipped = 0
        let log = FindingLog(limit: 1)
        try withoutActuallyEscaping(body) { body in
            let reader = TableRowReader(
                table: table, format: manifest.format, header: manifest.hasHeaderLine,
                file: entry.file, log: log, asOf: AsOf(asOf), expectedRows: entry.rows
            ) { row, _ in
                guard failure == nil else { return }
                guard indices.allSatisfy(row.valid) else {
                    skipped += 1
                    return
                }
                do {
                    try body(row)
                } catch {
                    failure = error
                }
            }
            let scan = ArchiveReader(path).scan(
                table, entry, manifest, strictGzipHeaders: false,
                content: { failure == nil && reader.feed($0) })
            if let failure { throw failure }
            reader.finish()
            problems += reader.readingProblems(scan, log: log, entry: entry)
            if skipped > 0 {
                problems.append(
                    "\(skipped) row(s) of \(entry.file) with a bad value are left out of the "
                        + "figures")
            }
        }
    }
}
