import ArgumentParser
import DemoData

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `demodata report`: one self-contained HTML page of the business in an archive.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report of an archive: revenue, customers, products, A/R.",
        discussion: """
            Streams the archive's tables (any format and compression) in constant memory and \
            writes one self-contained HTML page — inline SVG charts, no script, nothing \
            fetched from the network: revenue by month, category, customer tier and state, \
            the top products and customers, basket sizes, accounts-receivable ageing as of \
            the archive's as-of date, cohort retention, orders by weekday and hour, and the \
            reorder list. Joins spill sorted runs to a temporary directory under TMPDIR \
            (default /tmp), removed at the end. The page is written to a temporary file and \
            renamed into place; an existing file is replaced only when it is a report of \
            demodata, or with --force.
            """
    )

    @Argument(
        help: ArgumentHelp("The archive directory.", valueName: "dir"),
        completion: .directory)
    var directory: String

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp(
            "The HTML file to write, or - for standard output (default: DIR-report.html in "
                + "the current directory, DIR being the archive directory's name).",
            valueName: "file"),
        completion: .file(extensions: ["html"]))
    var output: String?

    @Flag(help: "Replace the output file even when it is not a report of demodata.")
    var force = false

    func run() throws {
        // A signal removes the spill runs and the page's temporary file before the process
        // ends; nothing is left behind and no page is half-written.
        let cleanup = ReportCleanup()
        SignalTrap.shared.onSignal {
            cleanup.removeAll()
            Terminal.standardError.line(
                "demodata: interrupted; the report's temporary files were removed")
            _exit(130)
        }
        defer { SignalTrap.shared.onSignal(SignalTrap.exitInterrupted) }
        let report = try CommandFailure.reporting {
            try ArchiveReport(reading: directory, announce: cleanup.add)
        }
        let target = output ?? Self.defaultOutput(for: directory)
        if target == "-" {
            try CommandFailure.reporting { try StandardOutput.write(report.html) }
        } else {
            try CommandFailure.reporting {
                try ReportOutput.write(
                    report.html, to: target, force: force, announce: cleanup.add)
            }
            Terminal.standardError.line("wrote \(target)")
        }
        for problem in report.problems {
            Terminal.standardError.line("demodata: warning: \(problem); run demodata verify")
        }
    }

    /// `NAME-report.html` in the current directory, NAME being the archive directory's last
    /// component (`report.html` when it has none, as for `/`).
    static func defaultOutput(for directory: String) -> String {
        let name = directory.split(separator: "/").last.map(String.init) ?? ""
        return name.isEmpty || name == "." || name == ".." ? "report.html" : name + "-report.html"
    }
}
