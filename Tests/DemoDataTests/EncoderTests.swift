import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

@Suite struct EncoderTests {
    private func text(_ buffer: ByteBuffer) -> String {
        String(decoding: buffer.array, as: UTF8.self)
    }

    /// Encodes one customer_types-shaped row with the given name and description.
    private func ndjsonRow(name: String, description: String?) -> String {
        let buffer = ByteBuffer(capacity: 16)
        var encoder = NDJSONEncoder(table: .customerTypes, buffer: buffer)
        encoder.beginRow()
        encoder.uuid(UUIDBits(high: 0x0123_4567_89ab_cdef, low: 0xfedc_ba98_7654_3210))
        encoder.string(name)
        if let description {
            encoder.string(description)
        } else {
            encoder.null()
        }
        encoder.decimal(150, scale: 2)
        encoder.decimal(-5, scale: 2)
        encoder.integer(-42)
        encoder.boolean(false)
        encoder.timestamp(0)
        encoder.endRow()
        #expect(encoder.rows == 1)
        return text(buffer)
    }

    /// Digits padded wider than the 24-byte scratch they are formatted in still come out
    /// right, and never write outside it.
    @Test(
        arguments: [
            (UInt64(5), 1, "5"), (7, 4, "0007"), (UInt64.max, 20, "18446744073709551615"),
            (UInt64.max, 25, "0000018446744073709551615"),
            (5, 30, String(repeating: "0", count: 29) + "5"),
            (0, 0, "0"),
        ] as [(UInt64, Int, String)])
    func digitsArePaddedToAnyWidth(value: UInt64, width: Int, text: String) {
        let buffer = ByteBuffer(capacity: 4)
        buffer.appendDigits(value, minimumWidth: width)
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == text)
    }

    /// Row checks keep one validity bit per column: every table fits.
    @Test func everyTableFitsTheRowChecks() {
        for table in Table.allCases {
            #expect(table.columns.count <= RowFields.maximumWidth, "\(table)")
        }
    }

    @Test func ndjsonWritesTypedValuesInColumnOrder() {
        let line = ndjsonRow(name: "Gold", description: nil)
        #expect(
            line
                == "{\"id\":\"01234567-89ab-8def-bedc-ba9876543210\",\"name\":\"Gold\","
                + "\"description\":null,\"credit_limit_multiplier\":\"1.50\","
                + "\"discount_percentage\":\"-0.05\",\"priority_level\":-42,\"active\":false,"
                + "\"created_at\":\"1970-01-01T00:00:00.000000Z\"}\n")
    }

    @Test func ndjsonEscapesQuotesBackslashesAndControlsAndKeepsUnicode() throws {
        let tricky = "Say \"hi\" \\ tab\there\nnew\r\u{01}\u{08}\u{0c} café 東京 😀"
        let line = ndjsonRow(name: tricky, description: "plain")
        #expect(line.contains(#"Say \"hi\" \\ tab\there\nnew\r\u0001\b\f café 東京 😀"#))
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["name"] as? String == tricky)
        #expect(object?["description"] as? String == "plain")
    }

    @Test func csvQuotesOnlyWhenNeededAndKeepsNullDistinctFromEmpty() {
        let buffer = ByteBuffer(capacity: 8)
        var encoder = CSVEncoder(buffer: buffer)
        encoder.beginRow()
        encoder.string("plain")
        encoder.string("a,b")
        encoder.string("say \"hi\"")
        encoder.string("two\nlines")
        encoder.string("cr\rhere")
        encoder.string("")
        encoder.null()
        encoder.string(StoredText("x,y"))
        encoder.optionalString(nil)
        encoder.optionalString(StoredText("ok"))
        encoder.decimal(123_450, scale: 2)
        encoder.integer(7)
        encoder.boolean(true)
        encoder.date(0)
        encoder.endRow()
        #expect(
            text(buffer)
                == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\"\",,\"x,y\",,ok,"
                + "1234.50,7,true,1970-01-01\n")
    }

    @Test func csvHeaderListsTheSchemaColumns() {
        let buffer = ByteBuffer()
        CSVEncoder.writeHeader(for: .customerAddresses, into: buffer)
        #expect(
            text(buffer)
                == Table.customerAddresses.columns.map(\.name).joined(separator: ",") + "\n")
    }

    @Test func compositeStringsAreEscapedPieceByPiece() {
        let buffer = ByteBuffer()
        var json = NDJSONEncoder(table: .customerTypes, buffer: buffer)
        json.beginRow()
        json.beginString()
        json.piece(StoredText("O\"Neil"))
        json.piece(ascii: UInt8(ascii: " "))
        json.piece(number: 7, width: 3)
        "x\\y".utf8CString.withUnsafeBytes {
            json.piece(bytes: UnsafeRawBufferPointer(rebasing: $0.dropLast()))
        }
        json.endString()
        #expect(text(buffer) == #"{"id":"O\"Neil 007x\\y""#)

        let csvBuffer = ByteBuffer()
        var csv = CSVEncoder(buffer: csvBuffer)
        csv.beginRow()
        csv.beginString()
        csv.piece(StoredText("Suite 4"))
        csv.piece(number: 12, width: 1)
        csv.endString()
        csv.beginString()
        csv.piece(StoredText("a"))
        "\"b\"".utf8CString.withUnsafeBytes {
            csv.piece(bytes: UnsafeRawBufferPointer(rebasing: $0.dropLast()))
        }
        csv.endString()
        #expect(text(csvBuffer) == "Suite 412,\"a\"\"b\"\"\"")
    }

    @Test func numbersDatesAndTimestampsHaveFixedShapes() {
        let buffer = ByteBuffer(capacity: 4)
        buffer.appendDecimal(5, scale: 2)
        buffer.append(UInt8(ascii: " "))
        buffer.appendDecimal(100, scale: 0)
        buffer.append(UInt8(ascii: " "))
        buffer.appendDecimal(123_456_789_012, scale: 2)
        buffer.append(UInt8(ascii: " "))
        buffer.appendInteger(Int.min + 1)
        buffer.append(UInt8(ascii: " "))
        buffer.appendTimestamp(microseconds: 1_782_864_245_000_123)
        buffer.append(UInt8(ascii: " "))
        buffer.appendTimestamp(microseconds: -1)
        buffer.append(UInt8(ascii: " "))
        buffer.appendDate(daysSinceEpoch: 20_634)
        #expect(
            text(buffer)
                == "0.05 100 1234567890.12 -9223372036854775807 2026-07-01T00:04:05.000123Z "
                + "1969-12-31T23:59:59.999999Z 2026-06-30")
    }

    @Test func buffersGrowAndInsert() {
        let buffer = ByteBuffer(capacity: 1)
        for _ in 0..<1000 {
            buffer.append("abc")
        }
        #expect(buffer.count == 3000)
        buffer.insert(UInt8(ascii: "z"), at: 1)
        #expect(buffer.array.prefix(5) == Array("azbca".utf8)[...])
        buffer.removeAll()
        #expect(buffer.count == 0)
        buffer.append(contentsOf: [1, 2, 3])
        #expect(buffer.array == [1, 2, 3])
        buffer.append(contentsOf: UnsafeRawBufferPointer(start: nil, count: 0))
        #expect(buffer[2] == 3)
    }

    @Test func textKnowsWhenItIsPlain() {
        #expect(StoredText("Main Street").plain)
        #expect(!StoredText("a,b").plain)
        #expect(!StoredText("a\"b").plain)
        #expect(StoredText("café").plain)
        #expect(StoredText("café").string == "café")
    }
}
