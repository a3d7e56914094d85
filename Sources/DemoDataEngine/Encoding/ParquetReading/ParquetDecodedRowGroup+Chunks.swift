import DemoDataCore
import DemoDataVocabulary

extension ParquetDecodedRowGroup {
    /// Reads one column chunk's pages: parses each header, checks where the page is and its
    /// sizes against the chunk's, decompresses its body onto `bodies`, and finds where its
    /// dictionary entries, definition levels and values lie.
    package func decodeChunk(
        _ chunk: ParquetColumnChunkMetaData, layout: ParquetColumnLayout, rows: Int,
        bytes: UnsafeRawBufferPointer, at fileOffset: Int
    ) throws -> ParquetDecodedColumn {
        let start = Int(chunk.startOffset) - fileOffset
        let size = Int(chunk.totalCompressedSize)
        guard start >= 0, start <= bytes.count, size <= bytes.count - start else {
            throw ParquetReadError("the chunk is not within the bytes read for its row group")
        }
        let end = start + size
        var offset = start
        var uncompressed = 0
        var dictionary: ParquetDictionaryPage?
        var pages: [ParquetDataPage] = []
        var values = 0
        while offset < end {
            let position = fileOffset + offset
            var reader = ThriftCompactReader(
                bytes: UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
            let header: ParquetPageHeader
            do {
                header = try ParquetPageHeader(decoding: &reader, nullable: layout.nullable)
            } catch let error as ThriftCompactError {
                throw ParquetReadError(
                    "the page header at byte \(position) is malformed: \(error)")
            }
            let bodyStart = offset + reader.offset
            guard header.compressedSize <= end - bodyStart else {
                throw ParquetReadError(
                    "the page at byte \(position) says it has \(header.compressedSize) bytes; "
                        + "the chunk has \(end - bodyStart) left")
            }
            uncompressed += reader.offset + header.uncompressedSize
            guard uncompressed <= chunk.totalUncompressedSize else {
                throw ParquetReadError(
                    "its pages say they decompress to more than the footer's "
                        + "total_uncompressed_size, \(chunk.totalUncompressedSize)")
            }
            switch header.type {
            case .dictionaryPage:
                guard pages.isEmpty, dictionary == nil,
                    chunk.dictionaryPageOffset == Int64(position)
                else {
                    throw ParquetReadError(
                        "it has a dictionary page at byte \(position), where the footer puts "
                            + "none")
                }
            case .dataPage:
                guard !pages.isEmpty || chunk.dataPageOffset == Int64(position) else {
                    throw ParquetReadError(
                        "its first data page is at byte \(position); the footer says "
                            + "\(chunk.dataPageOffset)")
                }
            }
            let bodyOffset = bodies.count
            try decompressor.decompress(
                UnsafeRawBufferPointer(
                    rebasing: bytes[bodyStart..<bodyStart + header.compressedSize]),
                codec: chunk.codec, size: header.uncompressedSize, into: bodies)
            let body = bodyOffset..<bodies.count
            if header.type == .dictionaryPage {
                dictionary = try dictionaryPage(body, count: header.valueCount, layout: layout)
            } else {
                guard header.valueCount <= rows - values else {
                    throw ParquetReadError(
                        "its data pages say more values than the row group's \(rows) rows")
                }
                pages.append(
                    try dataPage(
                        body, header: header, layout: layout, hasDictionary: dictionary != nil))
                values += header.valueCount
            }
            offset = bodyStart + header.compressedSize
        }
        guard uncompressed == chunk.totalUncompressedSize else {
            throw ParquetReadError(
                "its pages decompress to \(uncompressed) bytes with their headers; the footer "
                    + "says \(chunk.totalUncompressedSize)")
        }
        guard !pages.isEmpty, values == rows else {
            let said =
                pages.count == 1
                ? "the data page says" : "the \(pages.count) data pages say"
            throw ParquetReadError("\(said) \(values) values; the row group has \(rows) rows")
        }
        guard chunk.dictionaryPageOffset == nil || dictionary != nil else {
            throw ParquetReadError("the footer puts a dictionary page where there is none")
        }
        return ParquetDecodedColumn(layout: layout, dictionary: dictionary, pages: pages)
    }

    /// Finds a dictionary page's entries: PLAIN values of the column's type that fill the
    /// page exactly.
    private func dictionaryPage(_ body: Range<Int>, count: Int, layout: ParquetColumnLayout)
        throws -> ParquetDictionaryPage
    {
        let width = ParquetDecodedColumn.plainWidth(of: layout)
        switch layout.physicalType {
        case .boolean:
            throw ParquetReadError(
                "it has a dictionary page for BOOLEAN values, which this reader does not read")
        case .int32, .int64, .fixedLenByteArray:
            guard width > 0, count <= body.count / width, count * width == body.count else {
                throw ParquetReadError(
                    "its dictionary page says \(count) entries of \(width) bytes; it has "
                        + "\(body.count) bytes")
            }
            return ParquetDictionaryPage(
                count: count, start: body.lowerBound, width: width, offsets: [])
        case .byteArray:
            guard count <= body.count / 4 else {
                throw ParquetReadError(
                    "its dictionary page says \(count) entries; its \(body.count) bytes cannot "
                        + "hold them")
            }
            var offsets: [UInt32] = []
            offsets.reserveCapacity(count)
            var position = body.lowerBound
            for entry in 0..<count {
                guard body.upperBound - position >= 4 else {
                    throw ParquetReadError(
                        "its dictionary page ends before entry \(entry + 1) of \(count)")
                }
                let length = Int(bodies.loadLittleEndian(UInt32.self, at: position))
                guard length <= body.upperBound - position - 4 else {
                    throw ParquetReadError(
                        "dictionary entry \(entry + 1) of \(length) bytes runs past the end of "
                            + "its page")
                }
                offsets.append(UInt32(position))
                position += 4 + length
            }
            guard position == body.upperBound else {
                throw ParquetReadError(
                    "its dictionary page has \(body.upperBound - position) bytes after its "
                        + "\(count) entries")
            }
            return ParquetDictionaryPage(
                count: count, start: body.lowerBound, width: 0, offsets: offsets)
        }
    }

    /// Finds where a data page's definition levels (after their four-byte length, for a
    /// nullable column) and values lie.
    private func dataPage(
        _ body: Range<Int>, header: ParquetPageHeader, layout: ParquetColumnLayout,
        hasDictionary: Bool
    ) throws -> ParquetDataPage {
        var position = body.lowerBound
        var levels = position..<position
        if layout.nullable {
            guard body.count >= 4 else {
                throw ParquetReadError("a data page of \(body.count) bytes has no levels")
            }
            let length = Int(bodies.loadLittleEndian(UInt32.self, at: position))
            guard length <= body.count - 4 else {
                throw ParquetReadError(
                    "a data page says its levels take \(length) bytes; it has \(body.count - 4) "
                        + "after their length")
            }
            levels = position + 4..<position + 4 + length
            position = levels.upperBound
        }
        var values = position..<body.upperBound
        var bitWidth = 0
        let dictionaryEncoded = header.encoding == .rleDictionary
        if dictionaryEncoded {
            guard hasDictionary else {
                throw ParquetReadError(
                    "a data page uses a dictionary, and there is no dictionary page")
            }
            // A page of nulls may have no indices, not even their bit width.
            if !values.isEmpty {
                bitWidth = Int(bodies[values.lowerBound])
                guard bitWidth <= 32 else {
                    throw ParquetReadError(
                        "a data page's dictionary indices have the bit width \(bitWidth); the "
                            + "most is 32")
                }
                values = values.lowerBound + 1..<values.upperBound
            }
        }
        return ParquetDataPage(
            valueCount: header.valueCount, levels: levels, values: values,
            dictionaryEncoded: dictionaryEncoded, bitWidth: bitWidth)
    }
}
