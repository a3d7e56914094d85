import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A table regenerated from an archive's parameters, chunk by chunk, and compared with the
/// file's content as it streams past. The parameters and the data version define every byte,
/// so any difference — a changed value, a reordered, added or missing row, another number
/// format or line end — is a change to the archive. The first difference is kept with its
/// line and column. Memory is one chunk, whatever the table's size.
package final class RegeneratedTable {
    package let table: Table
    private let context: DataContext
    private let format: OutputFormat
    private let codec: any TableCodec
    private let roots: Range<Int>
    private let chunkRoots: Int
    private var nextRoot: Int
    private var started = false
    private let buffer = ByteBuffer(capacity: 1 << 18)
    /// How far into `buffer` the file's content has been compared.
    private var offset = 0
    /// The line number of the first line in `buffer`.
    private var firstLine = 1
    /// The lines in `buffer`.
    private var bufferLines = 0
    /// Rows regenerated so far.
    package private(set) var rows = 0
    /// The first difference, once found.
    package private(set) var difference: Difference?

    /// Where the file first differs from its regeneration.
    package struct Difference {
        package let line: Int
        package let column: String?
        package let message: String
    }

    package init(_ table: Table, context: DataContext) {
        self.table = table
        self.context = context
        let parameters = context.parameters
        format = parameters.format.rowText
        roots = parameters.roots(of: table)
        codec = format.codec
        chunkRoots = codec.rootsPerChunk(table)
        nextRoot = roots.lowerBound
    }

    /// Compares the next piece of the file's content. Returns true: the rest of the file is
    /// still read after a difference, for its checksums.
    package func compare(_ piece: UnsafeRawBufferPointer) -> Bool {
        guard difference == nil, var next = piece.baseAddress else { return true }
        var remaining = piece.count
        while remaining > 0 {
            if offset == buffer.count {
                guard refill() else {
                    difference = Difference(
                        line: firstLine + bufferLines, column: nil,
                        message: "the file goes on after the last row of the regenerated table "
                            + "(rows added, or bytes after the end)")
                    return true
                }
                continue
            }
            let count = min(remaining, buffer.count - offset)
            let expected = buffer.base.advanced(by: offset)
            if memcmp(expected, next, count) != 0 {
                var index = 0
                while expected[index] == next.load(fromByteOffset: index, as: UInt8.self) {
                    index += 1
                }
                difference = describe(at: offset + index)
                return true
            }
            offset += count
            next += count
            remaining -= count
        }
        return true
    }

    /// Ends the comparison: the file must not end before the regenerated table does.
    package func finish() {
        guard difference == nil else { return }
        while offset == buffer.count {
            guard refill() else { return }
        }
        difference = describe(at: offset, endOfFile: true)
    }

    /// Generates the next chunk; false when the table is done.
    private func refill() -> Bool {
        guard !started || nextRoot < roots.upperBound else { return false }
        firstLine += bufferLines
        buffer.removeAll()
        let chunk = nextRoot..<min(nextRoot + chunkRoots, roots.upperBound)
        // A text codec does not throw: it has nothing to compress.
        guard
            let written = try? codec.writeChunk(
                table, roots: chunk, context: context, first: !started,
                last: chunk.upperBound == roots.upperBound, into: buffer)
        else { return false }
        rows += written.rows
        nextRoot = chunk.upperBound
        started = true
        offset = 0
        bufferLines = buffer.bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        return true
    }

    /// The line, column and expected text at `position` of the buffer.
    private func describe(at position: Int, endOfFile: Bool = false) -> Difference {
        let bytes = buffer.bytes
        var lineStart = 0
        var line = firstLine
        for index in 0..<position where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        var lineEnd = position
        while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") {
            lineEnd += 1
        }
        let isHeader =
            line == 1 && format.hasHeaderLine(beginsTable: context.parameters.beginsTables)
        if endOfFile {
            return Difference(
                line: line, column: nil,
                message: "the file ends here, but the regenerated table goes on (rows removed?)")
        }
        let field = fieldIndex(in: bytes, from: lineStart, to: position)
        let columns = table.columns
        guard !isHeader, field < columns.count else {
            return Difference(
                line: line, column: isHeader ? "header" : nil,
                message: "differs from the regenerated table: expected "
                    + Self.quoted(bytes[lineStart..<lineEnd]))
        }
        return Difference(
            line: line, column: columns[field].name,
            message: "differs from the row regenerated from the manifest's parameters: expected "
                + Self.quoted(expectedValue(in: bytes, line: lineStart..<lineEnd, field: field)))
    }

    /// The text of field `field` of the expected line (without its NDJSON key).
    private func expectedValue(
        in bytes: UnsafeRawBufferPointer, line: Range<Int>, field: Int
    ) -> UnsafeRawBufferPointer.SubSequence {
        var start = line.lowerBound + (format == .ndjson ? 1 : 0)
        while start < line.upperBound,
            fieldIndex(in: bytes, from: line.lowerBound, to: start) < field
        {
            start += 1
        }
        var end = start
        while end < line.upperBound,
            fieldIndex(in: bytes, from: line.lowerBound, to: end + 1) == field
        {
            end += 1
        }
        if format == .ndjson {
            if end == line.upperBound, end > start, bytes[end - 1] == UInt8(ascii: "}") {
                end -= 1
            }
            // Past the key and its colon.
            var colon = start
            var quoted = false
            while colon < end {
                if bytes[colon] == UInt8(ascii: "\""),
                    colon == start || bytes[colon - 1] != UInt8(ascii: "\\")
                {
                    quoted.toggle()
                } else if bytes[colon] == UInt8(ascii: ":"), !quoted {
                    start = colon + 1
                    break
                }
                colon += 1
            }
        }
        return bytes[start..<max(start, end)]
    }

    /// Text for a message, shortened when long.
    private static func quoted(_ bytes: UnsafeRawBufferPointer.SubSequence) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.count > 120 ? String(text.prefix(117)) + "..." : text
    }

    /// The number of field separators (commas outside quoted strings) between `start` and
    /// `end`: the index of the field `end` lies in.
    private func fieldIndex(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
        var fields = 0
        var quoted = false
        var index = start
        while index < end {
            let byte = bytes[index]
            if quoted && format == .ndjson && byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if byte == UInt8(ascii: ","), !quoted {
                fields += 1
            }
            index += 1
        }
        return fields
    }
}
