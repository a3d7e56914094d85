import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

extension VerificationRun {
    /// Checks `SHA256SUMS`: one `<sha256>  <file>` line for each table file, `datapackage.json`
    /// and the manifest, nothing else, and the checksums of the data package and the manifest
    /// right; and that the data package is the one the manifest describes. The table files' checksums are
    /// compared as they are read, so each file is read once. Also reports files in the
    /// directory that are not part of the archive.
    package func checkSums(_ manifest: Manifest) {
        let name = Self.sumsName
        let files = manifest.tables.compactMap { Table(name: $0.name) }.map {
            tableFile($0, manifest)
        }
        let dataPackage = ArchiveContents.dataPackageName
        let expected = Set(files + [dataPackage, Self.manifestName])
        let text: [UInt8]
        do {
            text = try reader.small(name)
        } catch {
            log.add(name, 0, nil, "cannot be read: \(error)")
            return
        }
        let mark = log.count
        let listing = SumsListing(parsing: text)
        // In the file's order, what concerns the whole file (line 0) last.
        var lineProblems = listing.problems
        for entry in listing.entries {
            if expected.contains(entry.file) {
                listedDigests[entry.file] = (entry.digest, entry.line)
            } else {
                lineProblems.append(
                    SumsListing.Problem(
                        line: entry.line, message: "\(entry.file) is not a file of the archive"))
            }
        }
        for problem in lineProblems.sorted(by: {
            ($0.line == 0 ? Int.max : $0.line) < ($1.line == 0 ? Int.max : $1.line)
        }) {
            log.add(name, problem.line, nil, problem.message)
        }
        for file in files + [dataPackage, Self.manifestName] where listedDigests[file] == nil {
            log.add(name, 0, nil, "\(file) is not listed")
        }
        for file in [dataPackage, Self.manifestName] {
            if let listed = listedDigests[file],
                let bytes = try? reader.small(file),
                listed.digest != SHA256Hasher.hex(bytes)
            {
                log.add(name, listed.line, nil, "the checksum of \(file) does not match the file")
            }
        }
        // Each line right, the whole must still be what the writer makes: the manifest's
        // digests in its order, two spaces, nothing else (with the data package as it is:
        // whether it is the right one is checked below).
        if log.count == mark,
            let manifestBytes = try? reader.small(Self.manifestName),
            let dataPackageBytes = try? reader.small(dataPackage),
            let difference = LineDifference(
                expected: SumsListing.text(
                    of: manifest, dataPackage: dataPackageBytes, manifest: manifestBytes),
                actual: text)
        {
            log.add(
                name, difference.line, nil,
                "is not the SHA256SUMS demodata writes for this manifest: "
                    + difference.description)
        }
        if !FileSystem.exists(path(dataPackage)) {
            log.add(dataPackage, 0, nil, "is missing")
        } else if (try? reader.small(dataPackage)) != DataPackage(manifest: manifest).serialized() {
            log.add(dataPackage, 0, nil, "does not describe the archive as its manifest does")
        }
        if let names = try? FileSystem.contents(of: directory) {
            for extra in names where !expected.contains(extra) && extra != name {
                log.add(extra, 0, nil, "is not a file of the archive")
            }
        }
    }

    /// The file name of `table`: `<table>.<format>[.gz]`.
    package func tableFile(_ table: Table, _ manifest: Manifest) -> String {
        manifest.format.fileName(of: table, compression: manifest.compression)
    }
}
