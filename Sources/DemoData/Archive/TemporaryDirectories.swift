#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary directories runs leave beside their target while they work
/// (`.<name>.demodata-tmp-<pid>`, and `.<name>.demodata-old-<pid>` while replacing), and the
/// stale ones of runs that were killed.
enum TemporaryDirectories {
    static let markers = [ArchiveGenerator.temporaryMarker, ".demodata-old-"]

    /// The process id in a temporary directory's name, if the name is one of ours.
    static func owner(of name: String) -> Int32? {
        guard name.hasPrefix(".") else { return nil }
        for marker in markers {
            if let range = name.range(of: marker, options: .backwards),
                let pid = Int32(name[range.upperBound...])
            {
                return pid
            }
        }
        return nil
    }

    /// Whether a process with this id is running.
    static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// The stale temporary directories in `parent`: ours by name, whose process is gone.
    /// With `name`, only those of that target.
    static func stale(in parent: String, name: String? = nil) -> [String] {
        guard let entries = try? FileSystem.contents(of: parent) else { return [] }
        return entries.filter { entry in
            guard let pid = owner(of: entry), !isAlive(pid) || pid == getpid() else { return false }
            if let name {
                return markers.contains { entry == "." + name + $0 + String(pid) }
            }
            return FileSystem.kind(of: parent + "/" + entry) == .directory
        }.map { parent + "/" + $0 }
    }
}
