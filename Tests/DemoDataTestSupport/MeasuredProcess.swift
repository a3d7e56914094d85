import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program run to its end together with what it cost: its peak resident memory and the
/// bytes it read, so that a test bounds a program's memory and work rather than its time.
///
/// The program runs under GNU `time`, which reports its child's `ru_maxrss` (the test's own
/// process cannot: a child it spawns inherits its memory high-water mark until the first
/// `exec`), and under `prlimit` with an address-space and a CPU-time limit, so that a program
/// that does not keep its bounds fails the test instead of exhausting the machine. The bytes
/// read are `rchar` of `/proc/PID/io` of `time`, taken once it has exited and before it is
/// reaped: the kernel adds a reaped child's reads to its parent's, so they are the program's
/// (and `time`'s few).
public struct MeasuredProcess: Sendable {
    public let command: String
    /// The exit status, or 128 + the signal number when a signal ended the program.
    public let status: Int32
    public let standardOutput: Data
    public let standardError: Data
    /// The most memory the program had resident at once.
    public let peakResidentBytes: Int
    /// The bytes the program read from files and devices.
    public let bytesRead: Int

    public var errorText: String { String(decoding: standardError, as: UTF8.self) }

    /// Runs `executable` with `arguments`, standard input from /dev/null.
    ///
    /// - Parameters:
    ///   - addressSpace: the most virtual memory the program may map (`prlimit --as`).
    ///   - cpuSeconds: the most CPU time it may use before the system ends it.
    public static func run(
        _ executable: URL, _ arguments: [String], addressSpace: Int = 8 << 30,
        cpuSeconds: Int = 120
    ) async throws -> MeasuredProcess {
        try await TestThread.run {
            try runToEnd(
                ["/usr/bin/prlimit", "--as=\(addressSpace)", "--cpu=\(cpuSeconds)", "--"]
                    + [executable.path] + arguments)
        }
    }

    private static func runToEnd(_ program: [String]) throws -> MeasuredProcess {
        let capture = try TestDirectory()
        let command = ["/usr/bin/time", "-f", "%M", "-o", capture.file("rss")] + program
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, capture.file("stdout"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(
            &actions, 2, capture.file("stderr"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let arguments = command.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, arguments, environ)
        guard spawned == 0 else {
            throw TestFailure("cannot start \(command[0]): \(String(cString: strerror(spawned)))")
        }
        // Wait for the end without reaping, so that /proc/PID/io still holds the totals.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 {
            guard errno == EINTR else { throw TestFailure("waitid failed: errno \(errno)") }
        }
        let io = (try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8)) ?? ""
        let read = io.split(separator: "\n").first { $0.hasPrefix("rchar:") }
            .flatMap { Int($0.dropFirst("rchar:".count).trimmingCharacters(in: .whitespaces)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw TestFailure("waitpid failed: errno \(errno)") }
        }
        guard let read else { throw TestFailure("/proc/\(pid)/io has no rchar: \(io)") }
        // `time` writes the kilobytes last, after a line on a signal that ended the program.
        let report = try String(contentsOfFile: capture.file("rss"), encoding: .utf8)
        guard let kilobytes = report.split(separator: "\n").last.flatMap({ Int($0) }) else {
            throw TestFailure("time reported no peak memory: \(report)")
        }
        // `time` exits with the program's status, 128 + the signal when a signal ended it.
        return MeasuredProcess(
            command: program.joined(separator: " "),
            status: status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F,
            standardOutput: try Data(contentsOf: capture.appending("stdout")),
            standardError: try Data(contentsOf: capture.appending("stderr")),
            peakResidentBytes: kilobytes * 1024, bytesRead: read)
    }
}
