import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `demodata` command line.
@main
struct DemoDataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demodata",
        abstract:
            "Generate realistic, relationally consistent business data as verifiable archives.",
        discussion: """
            Tables: customer_types, product_categories, customers, customer_addresses, \
            products, inventory, invoices, invoice_line_items. The same data version, seed, \
            as-of date and options always give byte-identical files.
            """,
        version: "demodata \(DemoDataVersionText.text)",
        subcommands: [
            GenerateCommand.self, StreamCommand.self, SchemaCommand.self, ResetCommand.self,
            MergeCommand.self, VerifyCommand.self, InfoCommand.self, ReportCommand.self,
            LoadCommand.self,
        ]
    )

    /// Runs the command; usage errors become one line on stderr and exit status 64.
    static func main() async {
        // Before anything else: a signal from now on ends the run with 130, never with the
        // default action's status, and one the process was started with ignored stays so.
        SignalTrap.install()
        // A reader that goes away (`demodata stream … | head`) makes writes fail with EPIPE
        // instead of killing the process, whichever thread writes; the commands end quietly.
        signal(SIGPIPE, SIG_IGN)
        let commands = configuration.subcommands.compactMap { $0.configuration.commandName }
        if let message = CommandSuggestion.unknownCommandMessage(
            Array(CommandLine.arguments.dropFirst()), commands: commands + ["help"])
        {
            Terminal.standardError.line("demodata: error: \(message) (see 'demodata --help')")
            Glibc.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as ExitCode {
            // The command has already said what went wrong.
            Glibc.exit(error.rawValue)
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            let message = ArgumentChoice.suggesting(
                in: message(for: error).split(separator: "\n").first.map(String.init) ?? "")
            Terminal.standardError.line("demodata: error: \(message) (see '\(helpCommand)')")
            Glibc.exit(code.rawValue)
        }
    }

    /// `demodata SUBCOMMAND --help` for the subcommand on the command line, whose help lists
    /// the options the user got wrong; `demodata --help` without one.
    static var helpCommand: String {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        if let first = CommandLine.arguments.dropFirst().first, names.contains(first) {
            return "demodata \(first) --help"
        }
        return "demodata --help"
    }
}
