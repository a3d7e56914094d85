/// Finds and removes what `demodata reset` clears: the archives in a directory (subdirectories
/// holding a demodata manifest, or the directory itself when it is one) and the stale temporary
/// directories of killed runs. Nothing else is ever touched.
public enum ArchiveReset {
    /// The paths that a reset of `directory` removes, sorted; empty when there are none or the
    /// directory does not exist.
    public static func plan(_ directory: String) throws -> [String] {
        switch FileSystem.kind(of: directory) {
        case .missing:
            return []
        case .other:
            throw ArchiveError("cannot reset \(directory): it is a file, not a directory")
        case .directory:
            break
        }
        if isArchive(directory) {
            return [directory]
        }
        var paths: [String] = []
        for name in try FileSystem.contents(of: directory) {
            let path = directory + "/" + name
            if !name.hasPrefix("."), FileSystem.kind(of: path) == .directory, isArchive(path) {
                paths.append(path)
            }
        }
        paths += TemporaryDirectories.stale(in: directory)
        return paths.sorted()
    }

    /// Removes the planned paths.
    public static func remove(_ paths: [String]) throws {
        for path in paths {
            try FileSystem.removeTree(path)
        }
    }

    /// Whether `path` holds a manifest written by demodata.
    static func isArchive(_ path: String) -> Bool {
        guard let manifest = try? ArchiveChecksums.manifest(at: path) else { return false }
        return manifest.generator.name == "demodata"
    }
}
