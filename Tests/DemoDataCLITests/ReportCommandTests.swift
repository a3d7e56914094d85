import Foundation
import Testing

/// `demodata report` writes one self-contained HTML page whose figures equal those the tests
/// compute from the rows (`ReportExpectation`), to the file it is given, to its default name
/// or to standard output, and refuses what it must refuse in one line.
@Suite("Report")
struct ReportCommandTests {
    @Test(arguments: [["--format", "ndjson"], ["--format", "csv", "--compression", "zstd"]])
    func thePageCarriesTheFiguresOfTheRows(options: [String]) async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "large")
            try await CLI.generate(["--volume", "large", "--seed", "5"] + options, into: archive)
            let page = directory.url.appending(path: "page.html").path
            let result = try await CLI.run(["report", archive.path, "-o", page])
            #expect(result.status == 0, "\(result)")
            #expect(result.errorText == "wrote \(page)\n")
            let html = try String(contentsOfFile: page, encoding: .utf8)
            let want = try ReportExpectation(TestArchive(archive), asOf: TestDates.asOf)
            #expect(Self.figure("revenue-total", in: html) == want.revenueCents)
            #expect(Self.figure("invoices", in: html) == want.invoices)
            #expect(Self.figure("billed-invoices", in: html) == want.billedInvoices)
            #expect(Self.figure("customers", in: html) == want.customers)
            #expect(Self.figure("receivable", in: html) == want.ageing.reduce(0) { $0 + $1.cents })
            #expect(Self.figure("reorder-count", in: html) == want.reorderCount)
            for (month, figures) in want.months {
                #expect(html.contains("data-key=\"\(month)\" data-value=\"\(figures.cents)\""))
            }
            for (category, figures) in want.categories {
                let key = category.replacingOccurrences(of: "&", with: "&amp;")
                #expect(html.contains("data-key=\"\(key)\" data-value=\"\(figures.cents)\""))
            }
            #expect(html.contains("seed 5"))
            for forbidden in ["http://", "https://", "<script", "<link", "<img", "@import"] {
                #expect(!html.contains(forbidden), "\(forbidden)")
            }
        }
    }

    @Test func theDefaultNameIsBesideTheUserAndDashIsStandardOutput() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "small")
            try await CLI.generate(["--volume", "small"], into: archive)
            let run = try await CLI.run(["report", "small"], in: directory.url)
            #expect(run.status == 0, "\(run)")
            let written = try String(
                contentsOfFile: directory.file("small-report.html"), encoding: .utf8)
            // The same page again replaces the report it made.
            let again = try await CLI.run(["report", "small"], in: directory.url)
            #expect(again.status == 0, "\(again)")
            let printed = try await CLI.run(["report", archive.path, "-o", "-"])
            #expect(printed.status == 0 && printed.errorText.isEmpty, "\(printed.errorText)")
            #expect(printed.outputText.hasPrefix("<!DOCTYPE html>"))
            #expect(
                printed.outputText.replacingOccurrences(of: archive.path, with: "small")
                    == written)
            #expect(try directory.contents().sorted() == ["small", "small-report.html"])
        }
    }

    @Test func badInputIsOneLineAndLeavesNothing() async throws {
        try await TestDirectory.with { directory in
            let missing = try await CLI.run(["report", directory.file("nothing")])
            #expect(missing.status == 1 && missing.errorIsOneLine, "\(missing)")
            #expect(missing.errorText.contains("nothing"))
            let archive = directory.url.appending(path: "small")
            try await CLI.generate(["--volume", "small"], into: archive)
            let notes = directory.file("notes.html")
            try "mine".write(toFile: notes, atomically: false, encoding: .utf8)
            let refused = try await CLI.run(["report", archive.path, "-o", notes])
            #expect(refused.status == 1 && refused.errorIsOneLine, "\(refused)")
            #expect(refused.errorText.contains("--force"))
            #expect(try String(contentsOfFile: notes, encoding: .utf8) == "mine")
            let forced = try await CLI.run(["report", archive.path, "-o", notes, "--force"])
            #expect(forced.status == 0, "\(forced)")
            #expect(try directory.contents().sorted() == ["notes.html", "small"])
            let usage = try await CLI.run(["report"])
            #expect(usage.status == 64 && usage.errorIsOneLine, "\(usage)")
        }
    }

    /// A signal while the joins spill their runs ends the run with 130 and removes them; no
    /// page is written.
    @Test func aSignalRemovesTheRunsAndWritesNothing() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "huge")
            try await CLI.generate(
                ["--volume", "huge", "--scale", "4", "--format", "parquet"], into: archive)
            let spill = directory.url.appending(path: "spill")
            try FileManager.default.createDirectory(at: spill, withIntermediateDirectories: false)
            let page = directory.file("page.html")
            let result = try await BackgroundProcess.with(
                ["report", archive.path, "-o", page], variables: ["TMPDIR": spill.path]
            ) { running in
                try await running.waitUntil("the report spills its runs") {
                    let runs = try? FileManager.default.contentsOfDirectory(atPath: spill.path)
                    return !(runs ?? []).isEmpty
                }
                running.send(SIGINT)
                return try await running.result().0
            }
            #expect(result.status == 130 && result.errorIsOneLine, "\(result)")
            #expect(result.errorText.contains("interrupted"), "\(result)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: spill.path).isEmpty)
            #expect(try directory.contents().sorted() == ["huge", "spill"])
        }
    }

    /// The `data-value` of the element marked `data-figure="name"`.
    static func figure(_ name: String, in html: String) -> Int? {
        guard let start = html.range(of: "data-figure=\"\(name)\" data-value=\"") else {
            return nil
        }
        return Int(html[start.upperBound...].prefix { $0.isNumber || $0 == "-" })
    }
}
