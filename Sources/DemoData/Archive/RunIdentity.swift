#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who a run is: a random id, and the host, boot, PID namespace and process it runs in. A
/// run's temporary directory and lock file carry it, so that another run can tell whether
/// that run can still be alive — a process id alone says nothing about a process in another
/// container or on another host sharing the volume.
struct RunIdentity: Equatable, Sendable {
    var run: String
    var host: String
    var boot: String
    var pidNamespace: String
    var pid: Int32

    /// This process's identity, with a fresh run id.
    static func current() -> RunIdentity {
        var generator = SystemRandomNumberGenerator()
        let run = Hex.string(
            (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) })
        return RunIdentity(
            run: run, host: hostName(), boot: bootID(), pidNamespace: pidNamespace(),
            pid: getpid())
    }

    /// Whether the run is provably alive from here: it runs in this host's boot and PID
    /// namespace and its process exists. False means either dead or unknowable.
    var isVisiblyAlive: Bool {
        let here = RunIdentity.here
        guard host == here.host, boot == here.boot, pidNamespace == here.pidNamespace else {
            return false
        }
        return pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// This process's host, boot and PID namespace, read once: they do not change while it
    /// runs.
    private static let here = current()

    /// `key=value` lines, as the marker and lock files hold them.
    var text: String {
        "run=\(run)\nhost=\(host)\nboot=\(boot)\npid_namespace=\(pidNamespace)\npid=\(pid)\n"
    }

    /// Parses `text`; nil unless every field is there.
    init?(text: String) {
        var fields: [Substring: Substring] = [:]
        for line in text.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { return nil }
            fields[line[..<equals]] = line[line.index(after: equals)...]
        }
        guard let run = fields["run"], let host = fields["host"], let boot = fields["boot"],
            let namespace = fields["pid_namespace"], let pid = fields["pid"].flatMap({ Int32($0) })
        else { return nil }
        self.init(
            run: String(run), host: String(host), boot: String(boot),
            pidNamespace: String(namespace), pid: pid)
    }

    init(run: String, host: String, boot: String, pidNamespace: String, pid: Int32) {
        self.run = run
        self.host = host
        self.boot = boot
        self.pidNamespace = pidNamespace
        self.pid = pid
    }

    /// A short description for messages: `pid 123 on host h`.
    var description: String {
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
