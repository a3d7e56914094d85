import DemoDataCore
import DemoDataEngine
import Dispatch
import Foundation
import Synchronization

/// One dedicated thread that runs submitted jobs in order (the pipeline's writer).
package final class SerialWorker: Sendable {
    private let jobs = Mutex<[@Sendable () -> Void]>([])
    private let available = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)

    package init(name: String) {
        let thread = Thread { [self] in loop() }
        thread.name = name
        thread.start()
    }

    private func loop() {
        while true {
            available.wait()
            let job = jobs.withLock { $0.isEmpty ? nil : $0.removeFirst() }
            guard let job else {
                stopped.signal()
                return
            }
            job()
        }
    }

    /// Queues `job` after those already submitted.
    package func submit(_ job: @escaping @Sendable () -> Void) {
        jobs.withLock { $0.append(job) }
        available.signal()
    }

    /// Runs the jobs already submitted, then stops the thread and returns.
    package func shutdown() {
        available.signal()
        stopped.wait()
    }
}
