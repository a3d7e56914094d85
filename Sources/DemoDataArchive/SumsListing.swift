import DemoDataCore
import DemoDataEngine

/// `SHA256SUMS` as read: the one parser of the file, shared by `verify`, `merge`, `info` and
/// the up-to-date check. Each well-formed line is `<64 lowercase hex digits>  <file>` (or
/// `*<file>`, as `sha256sum --binary` writes); the listing keeps the first line of each file
/// and says what is wrong with every other line.
package struct SumsListing: Sendable, Equatable {
    /// A file the listing names, with its digest and the line that names it (from 1).
    package struct Entry: Sendable, Equatable {
        package let digest: String
        package let file: String
        package let line: Int

        package init(digest: String, file: String, line: Int) {
            self.digest = digest
            self.file = file
            self.line = line
        }
    }

    /// A line that is not a well-formed entry, or names a file a second time.
    package struct Problem: Sendable, Equatable {
        package let line: Int
        package let message: String

        package init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    /// The well-formed entries, in the file's order, each file once.
    package let entries: [Entry]
    /// What is wrong with the text, in the file's order (a missing final line end last, as line
    /// 0: the whole file).
    package let problems: [Problem]

    /// The entry of `file`, if the listing names it.
    package subscript(file: String) -> Entry? {
        entries.first { $0.file == file }
    }

    package init(parsing text: [UInt8]) {
        var entries: [Entry] = []
        var problems: [Problem] = []
        var seen: [String: Int] = [:]
        let lines = text.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() where offset < lines.count - 1 || !line.isEmpty {
            let number = offset + 1
            guard let entry = Self.entry(Array(line), number: number) else {
                problems.append(
                    Problem(line: number, message: "the line is not `<sha256>  <file>`"))
                continue
            }
            if let first = seen[entry.file] {
                problems.append(
                    Problem(
                        line: number,
                        message: "\(entry.file) is listed twice (first on line \(first))"))
                continue
            }
            seen[entry.file] = number
            entries.append(entry)
        }
        if !text.isEmpty, text.last != UInt8(ascii: "\n") {
            problems.append(
                Problem(line: 0, message: "the file does not end with a line end"))
        }
        self.entries = entries
        self.problems = problems
    }

    private static func entry(_ line: [UInt8], number: Int) -> Entry? {
        guard line.count > 66, line[64] == UInt8(ascii: " "),
            line[65] == UInt8(ascii: " ") || line[65] == UInt8(ascii: "*")
        else { return nil }
        let digest = String(decoding: line[0..<64], as: UTF8.self)
        guard Hex.isLowercaseHex(digest, count: 64) else { return nil }
        return Entry(
            digest: digest, file: String(decoding: line[66...], as: UTF8.self), line: number)
    }

    /// The text demodata writes for `manifest`: each table file with the manifest's sha256,
    /// then the data package and the manifest with the digests of their bytes.
    package static func text(
        of manifest: Manifest, dataPackage: [UInt8], manifest manifestBytes: [UInt8]
    )
        -> [UInt8]
    {
        var lines = manifest.tables.map { $0.sha256 + "  " + $0.file + "\n" }
        lines.append(
            SHA256Hasher.hex(dataPackage) + "  " + ArchiveContents.dataPackageName + "\n")
        lines.append(SHA256Hasher.hex(manifestBytes) + "  " + ArchiveContents.manifestName + "\n")
        return Array(lines.joined().utf8)
    }
}
