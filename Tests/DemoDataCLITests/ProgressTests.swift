import Foundation
import Testing

/// `--progress`: one JSON event per line for programs to follow, a redrawn bar for people, and
/// only the summary line when stderr is not a terminal and nothing was asked for.
@Suite("Progress")
struct ProgressTests {
    /// Large, so that the biggest tables take several waves and report several times.
    private func generate(_ options: [String], into archive: URL) async throws -> TestProcess.Result
    {
        try await CLI.run(
            [
                "generate", "--volume", "large", "--as-of", TestDates.asOf, "--threads", "2",
                "--output", archive.path,
            ] + options)
    }

    /// A path with quotes, a backslash and a tab still gives valid JSON naming that path.
    @Test func jsonEventsStayValidForAnyPath() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "odd \"name\" \\ and\ttab")
            let result = try await CLI.run(
                [
                    "generate", "--volume", "small", "--as-of", TestDates.asOf, "--progress",
                    "json",
                    "--output", archive.path,
                ])
            try #require(result.status == 0, "\(result)")
            let last = try #require(result.errorLines.last)
            let object = try JSONSerialization.jsonObject(with: Data(last.utf8))
            let finished = try #require(object as? [String: Any], "not a JSON object: \(last)")
            #expect(finished["path"] as? String == archive.path)
        }
    }

    @Test func jsonPrintsOneEventPerLineEndingWithFinished() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            let result = try await generate(["--progress", "json"], into: archive)
            try #require(result.status == 0, "\(result)")
            #expect(result.standardOutput.isEmpty, "stdout: \(result.outputText)")
            #expect(result.errorText.hasSuffix("\n"))

            let events = try result.errorLines.map { line in
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
                return try #require(object as? [String: Any], "not a JSON object: \(line)")
            }
            let progress = events.dropLast()
            let finished = try #require(events.last)
            #expect(progress.allSatisfy { $0["event"] as? String == "progress" })
            #expect(finished["event"] as? String == "finished", "\(finished)")

            var lastDone: [String: Int] = [:]
            var totals: [String: Int] = [:]
            var tables: [String] = []
            var percents: [Double] = []
            for event in progress {
                let table = try #require(event["table"] as? String, "\(event)")
                let done = try #require(event["roots_done"] as? Int, "\(event)")
                let total = try #require(event["roots_total"] as? Int, "\(event)")
                let percent = try #require((event["percent"] as? NSNumber)?.doubleValue)
                #expect((0...total).contains(done), "\(event)")
                #expect(done >= lastDone[table] ?? 0, "\(table) went backwards")
                #expect((0...100).contains(percent), "\(event)")
                if !tables.contains(table) {
                    tables.append(table)
                }
                lastDone[table] = done
                totals[table] = total
                percents.append(percent)
            }
            #expect(tables == TestManifest.tableNames)
            #expect(lastDone == totals, "every table reaches its total")
            #expect(percents == percents.sorted(), "percent never goes back")
            #expect(percents.last == 100)
            #expect(progress.filter { $0["table"] as? String == "invoice_line_items" }.count > 1)

            let manifest = try TestManifest(directory: archive)
            #expect(totals["invoices"] == manifest.rows(of: "invoices"))
            let rows = manifest.tables.reduce(0) { $0 + ($1["rows"] as? Int ?? 0) }
            let bytes = manifest.tables.reduce(0) { $0 + ($1["bytes"] as? Int ?? 0) }
            #expect(finished["rows"] as? Int == rows, "\(finished)")
            #expect(finished["bytes"] as? Int == bytes, "\(finished)")
            let seconds = try #require((finished["seconds"] as? NSNumber)?.doubleValue)
            #expect(seconds > 0, "\(finished)")
        }
    }

    @Test func barRedrawsOneLineWithPercentRateAndETA() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            let result = try await generate(["--progress", "bar"], into: archive)
            try #require(result.status == 0, "\(result)")
            #expect(result.standardOutput.isEmpty, "stdout: \(result.outputText)")
            try expectBarThenSummary(result.errorText, archive: archive)
        }
    }

    @Test func autoOffATerminalPrintsOnlyTheSummary() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            for options in [[], ["--progress", "auto"], ["--progress", "none"]] {
                try? FileManager.default.removeItem(at: archive)
                let result = try await generate(options, into: archive)
                #expect(result.status == 0, "\(options): \(result)")
                #expect(result.errorIsOneLine, "\(options): \(result)")
                #expect(!result.errorText.contains("\r"), "\(options): \(result)")
                #expect(result.errorText.hasPrefix("wrote \(archive.path): "), "\(result)")
                #expect(result.errorText.contains("rows/s"), "\(result)")
            }
        }
    }

    /// Under `script`, stderr is a pseudo-terminal, so `auto` draws the bar.
    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"),
            "skipped: needs script(1) from util-linux to give demodata a terminal"))
    func autoOnATerminalDrawsTheBar() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            let command = [
                TestPackage.binary.path, "generate", "--volume", "large", "--as-of", TestDates.asOf,
                "--threads", "2", "--output", archive.path,
            ].map { "'\($0)'" }.joined(separator: " ")
            let result = try await TestProcess.run(
                program: "script", ["--quiet", "--return", "--command", command, "/dev/null"])
            try #require(result.status == 0, "\(result) \(result.outputText)")
            // The terminal turns each "\n" into "\r\n".
            let text = result.outputText.replacingOccurrences(of: "\r\n", with: "\n")
            try expectBarThenSummary(text, archive: archive)
        }
    }

    @Test func quietWithoutProgressPrintsNothing() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            let result = try await generate(["--quiet", "--progress", "none"], into: archive)
            #expect(result.status == 0, "\(result)")
            #expect(result.standardError.isEmpty, "\(result)")
            #expect(result.standardOutput.isEmpty, "stdout: \(result.outputText)")
            #expect(FileManager.default.fileExists(atPath: archive.path + "/manifest.json"))
        }
    }

    @Test func unknownProgressModeIsBadUsage() async throws {
        try await TestDirectory.with { temporary in
            let result = try await CLI.run(
                ["generate", "--progress", "loud", "--output", temporary.path("out")])
            #expect(result.status == 64, "\(result)")
            #expect(result.errorIsOneLine, "\(result)")
            for mode in ["auto", "bar", "json", "none"] {
                #expect(result.errorText.contains(mode), "no '\(mode)' in \(result)")
            }
            #expect(try temporary.contents() == [])
        }
    }

    /// In a terminal 50 columns wide, every frame of the bar fits in 49 (the last column is
    /// left free), leaving out what does not fit.
    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"),
            "skipped: needs script(1) from util-linux to give demodata a terminal"))
    func theBarFitsANarrowTerminal() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            let command =
                "stty cols 50 rows 24; "
                + [
                    TestPackage.binary.path, "generate", "--volume", "large", "--as-of",
                    TestDates.asOf, "--threads", "2", "--output", archive.path,
                ].map { "'\($0)'" }.joined(separator: " ")
            let result = try await TestProcess.run(
                program: "script", ["--quiet", "--return", "--command", command, "/dev/null"])
            try #require(result.status == 0, "\(result) \(result.outputText)")
            let text = result.outputText.replacingOccurrences(of: "\r\n", with: "\n")
            try expectBarThenSummary(text, archive: archive, columns: 50)
        }
    }

    /// A bar line redrawn after `\r` (percent and table, then as they fit the terminal's
    /// `columns`: rows, rows/s and ETA) that ends at 100%, then the summary line. The first
    /// frame comes before there is a rate, so it has no ETA; a frame with a rate has an ETA.
    private func expectBarThenSummary(_ text: String, archive: URL, columns: Int = 80) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        try #require(lines.count == 3 && lines[2].isEmpty, "\(text.debugDescription)")
        let draws = lines[0].split(separator: "\r").map {
            $0.replacingOccurrences(of: "\u{1b}[K", with: "")
        }
        #expect(lines[0].hasPrefix("\r"), "\(text.debugDescription)")
        #expect(draws.count > 1, "\(text.debugDescription)")
        for draw in draws {
            #expect(draw.hasPrefix("["), "\(draw)")
            #expect(draw.count < columns, "\(draw.count) characters: \(draw)")
            #expect(draw.contains("%"), "no '%' in \(draw)")
            #expect(
                TestManifest.tableNames.contains { draw.contains(" \($0)") }, "\(draw)")
            if draw.contains("rows/s") {
                #expect(draw.contains("ETA"), "a rate but no ETA in \(draw)")
            }
        }
        #expect(draws.first?.contains("ETA") == false, "\(draws.first ?? "")")
        #expect(draws.last?.contains("100.0%") == true, "\(draws.last ?? "")")
        #expect(lines[1].hasPrefix("wrote \(archive.path): "), "\(lines[1])")
    }
}
