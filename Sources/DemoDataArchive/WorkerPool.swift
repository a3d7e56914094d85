import DemoDataCore
import DemoDataEngine
import Dispatch
import Foundation

/// A fixed set of dedicated threads that run one parallel step at a time.
///
/// Dedicated threads, rather than Dispatch's global queues, because the global pool is sized to
/// the core count and counts threads blocked waiting (such as the one driving a generation):
/// parallel work queued there can end up running on a single thread.
package final class WorkerPool: @unchecked Sendable {
    /// Threads in the pool, the calling thread included.
    package let width: Int
    private let wake: [DispatchSemaphore]
    private let finished = DispatchSemaphore(value: 0)
    // Written by the caller before it wakes the workers and read by them after: the semaphores
    // order the accesses.
    private var body: (@Sendable (Int) -> Void)?
    private var stopping = false

    package init(width: Int) {
        self.width = max(1, width)
        wake = (0..<self.width).map { _ in DispatchSemaphore(value: 0) }
        for worker in 1..<self.width {
            let thread = Thread { [self] in loop(worker) }
            thread.name = "demodata-worker-\(worker)"
            thread.start()
        }
    }

    private func loop(_ worker: Int) {
        while true {
            wake[worker].wait()
            if stopping {
                finished.signal()
                return
            }
            body?(worker)
            finished.signal()
        }
    }

    /// Runs `body(worker)` for every worker index below `width` at once, the calling thread
    /// taking index 0, and returns when all are done.
    package func run(_ body: @escaping @Sendable (Int) -> Void) {
        self.body = body
        for worker in 1..<width {
            wake[worker].signal()
        }
        body(0)
        for _ in 1..<width {
            finished.wait()
        }
        self.body = nil
    }

    /// Stops the threads; the pool cannot be used afterwards.
    package func shutdown() {
        stopping = true
        for worker in 1..<width {
            wake[worker].signal()
        }
        for _ in 1..<width {
            finished.wait()
        }
    }
}
