import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

extension VerificationRun {
    /// Reads one table file: its bytes against the manifest and `SHA256SUMS`, its rows against
    /// the schema and the rules.
    package func checkTable(_ table: Table, manifest: Manifest, rules: ArchiveRules) {
        let file = tableFile(table, manifest)
        let entry = manifest.tables.first { $0.name == table.name }
        rules.begin(table, file: file, expectedRows: entry?.rows ?? 0)
        guard let entry else {
            rules.end(rows: 0, complete: false)
            return
        }
        guard FileSystem.kind(of: path(file)) == .file else {
            if !bytesChecked {
                log.add(file, 0, nil, "the file is missing or is not a regular file")
            }
            rules.end(rows: 0, complete: false)
            return
        }
        let header = manifest.hasHeaderLine
        let reader = TableRowReader(
            table: table, format: manifest.format, header: header, file: file, log: log,
            asOf: rules.asOf, expectedRows: entry.rows, onRow: rules.check)
        let mark = log.mark
        let scan = scanTable(table, entry, manifest, content: reader.feed)
        reader.finish()
        if !bytesChecked {
            log.insert(byteFindings(scan, file: file, entry: entry), at: mark)
        }
        if reader.rows != entry.rows, !bytesChecked, !reader.stopped {
            log.add(
                file, 0, nil, "the file has \(reader.rows) rows; the manifest says \(entry.rows)")
        }
        rules.end(rows: reader.rows, complete: scan.problem == nil && !reader.stopped)
        tables.append(VerifiedTable(name: table.name, file: file, rows: reader.rows))
        checkRepeatedIDs(
            table, entry, header: header, manifest: manifest, rules: rules,
            rows: min(reader.rows, entry.rows))
    }

    /// Scans the file of `table` within the limits of its manifest `entry`, counting the work.
    package func scanTable(
        _ table: Table, _ entry: Manifest.TableEntry, _ manifest: Manifest,
        content: (UnsafeRawBufferPointer) -> Bool
    ) -> TableFileScan {
        let scan = reader.scan(table, entry, manifest, content: content)
        bytesRead += scan.bytesRead
        bytesDecompressed += scan.contentBytes
        return scan
    }

    /// Reports the ids that repeat in a table whose ids are not kept (no other table
    /// references it), reading its file again — its first `rows` rows, as far as the first
    /// reading went — for each further part of them.
    private func checkRepeatedIDs(
        _ table: Table, _ entry: Manifest.TableEntry, header: Bool, manifest: Manifest,
        rules: ArchiveRules, rows: Int
    ) {
        let schema = rules.schema
        var repeats = schema.endIDPass()
        while schema.needsIDPass {
            let idReader = TableRowReader(
                table: table, format: manifest.format, header: header,
                file: tableFile(table, manifest), log: log, asOf: rules.asOf,
                expectedRows: rows, idsOnly: true
            ) { row, line in
                if row.valid(0) {
                    schema.offerID(row.keys[0], line: line)
                }
            }
            _ = scanTable(table, entry, manifest, content: idReader.feed)
            idReader.finish()
            repeats += schema.endIDPass()
        }
        schema.report(repeats)
    }

    /// What is wrong with the bytes of a file: size, checksums, decompression, content.
    package func byteFindings(_ scan: TableFileScan, file: String, entry: Manifest.TableEntry)
        -> [Finding]
    {
        var findings: [Finding] = []
        func add(_ file: String, _ line: Int, _ message: String) {
            findings.append(Finding(file: file, line: line, column: nil, message: message))
        }
        if scan.fileBytes != entry.bytes {
            add(file, 0, "the file has \(scan.fileBytes) bytes; the manifest says \(entry.bytes)")
        }
        // A file not read to its end has no digest to compare.
        if let digest = scan.fileSHA256 {
            if digest != entry.sha256 {
                add(file, 0, "the file's SHA-256 differs from the manifest's sha256")
            }
            if let listed = listedDigests[file], listed.digest != digest {
                add(Self.sumsName, listed.line, "the checksum of \(file) does not match the file")
            }
        }
        if let problem = scan.problem {
            add(file, 0, "the file " + problem)
            return findings
        }
        // Content not read to its end (the rows' reader stopped and said why) is not compared.
        guard let contentSHA256 = scan.contentSHA256 else { return findings }
        if scan.contentBytes != entry.uncompressedBytes {
            add(
                file, 0,
                "the content has \(scan.contentBytes) bytes uncompressed; the manifest's "
                    + "uncompressed_bytes is \(entry.uncompressedBytes)")
        }
        if contentSHA256 != entry.contentSHA256 {
            add(file, 0, "the content's SHA-256 differs from the manifest's content_sha256")
        }
        return findings
    }
}
