import ArgumentParser
import DemoData

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `demodata reset`: removes archives and stale temporary directories.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Remove the archives under a directory and stale temporary directories.",
        discussion: """
            Removes the subdirectories of --output that hold a demodata manifest (or --output \
            itself when it is an archive) and the temporary directories left by killed runs. \
            Nothing else is touched; what it keeps is named with the reason. Asks for \
            confirmation on a terminal unless --yes.
            """
    )

    @Option(name: .shortAndLong, help: "The directory to clear.")
    var output = "Output"

    @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        let reset = try CommandFailure.reporting { try ArchiveReset(directory: output) }
        let paths = reset.paths
        guard !paths.isEmpty else {
            Terminal.standardError.line("nothing to remove under \(output)")
            report(reset.kept)
            return
        }
        if !yes {
            guard isatty(0) == 1 else {
                Terminal.standardError.line(
                    "demodata: error: reset would remove \(paths.count) item(s) under \(output); "
                        + "pass --yes to confirm when not on a terminal")
                throw ExitCode.failure
            }
            Terminal.standardError.line("This removes:")
            for path in paths {
                Terminal.standardError.line("  \(path)")
            }
            Terminal.standardError.write("Remove \(paths.count) item(s)? [y/N] ")
            let answer = readLine()?.lowercased() ?? ""
            guard answer == "y" || answer == "yes" else {
                Terminal.standardError.line("nothing removed")
                return
            }
        }
        let trap = SignalTrap.shared
        trap.onSignal {}
        try CommandFailure.reporting { try reset.remove(shouldStop: { trap.caught }) }
        Terminal.standardError.line("removed \(paths.count) item(s) under \(output)")
        report(reset.kept)
    }

    /// What stays, and why, one line each after the line that says what was done.
    private func report(_ kept: [ArchiveReset.Kept]) {
        for item in kept {
            Terminal.standardError.line("kept \(item.path): \(item.reason)")
        }
    }
}
