import Foundation

/// The text of a run marker (`.demodata-run`) for a run of process `pid` on this machine, as
/// demodata writes it into its temporary directories.
enum RunMarker {
    /// With `start`, the process's start time as `/proc/PID/stat` gives it; without, the
    /// marker of an older release, which recorded none.
    static func text(pid: Int32, start: UInt64? = nil) -> String {
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
            + (start.map { "start=\($0)\n" } ?? "")
    }
}
