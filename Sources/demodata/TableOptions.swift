import ArgumentParser
import DemoData
import Foundation

/// `--tables LIST`: the tables to generate (or to write DDL for), with their parents.
///
/// Names are separated by commas, and the option may be repeated (`--tables customers
/// --tables invoices`); both add up. Without it, every table.
struct TableOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Only these tables and their parents: names separated by commas (or repeat the "
                + "option), such as customers,invoices.",
            discussion: """
                The parents of a table (the tables its foreign keys reference) are always \
                included, so every reference resolves: invoices brings customers and \
                customer_types. The tables: \(Self.names).
                """,
            valueName: "list"))
    var tables: [String] = []

    private static let names = Table.allCases.map(\.name).joined(separator: ", ")

    func validate() throws {
        _ = try requested()
    }

    /// The tables named, in the order given without repeats; nil without the option.
    func requested() throws -> [Table]? {
        guard !tables.isEmpty else { return nil }
        var requested: [Table] = []
        for list in tables {
            for part in list.split(separator: ",", omittingEmptySubsequences: false) {
                let name = part.trimmingCharacters(in: .whitespaces)
                guard let table = Table(name: name) else {
                    throw ValidationError(Self.unknown(name, in: list))
                }
                if !requested.contains(table) {
                    requested.append(table)
                }
            }
        }
        return requested
    }

    /// The tables named and their parents; every table without the option.
    func subset() throws -> TableSubset {
        try requested().map(TableSubset.init(closing:)) ?? .all
    }

    private static func unknown(_ name: String, in list: String) -> String {
        guard !name.isEmpty else {
            return "--tables takes table names separated by commas, with none empty; got "
                + "'\(list)'; the tables are \(names)."
        }
        let suggestion =
            CommandSuggestion.nearest(
                to: name, in: Table.allCases.map(\.name)
            ).map { " (did you mean '\($0)'?)" } ?? ""
        return "--tables: unknown table '\(name)'\(suggestion); the tables are \(names)."
    }
}
