import Foundation

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
