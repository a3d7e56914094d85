import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary
import Synchronization

/// The thread-safe side of the service: the cancellation flag, the latest progress of every
/// table, and the subscribers of the progress stream. Generation threads write to it without
/// waiting for the actor.
package final class GenerationMonitor: Sendable {
    private struct State {
        var cancelled = false
        var progress: [Table: TableProgress] = [:]
        var subscribers: [Int: AsyncStream<TableProgress>.Continuation] = [:]
        var nextSubscriber = 0
    }

    private let state = Mutex(State())

    package var isCancelled: Bool { state.withLock { $0.cancelled } }

    package func cancel() {
        state.withLock { $0.cancelled = true }
    }

    /// Clears the flag and the progress for a new generation.
    package func begin() {
        state.withLock {
            $0.cancelled = false
            $0.progress = [:]
        }
    }

    package func record(_ progress: TableProgress) {
        let subscribers = state.withLock { state in
            state.progress[progress.table] = progress
            return Array(state.subscribers.values)
        }
        for subscriber in subscribers {
            subscriber.yield(progress)
        }
    }

    /// The latest progress of each table begun, in load order.
    package var snapshot: [TableProgress] {
        let progress = state.withLock { $0.progress }
        return Table.allCases.compactMap { progress[$0] }
    }

    package func subscribe() -> AsyncStream<TableProgress> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: TableProgress.self, bufferingPolicy: .bufferingNewest(256))
        let id = state.withLock { state in
            let id = state.nextSubscriber
            state.nextSubscriber += 1
            state.subscribers[id] = continuation
            return id
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Ends every progress stream (the generation is over).
    package func finishStreams() {
        let subscribers = state.withLock { state in
            let values = Array(state.subscribers.values)
            state.subscribers = [:]
            return values
        }
        for subscriber in subscribers {
            subscriber.finish()
        }
    }
}
