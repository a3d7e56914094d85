import Dispatch
import Synchronization

/// Generates and compresses a table's chunks on several threads and hands them to the file
/// writer in order.
///
/// A chunk is a fixed number of roots, so chunk boundaries — and therefore every output byte —
/// depend on the table alone, never on the thread count. Chunks are processed in waves: the
/// wave's chunks are generated in parallel, then deflated in parallel (each primed with the
/// input of the chunk before it), then written and hashed in order on a writer queue while the
/// next wave is generated. Memory is bounded by two waves of buffers.
final class ChunkPipeline {
    let context: DataContext
    let threads: Int
    private let format: OutputFormat
    private let compression: Compression
    private let sets: [[ChunkSlot]]
    private let compressors: [DeflateBlockCompressor]
    private let pool: WorkerPool
    private let writer = SerialWorker(name: "demodata-writer")

    /// Chunks per wave: enough to keep every thread busy, few enough to bound memory.
    static let waveSize = 8

    init(context: DataContext, threads: Int) throws {
        self.context = context
        self.threads = max(1, threads)
        format = context.parameters.format
        compression = context.parameters.compression
        sets = (0..<2).map { _ in (0..<Self.waveSize).map { _ in ChunkSlot() } }
        pool = WorkerPool(width: self.threads)
        compressors =
            compression == .gzip
            ? try (0..<self.threads).map { _ in
                try DeflateBlockCompressor(level: context.parameters.level)
            } : []
    }

    deinit {
        pool.shutdown()
        writer.shutdown()
    }

    /// How many roots make one chunk of a table: about half a megabyte of text.
    static func rootsPerChunk(_ table: Table) -> Int {
        switch table {
        case .customerTypes, .productCategories: 64
        case .customerAddresses: 512
        case .invoiceLineItems: 256
        default: 1024
        }
    }

    /// Writes the rows of `roots` of `table` through `writer`.
    ///
    /// - Parameters:
    ///   - header: whether the first chunk starts with the CSV header line.
    ///   - progress: called after each wave with the roots, rows and uncompressed bytes done
    ///     so far.
    ///   - shouldStop: polled before every chunk; when it returns true the run stops with
    ///     `CancellationError`.
    func run(
        table: Table, roots: Range<Int>, header: Bool, writer: TableFileWriter,
        progress: (_ roots: Int, _ rows: Int, _ bytes: UInt64) -> Void = { _, _, _ in },
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) throws {
        let chunkRoots = Self.rootsPerChunk(table)
        let chunkCount = max(1, (roots.count + chunkRoots - 1) / chunkRoots)
        // A set of slots is free (its semaphore is 1) when the writer is done with it.
        let free = (0..<2).map { _ in DispatchSemaphore(value: 1) }
        let failure = FailureBox()
        var previous: ChunkSlot?
        var rowsDone = 0
        var bytesDone: UInt64 = 0
        // Whatever happens, wait until the writer has finished with both sets.
        defer {
            for semaphore in free {
                semaphore.wait()
                semaphore.signal()
            }
        }
        for (wave, waveStart) in stride(from: 0, to: chunkCount, by: Self.waveSize).enumerated() {
            if shouldStop() { throw CancellationError() }
            let setIndex = wave % 2
            free[setIndex].wait()
            if let error = failure.error {
                free[setIndex].signal()
                throw error
            }
            let count = min(Self.waveSize, chunkCount - waveStart)
            let slots = Array(sets[setIndex][0..<count])
            do {
                try process(
                    slots, table: table, roots: roots, firstChunk: waveStart,
                    chunkCount: chunkCount, header: header, previous: previous,
                    shouldStop: shouldStop)
            } catch {
                free[setIndex].signal()
                throw error
            }
            previous = slots[slots.count - 1]
            for slot in slots {
                rowsDone += slot.rows
                bytesDone += UInt64(slot.raw.count)
            }
            let release = free[setIndex]
            self.writer.submit {
                defer { release.signal() }
                guard failure.error == nil else { return }
                do {
                    for slot in slots {
                        try slot.write(to: writer)
                    }
                } catch {
                    failure.error = error
                }
            }
            progress(min(roots.count, (waveStart + count) * chunkRoots), rowsDone, bytesDone)
        }
        for semaphore in free {
            semaphore.wait()
            semaphore.signal()
        }
        if let error = failure.error { throw error }
    }

    /// Generates, then compresses, the chunks of one wave.
    private func process(
        _ slots: [ChunkSlot], table: Table, roots: Range<Int>, firstChunk: Int, chunkCount: Int,
        header: Bool, previous: ChunkSlot?, shouldStop: @escaping @Sendable () -> Bool
    ) throws {
        let chunkRoots = Self.rootsPerChunk(table)
        for (offset, slot) in slots.enumerated() {
            let chunk = firstChunk + offset
            let lower = roots.lowerBound + chunk * chunkRoots
            slot.prepare(
                roots: lower..<min(lower + chunkRoots, roots.upperBound),
                header: header && chunk == 0, last: chunk == chunkCount - 1,
                dictionary: offset == 0 ? previous : slots[offset - 1])
        }
        let context = context
        let format = format
        try parallel(slots.count) { _, index in
            if shouldStop() { throw CancellationError() }
            slots[index].generate(table, context: context, format: format)
        }
        if compression == .gzip {
            let compressors = compressors
            try parallel(slots.count) { worker, index in
                if shouldStop() { throw CancellationError() }
                try slots[index].compress(with: compressors[worker])
            }
        }
    }

    /// Runs `body(worker, index)` for every index below `count` on the pool's threads;
    /// worker `w` takes indexes `w`, `w + width`, … so it can own per-thread state.
    private func parallel(_ count: Int, _ body: @escaping @Sendable (Int, Int) throws -> Void)
        throws
    {
        let failure = FailureBox()
        let width = pool.width
        pool.run { worker in
            do {
                for index in stride(from: worker, to: count, by: width) {
                    try body(worker, index)
                }
            } catch {
                failure.error = error
            }
        }
        if let error = failure.error { throw error }
    }
}

/// The first error raised on another thread, guarded by a lock.
final class FailureBox: Sendable {
    private let stored = Mutex<(any Error)?>(nil)

    /// The first error recorded; later ones are dropped.
    var error: (any Error)? {
        get { stored.withLock { $0 } }
        set { stored.withLock { if $0 == nil { $0 = newValue } } }
    }
}
