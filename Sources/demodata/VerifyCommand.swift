import ArgumentParser
import DemoData

/// `demodata verify`: checks an archive and reports every finding.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check an archive: checksums, rows, keys and every business rule.",
        discussion: """
            Streams every file once and checks, in order: the manifest, SHA256SUMS, each \
            file's size, checksums and gzip data, every row's columns, types and formats, row \
            counts, unique and foreign keys, and the business rules (credit limits, prices, \
            stock, addresses, invoice dates, statuses, discounts, totals and tax). Findings \
            (file:line: column: message) and a summary go to standard error; with --json a \
            machine-readable report goes to standard output. Exit status 0 when every check \
            holds, 1 otherwise.
            """
    )

    @Argument(help: ArgumentHelp("The archive directory.", valueName: "dir"))
    var directory: String

    @Flag(help: "Print a JSON report on standard output.")
    var json = false

    /// The findings printed in full; the rest are counted.
    static let printedFindings = 100

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        _ = SignalTrap.exitingOnSignal()
        let report = try CommandFailure.reporting {
            try ArchiveVerifier(directory: directory).verify()
        }
        let elapsed = (clock.now - start).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        if json {
            try CommandFailure.reporting { try StandardOutput.write(report.json()) }
        } else {
            for finding in report.findings.prefix(Self.printedFindings) {
                Terminal.standardError.line(finding.description)
            }
            if report.findingCount > Self.printedFindings {
                Terminal.standardError.line(
                    "… and \(Summary.grouped(report.findingCount - Self.printedFindings)) more")
            }
            for note in report.notes {
                Terminal.standardError.line("note: " + note)
            }
        }
        Terminal.standardError.line(Self.summary(report, seconds: seconds))
        if !report.passed {
            throw ExitCode.failure
        }
    }

    /// `verified DIR: 8 tables, 1,234 rows, every check holds (0.12 s)`, or the count of
    /// findings.
    static func summary(_ report: VerificationReport, seconds: Double) -> String {
        let checked =
            "\(report.tables.count) tables, \(Summary.grouped(report.rowsChecked)) rows "
            + "(\(Summary.fixed(seconds, 2)) s)"
        if report.passed {
            let how =
                report.regenerated
                ? "every row equals its regeneration from the manifest's parameters"
                : "every check holds"
            return "verified \(report.directory): \(how); \(checked)"
        }
        let noun = report.findingCount == 1 ? "finding" : "findings"
        return "verification of \(report.directory) FAILED: "
            + "\(Summary.grouped(report.findingCount)) \(noun); \(checked)"
    }
}
