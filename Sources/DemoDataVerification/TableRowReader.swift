import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// Reads the rows of one table file as its content streams past: splits lines (NDJSON) or
/// records (CSV), parses each row, checks every column against the schema, and hands the row
/// to the business rules. Only the current row is held.
///
/// The work is bounded whatever the file holds: it stops reading — reporting where, and
/// `feed` then returns false — at the first line longer than any row of the table can be
/// (so no more than that is ever buffered), at an empty line or a row past the manifest's
/// count (content that cannot be ours), and once the file has `findingLimit` findings.
package final class TableRowReader {
    /// The findings in one file after which the rest of it is not read.
    package static let findingLimit = 1_000

    package let table: Table
    private let format: OutputFormat
    private let file: String
    private let log: FindingLog
    private let asOf: AsOf
    private let columns: [ColumnRule]
    private let names: [String]
    private let row: RowFields
    private let ndjson: NDJSONRowParser
    private var lines: LineSplitter
    private var records: CSVRecordSplitter
    /// The rows the manifest lists: a row past them is not read.
    private let expectedRows: Int
    /// The findings in the log before this file's.
    private let findingsBefore: Int
    private let longestLine: Int
    private var expectingHeader: Bool
    private let createdAt: Int?
    private let updatedAt: Int?
    /// Called with each parsed row and its line; the row's `validMask` says which columns
    /// passed.
    private let onRow: (RowFields, Int) -> Void
    /// Whether only the ids are wanted (a later pass of `RepeatedIDCheck`): no findings then.
    private let idsOnly: Bool
    /// The data rows read so far.
    package private(set) var rows = 0
    /// Whether reading stopped before the end of the content (the reason is a finding).
    package private(set) var stopped = false

    /// A reader of `table`'s file named `file` whose manifest entry lists `expectedRows` rows.
    package init(
        table: Table, format: OutputFormat, header: Bool, file: String, log: FindingLog,
        asOf: AsOf, expectedRows: Int, idsOnly: Bool = false,
        onRow: @escaping (RowFields, Int) -> Void
    ) {
        self.table = table
        self.format = format.rowText
        self.file = file
        self.log = log
        self.asOf = asOf
        self.idsOnly = idsOnly
        self.onRow = onRow
        columns = table.columns.map(ColumnRule.init)
        names = table.columns.map(\.name)
        row = RowFields(width: table.columns.count)
        ndjson = NDJSONRowParser(columns: table.columns)
        expectingHeader = header && format == .csv
        createdAt = names.firstIndex(of: "created_at")
        updatedAt = names.firstIndex(of: "updated_at")
        self.expectedRows = expectedRows
        findingsBefore = log.count
        longestLine = table.maximumLineLength(format)
        lines = LineSplitter(limit: longestLine)
        records = CSVRecordSplitter(limit: longestLine)
    }

    /// Reads the rows that `piece` completes; returns false once reading has stopped, when the
    /// rest of the content need not be read.
    @discardableResult
    package func feed(_ piece: UnsafeRawBufferPointer) -> Bool {
        guard !stopped else { return false }
        let overLong: Int?
        if format == .csv {
            records.feed(piece, handle)
            overLong = records.overLongLine
        } else {
            lines.feed(piece, handle)
            overLong = lines.overLongLine
        }
        if let overLong, !stopped {
            stop(
                overLong,
                "the line is longer than a line of \(table.name) can be (\(longestLine) bytes at "
                    + "most)"
                    + (records.overLongInQuotes ? ", inside a quoted field that never closes" : ""))
        }
        return !stopped
    }

    /// Reads the last row if the content did not end with a line end, and reports that.
    package func finish() {
        guard !stopped else { return }
        let unterminated: Bool
        let line: Int
        if format == .csv {
            line = records.nextLine
            unterminated = records.finish(handle)
        } else {
            unterminated = lines.finish(handle)
            line = lines.line
        }
        guard !idsOnly else { return }
        if unterminated {
            log.add(file, line, nil, "the last line does not end with \\n")
        }
        if expectingHeader {
            log.add(file, 1, nil, "the CSV header row is missing")
        }
    }

    private func handle(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Int) {
        guard !stopped else { return }
        if expectingHeader {
            expectingHeader = false
            checkHeader(bytes, line)
            return
        }
        rows += 1
        guard !bytes.isEmpty else {
            stop(line, "the line is empty; every row has \(names.count) columns")
            return
        }
        guard rows <= expectedRows else {
            stop(line, "the file has more rows than the manifest's \(expectedRows)")
            return
        }
        read(bytes, line)
        if !idsOnly, log.count - findingsBefore >= Self.findingLimit {
            stop(line, "\(Self.findingLimit) findings in this file")
        }
    }

    /// Reports why reading stops at `line`, and stops.
    private func stop(_ line: Int, _ reason: String) {
        stopped = true
        report(line, nil, reason + "; the rest of the file is not read")
    }

    /// Parses and checks one row and hands it on.
    private func read(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Int) {
        do throws(RowProblem) {
            if format == .csv {
                try CSVRecordParser.parse(bytes, into: row)
            } else {
                try ndjson.parse(bytes, into: row)
            }
        } catch {
            report(line, error.column, error.message)
            salvage(columns: min(row.count, names.count), line)
            return
        }
        if row.count != names.count {
            report(
                line, nil,
                "the record has \(row.count) fields; the table has \(names.count) columns")
            salvage(columns: 1, line)
            return
        }
        if idsOnly {
            salvage(columns: 1, line)
            return
        }
        if let quoted = row.needlessQuote {
            report(line, names[quoted], "the field is quoted though nothing in it needs quotes")
        }
        var mask: UInt64 = 0
        for index in columns.indices {
            if let message = columns[index].check(row, index, asOf: asOf) {
                report(line, names[index], message)
            } else {
                mask |= 1 << UInt64(index)
            }
        }
        row.validMask = mask
        if let createdAt, let updatedAt, row.valid(createdAt), row.valid(updatedAt),
            row.numbers[updatedAt] < row.numbers[createdAt]
        {
            report(
                line, "updated_at",
                row.text(updatedAt) + " is before created_at " + row.text(createdAt))
        }
        onRow(row, line)
    }

    /// Hands on what can be trusted of a row that could not be read whole: the columns read
    /// before the problem (only the id when the fields may be out of place) that hold good
    /// values, without findings for them. The rules then know the row's id and parent, and do
    /// not report its children or its parent's sums as broken on its account.
    private func salvage(columns count: Int, _ line: Int) {
        var mask: UInt64 = 0
        for index in 0..<count where columns[index].check(row, index, asOf: asOf) == nil {
            mask |= 1 << UInt64(index)
        }
        row.validMask = mask
        if mask != 0 {
            onRow(row, line)
        }
    }

    private func checkHeader(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Int) {
        let header = RowFields(width: names.count)
        let expected = names.joined(separator: ",")
        do throws(RowProblem) {
            try CSVRecordParser.parse(bytes, into: header)
        } catch {
            report(
                line, nil,
                "the CSV header is not valid CSV (\(error.message)); expected " + expected)
            return
        }
        let found = (0..<min(header.count, names.count)).map(header.text)
        if header.count != names.count || found != names {
            report(
                line, nil,
                "the CSV header is " + ValueText.quoted(bytes) + "; expected " + expected)
        }
    }

    private func report(_ line: Int, _ column: String?, _ message: String) {
        if !idsOnly {
            log.add(file, line, column, message)
        }
    }
}
