import DemoDataCore
import DemoDataVocabulary

extension ParquetPageHeader {
    /// Reads a `PageHeader`: a version-1 data page or a dictionary page. PLAIN_DICTIONARY, the
    /// older name of dictionary encoding, reads as RLE_DICTIONARY on a data page and as PLAIN
    /// on a dictionary page, as the specification defines it; the page's CRC and statistics
    /// are skipped.
    ///
    /// Refused by name: other page types (DATA_PAGE_V2, INDEX_PAGE), other value encodings
    /// (the DELTA ones, BYTE_STREAM_SPLIT) and, for a nullable column, definition levels that
    /// are not RLE.
    package init(decoding reader: inout ThriftCompactReader, nullable: Bool) throws {
        var type: Int32?
        var sizes: [Int: Int32] = [:]
        var page: (field: Int, valueCount: Int32, encoding: Int32, levels: Int32?)?
        try reader.readStruct { reader, field in
            switch field.id {
            case 1:
                type = try reader.readI32(field)
            case 2, 3:
                sizes[field.id] = try reader.readI32(field)
            case 5, 7:
                var numbers: [Int: Int32] = [:]
                try reader.readStruct(field) { reader, field in
                    guard (1...3).contains(field.id), field.type == .i32 else { return false }
                    numbers[field.id] = try reader.readI32(field)
                    return true
                }
                guard let valueCount = numbers[1], let encoding = numbers[2] else {
                    throw ParquetReadError("a page header has no value count or encoding")
                }
                page = (field.id, valueCount, encoding, numbers[3])
            default:
                return false
            }
            return true
        }
        guard let type, let uncompressed = sizes[2], let compressed = sizes[3] else {
            throw ParquetReadError("a page header has no type or sizes")
        }
        guard let pageType = ParquetFormat.PageType(rawValue: type) else {
            throw ParquetReadError(
                "a page is a \(ParquetFormat.pageTypeName(type)) page; this reader reads "
                    + "version-1 data pages (DATA_PAGE) and dictionary pages")
        }
        guard uncompressed >= 0, compressed >= 0 else {
            throw ParquetReadError(
                "a page header gives the sizes \(compressed) and \(uncompressed)")
        }
        guard let page, page.field == (pageType == .dataPage ? 5 : 7), page.valueCount >= 0
        else {
            throw ParquetReadError(
                "a \(ParquetFormat.pageTypeName(type)) page header has no details of its type "
                    + "or a negative value count")
        }
        let encoding: ParquetFormat.Encoding
        switch (pageType, page.encoding) {
        case (.dataPage, 0), (.dictionaryPage, 0), (.dictionaryPage, 2): encoding = .plain
        case (.dataPage, 2), (.dataPage, 8): encoding = .rleDictionary
        default:
            throw ParquetReadError(
                "a \(ParquetFormat.pageTypeName(type)) page is encoded as "
                    + "\(ParquetFormat.encodingName(page.encoding)), which this reader does "
                    + "not read")
        }
        if nullable, pageType == .dataPage, let levels = page.levels,
            levels != ParquetFormat.Encoding.rle.rawValue
        {
            throw ParquetReadError(
                "a data page's definition levels are \(ParquetFormat.encodingName(levels)); "
                    + "this reader reads RLE levels")
        }
        self.init(
            type: pageType, uncompressedSize: Int(uncompressed), compressedSize: Int(compressed),
            valueCount: Int(page.valueCount), encoding: encoding)
    }
}
