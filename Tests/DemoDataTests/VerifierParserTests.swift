import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The verifier's readers: CSV records and fields, NDJSON objects, value texts and keys.
@Suite struct VerifierParserTests {
    /// The fields of one CSV record: nil for null, else the text.
    private func csv(_ record: String) throws -> [String?] {
        let row = RowFields(width: 8)
        var record = record
        try record.withUTF8 { try CSVRecordParser.parse($0, into: row) }
        return (0..<min(row.count, 8)).map { row.kind($0) == .null ? nil : row.text($0) }
    }

    private func csvProblem(_ record: String) -> String? {
        do {
            _ = try csv(record)
            return nil
        } catch let problem as RowProblem {
            return problem.message
        } catch {
            return "\(error)"
        }
    }

    /// The records of CSV content fed in pieces of `size` bytes, with their lines.
    private func records(_ content: String, pieceSize: Int) -> ([(Int, String)], Bool) {
        var splitter = CSVRecordSplitter(limit: 1 << 20)
        var found: [(Int, String)] = []
        let bytes = Array(content.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + pieceSize)
            bytes[start..<end].withUnsafeBytes { piece in
                splitter.feed(piece) { found.append(($1, String(decoding: $0, as: UTF8.self))) }
            }
            start = end
        }
        let unterminated = splitter.finish {
            found.append(($1, String(decoding: $0, as: UTF8.self)))
        }
        return (found, unterminated)
    }

    @Test func csvFieldsWithQuotesCommasAndLineEnds() throws {
        #expect(try csv("a,b,c") == ["a", "b", "c"])
        #expect(try csv("\"x, y\",2") == ["x, y", "2"])
        #expect(try csv("\"she said \"\"hi\"\"\",z") == ["she said \"hi\"", "z"])
        #expect(try csv("\"two\nlines\",\"cr\r\n\"") == ["two\nlines", "cr\r\n"])
        #expect(try csv("\"\"\"\"") == ["\""])
        #expect(try csv("Café,Zoë") == ["Café", "Zoë"])
    }

    @Test func csvEmptyFieldIsNullAndQuotedEmptyIsAString() throws {
        #expect(try csv("a,,c") == ["a", nil, "c"])
        #expect(try csv("a,\"\",c") == ["a", "", "c"])
        #expect(try csv("a,") == ["a", nil])
        #expect(try csv(",") == [nil, nil])
        #expect(try csv("") == [nil])
        #expect(try csv("\"\"") == [""])
    }

    @Test func csvNeedlessQuotesAreNoted() throws {
        let row = RowFields(width: 3)
        var record = "a,\"b\",\"c,d\""
        try record.withUTF8 { try CSVRecordParser.parse($0, into: row) }
        #expect(row.needlessQuote == 1)
        var plain = "a,\"\",\"x\"\"y\""
        try plain.withUTF8 { try CSVRecordParser.parse($0, into: row) }
        #expect(row.needlessQuote == nil)
    }

    @Test func csvRecordsThatBreakRFC4180() {
        #expect(csvProblem("a\"b,c") == "a quote appears inside an unquoted field")
        #expect(csvProblem("\"ab\"c,d") == "text follows the closing quote of a field")
        #expect(csvProblem("\"abc") == "a quoted field is not closed")
        #expect(csvProblem("a,b\r") == "the record ends with \\r\\n; expected \\n")
        #expect(csvProblem("a,\"b\"\r") == "the record ends with \\r\\n; expected \\n")
        #expect(csvProblem("a\rb,c") == "an unquoted field holds a carriage return")
        let invalid = String(decoding: [0x61, 0x2c, 0xff, 0x62], as: UTF8.self)
        #expect(invalid.contains("\u{FFFD}"))
        let row = RowFields(width: 2)
        let bytes: [UInt8] = [0x61, 0x2c, 0xff, 0x62]
        var problem: RowProblem?
        bytes.withUnsafeBufferPointer { record in
            do throws(RowProblem) {
                try CSVRecordParser.parse(record, into: row)
            } catch {
                problem = error
            }
        }
        #expect(problem?.message == "field 2 is not valid UTF-8")
        let quoted: [UInt8] = [0x22, 0xc3, 0x22]
        quoted.withUnsafeBufferPointer { record in
            do throws(RowProblem) {
                try CSVRecordParser.parse(record, into: row)
                problem = nil
            } catch {
                problem = error
            }
        }
        #expect(problem?.message == "field 1 is not valid UTF-8")
    }

    @Test(arguments: [1, 2, 3, 7, 64])
    func csvRecordsSplitAcrossPieces(pieceSize: Int) {
        let content = "id,name\n1,\"two\nlines\"\n2,\"a \"\"b\"\"\"\n3,plain\n"
        let (found, unterminated) = records(content, pieceSize: pieceSize)
        #expect(found.map(\.0) == [1, 2, 4, 5])
        #expect(found.map(\.1) == ["id,name", "1,\"two\nlines\"", "2,\"a \"\"b\"\"\"", "3,plain"])
        #expect(!unterminated)
    }

    @Test func csvContentWithoutAFinalLineEnd() {
        let (found, unterminated) = records("a\nb,\"open\nquote", pieceSize: 4)
        #expect(found.map(\.1) == ["a", "b,\"open\nquote"])
        #expect(unterminated)
    }

    @Test(arguments: [1, 5, 100])
    func linesSplitAcrossPieces(pieceSize: Int) {
        var splitter = LineSplitter(limit: 1 << 20)
        var lines: [String] = []
        let bytes = Array("{\"a\":1}\n\n{\"b\":2}\nlast".utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + pieceSize)
            bytes[start..<end].withUnsafeBytes { piece in
                splitter.feed(piece) {
                    lines.append("\($1):" + String(decoding: $0, as: UTF8.self))
                }
            }
            start = end
        }
        #expect(splitter.finish { lines.append("\($1):" + String(decoding: $0, as: UTF8.self)) })
        #expect(lines == ["1:{\"a\":1}", "2:", "3:{\"b\":2}", "4:last"])
        #expect(!splitter.finish { _, _ in })
    }

    // MARK: NDJSON

    private let columns = [
        Column("id", .uuid), Column("name", .string, nullable: true), Column("n", .integer),
        Column("ok", .boolean),
    ]

    private func ndjson(_ line: String) -> Result<[String], RowProblem> {
        let row = RowFields(width: columns.count)
        let parser = NDJSONRowParser(columns: columns)
        var line = line
        return line.withUTF8 { bytes in
            do throws(RowProblem) {
                try parser.parse(bytes, into: row)
                return .success(
                    (0..<row.count).map { "\(row.kind($0)):" + row.text($0) })
            } catch {
                return .failure(error)
            }
        }
    }

    private func ndjsonProblem(_ line: String) -> String? {
        if case .failure(let problem) = ndjson(line) { return problem.message }
        return nil
    }

    @Test func ndjsonObjects() throws {
        let parsed = try ndjson(#"{"id":"x","name":"a\"b\\c\/\n\t\r\b\f","n":-12,"ok":true}"#).get()
        #expect(
            parsed == [
                "jsonString:x", "jsonString:a\"b\\c/\n\t\r\u{8}\u{c}", "jsonNumber:-12",
                "jsonTrue:",
            ])
        let spaced = try ndjson(#" { "id" : "é" , "name" : null , "n" : 0.5e+3 , "ok" : false } "#)
            .get()
        #expect(spaced == ["jsonString:é", "null:", "jsonNumber:0.5e+3", "jsonFalse:"])
        let escaped = try ndjson(#"{"id":"\u00e9\ud83d\ude00","name":"","n":0,"ok":true}"#).get()
        #expect(escaped.first == "jsonString:é😀")
    }

    @Test func ndjsonLinesThatAreNotRows() {
        let cases: [(String, String)] = [
            ("", "the line is not a JSON object"),
            ("[1]", "the line is not a JSON object"),
            (#"{"id":"x"}"#, "the key is missing"),
            (#"{"id":"x" "name":null}"#, "expected , or } after the value"),
            (#"{"id":"x",3}"#, "expected the key \"name\""),
            (#"{"id":"x","nom":null}"#, "found the key \"nom\" where \"name\" belongs"),
            (#"{"id" "x"}"#, "expected : after the key"),
            (#"{"id":"x","name":null,"n":1,"ok":true,"extra":1}"#, "more keys than"),
            (#"{"id":"x","name":null,"n":1,"ok":true"#, "expected } after the value"),
            (#"{"id":"x","name":null,"n":1,"ok":true} x"#, "unexpected text after"),
            (#"{"id":tru}"#, "the value is not valid JSON"),
            (#"{"id":nul}"#, "the value is not valid JSON"),
            (#"{"id":fals}"#, "the value is not valid JSON"),
            (#"{"id":x}"#, "the value is not valid JSON"),
            (#"{"id":{"a":1}}"#, "JSON object or array"),
            (#"{"id":012}"#, "leading zero"),
            (#"{"id":-}"#, "not a valid JSON number"),
            (#"{"id":1.}"#, "not a valid JSON number"),
            (#"{"id":1e}"#, "not a valid JSON number"),
            (#"{"id":"abc"#, "not closed before the end of the line"),
            (#"{"id":"abc\"#, "not closed before the end of the line"),
            ("{\"id\":\"a\u{1}b\"}", "control character"),
            (#"{"id":"\x"}"#, "invalid escape \\x"),
            (#"{"id":"\u12"}"#, "invalid \\u escape"),
            (#"{"id":"\u12"#, "invalid \\u escape"),
            (#"{"id":"\"#, "not closed before the end of the line"),
            (#"{"id":"\u12g4"}"#, "invalid \\u escape"),
            (#"{"id":"\ud83d"}"#, "unpaired \\u surrogate"),
            (#"{"id":"\ud83d\u0041"}"#, "unpaired \\u surrogate"),
            (#"{"id":"\ude00"}"#, "unpaired \\u surrogate"),
        ]
        for (line, fragment) in cases {
            let problem = ndjsonProblem(line)
            #expect(problem?.contains(fragment) == true, "\(line): \(problem ?? "no problem")")
        }
        let invalid: [UInt8] = Array(#"{"id":""#.utf8) + [0xc3, 0x28] + Array(#""}"#.utf8)
        let row = RowFields(width: columns.count)
        var message: String?
        invalid.withUnsafeBufferPointer { bytes in
            do throws(RowProblem) {
                try NDJSONRowParser(columns: columns).parse(bytes, into: row)
            } catch {
                message = error.message
            }
        }
        #expect(message == "the string is not valid UTF-8")
    }

    @Test func longValuesGrowTheRowBuffer() throws {
        let long = String(repeating: "x", count: 10_000)
        let parsed = try ndjson(#"{"id":"\#(long)","name":null,"n":1,"ok":true}"#).get()
        #expect(parsed.first == "jsonString:" + long)
    }

    // MARK: Values

    private func with<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var text = text
        return text.withUTF8(body)
    }

    @Test func valueTexts() {
        #expect(with("0") { ValueText.integer($0) } == 0)
        #expect(with("-42") { ValueText.integer($0) } == -42)
        for bad in ["", "-", "01", "1.0", "+1", "1234567890123456789", "1a"] {
            #expect(with(bad) { ValueText.integer($0) } == nil, "\(bad)")
        }
        #expect(with("12.50") { ValueText.decimal($0, scale: 2, integerDigits: 10) } == 1250)
        #expect(with("-0.05") { ValueText.decimal($0, scale: 2, integerDigits: 10) } == -5)
        #expect(with("7") { ValueText.decimal($0, scale: 0, integerDigits: 3) } == 7)
        for bad in ["12.5", "1250", ".50", "-.50", "01.00", "1.2a", "12345678901.00", "1,00"] {
            #expect(
                with(bad) { ValueText.decimal($0, scale: 2, integerDigits: 10) } == nil, "\(bad)")
        }
        #expect(with("2024-02-29") { ValueText.date($0) } == 19782)
        for bad in ["2023-02-29", "2024-13-01", "2024-1-01", "2024/01/01", "20240101xx"] {
            #expect(with(bad) { ValueText.date($0) } == nil, "\(bad)")
        }
        #expect(
            with("1970-01-02T00:00:01.000002Z") { ValueText.timestamp($0) } == 86_401_000_002)
        for bad in [
            "1970-01-02T24:00:00.000000Z", "1970-01-02T23:60:00.000000Z",
            "1970-01-02T23:59:60.000000Z", "1970-01-02 23:59:59.000000Z",
            "1970-01-02T23:59:59.000000+", "1970-01-02T23:59:59.00000aZ",
        ] {
            #expect(with(bad) { ValueText.timestamp($0) } == nil, "\(bad)")
        }
        #expect(ValueText.units("2500.00", scale: 2) == 250_000)
        #expect(ValueText.units("1000000", scale: 0) == 1_000_000)
        #expect(ValueText.decimalText(-1205) == "-12.05")
        #expect(ValueText.decimalText(7, scale: 0) == "7")
        #expect(ValueText.dateText(0) == "1970-01-01")
        let long = String(repeating: "é", count: 80)
        #expect(with(long) { ValueText.quoted($0) }.count == 60)
    }

    @Test func keys() throws {
        let text = "0eb59986-550f-812c-9f66-b81d7eadf693"
        let key = try #require(with(text) { Key128(uuid: $0) })
        #expect(key.uuidText == text)
        #expect(key.high == 0x0eb5_9986_550f_812c)
        for bad in [
            text.uppercased(), String(text.dropLast()), text.replacing("-", with: "_"),
            "0eb59986-550f-812c-9f66-b81d7eadf69g",
        ] {
            #expect(with(bad) { Key128(uuid: $0) } == nil, "\(bad)")
        }
        #expect(Key128(hashing: "a") != Key128(hashing: "b"))
        #expect(Key128(hashing: "abcdefgh") != Key128(hashing: "abcdefgh\u{0}"))
        #expect(Key128(hashing: "same text") == Key128(hashing: "same text"))
    }

    // MARK: Whole-table checks

    @Test(arguments: [1, 2, 5])
    func repeatedIDsAcrossPasses(budget: Int) {
        let keys = (0..<10).map { Key128(high: UInt64($0 % 7), low: 9) }
        var check = RepeatedIDCheck(expectedRows: keys.count, budget: budget)
        #expect(check.passes == (keys.count + budget - 1) / budget)
        var repeats: [RepeatedIDCheck.Repeat] = []
        while check.pass < check.passes {
            for (index, key) in keys.enumerated() {
                check.offer(key, line: index + 1)
            }
            repeats += check.endPass()
        }
        #expect(repeats.sorted { $0.line < $1.line }.map(\.line) == [8, 9, 10])
        #expect(repeats.map(\.firstLine).sorted() == [1, 2, 3])
    }

    @Test func skew() {
        let uniform = Array(repeating: 5, count: 500)
        #expect(
            SkewCheck.problem(
                counts: uniform, entities: 500, entityName: "products", itemName: "line items")?
                .contains("the top 1% of products (5) hold 1.0% of the line items") == true)
        var skewed = Array(repeating: 4, count: 500)
        skewed[0] = 400
        skewed[1] = 300
        #expect(
            SkewCheck.problem(counts: skewed, entities: 500, entityName: "p", itemName: "i")
                == nil)
        #expect(
            SkewCheck.problem(counts: [1, 2, 3], entities: 500, entityName: "p", itemName: "i")
                == nil)
        let share = SkewCheck.uniformTopShare(items: 5000, entities: 1000, top: 10)
        #expect(share > 0.02 && share < 0.03)
    }

    // MARK: The report

    @Test func findingsAreLimitedButCounted() {
        let log = FindingLog(limit: 2)
        log.add("a", 1, "x", "one")
        let mark = log.mark
        log.add("a", 2, nil, "two")
        log.add("a", 3, nil, "three")
        log.insert([Finding(file: "a", line: 0, column: nil, message: "first")], at: mark)
        #expect(log.count == 4)
        #expect(log.findings.map(\.message) == ["one", "first"])
    }

    @Test func reportAsTextAndJSON() throws {
        let report = VerificationReport(
            directory: "/tmp/x",
            findings: [
                Finding(file: "customers.csv.gz", line: 3, column: "email", message: "bad"),
                Finding(file: "SHA256SUMS", line: 0, column: nil, message: "worse"),
            ], findingCount: 5, tables: [VerifiedTable(name: "customers", file: "c", rows: 7)],
            notes: ["a note"])
        #expect(report.findings[0].description == "customers.csv.gz:3: email: bad")
        #expect(report.findings[1].description == "SHA256SUMS: worse")
        #expect(!report.passed)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(report.json())) as? [String: Any])
        #expect(json["passed"] as? Bool == false)
        #expect(json["rows"] as? Int == 7)
        #expect(json["finding_count"] as? Int == 5)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        #expect(findings[0]["column"] as? String == "email")
        #expect(findings[1]["column"] is NSNull)
        #expect(findings[0]["line"] as? Int == 3)
        #expect((json["tables"] as? [[String: Any]])?.first?["rows"] as? Int == 7)
        #expect(json["notes"] as? [String] == ["a note"])
    }

    @Test func verifierKeepsAtMostTheFindingsItIsAskedTo() throws {
        let archive = try VerifyTampering()
        try archive.editLines(.products) { lines in
            for index in lines.indices {
                lines[index] = lines[index].replacing("\"active\":true", with: "\"active\":1")
            }
        }
        let report = try archive.verify(maximumFindings: 10)
        #expect(report.findings.count == 10)
        #expect(report.findingCount > 10)
    }

    @Test(arguments: [Compression.none, .gzip])
    func scansContentLargerThanItsPieces(compression: Compression) throws {
        let directory = try TestDirectory()
        var content: [UInt8] = []
        for index in 0..<400_000 {
            content.append(contentsOf: Array("line \(index)\n".utf8))
        }
        let stored = compression == .gzip ? try VerifyTampering.gzip(content) : content
        try Data(stored).write(to: URL(filePath: directory.file("table")))
        var received: [UInt8] = []
        let scan = TableFileScan(
            path: directory.file("table"), compression: compression,
            strictGzipHeaders: compression == .gzip ? 0 : nil
        ) {
            received.append(contentsOf: $0)
            usleep(200)
            return true
        }
        #expect(scan.problem == nil)
        #expect(received == content)
        #expect(scan.contentBytes == UInt64(content.count))
        #expect(scan.fileBytes == UInt64(stored.count))
        #expect(scan.contentSHA256 == VerifyTampering.hex(content))
        #expect(scan.fileSHA256 == VerifyTampering.hex(stored))
        let missing = TableFileScan(path: directory.file("none"), compression: .gzip) { _ in true }
        #expect(missing.problem?.hasPrefix("cannot be read: no such file") == true)
    }

    /// A line of `limit` bytes is handed on; a longer one, whole in a piece or cut across
    /// pieces, stops the splitter at its number, and nothing after it is read.
    @Test(arguments: [1, 3, 7, 100])
    func aLineLongerThanTheLimitStopsTheSplitter(pieceSize: Int) {
        var splitter = LineSplitter(limit: 5)
        var lines: [String] = []
        let bytes = Array("12345\n\n123456\nafter\n".utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + pieceSize)
            bytes[start..<end].withUnsafeBytes { piece in
                splitter.feed(piece) { line, _ in
                    lines.append(String(decoding: line, as: UTF8.self))
                }
            }
            start = end
        }
        #expect(lines == ["12345", ""])
        #expect(splitter.overLongLine == 3)
        #expect(!splitter.finish { _, _ in })

        var endless = LineSplitter(limit: 5)
        Array("1234567".utf8).withUnsafeBytes { piece in endless.feed(piece) { _, _ in } }
        #expect(endless.overLongLine == 1)
    }

    /// A CSV record is bounded as a whole, its quoted line ends included: one whose quote
    /// never closes stops the splitter at the line it starts on.
    @Test(arguments: [1, 4, 100])
    func aRecordLongerThanTheLimitStopsTheSplitter(pieceSize: Int) {
        var splitter = CSVRecordSplitter(limit: 8)
        var records: [String] = []
        let bytes = Array("a,\"b\nc\"\nd,\"open\nquote\nnever\nclosed".utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + pieceSize)
            bytes[start..<end].withUnsafeBytes { piece in
                splitter.feed(piece) { record, _ in
                    records.append(String(decoding: record, as: UTF8.self))
                }
            }
            start = end
        }
        #expect(records == ["a,\"b\nc\""])
        #expect(splitter.overLongLine == 3)
        #expect(!splitter.finish { _, _ in })
    }

    /// A scan reads no more of a file than its limit, decompresses no more content than its
    /// limit, and stops reading when the content is not wanted any more.
    @Test(arguments: [Compression.none, .gzip])
    func aScanReadsAndDecompressesWithinItsLimits(compression: Compression) throws {
        let directory = try TestDirectory()
        let content = [UInt8](repeating: UInt8(ascii: "a"), count: 12 << 20)
        let stored = compression == .gzip ? try VerifyTampering.gzip(content) : content
        let path = directory.file("table")
        try Data(stored).write(to: URL(filePath: path))
        let header: UInt8? = compression == .gzip ? 0 : nil

        var received = 0
        let decompressed = TableFileScan(
            path: path, compression: compression, strictGzipHeaders: header,
            limits: .init(fileBytes: .max, contentBytes: 1000, contentBound: "the test's 1000")
        ) {
            received += $0.count
            return true
        }
        #expect(received == 1000)
        #expect(decompressed.contentBytes == 1000)
        #expect(decompressed.problem?.contains("more than the test's 1000") == true)
        #expect(decompressed.contentSHA256 == nil)

        let cut = UInt64(stored.count / 2)
        let read = TableFileScan(
            path: path, compression: compression, strictGzipHeaders: header,
            limits: .init(fileBytes: cut, contentBytes: .max, contentBound: "")
        ) { _ in true }
        #expect(read.bytesRead == cut)
        #expect(read.fileBytes == UInt64(stored.count))
        #expect(read.fileSHA256 == nil)
        #expect(read.problem?.contains("more than the manifest's \(cut)") == true)

        var pieces = 0
        let stopped = TableFileScan(path: path, compression: compression, strictGzipHeaders: header)
        {
            _ in
            pieces += 1
            return false
        }
        #expect(pieces == 1)
        #expect(stopped.problem == nil)
        #expect(stopped.fileSHA256 == nil || compression == .gzip)
        #expect(stopped.contentSHA256 == nil)
        #expect(stopped.contentBytes < UInt64(content.count))
    }
}
