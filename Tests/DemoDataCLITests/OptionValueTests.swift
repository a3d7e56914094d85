import Foundation
import Testing

/// Option values naming a choice are read in any letter case and by common other names, and a
/// wrong one gets the nearest choice suggested.
@Suite("Option values")
struct OptionValueTests {
    @Test func valuesAreReadInAnyLetterCase() async throws {
        let large = try await CLI.run(["generate", "--volume", "Large", "--dry-run"])
        #expect(large.status == 0, "\(large)")
        #expect(large.outputText.hasPrefix("plan for Output/large "), "\(large)")
        let csv = try await CLI.run(["generate", "--format", "CSV", "--dry-run"])
        #expect(csv.outputText.hasPrefix("plan for Output/medium-csv "), "\(csv)")
        let section = try await CLI.run(["schema", "--dialect", "SQLite", "--section", "Tables"])
        let expected = try await CLI.run(["schema", "--dialect", "sqlite", "--section", "tables"])
        #expect(section.status == 0 && section.outputText == expected.outputText, "\(section)")
    }

    @Test(
        "postgresql and mariadb name the postgres and mysql dialects",
        arguments: [("postgresql", "postgres"), ("PostgreSQL", "postgres"), ("MariaDB", "mysql")])
    func dialectAliases(alias: String, dialect: String) async throws {
        let aliased = try await CLI.run(["schema", "--dialect", alias])
        let named = try await CLI.run(["schema", "--dialect", dialect])
        #expect(aliased.status == 0, "\(aliased)")
        #expect(aliased.outputText == named.outputText)
    }

    @Test(
        "a wrong value gets the nearest choice suggested",
        arguments: [
            (["generate", "--volume", "hug"], "'--volume <volume>' (did you mean 'huge'?)"),
            (["schema", "--dialect", "sqlit"], "'--dialect <dialect>' (did you mean 'sqlite'?)"),
            (["generate", "--progress", "jsn"], "'--progress <progress>' (did you mean 'json'?)"),
            (["load", "duck"], "'<database>' (did you mean 'duckdb'?)"),
        ])
    func suggestsTheNearestChoice(arguments: [String], expected: String) async throws {
        let result = try await CLI.run(arguments)
        #expect(result.status == 64 && result.errorIsOneLine, "\(result)")
        #expect(result.errorText.contains(expected), "\(result)")
        #expect(result.errorText.contains("Please provide one of"), "\(result)")
    }

    @Test func aValueNearNoChoiceGetsNoSuggestion() async throws {
        let result = try await CLI.run(["generate", "--volume", "enormous"])
        #expect(result.status == 64 && result.errorIsOneLine, "\(result)")
        #expect(!result.errorText.contains("did you mean"), "\(result)")
        #expect(result.errorText.contains("'small', 'medium', 'large' or 'huge'"), "\(result)")
    }
}
