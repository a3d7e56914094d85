import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where an archive goes, checked before any work starts: the path must be free, an empty
/// directory, or (with force) an existing archive; anything else is refused untouched.
struct ArchiveTarget {
    let path: String
    let parent: String
    let name: String
    let replacing: Bool

    init(path: String, force: Bool) throws {
        self.path = path
        parent = FileSystem.parentDirectory(of: path)
        name = FileSystem.lastComponent(of: path)
        switch FileSystem.kind(of: path) {
        case .missing:
            replacing = false
        case .other:
            throw ArchiveError(
                "cannot write \(path): it is a file, not a directory; choose another --output")
        case .directory:
            let contents = try FileSystem.contents(of: path)
            if contents.isEmpty {
                replacing = true
            } else if contents.contains("manifest.json") {
                guard force else {
                    throw ArchiveError(
                        "\(path) already holds an archive with other parameters (or a damaged one); "
                            + "pass --force to replace it")
                }
                replacing = true
            } else {
                throw ArchiveError(
                    "cannot write \(path): it is a directory that is not a demodata archive; "
                        + "choose another --output or remove it")
            }
        }
    }

    /// Builds the archive: clears stale temporary directories of this target, lets `body` fill
    /// a fresh temporary sibling directory, and installs it; on any failure the temporary
    /// directory is removed and the target is left as it was.
    func build<Result>(_ body: (String) throws -> Result) throws -> Result {
        try FileSystem.createDirectories(parent)
        try Self.removeStaleTemporaryDirectories(of: path)
        let temporary = temporaryPath()
        try FileSystem.createDirectory(temporary)
        var installed = false
        defer {
            if !installed {
                try? FileSystem.removeTree(temporary)
            }
        }
        do {
            let result = try body(temporary)
            try install(temporary)
            installed = true
            return result
        } catch let error as ArchiveError {
            // Name the archive the user asked for, not the temporary directory that is gone by
            // the time they read the message, and say what became of the previous archive.
            let outcome =
                replacing
                ? "the previous archive at \(path) is untouched" : "no archive was written"
            throw ArchiveError(
                error.description.replacingOccurrences(of: temporary, with: path) + "; "
                    + outcome)
        }
    }

    /// Removes the temporary directories that killed runs left beside the archive at `path`.
    static func removeStaleTemporaryDirectories(of path: String) throws {
        let parent = FileSystem.parentDirectory(of: path)
        let name = FileSystem.lastComponent(of: path)
        for stale in TemporaryDirectories.stale(in: parent, name: name) {
            try FileSystem.removeTree(stale)
        }
    }

    /// A fresh temporary sibling of the target, named so that `reset` can find it.
    func temporaryPath() -> String {
        parent + "/." + name + ArchiveGenerator.temporaryMarker + String(getpid())
    }

    /// Moves the finished archive at `temporary` into place.
    func install(_ temporary: String) throws {
        if replacing {
            if try FileSystem.exchange(temporary, path) {
                try FileSystem.removeTree(temporary)
            } else {
                let old = parent + "/." + name + ".demodata-old-" + String(getpid())
                try FileSystem.rename(path, to: old)
                try FileSystem.rename(temporary, to: path)
                try FileSystem.removeTree(old)
            }
        } else {
            try FileSystem.rename(temporary, to: path)
        }
        try FileSystem.syncDirectory(parent)
    }
}
