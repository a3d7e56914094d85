import DemoDataCore
import DemoDataEngine
import Dispatch
import Synchronization

/// Generates and compresses a table's chunks on several threads and hands them to the file
/// writer in order.
///
/// A chunk is a fixed number of roots, so chunk boundaries — and therefore every output byte —
/// depend on the table alone, never on the thread count. Chunks move through a three-stage
/// software pipeline in waves: while the threads deflate wave k (each chunk primed with the
/// input of the chunk before it), they also generate wave k + 1, and the writer thread hashes
/// and writes wave k − 1. Three sets of slots rotate through the stages, so memory is bounded
/// by three waves of buffers whatever the volume.
package final class ChunkPipeline {
    package let context: DataContext
    package let threads: Int
    private let codec: any TableCodec
    private let compression: Compression
    private let sets: [[ChunkSlot]]
    private let compressors: [any ChunkCompressor]
    private let pool: WorkerPool
    private let writer: SerialWorker
    /// Chunks per wave: the codec's (16 text chunks, or a Parquet row group per thread), fewer
    /// when a chunk holds several text chunks, but at least one per thread.
    private let waveSize: Int

    /// Slot sets in rotation: one being generated, one compressed, one written.
    package static let setCount = 3

    /// A pipeline for `context`'s generation on `threads` threads, writing files with `codec`
    /// (by default the codec of the generation's format).
    package init(context: DataContext, threads: Int, codec: (any TableCodec)? = nil) throws {
        self.context = context
        self.threads = max(1, threads)
        self.codec = codec ?? context.parameters.format.codec
        compression = self.codec.pipelineCompresses ? context.parameters.compression : .none
        // A zstd chunk holds eight text chunks: a wave holds as many fewer, but one per thread.
        let scale = self.codec.pipelineCompresses ? compression.textChunksPerChunk : 1
        let waveSize = max(self.threads, self.codec.chunksPerWave(threads: self.threads) / scale)
        self.waveSize = waveSize
        sets = (0..<Self.setCount).map { _ in (0..<waveSize).map { _ in ChunkSlot() } }
        // Everything that can fail comes before the first thread starts: an initialiser that
        // throws never runs `deinit`, which is what stops the threads.
        let compression = compression
        compressors = try (0..<self.threads).compactMap { _ in
            try compression.makeChunkCompressor(level: context.parameters.level)
        }
        pool = WorkerPool(width: self.threads)
        writer = SerialWorker(name: "demodata-writer")
    }

    deinit {
        pool.shutdown()
        writer.shutdown()
    }

    /// How many roots of `table` one chunk of a file holds: the codec's chunk, times the
    /// compression's text chunks per chunk when the pipeline compresses (fixed by the table,
    /// the format and the compression, never by the threads).
    package static func rootsPerChunk(
        _ table: Table, codec: any TableCodec, compression: Compression
    )
        -> Int
    {
        codec.rootsPerChunk(table) * (codec.pipelineCompresses ? compression.textChunksPerChunk : 1)
    }

    /// Writes the rows of `roots` of `table` through `writer`: the file the format's codec
    /// makes of them, compressed chunk by chunk.
    ///
    /// - Parameters:
    ///   - progress: called after each wave with the roots, rows and uncompressed bytes done
    ///     so far.
    ///   - shouldStop: polled before every chunk; when it returns true the run stops with
    ///     `CancellationError`.
    package func run(
        table: Table, roots: Range<Int>, writer: TableFileWriter,
        progress: (_ roots: Int, _ rows: Int, _ bytes: UInt64) -> Void = { _, _, _ in },
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) throws {
        let waveSize = waveSize
        let chunkRoots = Self.rootsPerChunk(table, codec: codec, compression: compression)
        let chunkCount = max(1, (roots.count + chunkRoots - 1) / chunkRoots)
        let waveCount = (chunkCount + waveSize - 1) / waveSize
        // A set of slots is free (its semaphore is 1) when no stage holds it; the writer frees
        // a set once it has written it.
        let free = (0..<Self.setCount).map { _ in DispatchSemaphore(value: 1) }
        var held = [Bool](repeating: false, count: Self.setCount)
        let failure = FailureBox()
        // On any exit: free the sets no writer job will free, then wait for the writer.
        defer {
            for index in 0..<Self.setCount where held[index] {
                free[index].signal()
            }
            for semaphore in free {
                semaphore.wait()
                semaphore.signal()
            }
        }
        /// The slots of wave `wave`, prepared for its chunks, in a set taken from the pool.
        func acquire(_ wave: Int) throws -> [ChunkSlot] {
            let setIndex = wave % Self.setCount
            free[setIndex].wait()
            held[setIndex] = true
            if let error = failure.error { throw error }
            let first = wave * waveSize
            let slots = Array(sets[setIndex][0..<min(waveSize, chunkCount - first)])
            for (offset, slot) in slots.enumerated() {
                let chunk = first + offset
                let lower = roots.lowerBound + chunk * chunkRoots
                slot.prepare(
                    roots: lower..<min(lower + chunkRoots, roots.upperBound),
                    first: chunk == 0, last: chunk == chunkCount - 1,
                    dictionary: offset > 0 ? slots[offset - 1] : nil)
            }
            return slots
        }
        var current = try acquire(0)
        try step(compress: [], generate: current, table: table, shouldStop: shouldStop)
        var rowsDone = 0
        var bytesDone: UInt64 = 0
        for wave in 0..<waveCount {
            var next: [ChunkSlot] = []
            if wave + 1 < waveCount {
                next = try acquire(wave + 1)
                next[0].link(after: current[current.count - 1])
            }
            try step(compress: current, generate: next, table: table, shouldStop: shouldStop)
            for slot in current {
                rowsDone += slot.rows
                bytesDone += UInt64(slot.contentBytes)
            }
            let setIndex = wave % Self.setCount
            let release = free[setIndex]
            let written = current
            held[setIndex] = false
            self.writer.submit {
                defer { release.signal() }
                guard failure.error == nil else { return }
                do {
                    for slot in written {
                        try slot.write(to: writer)
                    }
                } catch {
                    failure.error = error
                }
            }
            progress(
                min(roots.count, (wave + 1) * waveSize * chunkRoots), rowsDone, bytesDone)
            current = next
        }
        for semaphore in free {
            semaphore.wait()
            semaphore.signal()
        }
        if let error = failure.error { throw error }
    }

    /// One parallel step: deflates the chunks of one wave while generating those of the next.
    private func step(
        compress: [ChunkSlot], generate: [ChunkSlot], table: Table,
        shouldStop: @escaping @Sendable () -> Bool
    ) throws {
        let context = context
        let codec = codec
        let compressors = compressors
        let deflating = compressors.isEmpty ? [] : compress
        let needsCRC = compression.needsCRC
        // Deflating first: those are the long jobs, spread evenly over the workers.
        try parallel(deflating.count + generate.count) { worker, index in
            if shouldStop() { throw CancellationError() }
            if index < deflating.count {
                try deflating[index].compress(with: compressors[worker], crc: needsCRC)
            } else {
                try generate[index - deflating.count].generate(
                    table, context: context, codec: codec)
            }
        }
    }

    /// Runs `body(worker, index)` for every index below `count` on the pool's threads. Each
    /// worker claims the next index as soon as it is free, so a thread that the writer or the
    /// system slows down does not hold the others up; the worker number lets a job use
    /// per-thread state.
    private func parallel(_ count: Int, _ body: @escaping @Sendable (Int, Int) throws -> Void)
        throws
    {
        let failure = FailureBox()
        let claimed = Counter()
        pool.run { worker in
            while true {
                let index = claimed.next()
                guard index < count, failure.error == nil else { return }
                do {
                    try body(worker, index)
                } catch {
                    failure.error = error
                }
            }
        }
        if let error = failure.error { throw error }
    }
}

/// A shared counter that hands out 0, 1, 2, … to concurrent callers.
package final class Counter: Sendable {
    private let value = Atomic<Int>(0)

    package func next() -> Int {
        value.wrappingAdd(1, ordering: .relaxed).oldValue
    }
}

/// The first error raised on another thread, guarded by a lock.
package final class FailureBox: Sendable {
    private let stored = Mutex<(any Error)?>(nil)

    /// The first error recorded; later ones are dropped.
    package var error: (any Error)? {
        get { stored.withLock { $0 } }
        set { stored.withLock { if $0 == nil { $0 = newValue } } }
    }
}
