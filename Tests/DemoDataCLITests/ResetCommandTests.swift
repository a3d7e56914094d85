import Foundation
import Testing

/// `demodata reset` removes the archives under a directory and the stale temporary
/// directories of killed runs, and nothing else; off a terminal it needs `--yes`.
@Suite("Reset")
struct ResetCommandTests {
    /// Fills `directory` with two archives, a stale temporary directory, the temporary
    /// directory of a live process (pid 1), one of an ended run whose process id pid 1 now
    /// has, and things that are not archives; returns the names reset must remove and those
    /// it must keep.
    private func populate(_ directory: URL) async throws -> (remove: [String], keep: [String]) {
        let manager = FileManager.default
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        try await CLI.generate(["--volume", "small"], into: directory.appending(path: "small"))
        try await CLI.generate(
            ["--volume", "small", "--format", "csv"], into: directory.appending(path: "csv"))
        let stale = ".big.demodata-tmp-\(TestProcess.deadProcessID())"
        try manager.createDirectory(
            at: directory.appending(path: stale), withIntermediateDirectories: true)
        try Data("partial".utf8).write(
            to: directory.appending(path: stale).appending(path: "customers.ndjson.gz"))
        try Data(RunMarker.text(pid: TestProcess.deadProcessID()).utf8).write(
            to: directory.appending(path: stale).appending(path: ".demodata-run"))
        try manager.createDirectory(
            at: directory.appending(path: ".live.demodata-tmp-1"),
            withIntermediateDirectories: true)
        try Data(RunMarker.text(pid: 1).utf8).write(
            to: directory.appending(path: ".live.demodata-tmp-1/.demodata-run"))
        // Process 1 runs, but it is not the run that made this (it started at another time):
        // the process id was reused after that run ended.
        let reused = ".reused.demodata-tmp-2"
        try manager.createDirectory(
            at: directory.appending(path: reused), withIntermediateDirectories: true)
        try Data(RunMarker.text(pid: 1, start: UInt64(Int64.max)).utf8).write(
            to: directory.appending(path: reused + "/.demodata-run"))
        try Data().write(to: directory.appending(path: ".gitkeep"))
        try Data("Archives go here.\n".utf8).write(to: directory.appending(path: "README.txt"))
        let notes = directory.appending(path: "notes")
        try manager.createDirectory(at: notes, withIntermediateDirectories: true)
        try Data("not an archive\n".utf8).write(to: notes.appending(path: "todo.txt"))
        return (
            ["small", "csv", stale, reused].sorted(),
            [".gitkeep", "README.txt", "notes", ".live.demodata-tmp-1"].sorted()
        )
    }

    private func names(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func resetWithYesRemovesArchivesAndStaleDirectoriesOnly() async throws {
        try await TestDirectory.with { temporary in
            let directory = temporary.url.appending(path: "Output")
            let (_, keep) = try await populate(directory)
            let readme = try Data(contentsOf: directory.appending(path: "README.txt"))
            let notes = try DirectorySnapshot(of: directory.appending(path: "notes"))

            let result = try await CLI.run(["reset", "--output", directory.path, "--yes"])
            #expect(result.status == 0, "\(result)")
            // What it removed, and what it kept and why.
            let live = directory.appending(path: ".live.demodata-tmp-1").path
            #expect(result.errorLines.count == 2, "\(result)")
            #expect(result.errorLines.first?.contains("removed 4") == true, "\(result)")
            #expect(result.errorLines.last?.hasPrefix("kept \(live): ") == true, "\(result)")
            #expect(result.errorLines.last?.contains("pid 1") == true, "\(result)")
            #expect(result.standardOutput.isEmpty, "stdout: \(result.outputText)")
            #expect(try names(directory) == keep)
            #expect(try Data(contentsOf: directory.appending(path: "README.txt")) == readme)
            #expect(try DirectorySnapshot(of: directory.appending(path: "notes")) == notes)

            let again = try await CLI.run(["reset", "--output", directory.path, "--yes"])
            #expect(again.status == 0, "\(again)")
            #expect(again.errorText.contains("nothing to remove"), "\(again)")
            #expect(again.errorLines.last?.hasPrefix("kept \(live): ") == true, "\(again)")
            #expect(try names(directory) == keep)
        }
    }

    @Test func resetDefaultsToOutputInTheWorkingDirectory() async throws {
        try await TestDirectory.with { temporary in
            let (_, keep) = try await populate(temporary.url.appending(path: "Output"))
            let result = try await CLI.run(["reset", "--yes"], in: temporary.url)
            #expect(result.status == 0, "\(result)")
            #expect(try names(temporary.url.appending(path: "Output")) == keep)
        }
    }

    @Test func resetWithoutYesOffATerminalRemovesNothing() async throws {
        try await TestDirectory.with { temporary in
            let directory = temporary.url.appending(path: "Output")
            let (remove, keep) = try await populate(directory)
            let archive = try DirectorySnapshot(of: directory.appending(path: "small"))

            // ProcessRunner gives the command /dev/null as standard input: not a terminal.
            let result = try await CLI.run(["reset", "--output", directory.path])
            #expect(result.status == 1, "\(result)")
            #expect(result.errorIsOneLine, "\(result)")
            #expect(result.errorText.contains("--yes"), "\(result)")
            #expect(try names(directory) == (remove + keep).sorted())
            #expect(try DirectorySnapshot(of: directory.appending(path: "small")) == archive)
        }
    }

    /// A mistyped path is an error, not "nothing to remove".
    @Test func resetOfAMissingDirectoryFails() async throws {
        try await TestDirectory.with { temporary in
            let missing = temporary.url.appending(path: "missing")
            for arguments in [["--yes"], []] {
                let result = try await CLI.run(["reset", "--output", missing.path] + arguments)
                #expect(result.status == 1, "\(result)")
                #expect(result.errorIsOneLine, "\(result)")
                #expect(result.errorText.contains("no such directory"), "\(result)")
            }
            #expect(try temporary.contents() == [])
        }
    }

    /// The archive's files go; the directory the user named stays.
    @Test func resetOfAnArchiveRemovesItsFiles() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small"], into: archive)
            let result = try await CLI.run(["reset", "--output", archive.path, "--yes"])
            #expect(result.status == 0, "\(result)")
            #expect(result.errorText.contains("removed 1"), "\(result)")
            #expect(try temporary.contents() == ["archive"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: archive.path) == [])
        }
    }

    @Test func resetOfAFileIsRefused() async throws {
        try await TestDirectory.with { temporary in
            let file = temporary.url.appending(path: "notes.txt")
            try Data("keep\n".utf8).write(to: file)
            let result = try await CLI.run(["reset", "--output", file.path, "--yes"])
            #expect(result.status == 1, "\(result)")
            #expect(result.errorIsOneLine, "\(result)")
            #expect(result.errorText.contains(file.path), "\(result)")
            #expect(try Data(contentsOf: file) == Data("keep\n".utf8))
        }
    }

    /// A reset while a generation runs leaves the run's temporary directory alone.
    @Test func resetSparesARunningGeneration() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            try await BackgroundProcess.with(
                InterruptionTests.endless + ["--output", archive.path]
            ) { running in
                let working = try await running.waitForTemporary(of: archive)
                let result = try await CLI.run(
                    ["reset", "--output", temporary.url.path, "--yes"])
                #expect(result.status == 0, "\(result)")
                #expect(result.errorText.contains("nothing to remove"), "\(result)")
                #expect(try temporary.contents() == [".archive.demodata-lock", working])
                running.send(SIGINT)
                let (stopped, _) = try await running.result()
                #expect(stopped.status == 130, "\(stopped)")
            }
            #expect(try temporary.contents() == [])
        }
    }
}
