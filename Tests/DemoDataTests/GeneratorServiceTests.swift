import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Every state transition of the generator service — idle → generating → idle, failed or
/// cancelled, and from failed or cancelled back to generating — with the refusal of a second
/// run, the progress stream, the metrics and the up-to-date no-op.
@Suite struct GeneratorServiceTests {
    private static func parameters(
        _ volume: Volume = .small, scale: Int = 1, seed: UInt64 = 42
    ) -> GenerationParameters {
        GenerationParameters(volume: volume, scale: scale, seed: seed, asOf: TestDates.asOfDate)
    }

    /// Far more than a test can wait for (minutes even in a release build), so a run is
    /// certainly still going when the test acts on it.
    private static let endless = parameters(.huge, scale: 20)

    // MARK: - Transitions

    @Test func aNewServiceIsIdleWithNothingToReport() async {
        let service = GeneratorService()
        #expect(await service.state == .idle)
        #expect(await service.lastMetrics == nil)
        #expect(await service.progress.isEmpty)
    }

    @Test func aRunningGenerationIsGeneratingAndRefusesASecondOne() async throws {
        let directory = try TestDirectory()
        let service = GeneratorService()
        defer { service.cancel() }
        let run = try await startEndlessRun(service, in: directory)

        let refused = await #expect(throws: GeneratorServiceError.busy) {
            try await service.generate(
                Self.parameters(), threads: 1, to: directory.file("second"), force: false)
        }
        #expect(refused?.description.contains("already running") == true)
        #expect(await service.state == .generating)
        #expect(!FileSystem.exists(directory.file("second")))
        // The run's temporary directory and the archive's lock file, nothing else.
        #expect(
            try directory.contents().allSatisfy {
                $0.hasPrefix(".long.demodata-tmp-") || $0 == ".long.demodata-lock"
            })

        service.cancel()
        _ = await run.result
        #expect(await service.state == .cancelled)
    }

    /// A run far too long to finish in a test ends with `CancellationError` once cancelled:
    /// it stopped rather than ran to completion, however loaded the machine.
    @Test func cancelStopsTheRunAndLeavesNothing() async throws {
        let directory = try TestDirectory()
        let service = GeneratorService()
        defer { service.cancel() }
        let updates = service.progressUpdates()
        let collector = Task { await Self.collect(updates) }
        let run = try await startEndlessRun(service, in: directory)
        #expect(try !directory.contents().isEmpty, "the run has made its temporary directory")

        service.cancel()
        let result = await run.result

        #expect(throws: CancellationError.self) { try result.get() }
        #expect(await service.state == .cancelled)
        #expect(await service.lastMetrics == nil)
        #expect(try directory.contents() == [])
        // The progress stream ends with the run.
        _ = await collector.value
    }

    @Test func aFailedRunIsFailedWithItsMessage() async throws {
        let directory = try TestDirectory()
        let file = directory.file("taken")
        let text = Array("not an archive\n".utf8)
        try Data(text).write(to: URL(fileURLWithPath: file))
        let service = GeneratorService()
        let updates = service.progressUpdates()
        let collector = Task { await Self.collect(updates) }

        let error = await #expect(throws: ArchiveError.self) {
            try await service.generate(Self.parameters(), threads: 1, to: file, force: true)
        }
        let state = await service.state
        #expect(state == .failed(String(describing: try #require(error))))
        guard case .failed(let message) = state else { return }
        #expect(message.contains(file), "\(message)")
        #expect(message.contains("is a file"), "\(message)")
        #expect(await service.lastMetrics == nil)
        #expect(try FileSystem.read(file) == text)
        #expect(try directory.contents() == ["taken"])
        #expect(try await Self.value(of: collector, within: .seconds(10)).isEmpty)
    }

    @Test func afterAFailureOrACancellationTheServiceGeneratesAgain() async throws {
        let directory = try TestDirectory()
        let service = GeneratorService()
        let file = directory.file("taken")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        await #expect(throws: ArchiveError.self) {
            try await service.generate(Self.parameters(), threads: 1, to: file, force: false)
        }
        guard case .failed = await service.state else {
            Issue.record("expected failed, got \(await service.state)")
            return
        }
        let recovered = try await service.generate(
            Self.parameters(), threads: 2, to: directory.file("one"), force: false)
        #expect(await service.state == .idle)
        #expect(await service.lastMetrics == recovered.metrics)

        let run = try await startEndlessRun(service, in: directory)
        service.cancel()
        _ = await run.result
        #expect(await service.state == .cancelled)
        // The last finished generation's figures stay until another one finishes.
        #expect(await service.lastMetrics == recovered.metrics)

        let again = try await service.generate(
            Self.parameters(seed: 5), threads: 2, to: directory.file("two"), force: false)
        #expect(await service.state == .idle)
        #expect(await service.lastMetrics == again.metrics)
        #expect(again.manifest.seed == 5)
        #expect(try directory.contents() == ["one", "taken", "two"])
    }

    // MARK: - Results

    @Test func aSuccessfulRunIsIdleWithTheManifestsFigures() async throws {
        let directory = try TestDirectory()
        let path = directory.file("archive")
        let service = GeneratorService()
        let outcome = try await service.generate(
            Self.parameters(.medium), threads: 2, to: path, force: false)

        #expect(await service.state == .idle)
        let metrics = try #require(await service.lastMetrics)
        #expect(metrics == outcome.metrics)
        #expect(!outcome.upToDate)
        #expect(outcome.path == path)
        // The manifest as written, decoded independently of the service.
        let manifest = try TestArchive(path: path).decodedManifest()
        #expect(outcome.manifest == manifest)
        #expect(manifest.tables.first { $0.name == "customers" }?.rows == 100)
        #expect(metrics.rows == manifest.tables.reduce(0) { $0 + $1.rows })
        #expect(
            metrics.uncompressedBytes == manifest.tables.reduce(0) { $0 + $1.uncompressedBytes })
        var bytesOnDisk: UInt64 = 0
        for entry in manifest.tables {
            bytesOnDisk += UInt64(try FileSystem.read(path + "/" + entry.file).count)
        }
        #expect(metrics.bytes == bytesOnDisk)
        #expect(metrics.elapsed > .zero)
        #expect(metrics.peakMemoryBytes > 1 << 20, "\(metrics.peakMemoryBytes) bytes")
        #expect(try metrics.peakMemoryBytes <= Self.peakResidentBytesNow())
    }

    @Test func theProgressStreamCoversEveryTableAndEndsWithTheRun() async throws {
        let directory = try TestDirectory()
        let parameters = Self.parameters(.large)
        let service = GeneratorService()
        let updates = service.progressUpdates()
        let collector = Task { await Self.collect(updates) }
        let outcome = try await service.generate(
            parameters, threads: 2, to: directory.file("archive"), force: false)
        let all = try await Self.value(of: collector, within: .seconds(10))

        var firstSeen: [Table] = []
        for update in all where !firstSeen.contains(update.table) {
            firstSeen.append(update.table)
        }
        #expect(firstSeen == Table.allCases, "tables in load order")
        for table in Table.allCases {
            let mine = all.filter { $0.table == table }
            let done = mine.map(\.rootsDone)
            #expect(done == done.sorted(), "\(table.name) went backwards: \(done)")
            let last = try #require(mine.last, "no progress for \(table.name)")
            let entry = try #require(outcome.manifest.tables.first { $0.name == table.name })
            #expect(last.rootsTotal == parameters.rootCount(of: table), "\(table.name)")
            #expect(last.rootsDone == last.rootsTotal, "\(table.name)")
            #expect(last.fraction == 1, "\(table.name)")
            #expect(last.rows == entry.rows, "\(table.name)")
            #expect(last.uncompressedBytes == entry.uncompressedBytes, "\(table.name)")
        }
        #expect(all.filter { $0.table == .invoiceLineItems }.count > 1, "one update per wave")
        #expect(
            await service.progress
                == Table.allCases.compactMap { table in
                    all.last { $0.table == table }
                })
    }

    // MARK: - Up to date

    @Test func theSameParametersAgainAreUpToDateAndRewriteNothing() async throws {
        let directory = try TestDirectory()
        let path = directory.file("archive")
        let service = GeneratorService()
        let first = try await service.generate(
            Self.parameters(), threads: 2, to: path, force: false)
        #expect(!first.upToDate)
        let before = try Self.identities(path)
        let bytes = try Self.contents(path)

        let again = try await service.generate(
            Self.parameters(), threads: 2, to: path, force: false)
        #expect(again.upToDate)
        #expect(again.manifest == first.manifest)
        #expect(again.metrics.rows == first.metrics.rows)
        #expect(await service.state == .idle)
        #expect(try Self.identities(path) == before, "the archive was rewritten")

        // --force regenerates: new files, the same bytes.
        let forced = try await service.generate(
            Self.parameters(), threads: 2, to: path, force: true)
        #expect(!forced.upToDate)
        #expect(forced.manifest == first.manifest)
        #expect(try Self.identities(path) != before, "--force did not regenerate")
        #expect(try Self.contents(path) == bytes)
        #expect(try directory.contents() == ["archive"])

        let generator = ArchiveGenerator(parameters: Self.parameters(), threads: 1)
        #expect(try generator.currentArchive(at: path) == first.manifest)
        let reseeded = ArchiveGenerator(parameters: Self.parameters(seed: 7), threads: 1)
        #expect(try reseeded.currentArchive(at: path) == nil)
        let other = ArchiveGenerator(parameters: Self.parameters(.medium), threads: 1)
        #expect(try other.currentArchive(at: path) == nil)
    }

    @Test(arguments: ["flipped byte", "truncated file", "missing file", "damaged SHA256SUMS"])
    func aDamagedArchiveIsNotUpToDate(damage: String) async throws {
        let directory = try TestDirectory()
        let path = directory.file("archive")
        let service = GeneratorService()
        let first = try await service.generate(
            Self.parameters(), threads: 2, to: path, force: false)
        let original = try Self.contents(path)
        let invoices = path + "/invoices.ndjson.gz"
        switch damage {
        case "flipped byte":
            var bytes = try FileSystem.read(invoices)
            bytes[bytes.count / 2] ^= 0x01
            try Data(bytes).write(to: URL(fileURLWithPath: invoices))
        case "truncated file":
            let bytes = try FileSystem.read(invoices)
            try Data(bytes.prefix(bytes.count - 10)).write(to: URL(fileURLWithPath: invoices))
        case "missing file":
            try FileManager.default.removeItem(atPath: invoices)
        default:
            try Data("0000  manifest.json\n".utf8).write(
                to: URL(fileURLWithPath: path + "/SHA256SUMS"))
        }
        let damaged = try Self.contents(path)
        #expect(damaged != original)

        let generator = ArchiveGenerator(parameters: Self.parameters(), threads: 1)
        #expect(try generator.currentArchive(at: path) == nil)

        let refused = await #expect(throws: ArchiveError.self) {
            try await service.generate(Self.parameters(), threads: 2, to: path, force: false)
        }
        #expect(refused?.description.contains("--force") == true)
        guard case .failed = await service.state else {
            Issue.record("expected failed, got \(await service.state)")
            return
        }
        #expect(try Self.contents(path) == damaged, "a refused run changed the archive")

        let repaired = try await service.generate(
            Self.parameters(), threads: 2, to: path, force: true)
        #expect(!repaired.upToDate)
        #expect(repaired.manifest == first.manifest)
        #expect(try Self.contents(path) == original)
        #expect(try generator.currentArchive(at: path) == first.manifest)
        #expect(try directory.contents() == ["archive"])
    }

    // MARK: - Helpers

    /// Starts `endless` into `directory/long` and returns once the service says it is
    /// generating and the run's temporary directory exists.
    private func startEndlessRun(
        _ service: GeneratorService, in directory: TestDirectory
    ) async throws -> Task<GenerationOutcome, any Error> {
        let path = directory.file("long")
        let run = Task {
            try await service.generate(Self.endless, threads: 2, to: path, force: false)
        }
        try await Self.waitUntil("the service is generating") {
            await service.state == .generating
        }
        try await Self.waitUntil("the temporary directory exists") {
            try directory.contents().contains { $0.hasPrefix(".long.demodata-tmp-") }
        }
        return run
    }

    /// Polls `condition` until it holds; fails the test after 30 seconds.
    private static func waitUntil(
        _ what: String, _ condition: () async throws -> Bool
    ) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(30)
        while try await !condition() {
            try #require(clock.now < deadline, "timed out waiting until \(what)")
            try await Task.sleep(for: .milliseconds(2))
        }
    }

    private static func collect(_ updates: AsyncStream<TableProgress>) async -> [TableProgress] {
        var all: [TableProgress] = []
        for await update in updates {
            all.append(update)
        }
        return all
    }

    /// The value of `task`, which must finish within `limit` (a progress stream that does not
    /// end would otherwise hang the test).
    private static func value<T: Sendable>(
        of task: Task<T, Never>, within limit: Duration
    ) async throws -> T {
        let result = await withTaskGroup(of: T?.self) { group in
            group.addTask { await task.value }
            group.addTask {
                try? await Task.sleep(for: limit)
                return nil
            }
            let first = await group.next() ?? nil
            if first == nil {
                // Cancelling the collector ends its `for await`, so the group can finish.
                task.cancel()
            }
            group.cancelAll()
            return first
        }
        return try #require(result, "the progress stream did not end within \(limit)")
    }

    /// Each file of the archive and the directory itself with its inode, size and
    /// modification time to the nanosecond: any rewrite or replacement changes them.
    private static func identities(_ path: String) throws -> [String: [Int]] {
        var result: [String: [Int]] = [".": try identity(path)]
        for name in try FileSystem.contents(of: path) {
            result[name] = try identity(path + "/" + name)
        }
        return result
    }

    private static func identity(_ path: String) throws -> [Int] {
        var info = stat()
        try #require(stat(path, &info) == 0, "cannot stat \(path)")
        return [
            Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec),
            Int(info.st_mtim.tv_nsec),
        ]
    }

    private static func contents(_ path: String) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for name in try FileSystem.contents(of: path) {
            result[name] = try FileSystem.read(path + "/" + name)
        }
        return result
    }

    /// VmHWM of this process now, read independently of the product's code.
    private static func peakResidentBytesNow() throws -> UInt64 {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") })
        let kilobytes = try #require(UInt64(line.filter(\.isNumber)))
        return kilobytes * 1024
    }
}
