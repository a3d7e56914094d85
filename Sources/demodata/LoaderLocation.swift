#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the running binary is and where its loader scripts are: `PREFIX/libexec/demodata/`
/// beside an installed `PREFIX/bin/demodata` (the release tarball and the wheel lay them out
/// so), else the `Scripts/` folder of the checkout whose `.build` holds the binary.
struct LoaderLocation {
    /// The running binary's absolute path with symbolic links resolved.
    let executable: String

    /// The binary `/proc/self/exe` names, else the first argument resolved against the
    /// working directory or the PATH; nil when neither leads to a file.
    static func runningExecutable(
        arguments: [String] = CommandLine.arguments,
        path: String? = getenv("PATH").map { String(cString: $0) }
    ) -> String? {
        if let resolved = realPath("/proc/self/exe") {
            return resolved
        }
        guard let first = arguments.first, !first.isEmpty else { return nil }
        if first.contains("/") {
            return realPath(first)
        }
        for directory in (path ?? "").split(separator: ":") {
            let candidate = String(directory) + "/" + first
            if access(candidate, X_OK) == 0, let resolved = realPath(candidate) {
                return resolved
            }
        }
        return nil
    }

    /// `path` made absolute with every symbolic link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The directories searched for a loader, in order.
    var searchedDirectories: [String] {
        let binDirectory = Self.parent(of: executable)
        var directories = [Self.parent(of: binDirectory) + "/libexec/demodata"]
        var directory = binDirectory
        while directory != "/" && !directory.isEmpty {
            if access(directory + "/Package.swift", F_OK) == 0 {
                directories.append(directory + "/Scripts")
                break
            }
            directory = Self.parent(of: directory)
        }
        return directories
    }

    /// The path of `script` in the first searched directory that has it.
    func loader(_ script: String) -> String? {
        searchedDirectories.map { $0 + "/" + script }.first { access($0, R_OK) == 0 }
    }

    /// `path` without its last component (`/` for a file at the root).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }
}
