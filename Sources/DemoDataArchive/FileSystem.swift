import CPlatform
import DemoDataCore
import DemoDataEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system operations archives need, as thin wrappers that throw `ArchiveError`.
package enum FileSystem {
    package enum Kind {
        case missing
        case directory
        /// A regular file (not a link, device, FIFO or socket).
        case file
        case other
    }

    /// What is at `path`, without following a symbolic link.
    package static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// The newest modification time, in seconds since 1970, of `path` and the entries directly
    /// in it (0 when none can be read).
    package static func newestModification(in path: String) -> Int {
        func modified(_ path: String) -> Int {
            var info = stat()
            guard lstat(path, &info) == 0 else { return 0 }
            return Int(info.st_mtim.tv_sec)
        }
        let entries = (try? contents(of: path)) ?? []
        return entries.reduce(modified(path)) { max($0, modified(path + "/" + $1)) }
    }

    /// The size of the regular file at `path` (without following a link), or nil when there
    /// is none.
    package static func size(of path: String) -> UInt64? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return UInt64(info.st_size)
    }

    package static func exists(_ path: String) -> Bool {
        kind(of: path) != .missing
    }

    /// Whether `path` is a symbolic link (to anything, or to nothing).
    package static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// Whether `path` is a directory or a symbolic link to one.
    package static func isDirectoryFollowingLinks(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates a directory and any missing parents. A symbolic link to a directory counts as
    /// the directory (`Output` linked to another disk), as it does for every other program.
    package static func createDirectories(_ path: String) throws {
        if isDirectoryFollowingLinks(path) { return }
        let parent = parentDirectory(of: path)
        if parent != path, !parent.isEmpty {
            try createDirectories(parent)
        }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw ArchiveError.system("create directory", path, code: errno)
        }
        guard isDirectoryFollowingLinks(path) else {
            if isSymbolicLink(path) {
                throw ArchiveError(
                    "cannot create directory \(path): it is a symbolic link to nothing that "
                        + "exists; make the directory it points to, or remove the link")
            }
            throw ArchiveError("cannot create directory \(path): a file is in the way")
        }
    }

    /// Creates a new, empty directory; fails if anything is at `path`.
    package static func createDirectory(_ path: String) throws {
        if mkdir(path, 0o755) != 0 {
            throw ArchiveError.system("create directory", path, code: errno)
        }
    }

    /// The names in a directory, without `.` and `..`.
    package static func contents(of path: String) throws -> [String] {
        guard let directory = opendir(path) else {
            throw ArchiveError.system("read directory", path, code: errno)
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." {
                names.append(name)
            }
        }
        return names.sorted()
    }

    /// Removes a file or a directory tree. Symbolic links are removed, never followed.
    package static func removeTree(_ path: String) throws {
        switch kind(of: path) {
        case .missing:
            return
        case .file, .other:
            if unlink(path) != 0, errno != ENOENT {
                throw ArchiveError.system("remove", path, code: errno)
            }
        case .directory:
            for name in try contents(of: path) {
                try removeTree(path + "/" + name)
            }
            if rmdir(path) != 0, errno != ENOENT {
                throw ArchiveError.system("remove", path, code: errno)
            }
        }
    }

    /// Removes an empty directory.
    package static func removeDirectory(_ path: String) throws {
        if rmdir(path) != 0, errno != ENOENT {
            throw ArchiveError.system("remove", path, code: errno)
        }
    }

    package static func rename(_ from: String, to: String) throws {
        if Glibc.rename(from, to) != 0 {
            throw ArchiveError.system("rename \(from) to", to, code: errno)
        }
    }

    /// Swaps two existing paths in one atomic step; false where the system cannot.
    package static func exchange(_ first: String, _ second: String) throws -> Bool {
        if cplatform_rename_exchange(first, second) == 0 { return true }
        if errno == ENOSYS || errno == EINVAL || errno == ENOTSUP { return false }
        throw ArchiveError.system("replace", second, code: errno)
    }

    /// Flushes a directory's entries (new and renamed names) to stable storage.
    package static func syncDirectory(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ArchiveError.system("open", path, code: errno) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0, errno != EINVAL {
            throw ArchiveError.system("sync", path, code: errno)
        }
    }

    /// Reads a file in chunks, passing each to `body`.
    package static func stream(_ path: String, _ body: (UnsafeRawBufferPointer) throws -> Void)
        throws
    {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ArchiveError.system("read", path, code: errno) }
        defer { close(descriptor) }
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        while true {
            let count = chunk.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress, $0.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ArchiveError.system("read", path, code: errno)
            }
            if count == 0 { return }
            try chunk.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    /// Reads a whole (small) file.
    package static func read(_ path: String) throws -> [UInt8] {
        var result: [UInt8] = []
        try stream(path) { result.append(contentsOf: $0) }
        return result
    }

    /// The first `count` bytes of a file (fewer if it is shorter).
    package static func readPrefix(_ path: String, count: Int) throws -> [UInt8] {
        var result: [UInt8] = []
        do {
            try stream(path) { chunk in
                result.append(contentsOf: chunk.prefix(count - result.count))
                if result.count == count { throw PrefixComplete() }
            }
        } catch is PrefixComplete {}
        return result
    }

    private struct PrefixComplete: Error {}

    /// The most bytes `readSmallFile` reads.
    package static let smallFileLimit = 16 << 20

    /// Reads a small regular file of an archive: refuses a symbolic link, FIFO, device or
    /// socket (which could block or never end) and a file larger than `limit`.
    package static func readSmallFile(_ path: String, limit: Int = smallFileLimit) throws -> [UInt8]
    {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else {
            if errno == ELOOP {
                throw ArchiveError("cannot read \(path): it is a symbolic link, not a file")
            }
            throw ArchiveError.system("read", path, code: errno)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw ArchiveError.system("read", path, code: errno)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw ArchiveError("cannot read \(path): it is not a regular file")
        }
        guard Int(info.st_size) <= limit else {
            throw ArchiveError(
                "cannot read \(path): it has \(info.st_size) bytes, more than such a file ever has")
        }
        var result = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while count < result.count {
            let got = result.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(descriptor, base + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw ArchiveError.system("read", path, code: errno)
            }
            if got == 0 { break }
            count += got
        }
        guard count <= limit else {
            throw ArchiveError("cannot read \(path): it grew while being read")
        }
        return Array(result[0..<count])
    }

    /// The absolute path of an existing path, with links and `..` resolved.
    /// The bytes an unprivileged process may still write to the file system holding `path`
    /// (or its nearest existing ancestor, for a path yet to be created); nil when that cannot
    /// be asked.
    package static func availableBytes(at path: String) -> UInt64? {
        var existing = path
        while !exists(existing) {
            let up = parentDirectory(of: existing)
            if up == existing { return nil }
            existing = up
        }
        var info = statvfs()
        guard statvfs(existing, &info) == 0 else { return nil }
        return UInt64(info.f_bavail).multipliedReportingOverflow(by: UInt64(info.f_frsize))
            .partialValue
    }

    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The directory part of a path (`.` for a bare name).
    package static func parentDirectory(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") {
            trimmed.removeLast()
        }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        if slash == trimmed.startIndex { return "/" }
        return String(trimmed[..<slash])
    }

    /// The last component of a path.
    package static func lastComponent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") {
            trimmed.removeLast()
        }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }
}
