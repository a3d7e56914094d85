import DemoDataCore
import DemoDataVocabulary

extension ParquetFooter {
    /// The fewest bytes a Parquet file has: `PAR1`, a footer length and `PAR1`.
    package static let smallestFile = 12

    /// Reads and decodes the footer of `file`, after checking `PAR1` at both ends and the
    /// footer's length against the file's; also returns where the footer starts, which is
    /// where the row groups' bytes end.
    package static func read(from file: ParquetInputFile) throws -> (
        footer: ParquetFooter, start: Int
    ) {
        guard file.size >= smallestFile else {
            throw ParquetReadError(
                "the file has \(file.size) bytes, fewer than any Parquet file (\(smallestFile))")
        }
        let tail = try file.read(at: file.size - 8, count: 8)
        let magic = Array(tail[4...])
        guard magic == ParquetFormat.magic else {
            if magic == Array("PARE".utf8) {
                throw ParquetReadError(
                    "the file has an encrypted footer (PARE), which this reader does not read")
            }
            throw ParquetReadError(
                "the file does not end with PAR1: it is not Parquet, or it is truncated")
        }
        guard try file.read(at: 0, count: 4) == ParquetFormat.magic else {
            throw ParquetReadError("the file does not start with PAR1: it is not Parquet")
        }
        let length =
            Int(tail[0]) | Int(tail[1]) << 8 | Int(tail[2]) << 16 | Int(tail[3]) << 24
        let room = file.size - smallestFile
        guard length > 0, length <= room else {
            throw ParquetReadError(
                "the footer length says \(length) bytes; the file has \(room) bytes between "
                    + "its leading PAR1 and the footer length")
        }
        guard length <= ParquetReadLimits.footerBytes else {
            throw ParquetReadError(
                "the footer has \(length) bytes, more than this reader takes "
                    + "(\(ParquetReadLimits.footerBytes >> 20) MiB)")
        }
        let start = file.size - 8 - length
        let bytes = try file.read(at: start, count: length)
        let footer = try bytes.withUnsafeBytes { try ParquetFooter(decoding: $0) }
        return (footer, start)
    }
}
