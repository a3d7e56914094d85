import DemoDataCore
import DemoDataEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who a run is: a random id, and the host, boot, PID namespace, process and process start
/// time it runs in. A run's temporary directory and lock file carry it, so that another run
/// can tell whether that run can still be alive — a process id alone says nothing about a
/// process in another container or on another host sharing the volume, nor about a process
/// that was given the id of one that ended.
package struct RunIdentity: Equatable, Sendable {
    package var run: String
    package var host: String
    package var boot: String
    package var pidNamespace: String
    package var pid: Int32
    /// When the process started, in clock ticks after boot (field 22 of `/proc/PID/stat`);
    /// nil where it cannot be read, and in the markers of releases that did not record it.
    package var start: UInt64?

    /// This process's identity, with a fresh run id.
    package static func current() -> RunIdentity {
        var generator = SystemRandomNumberGenerator()
        let run = Hex.string(
            (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let pid = getpid()
        return RunIdentity(
            run: run, host: hostName(), boot: bootID(), pidNamespace: pidNamespace(),
            pid: pid, start: startTime(of: pid))
    }

    /// Whether the run is provably alive from here: it runs in this host's boot and PID
    /// namespace, its process exists, and (when the identity records it) that process started
    /// when the run's did — else the id was given to another process after the run ended.
    /// False means either dead or unknowable.
    package var isVisiblyAlive: Bool {
        guard isHere, pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        // Where the start time cannot be read (`/proc` mounted with `hidepid`), the process
        // counts as the run's, as it did before start times were recorded.
        guard let start, let current = Self.startTime(of: pid) else { return true }
        return current == start
    }

    /// Whether the run ran in this host's boot and PID namespace, where its process id means
    /// what it says.
    package var isHere: Bool {
        let here = RunIdentity.here
        return host == here.host && boot == here.boot && pidNamespace == here.pidNamespace
    }

    /// This process's host, boot and PID namespace, read once: they do not change while it
    /// runs.
    private static let here = current()

    /// `key=value` lines, as the marker and lock files hold them.
    package var text: String {
        "run=\(run)\nhost=\(host)\nboot=\(boot)\npid_namespace=\(pidNamespace)\npid=\(pid)\n"
            + (start.map { "start=\($0)\n" } ?? "")
    }

    /// Parses `text`; nil unless every field but the start time is there (older releases did
    /// not write it).
    package init?(text: String) {
        var fields: [Substring: Substring] = [:]
        for line in text.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { return nil }
            fields[line[..<equals]] = line[line.index(after: equals)...]
        }
        guard let run = fields["run"], let host = fields["host"], let boot = fields["boot"],
            let namespace = fields["pid_namespace"], let pid = fields["pid"].flatMap({ Int32($0) })
        else { return nil }
        var start: UInt64?
        if let field = fields["start"] {
            guard let value = UInt64(field) else { return nil }
            start = value
        }
        self.init(
            run: String(run), host: String(host), boot: String(boot),
            pidNamespace: String(namespace), pid: pid, start: start)
    }

    package init(
        run: String, host: String, boot: String, pidNamespace: String, pid: Int32,
        start: UInt64? = nil
    ) {
        self.run = run
        self.host = host
        self.boot = boot
        self.pidNamespace = pidNamespace
        self.pid = pid
        self.start = start
    }

    /// The start time of process `pid` in clock ticks after boot (field 22 of
    /// `/proc/PID/stat`); nil when the process does not exist or it cannot be read.
    package static func startTime(of pid: Int32) -> UInt64? {
        // A /proc file says it has no bytes until read, so it is read to its end.
        (try? FileSystem.read("/proc/\(pid)/stat")).flatMap(startTime(statLine:))
    }

    /// Field 22 of a `/proc/PID/stat` line, counted after the `)` that ends the command name
    /// (which may itself hold spaces and parentheses).
    package static func startTime(statLine bytes: [UInt8]) -> UInt64? {
        guard let close = bytes.lastIndex(of: UInt8(ascii: ")")) else { return nil }
        // Fields 3 onwards follow the command name; the start time is the 20th of them.
        let fields = bytes[(close + 1)...].split(separator: UInt8(ascii: " "))
        guard fields.count > 19 else { return nil }
        return UInt64(String(decoding: fields[19], as: UTF8.self))
    }

    /// A short description for messages: `pid 123 on host h`.
    package var description: String {
        "pid \(pid) on host \(host)"
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown" }
        return Self.clean(
            String(decoding: buffer.prefix { $0 != 0 }.map(UInt8.init), as: UTF8.self))
    }

    private static func bootID() -> String {
        let bytes = (try? FileSystem.read("/proc/sys/kernel/random/boot_id")) ?? []
        return clean(String(decoding: bytes, as: UTF8.self))
    }

    private static func pidNamespace() -> String {
        var buffer = [CChar](repeating: 0, count: 128)
        let count = readlink("/proc/self/ns/pid", &buffer, buffer.count - 1)
        guard count > 0 else { return "unknown" }
        return clean(String(decoding: buffer[0..<count].map(UInt8.init), as: UTF8.self))
    }

    /// Keeps a value on one line of a marker file.
    private static func clean(_ text: String) -> String {
        let kept = text.filter { !$0.isNewline && $0 != "=" }
        return kept.isEmpty ? "unknown" : kept
    }
}
