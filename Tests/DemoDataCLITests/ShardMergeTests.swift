import Foundation
import Testing

/// Shards run as separate processes — by the worker script the Kubernetes and Slurm examples
/// use, and by the local runner — and merged, give the content of the unsharded archive.
@Suite struct ShardMergeTests {
    private static let options = ["--volume", "large", "--as-of", TestDates.asOf]

    private func script(_ name: String) -> URL {
        TestPackage.root.appending(path: "Scripts/" + name)
    }

    private func runScript(
        _ name: String, _ arguments: [String], environment: [String: String] = [:]
    ) async throws -> TestProcess.Result {
        var variables = ProcessInfo.processInfo.environment
        variables["DEMODATA_BINARY"] = TestPackage.binary.path
        variables.merge(environment) { _, new in new }
        return try await TestProcess.run(
            URL(filePath: "/bin/bash"), [script(name).path] + arguments, environment: variables)
    }

    /// Requires the merged archive to be valid and to hold the unsharded archive's content.
    private func expectSameContent(_ merged: URL, as whole: URL) async throws {
        let mergedManifest = try TestManifest(directory: merged)
        let wholeManifest = try TestManifest(directory: whole)
        #expect(mergedManifest.isNull("shard"))
        for table in TestManifest.tableNames {
            #expect(
                mergedManifest.contentSHA256(of: table) == wholeManifest.contentSHA256(of: table),
                "\(table)")
            #expect(mergedManifest.rows(of: table) == wholeManifest.rows(of: table))
        }
        let sums = try await TestProcess.run(
            program: "sha256sum", ["-c", "SHA256SUMS"], in: merged)
        #expect(sums.status == 0, "\(sums)")
        let check = try await CLI.checkArchive(merged)
        #expect(check.status == 0, "\(check.outputText)")
    }

    @Test(arguments: ["JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID"])
    func workersOfABatchSystemMergeToTheWholeArchive(indexVariable: String) async throws {
        try await TestDirectory.with { directory in
            let whole = directory.url.appending(path: "whole")
            try await CLI.generate(Self.options, into: whole)
            let shared = directory.url.appending(path: "shared")
            for index in 0..<3 {
                let worker = try await runScript(
                    "shard-worker.sh", [shared.path, "3", "--"] + Self.options,
                    environment: [indexVariable: String(index)])
                #expect(worker.status == 0, "\(worker)")
            }
            let shards = try FileManager.default.contentsOfDirectory(atPath: shared.path).sorted()
            #expect(shards == ["shard-0-of-3", "shard-1-of-3", "shard-2-of-3"])
            let merged = directory.url.appending(path: "merged")
            // Any order: merge sorts the shards by the index in their manifests.
            let result = try await CLI.run(
                ["merge", merged.path] + shards.reversed().map { shared.appending(path: $0).path })
            #expect(result.status == 0, "\(result)")
            try await expectSameContent(merged, as: whole)
        }
    }

    @Test(arguments: ["ndjson", "csv"])
    func theLocalRunnerShardsAndMerges(format: String) async throws {
        try await TestDirectory.with { directory in
            let whole = directory.url.appending(path: "whole")
            try await CLI.generate(Self.options + ["--format", format], into: whole)
            let merged = directory.url.appending(path: "merged")
            let run = try await runScript(
                "run-shards-local.sh", ["4", merged.path] + Self.options + ["--format", format],
                environment: ["JOBS": "2"])
            #expect(run.status == 0, "\(run)")
            try await expectSameContent(merged, as: whole)
            #expect(try directory.contents() == ["merged", "whole"])
        }
    }

    @Test func theLocalRunnerRefusesAnExistingArchiveUnlessForced() async throws {
        try await TestDirectory.with { directory in
            let out = directory.url.appending(path: "out")
            try await CLI.generate(Self.options, into: out)
            let before = try Data(contentsOf: out.appending(path: "manifest.json"))
            let small = ["--volume", "small", "--as-of", TestDates.asOf]
            let refused = try await runScript("run-shards-local.sh", ["2", out.path] + small)
            #expect(refused.status == 1 && refused.errorIsOneLine, "\(refused)")
            #expect(refused.errorText.contains("already exists; pass --force"))
            #expect(try Data(contentsOf: out.appending(path: "manifest.json")) == before)
            #expect(try directory.contents() == ["out"])

            let forced = try await runScript(
                "run-shards-local.sh", ["--force", "2", out.path] + small)
            #expect(forced.status == 0, "\(forced)")
            #expect(try TestManifest(directory: out).string("volume") == "small")
            #expect(try directory.contents() == ["out"])
        }
    }

    @Test(arguments: [
        ([] as [String], "expected SHARD_COUNT and OUT"),
        (["two", "out"], "SHARD_COUNT must be a whole number from 1 to 999999; got 'two'"),
        (["0", "out"], "SHARD_COUNT must be a whole number"),
        (["2", "out", "--output", "x"], "--output is set by the script for each shard"),
        (["2", "out", "--shard", "0/2"], "--shard is set by the script for each shard"),
    ])
    func theLocalRunnerValidatesItsArguments(arguments: [String], message: String) async throws {
        try await TestDirectory.with { directory in
            let result = try await TestProcess.run(
                URL(filePath: "/bin/bash"), [script("run-shards-local.sh").path] + arguments,
                in: directory.url)
            #expect(result.status == 64, "\(result)")
            #expect(result.errorLines.count == 2, "\(result)")
            #expect(result.errorLines.first?.contains(message) == true, "\(result)")
            #expect(result.errorLines.last?.hasPrefix("usage: run-shards-local.sh") == true)
            #expect(try directory.contents().isEmpty)
        }
    }

    @Test func theLocalRunnerNamesTheFailedShardAndCleansUp() async throws {
        try await TestDirectory.with { directory in
            let out = directory.url.appending(path: "out")
            let result = try await runScript(
                "run-shards-local.sh", ["2", out.path, "--volume", "small", "--level", "99"],
                environment: ["JOBS": "1"])
            #expect(result.status == 1 && result.errorIsOneLine, "\(result)")
            #expect(result.errorText.contains("shard 0 of 2 failed (exit 64): "), "\(result)")
            #expect(result.errorText.contains("--level for gzip must be"), "\(result)")
            #expect(result.errorText.contains("\(out.path) was not changed"))
            #expect(try directory.contents().isEmpty)
        }
    }

    @Test func mergeRefusesIncompleteOrMismatchedShardSets() async throws {
        try await TestDirectory.with { directory in
            var shards: [String] = []
            for index in 0..<2 {
                let path = directory.url.appending(path: "s\(index)")
                try await CLI.generate(Self.options + ["--shard", "\(index)/3"], into: path)
                shards.append(path.path)
            }
            let other = directory.url.appending(path: "other")
            try await CLI.generate(Self.options + ["--shard", "2/3", "--seed", "7"], into: other)
            let out = directory.path("out")
            let missing = try await CLI.run(["merge", out] + shards)
            #expect(missing.status == 1 && missing.errorIsOneLine)
            #expect(missing.errorText.contains("missing shard(s) 2"))
            let mismatched = try await CLI.run(["merge", out] + shards + [other.path])
            #expect(mismatched.status == 1 && mismatched.errorText.contains("other parameters"))
            // Shard 1 of 2 in the place of shard 1 of 3: same index, another split.
            let half = directory.url.appending(path: "half")
            try await CLI.generate(Self.options + ["--shard", "1/2"], into: half)
            let third = directory.url.appending(path: "third")
            try await CLI.generate(Self.options + ["--shard", "2/3"], into: third)
            let counts = try await CLI.run(["merge", out, shards[0], half.path, third.path])
            #expect(counts.status == 1 && counts.errorIsOneLine, "\(counts)")
            #expect(counts.errorText.contains("one of 2 shards"), "\(counts)")
            #expect(!FileManager.default.fileExists(atPath: out))
            #expect(try directory.leftovers().isEmpty)
        }
    }
}
