import Foundation

/// A small tmpfs mounted for the duration of a closure, so that tests can fill a real file
/// system or make one read-only. Mounting needs root with CAP_SYS_ADMIN (not granted to the
/// root of an unprivileged container); tests that use it are skipped elsewhere.
struct TmpfsMount {
    let url: URL

    var path: String { url.path }

    /// Whether this process may mount file systems: it runs as root and holds CAP_SYS_ADMIN.
    static let isAvailable: Bool = {
        guard getuid() == 0,
            let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("CapEff:") }),
            let mask = UInt64(
                line.dropFirst("CapEff:".count).trimmingCharacters(in: .whitespaces),
                radix: 16)
        else { return false }
        let capSysAdmin: UInt64 = 21
        return mask & (1 << capSysAdmin) != 0
    }()

    /// Mounts a tmpfs of `size` (such as "2m") with `options` at a fresh directory, runs
    /// `body`, and unmounts it, on success and failure alike.
    static func with<Value>(
        size: String, options: [String] = [], _ body: (TmpfsMount) async throws -> Value
    ) async throws -> Value {
        try await TestDirectory.with { temporary in
            let mount = TmpfsMount(url: temporary.url.appending(path: "mount"))
            try FileManager.default.createDirectory(
                at: mount.url, withIntermediateDirectories: true)
            let mounted = try await TestProcess.run(
                program: "mount",
                [
                    "-t", "tmpfs", "-o", (options + ["size=\(size)"]).joined(separator: ","),
                    "tmpfs", mount.path,
                ])
            guard mounted.status == 0 else {
                throw TestFailure("cannot mount a tmpfs at \(mount.path): \(mounted)")
            }
            let outcome: Result<Value, any Error>
            do {
                outcome = .success(try await body(mount))
            } catch {
                outcome = .failure(error)
            }
            let unmounted = try await TestProcess.run(program: "umount", [mount.path])
            guard unmounted.status == 0 else {
                throw TestFailure("cannot unmount \(mount.path): \(unmounted)")
            }
            return try outcome.get()
        }
    }

    /// Remounts the file system read-only (or back to read-write).
    func remount(readOnly: Bool) async throws {
        let result = try await TestProcess.run(
            program: "mount", ["-o", readOnly ? "remount,ro" : "remount,rw", path])
        guard result.status == 0 else {
            throw TestFailure("cannot remount \(path): \(result)")
        }
    }

    /// The names in the file system's root directory, sorted.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}
