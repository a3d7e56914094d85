import DemoDataCore
import DemoDataEngine

extension TableFileScan {
    /// How much of a table file one scan reads and decompresses at most: what its manifest
    /// entry and the schema allow, so that a file of another size, a decompression bomb or a
    /// manifest that lies costs bounded work. Per scan, no more than `fileBytes` are read and
    /// `contentBytes` decompressed.
    package struct Limits: Sendable {
        /// The most bytes of the file read: the manifest's `bytes`. The file's size is known
        /// before it is read, so a larger file is reported without reading more.
        package let fileBytes: UInt64
        /// The most bytes of content decompressed (or read, uncompressed).
        package let contentBytes: UInt64
        /// What allows no more content, for the message that says the file holds more.
        package let contentBound: String

        /// No limits, for a scan of a file without a manifest entry.
        package static let none = Limits(fileBytes: .max, contentBytes: .max, contentBound: "")

        package init(fileBytes: UInt64, contentBytes: UInt64, contentBound: String) {
            self.fileBytes = fileBytes
            self.contentBytes = contentBytes
            self.contentBound = contentBound
        }

        /// The limits of `table`'s file from its manifest `entry`: its `bytes`, and its
        /// `uncompressed_bytes` or what its rows can hold at their longest (a CSV header
        /// included), whichever is less.
        package init(table: Table, entry: Manifest.TableEntry, manifest: Manifest) {
            let line = UInt64(table.maximumLineLength(manifest.format) + 1)
            let header = manifest.hasHeaderLine ? line : 0
            let (rowsBytes, overflow) = UInt64(max(0, entry.rows)).multipliedReportingOverflow(
                by: line)
            let (rowsBound, sumOverflow) = rowsBytes.addingReportingOverflow(header)
            let held = overflow || sumOverflow ? UInt64.max : rowsBound
            if entry.uncompressedBytes <= held {
                self.init(
                    fileBytes: entry.bytes, contentBytes: entry.uncompressedBytes,
                    contentBound: "the manifest's uncompressed_bytes (\(entry.uncompressedBytes))")
            } else {
                self.init(
                    fileBytes: entry.bytes, contentBytes: held,
                    contentBound: "the \(held) bytes that the manifest's \(entry.rows) rows of "
                        + "\(table.name) can hold")
            }
        }

        /// Why a file of `size` bytes, more than `fileBytes`, is not read to its end.
        package func oversize(_ size: UInt64) -> String {
            "has \(size) bytes, more than the manifest's \(fileBytes); no more than those are read"
        }
    }
}
