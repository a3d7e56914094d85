import Foundation

/// A fresh directory under the system's temporary directory that exists for the duration of a
/// closure and is removed with everything in it afterwards, on success and failure alike.
struct TemporaryDirectory: Sendable {
    let url: URL

    /// Creates a directory, runs `body` with it, and removes it.
    static func with<Result>(
        _ body: (TemporaryDirectory) async throws -> Result
    ) async throws -> Result {
        let url = FileManager.default.temporaryDirectory
            .appending(path: "demodata-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try await body(TemporaryDirectory(url: url))
    }

    /// The path of `name` inside the directory.
    func path(_ name: String) -> String {
        url.appending(path: name).path
    }

    /// The names in the directory, sorted.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    /// The names in the directory left by an unfinished or replaced archive
    /// (`.NAME.demodata-tmp-PID`, `.NAME.demodata-old-PID`).
    func leftovers() throws -> [String] {
        try contents().filter { $0.contains(".demodata-") }
    }
}

/// The text of a run marker (`.demodata-run`) for a run of process `pid` on this machine, as
/// demodata writes it into its temporary directories.
enum RunMarker {
    static func text(pid: Int32) -> String {
        var host = [CChar](repeating: 0, count: 256)
        gethostname(&host, 255)
        let boot =
            (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown"
        let namespace =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/ns/pid"))
            ?? "unknown"
        let hostName = String(decoding: host.prefix { $0 != 0 }.map(UInt8.init), as: UTF8.self)
        return "run=00\nhost=\(hostName)\nboot=\(boot)\npid_namespace=\(namespace)\npid=\(pid)\n"
    }
}
