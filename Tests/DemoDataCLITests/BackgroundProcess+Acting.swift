import Foundation

extension BackgroundProcess {
    /// Runs `action` the moment `condition` holds, on a thread of its own that polls every
    /// 0.1 ms: not on the few threads Swift concurrency shares with the other tests, which a
    /// loaded test run can hold for longer than the moment waited for lasts. Both get the
    /// process id. Returns what `action` returned, or nil when the process ended first.
    func act<T: Sendable>(
        when condition: @escaping @Sendable (Int32) -> Bool, limit: Duration = .seconds(60),
        _ action: @escaping @Sendable (Int32) -> T
    ) async throws -> T? {
        let pid = processIdentifier
        return try await TestThread.run {
            let clock = ContinuousClock()
            let deadline = clock.now + limit
            while clock.now < deadline {
                if condition(pid) { return action(pid) }
                if Self.hasEnded(pid) { return nil }
                usleep(100)
            }
            throw TestFailure("timed out after \(limit) waiting for process \(pid)")
        }
    }

    /// Whether process `pid` has ended: it is gone, or a zombie not yet collected.
    static func hasEnded(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return true }
        return stat[stat.index(after: close)...].drop { $0 == " " }.hasPrefix("Z")
    }

    /// Whether process `pid` catches `signal`: its handler is installed, as
    /// `/proc/PID/status` shows.
    static func catches(_ signal: Int32, pid: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
            let mask = UInt64(
                line.dropFirst("SigCgt:".count).drop { $0 == "\t" || $0 == " " }, radix: 16)
        else { return false }
        return mask & (UInt64(1) << UInt64(signal - 1)) != 0
    }
}
