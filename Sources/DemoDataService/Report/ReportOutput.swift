import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report page to its file all at once: into a temporary file beside it, synced,
/// then renamed over the name, so the name never shows a half-written page. An existing file
/// is replaced only when it is a page `demodata report` made (or with `force`).
public enum ReportOutput {
    /// What every page of ours says near its top.
    package static let marker = "<meta name=\"generator\" content=\"demodata report\">"

    /// Writes `html` to `path`; `announce` is told the temporary file's path as soon as it
    /// exists, for whoever removes it on a signal.
    public static func write(
        _ html: String, to path: String, force: Bool = false,
        announce: (String) -> Void = { _ in }
    ) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else {
                throw ArchiveError(
                    "\(path) exists and is not a regular file; name a file with -o")
            }
            guard force || madeByReport(path) else {
                throw ArchiveError(
                    "\(path) exists and is not a report of demodata; name another file with -o, "
                        + "or add --force to replace it")
            }
        }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(directory)/.\(name).demodata-report-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer {
            $0.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else {
            throw ArchiveError.system("create a file in", directory, code: errno)
        }
        let temporary = String(
            decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        announce(temporary)
        do {
            let file = OutputFile(adopting: descriptor, path: temporary)
            try file.append(Array(html.utf8))
            guard fchmod(descriptor, 0o644) == 0 else {
                throw ArchiveError.system("set the permissions of", temporary, code: errno)
            }
            try file.syncAndClose()
            guard rename(temporary, path) == 0 else {
                throw ArchiveError.system("rename the report to", path, code: errno)
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Whether the file at `path` starts as a page of ours.
    private static func madeByReport(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 1024)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        return String(decoding: bytes[..<count], as: UTF8.self).contains(marker)
    }
}
