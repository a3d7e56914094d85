import DemoDataCore
import DemoDataVocabulary

extension ParquetColumnBuilder {
    /// Appends the column chunk to `output` — a dictionary page when the chunk uses a
    /// dictionary, then one version-1 data page — and returns its metadata, with offsets
    /// counted from the start of `output`.
    ///
    /// - Parameters:
    ///   - rows: the rows of the row group (the chunk's values, nulls included).
    ///   - page: scratch space for an uncompressed page.
    ///   - compressed: scratch space for a compressed page.
    ///   - content: hashes the pages' uncompressed bodies, in the order they are written.
    package func writeChunk(
        rows: Int, compressor: ParquetPageCompressor, page: ByteBuffer, compressed: ByteBuffer,
        into output: ByteBuffer, content: inout ParquetContentHasher
    ) throws -> ParquetColumnChunkMetaData {
        var sizes = (uncompressed: 0, compressed: 0)
        var dictionaryOffset: Int64?
        if usesDictionary, let dictionary {
            dictionaryOffset = Int64(output.count)
            try writePage(
                .dictionaryPage, values.bytes, valueCount: dictionary.count, encoding: .plain,
                compressor: compressor, compressed: compressed, into: output, sizes: &sizes,
                content: &content)
        }
        page.removeAll()
        if layout.nullable {
            let start = page.count
            page.appendLittleEndian(UInt32(0))
            levels.bytes.withMemoryRebound(to: UInt8.self) {
                page.appendRunLengthBitPacked($0, bitWidth: 1)
            }
            page.storeLittleEndian(UInt32(page.count - start - 4), at: start)
        }
        if usesDictionary, let dictionary {
            // An all-null chunk has an empty dictionary: its indices still need a width of
            // 1 to 32 bits, or readers refuse the page.
            let bitWidth = Swift.max(
                1, Int.bitWidth - Swift.max(0, dictionary.count - 1).leadingZeroBitCount)
            page.append(UInt8(bitWidth))
            indices.bytes.withMemoryRebound(to: UInt32.self) {
                page.appendRunLengthBitPacked($0, bitWidth: bitWidth)
            }
        } else if layout.physicalType == .boolean {
            values.bytes.withMemoryRebound(to: UInt8.self) {
                page.appendBitPacked($0, bitWidth: 1, paddedTo: $0.count)
            }
        } else {
            page.append(contentsOf: values.bytes)
        }
        let dataOffset = Int64(output.count)
        try writePage(
            .dataPage, page.bytes, valueCount: rows,
            encoding: usesDictionary ? .rleDictionary : .plain, compressor: compressor,
            compressed: compressed, into: output, sizes: &sizes, content: &content)
        return ParquetColumnChunkMetaData(
            physicalType: layout.physicalType, name: layout.name,
            encodings: usesDictionary ? [.plain, .rle, .rleDictionary] : [.plain, .rle],
            codec: compressor.codec, valueCount: Int64(rows),
            totalUncompressedSize: Int64(sizes.uncompressed),
            totalCompressedSize: Int64(sizes.compressed), dataPageOffset: dataOffset,
            dictionaryPageOffset: dictionaryOffset, statistics: statistics(rows: rows))
    }

    /// Appends one page, header and compressed body, and adds its sizes to `sizes`.
    private func writePage(
        _ type: ParquetFormat.PageType, _ body: UnsafeRawBufferPointer, valueCount: Int,
        encoding: ParquetFormat.Encoding, compressor: ParquetPageCompressor,
        compressed: ByteBuffer, into output: ByteBuffer,
        sizes: inout (uncompressed: Int, compressed: Int), content: inout ParquetContentHasher
    ) throws {
        content.update(body)
        compressed.removeAll()
        try compressor.compress(body, into: compressed)
        let headerStart = output.count
        ParquetPageHeader(
            type: type, uncompressedSize: body.count, compressedSize: compressed.count,
            valueCount: valueCount, encoding: encoding
        ).write(to: output)
        let headerSize = output.count - headerStart
        output.append(contentsOf: compressed.bytes)
        sizes.uncompressed += headerSize + body.count
        sizes.compressed += headerSize + compressed.count
    }
}
