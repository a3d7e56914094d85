import DemoDataCore
import DemoDataVocabulary

/// One pass over a table's Parquet file, with the results of `TableFileScan`: the file is
/// hashed and counted; its footer is read and its schema checked against the table's; each
/// row group in turn is read, decoded and checked, its digest added to the content digest,
/// and only then its rows handed to the caller, as the NDJSON text the NDJSON format writes
/// for them (which the verifier's NDJSON checks and comparisons take as they are).
///
/// The content digest is the manifest's `content_sha256` for Parquet: the SHA-256 of the row
/// groups' 32-byte digests in file order, each the SHA-256 of the row group's uncompressed
/// page bodies (headers excluded) in column order, a column's dictionary page before its
/// data pages. It depends on the values alone, not on the codec or its level. One row
/// group's bytes, page bodies and text are held at a time.
package struct ParquetFileScan {
    /// The size and SHA-256 of the file as stored.
    package let fileBytes: UInt64
    package let fileSHA256: String
    /// The uncompressed bytes of the page bodies (the manifest's `uncompressed_bytes`), and
    /// the content digest of the row groups read.
    package let contentBytes: UInt64
    package let contentSHA256: String
    /// The bytes of NDJSON text the rows make.
    package let textBytes: UInt64
    /// The first reason the file could not be read to its end, one line naming what it is
    /// about (`the file does not end with PAR1: …`, `the footer …`, `row group 3, column
    /// "email": the data page says 16384 values; the row group has 16385 rows`); nil if none.
    package let problem: String?
    /// The row groups read and checked, and their rows.
    package let rowGroups: Int
    /// The content digest of each row group read, in order.
    package let rowGroupDigests: [[UInt8]]
    package let rows: Int

    /// Scans the Parquet file of `table` at `path`, passing the NDJSON text of its rows to
    /// `content` in order, one row group's text per call (nil: the rows are decoded and checked
    /// but not written as text, as merge needs). After a problem no more text is passed, and
    /// the file is still hashed to its end. With `codec`, every column chunk must
    /// be compressed with it (the manifest's compression). With `ownLayout` (the verifier's and
    /// merge's scans), the file must be laid out exactly as demodata writes it; without, any
    /// file this reader can read is read (the reader's tests read pyarrow's files).
    package init(
        path: String, table: Table, codec: ParquetFormat.Codec? = nil, ownLayout: Bool = true,
        content: ((UnsafeRawBufferPointer) -> Void)?
    ) {
        let file: ParquetInputFile
        do {
            file = try ParquetInputFile(path: path)
        } catch {
            fileBytes = 0
            fileSHA256 = SHA256Hasher().finalizeHex()
            contentBytes = 0
            contentSHA256 = fileSHA256
            textBytes = 0
            problem = "\(error)"
            rowGroups = 0
            rowGroupDigests = []
            rows = 0
            return
        }
        var hasher = ParquetFileHasher(file: file)
        var contentHasher = SHA256Hasher()
        var contentBytes: UInt64 = 0
        var textBytes: UInt64 = 0
        var rowGroups = 0
        var rowGroupDigests: [[UInt8]] = []
        var rows = 0
        var problem: String?
        do {
            let (footer, dataEnd) = try ParquetFooter.read(from: file)
            if let schemaProblem = footer.schemaProblem(for: table) {
                throw ParquetReadError(schemaProblem)
            }
            if ownLayout {
                try Self.checkLayout(of: footer, table: table, file: file, dataEnd: dataEnd)
            }
            let decoded = ParquetDecodedRowGroup(table: table)
            let bytes = ByteBuffer(capacity: 1 << 20)
            let text = ByteBuffer(capacity: 1 << 20)
            for (index, metaData) in footer.rowGroups.enumerated() {
                let range: Range<Int>
                do {
                    range = try metaData.byteRange(dataEnd: dataEnd)
                } catch let error as ParquetReadError {
                    throw error.within("row group \(index + 1)")
                }
                if let codec, let chunk = metaData.columns.first(where: { $0.codec != codec }) {
                    throw ParquetReadError(
                        "row group \(index + 1), column \"\(chunk.name)\": the pages are "
                            + "\(chunk.codec); the manifest's compression gives \(codec)")
                }
                bytes.removeAll()
                try hasher.read(range, into: bytes)
                try decoded.decode(
                    metaData, number: index + 1, bytes: bytes.bytes, at: range.lowerBound)
                if let content {
                    text.removeAll()
                    var encoder = NDJSONEncoder(table: table, buffer: text)
                    try decoded.writeRows(to: &encoder)
                    textBytes += UInt64(text.count)
                    content(text.bytes)
                }
                contentHasher.update(decoded.digest)
                rowGroupDigests.append(decoded.digest)
                contentBytes += UInt64(decoded.bodies.count)
                rowGroups += 1
                rows += decoded.rows
            }
        } catch {
            problem = "\(error)"
        }
        let (fileSHA256, hashProblem) = hasher.finish()
        fileBytes = UInt64(file.size)
        self.fileSHA256 = fileSHA256
        self.contentBytes = contentBytes
        self.textBytes = textBytes
        contentSHA256 = contentHasher.finalizeHex()
        self.problem = problem ?? hashProblem
        self.rowGroups = rowGroups
        self.rowGroupDigests = rowGroupDigests
        self.rows = rows
    }

    /// Checks that the file is laid out as demodata lays its files out, so that nothing can
    /// hide in it: the column chunks one after another from byte 4 to the footer, with no byte
    /// between or after them; each chunk's encodings those its pages use; and a footer that is
    /// exactly the one the writer makes of these row groups (no field added, dropped or
    /// changed, such as key-value metadata, a bloom filter offset or another `created_by`).
    private static func checkLayout(
        of footer: ParquetFooter, table: Table, file: ParquetInputFile, dataEnd: Int
    ) throws {
        var next = Int64(ParquetFormat.magic.count)
        for (index, rowGroup) in footer.rowGroups.enumerated() {
            for chunk in rowGroup.columns {
                let place = "row group \(index + 1), column \(ParquetReadError.quoted(chunk.name))"
                guard chunk.startOffset == next else {
                    throw ParquetReadError(
                        "\(place) starts at byte \(chunk.startOffset); demodata writes the column "
                            + "chunks one after another from byte 4, so it would start at \(next) "
                            + "(bytes were added, moved or removed)")
                }
                let encodings: [ParquetFormat.Encoding] =
                    chunk.dictionaryPageOffset == nil
                    ? [.plain, .rle] : [.plain, .rle, .rleDictionary]
                guard chunk.encodings == encodings else {
                    throw ParquetReadError(
                        "\(place) lists the encodings "
                            + Self.names(chunk.encodings) + "; its pages use "
                            + Self.names(encodings))
                }
                next += chunk.totalCompressedSize
            }
        }
        guard next == Int64(dataEnd) else {
            throw ParquetReadError(
                "the file has \(Int64(dataEnd) - next) bytes between its last column chunk and its "
                    + "footer; demodata writes none")
        }
        let stored = try file.read(at: dataEnd, count: file.size - dataEnd)
        let expected = ParquetFileAssembler.footer(
            columns: table.parquetColumns, rowGroups: footer.rowGroups)
        guard stored == expected else {
            throw ParquetReadError(
                "the footer is not the one demodata writes for these row groups (a field was "
                    + "added, removed or changed, such as key-value metadata, a bloom filter, "
                    + "created_by or statistics flags)")
        }
    }

    private static func names(_ encodings: [ParquetFormat.Encoding]) -> String {
        encodings.map { ParquetFormat.encodingName($0.rawValue) }.joined(separator: ", ")
    }
}
