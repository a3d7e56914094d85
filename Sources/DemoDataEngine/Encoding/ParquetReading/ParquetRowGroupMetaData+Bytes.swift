import DemoDataCore
import DemoDataVocabulary

extension ParquetRowGroupMetaData {
    /// The bytes of the file that hold the row group's column chunks, from the first chunk's
    /// first page to the last one's end, after checking that every chunk lies between the
    /// leading `PAR1` and `dataEnd` (where the footer starts) with its data page inside it.
    package func byteRange(dataEnd: Int) throws -> Range<Int> {
        var lower = dataEnd
        var upper = 4
        for chunk in columns {
            let start = Int(chunk.startOffset)
            let size = Int(chunk.totalCompressedSize)
            let data = Int(chunk.dataPageOffset)
            guard start >= 4, start <= dataEnd, size <= dataEnd - start,
                data >= start, data < start + size
            else {
                throw ParquetReadError(
                    "column \(ParquetReadError.quoted(chunk.name)) is at bytes \(start)..<\(start + size) with its data "
                        + "page at \(data); the row groups are in bytes 4..<\(dataEnd)")
            }
            lower = min(lower, start)
            upper = max(upper, start + size)
        }
        guard lower < upper else { return 4..<4 }
        guard upper - lower <= ParquetReadLimits.rowGroupBytes else {
            throw ParquetReadError(
                "its column chunks span \(upper - lower) bytes, more than this reader reads at "
                    + "once (\(ParquetReadLimits.rowGroupBytes >> 20) MiB)")
        }
        return lower..<upper
    }
}
