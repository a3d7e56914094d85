import DemoData

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The plan `generate --dry-run` prints: what a run would write, and how long it would take.
enum GenerationPlan {
    static func text(
        path: String, _ parameters: GenerationParameters, threads: Int, tables: TableChoice? = nil
    ) -> String {
        let estimate = ArchiveEstimate(parameters: parameters)
        let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        let width = Table.allCases.map(\.name.count).max() ?? 0
        let compressed =
            !parameters.format.compressesFiles
            ? "file (est.)"
            : parameters.compression == .none
                ? "file" : "\(parameters.compression.rawValue) (est.)"
        func padded(_ text: String, _ count: Int, left: Bool = false) -> String {
            let padding = String(repeating: " ", count: max(0, count - text.count))
            return left ? text + padding : padding + text
        }
        // A child table's rows are an estimate (a mean per parent), marked as such: `≈606`.
        func line(
            _ name: String, _ rows: Int, exact: Bool, _ uncompressed: UInt64, _ bytes: UInt64
        ) -> String {
            padded(name, width, left: true)
                + padded((exact ? "" : "≈") + Summary.grouped(rows), 20)
                + padded(ArchiveEstimate.sizeText(uncompressed), 14)
                + padded(ArchiveEstimate.sizeText(bytes), 14)
        }
        var lines = ["plan for \(path) (dry run: nothing written)"]
        if let tables {
            lines.append(tables.line)
        }
        lines += [

            padded("table", width, left: true) + padded("rows", 20) + padded("uncompressed", 14)
                + padded(compressed, 14)
        ]
        for table in estimate.tables {
            lines.append(
                line(
                    table.table.name, table.rows,
                    exact: ArchiveEstimate.rowsAreExact(table.table), table.uncompressedBytes,
                    table.bytes))
        }
        lines.append(
            line(
                "total", estimate.rows,
                exact: estimate.tables.allSatisfy { ArchiveEstimate.rowsAreExact($0.table) },
                estimate.uncompressedBytes, estimate.bytes))
        lines.append(
            "estimated time: " + duration(estimate.seconds(threads: threads, cores: cores))
                + " with \(threads) thread\(threads == 1 ? "" : "s") on \(cores) core"
                + (cores == 1 ? "" : "s"))
        if let (needed, available) = estimate.shortfall(at: path) {
            lines.append(
                "free space: \(ArchiveEstimate.sizeText(available)), less than the "
                    + "\(ArchiveEstimate.sizeText(needed)) needed; a run would refuse to start "
                    + "without --ignore-free-space")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `0.2 s`, `3 min 20 s`, `5 h 12 min`, `12 days`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return Summary.fixed(seconds, 1) + " s" }
        let whole = Int(seconds.rounded())
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        if whole < 86_400 * 2 { return "\(whole / 3600) h \(whole % 3600 / 60) min" }
        return Summary.grouped(whole / 86_400) + " days"
    }
}
