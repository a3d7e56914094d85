import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary
import Foundation

/// The generator as a service: one generation at a time, with observable state, per-table
/// progress, metrics and cancellation. The command line generates through it.
///
/// The work runs on background threads, so the actor stays responsive while a generation runs:
/// `state` reads `.generating`, a second `generate` is refused with
/// `GeneratorServiceError.busy`, and `cancel()` stops the run between chunks.
public actor GeneratorService {
    /// What the service is doing.
    public private(set) var state: GenerationState = .idle
    /// The figures of the last finished generation.
    public private(set) var lastMetrics: GenerationMetrics?
    private let monitor = GenerationMonitor()

    public init() {}

    /// The latest progress of each table of the running (or last) generation, in load order.
    public var progress: [TableProgress] { monitor.snapshot }

    /// Asks the running generation to stop; it removes its temporary files and fails with
    /// `CancellationError`. Safe to call from any thread, including a signal handler's queue.
    public nonisolated func cancel() {
        monitor.cancel()
    }

    /// A stream of progress updates of the next or running generation; it ends when the
    /// generation ends.
    public nonisolated func progressUpdates() -> AsyncStream<TableProgress> {
        monitor.subscribe()
    }

    /// Generates an archive at `path`, or, unless `force`, leaves it as it is when it already
    /// holds an intact archive with the same parameters.
    ///
    /// - Parameters:
    ///   - checkFreeSpace: refuse to start, with `ArchiveError`, when the estimated size of the
    ///     archive (`ArchiveEstimate`) exceeds the free space of its file system.
    ///   - shouldStop: polled like `cancel()`, from before the generation starts (a request
    ///     to stop that came before it is not lost, as one by `cancel()` is).
    public func generate(
        _ parameters: GenerationParameters, threads: Int, to path: String, force: Bool,
        checkFreeSpace: Bool = false, shouldStop: @escaping @Sendable () -> Bool = { false }
    ) async throws -> GenerationOutcome {
        guard state != .generating else { throw GeneratorServiceError.busy }
        state = .generating
        monitor.begin()
        defer { monitor.finishStreams() }
        let clock = ContinuousClock()
        let start = clock.now
        let monitor = self.monitor
        do {
            let stop: @Sendable () -> Bool = { monitor.isCancelled || shouldStop() }
            let (manifest, upToDate, notes) = try await Self.runInBackground {
                if stop() { throw CancellationError() }
                let generator = ArchiveGenerator(parameters: parameters, threads: threads)
                let target = try ArchiveTarget(path: path)
                if !force, let existing = generator.currentArchive(in: target) {
                    return (existing, true, target.notes)
                }
                if checkFreeSpace {
                    try target.checkFreeSpace(for: ArchiveEstimate(parameters: parameters))
                }
                let manifest = try generator.writeArchive(
                    into: target, force: force, progress: { monitor.record($0) },
                    shouldStop: stop)
                return (manifest, false, target.notes)
            }
            let metrics = GenerationMetrics(manifest: manifest, elapsed: clock.now - start)
            lastMetrics = metrics
            state = .idle
            return GenerationOutcome(
                path: path, manifest: manifest, upToDate: upToDate, metrics: metrics,
                notes: notes)
        } catch is CancellationError {
            state = .cancelled
            throw CancellationError()
        } catch {
            state = .failed(String(describing: error))
            throw error
        }
    }

    /// Runs blocking work on a thread of its own and resumes with its result. A dedicated
    /// thread, so that a long generation never holds one of the few threads that Swift
    /// concurrency and Dispatch share.
    private static func runInBackground<T: Sendable>(
        _ body: @escaping @Sendable () throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try body() })
            }
            thread.name = "demodata-generation"
            thread.start()
        }
    }
}
