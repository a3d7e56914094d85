/// Reads the rows of one table file as its content streams past: splits lines (NDJSON) or
/// records (CSV), parses each row, checks every column against the schema, and hands the row
/// to the business rules. Only the current row is held.
final class TableRowReader {
    let table: Table
    private let format: OutputFormat
    private let file: String
    private let log: FindingLog
    private let asOf: AsOf
    private let columns: [ColumnRule]
    private let names: [String]
    private let row: RowFields
    private let ndjson: NDJSONRowParser
    private var lines = LineSplitter()
    private var records = CSVRecordSplitter()
    private var expectingHeader: Bool
    private let createdAt: Int?
    private let updatedAt: Int?
    /// Called with each parsed row and its line; the row's `validMask` says which columns
    /// passed.
    private let onRow: (RowFields, Int) -> Void
    /// Whether only the ids are wanted (a later pass of `RepeatedIDCheck`): no findings then.
    private let idsOnly: Bool
    /// The data rows read so far.
    private(set) var rows = 0

    init(
        table: Table, format: OutputFormat, header: Bool, file: String, log: FindingLog,
        asOf: AsOf, idsOnly: Bool = false, onRow: @escaping (RowFields, Int) -> Void
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
    }

    /// Reads the rows that `piece` completes.
    func feed(_ piece: UnsafeRawBufferPointer) {
        if format == .csv {
            records.feed(piece, handle)
        } else {
            lines.feed(piece, handle)
        }
    }

    /// Reads the last row if the content did not end with a line end, and reports that.
    func finish() {
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
        if expectingHeader {
            expectingHeader = false
            checkHeader(bytes, line)
            return
        }
        rows += 1
        guard !bytes.isEmpty else {
            report(line, nil, "the line is empty; every row has \(names.count) columns")
            return
        }
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
