import DemoDataCore
import DemoDataEngine

/// Generates archives and table streams for one set of parameters.
///
/// An archive is built in a temporary sibling directory; every file is synced, the manifest and
/// `SHA256SUMS` are written last, and only then is the directory renamed into place (swapped
/// atomically with an archive being replaced). A failure leaves no partial archive and the
/// previous archive, if any, untouched.
public struct ArchiveGenerator: Sendable {
    public let parameters: GenerationParameters
    public let threads: Int

    /// Receives progress while a generation runs, on the generating thread.
    public typealias Progress = @Sendable (TableProgress) -> Void

    public init(parameters: GenerationParameters, threads: Int) {
        self.parameters = parameters
        self.threads = max(1, threads)
    }

    /// Writes the archive to `path` and returns its manifest.
    ///
    /// - Parameters:
    ///   - force: replace an archive of ours already at `path` (once the new one is complete).
    ///   - shouldStop: polled between chunks; returning true abandons the run with
    ///     `CancellationError`, leaving nothing behind.
    @discardableResult
    public func writeArchive(
        to path: String, force: Bool, progress: Progress? = nil,
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) throws -> Manifest {
        try writeArchive(
            into: ArchiveTarget(path: path), force: force, progress: progress,
            shouldStop: shouldStop)
    }

    package func writeArchive(
        into target: ArchiveTarget, force: Bool, progress: Progress?,
        shouldStop: @escaping @Sendable () -> Bool
    ) throws -> Manifest {
        try target.build(force: force, intended: Manifest(parameters: parameters, tables: [])) {
            temporary in
            let manifest = try writeFiles(
                into: temporary, progress: progress, shouldStop: shouldStop)
            if shouldStop() { throw CancellationError() }
            return manifest
        }
    }

    /// The manifest of the archive at the target when it is a complete archive of ours
    /// generated with these parameters (and this data version) whose files all match the
    /// checksums of its manifest and `SHA256SUMS`; nil when it must be generated. Nothing is
    /// regenerated: `demodata verify` is the full check.
    package func currentArchive(at path: String) throws -> Manifest? {
        currentArchive(in: try ArchiveTarget(path: path))
    }

    package func currentArchive(in target: ArchiveTarget) -> Manifest? {
        guard case .archive(let existing, complete: true) = target.existing,
            existing.dataVersion == DemoDataVersion.data,
            existing == Manifest(parameters: parameters, tables: existing.tables),
            (try? ArchiveReader(target.path).checkFiles(existing)) != nil
        else { return nil }
        return existing
    }

    private func writeFiles(
        into directory: String, progress: Progress?, shouldStop: @escaping @Sendable () -> Bool
    ) throws -> Manifest {
        let context = DataContext(parameters: parameters)
        let pipeline = try ChunkPipeline(context: context, threads: threads)
        var entries: [Manifest.TableEntry] = []
        for table in parameters.tables {
            let fileName = parameters.fileName(of: table)
            let writer = try TableFileWriter(
                table: table, fileName: fileName,
                file: OutputFile(creating: directory + "/" + fileName),
                codec: parameters.format.codec, compression: parameters.compression,
                level: parameters.level)
            let roots = parameters.roots(of: table)
            try pipeline.run(
                table: table, roots: roots, writer: writer,
                progress: { done, rows, bytes in
                    progress?(
                        TableProgress(
                            table: table, rootsDone: done, rootsTotal: roots.count, rows: rows,
                            uncompressedBytes: bytes))
                }, shouldStop: shouldStop)
            entries.append(try writer.finish())
        }
        let manifest = Manifest(parameters: parameters, tables: entries)
        try Self.writeManifestAndSums(manifest, into: directory)
        return manifest
    }

    /// Writes `datapackage.json`, then `manifest.json`, then `SHA256SUMS` (the table files, the
    /// data package and the manifest) into `directory` and syncs the directory: the last step
    /// before an archive is installed.
    package static func writeManifestAndSums(_ manifest: Manifest, into directory: String) throws {
        let dataPackageBytes = DataPackage(manifest: manifest).serialized()
        try writeSmallFile(directory + "/" + ArchiveContents.dataPackageName, dataPackageBytes)
        let manifestBytes = manifest.serialized()
        try writeSmallFile(directory + "/" + ArchiveContents.manifestName, manifestBytes)
        try writeSmallFile(
            directory + "/" + ArchiveContents.sumsName,
            SumsListing.text(of: manifest, dataPackage: dataPackageBytes, manifest: manifestBytes))
        try FileSystem.syncDirectory(directory)
    }

    private static func writeSmallFile(_ path: String, _ bytes: [UInt8]) throws {
        let file = try OutputFile(creating: path)
        try file.append(bytes)
        try file.syncAndClose()
    }

    /// Writes one table to standard output (all of it, or the shard's slice when the parameters
    /// name a shard) and returns its row count: text uncompressed, Parquet as a whole file
    /// with its pages compressed as the parameters say.
    @discardableResult
    public func streamToStandardOutput(_ table: Table) throws -> Int {
        try stream(table, to: OutputFile(standardOutput: ()))
    }

    package func stream(_ table: Table, to file: OutputFile) throws -> Int {
        var plain = parameters
        if parameters.format.compressesFiles {
            plain.compression = .none
        }
        let context = DataContext(parameters: plain)
        let pipeline = try ChunkPipeline(context: context, threads: threads)
        let writer = try TableFileWriter(
            table: table, fileName: "-", file: file, codec: plain.format.codec,
            compression: plain.compression, level: plain.level)
        try pipeline.run(table: table, roots: plain.roots(of: table), writer: writer)
        _ = try writer.finish()
        return writer.rows
    }
}
