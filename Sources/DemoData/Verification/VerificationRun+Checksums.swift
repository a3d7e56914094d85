extension VerificationRun {
    /// Checks `SHA256SUMS`: one `<sha256>  <file>` line for each table file, `datapackage.json`
    /// and the manifest, nothing else, and the checksums of the data package and the manifest
    /// right; and that the data package is the one the manifest describes. The table files' checksums are
    /// compared as they are read, so each file is read once. Also reports files in the
    /// directory that are not part of the archive.
    func checkSums(_ manifest: Manifest) {
        let name = Self.sumsName
        let files = manifest.tables.compactMap { Table(name: $0.name) }.map {
            tableFile($0, manifest)
        }
        let dataPackage = ArchiveContents.dataPackageName
        let expected = Set(files + [dataPackage, Self.manifestName])
        let text: [UInt8]
        do {
            text = try FileSystem.readSmallFile(path(name))
        } catch {
            log.add(name, 0, nil, "cannot be read: \(error)")
            return
        }
        let mark = log.count
        let lines = text.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() where offset < lines.count - 1 || !line.isEmpty {
            checkSumsLine(Array(line), number: offset + 1, expected: expected)
        }
        for file in files + [dataPackage, Self.manifestName] where listedDigests[file] == nil {
            log.add(name, 0, nil, "\(file) is not listed")
        }
        if text.last != UInt8(ascii: "\n") {
            log.add(name, 0, nil, "the file does not end with a line end")
        }
        for file in [dataPackage, Self.manifestName] {
            if let listed = listedDigests[file],
                let bytes = try? FileSystem.readSmallFile(path(file)),
                listed.digest != SHA256Hasher.hex(bytes)
            {
                log.add(name, listed.line, nil, "the checksum of \(file) does not match the file")
            }
        }
        // Each line right, the whole must still be what the writer makes: the manifest's
        // digests in its order, two spaces, nothing else (with the data package as it is:
        // whether it is the right one is checked below).
        if log.count == mark,
            let manifestBytes = try? FileSystem.readSmallFile(path(Self.manifestName)),
            let dataPackageBytes = try? FileSystem.readSmallFile(path(dataPackage)),
            let difference = LineDifference(
                expected: ArchiveChecksums.sums(
                    manifest, dataPackage: dataPackageBytes, manifest: manifestBytes),
                actual: text)
        {
            log.add(
                name, difference.line, nil,
                "is not the SHA256SUMS demodata writes for this manifest: "
                    + difference.description)
        }
        if !FileSystem.exists(path(dataPackage)) {
            log.add(dataPackage, 0, nil, "is missing")
        } else if (try? FileSystem.readSmallFile(path(dataPackage)))
            != DataPackage(manifest: manifest).serialized()
        {
            log.add(dataPackage, 0, nil, "does not describe the archive as its manifest does")
        }
        if let names = try? FileSystem.contents(of: directory) {
            for extra in names where !expected.contains(extra) && extra != name {
                log.add(extra, 0, nil, "is not a file of the archive")
            }
        }
    }

    private func checkSumsLine(_ line: [UInt8], number: Int, expected: Set<String>) {
        let name = Self.sumsName
        guard line.count > 66, line[64] == UInt8(ascii: " "),
            line[65] == UInt8(ascii: " ") || line[65] == UInt8(ascii: "*")
        else {
            log.add(name, number, nil, "the line is not `<sha256>  <file>`")
            return
        }
        let digest = String(decoding: line[0..<64], as: UTF8.self)
        let file = String(decoding: line[66...], as: UTF8.self)
        guard Hex.isLowercaseHex(digest, count: 64) else {
            log.add(name, number, nil, "the line is not `<sha256>  <file>`")
            return
        }
        guard expected.contains(file) else {
            log.add(name, number, nil, "\(file) is not a file of the archive")
            return
        }
        if let first = listedDigests[file] {
            log.add(name, number, nil, "\(file) is listed twice (first on line \(first.line))")
            return
        }
        listedDigests[file] = (digest, number)
    }

    /// The file name of `table`: `<table>.<format>[.gz]`.
    func tableFile(_ table: Table, _ manifest: Manifest) -> String {
        manifest.format.fileName(of: table, compression: manifest.compression)
    }
}
