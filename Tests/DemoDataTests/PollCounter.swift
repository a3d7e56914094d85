import Synchronization

/// Counts the polls of a merge's `shouldStop`, never asking it to stop.
final class PollCounter: Sendable {
    private let polls = Mutex(0)

    var value: Int { polls.withLock { $0 } }

    func count() -> Bool {
        polls.withLock { $0 += 1 }
        return false
    }
}
