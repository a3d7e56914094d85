import DemoDataCore
import DemoDataVocabulary

/// Lays a Parquet file out from encoded row groups: `PAR1`, the row groups in order, the
/// footer (`FileMetaData` with every row group at its absolute offset), the footer's length
/// (four bytes, little endian) and `PAR1`.
///
/// It keeps only the row groups' metadata, so a file of any length is assembled in memory
/// proportional to its number of row groups, and its bytes depend on the row groups alone.
package final class ParquetFileAssembler {
    package let columns: [ParquetColumnLayout]
    private let sink: (UnsafeRawBufferPointer) throws -> Void
    /// Bytes written so far.
    package private(set) var offset: Int64 = 0
    package private(set) var rowGroups: [ParquetRowGroupMetaData] = []

    /// An assembler writing the file's bytes, in order, to `sink`; it writes the leading
    /// `PAR1` at once.
    package init(
        columns: [ParquetColumnLayout], sink: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        self.columns = columns
        self.sink = sink
        try emit(ParquetFormat.magic)
    }

    /// Appends a row group: its column chunks as `ParquetRowGroup.encode` made them, and
    /// their metadata with offsets counted from the start of `bytes`.
    package func append(_ bytes: UnsafeRawBufferPointer, metaData: ParquetRowGroupMetaData) throws {
        rowGroups.append(metaData.rebased(by: offset))
        try emit(bytes)
    }

    /// Writes the footer and the closing `PAR1`.
    package func finish() throws {
        try emit(Self.footer(columns: columns, rowGroups: rowGroups))
    }

    /// The end of a file with these row groups: the footer, its length, and `PAR1`.
    package static func footer(
        columns: [ParquetColumnLayout], rowGroups: [ParquetRowGroupMetaData],
        createdBy: String = ParquetFileMetaData.defaultCreatedBy
    ) -> [UInt8] {
        let buffer = ByteBuffer(capacity: 1024 + 512 * rowGroups.count * columns.count)
        ParquetFileMetaData(columns: columns, rowGroups: rowGroups, createdBy: createdBy)
            .write(to: buffer)
        buffer.appendLittleEndian(UInt32(buffer.count))
        buffer.append(contentsOf: ParquetFormat.magic)
        return buffer.array
    }

    private func emit(_ bytes: UnsafeRawBufferPointer) throws {
        try sink(bytes)
        offset += Int64(bytes.count)
    }

    private func emit(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try emit($0) }
    }
}
