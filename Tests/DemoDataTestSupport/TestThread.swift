import Foundation

/// Runs long synchronous test work on a thread of its own, so that it does not hold one of the
/// few threads Swift concurrency shares with the tests that wait on processes and timers (on a
/// 2-core machine, two long synchronous tests would otherwise stall every other test).
public enum TestThread {
    public static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws
        -> T
    {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try body() })
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
