import DemoData
import Foundation
import Testing

/// `Scripts/slurm/submit.sh` on a real one-node Slurm cluster (`SlurmCluster`): the job array
/// generates the shards, the merge job joins and verifies them, and the result equals the
/// archive one unsharded `demodata generate` makes.
@Suite(
    "Slurm",
    .enabled(if: SlurmCluster.isAvailable, Comment(rawValue: SlurmCluster.missingMessage)),
    .timeLimit(.minutes(5)))
struct SlurmTests {
    static let shardCount = 3
    static let options = [
        "--volume", "medium", "--seed", IntegrationEnvironment.seed, "--as-of",
        TestDates.asOf,
    ]

    @Test("submit.sh runs the shard array, then the merge; the archive verifies and is unsharded's")
    func submitShardsAndMerge() async throws {
        let scratch = try TestDirectory(named: "slurm-run")
        defer { scratch.remove() }
        let cluster = try await SlurmCluster.start()
        do {
            try await submitAndCheck(on: cluster, in: scratch)
        } catch {
            await cluster.stop()
            throw error
        }
        await cluster.stop()
    }

    private func submitAndCheck(on cluster: SlurmCluster, in scratch: TestDirectory)
        async throws
    {
        let shared = scratch.appending("shared")
        let jobsDirectory = scratch.appending("jobs")
        try FileManager.default.createDirectory(
            at: jobsDirectory, withIntermediateDirectories: true)
        let submitted = try await ExternalCommand.run(
            TestPackage.script("slurm/submit.sh"),
            [String(Self.shardCount)] + Self.options,
            environment: cluster.environment.merging(IntegrationFixture.scriptEnvironment) { $1 }
                .merging([
                    "SHARED": shared.path,
                    "DEMODATA_REPO": TestPackage.root.path,
                ]) { $1 },
            in: jobsDirectory
        ).checked()
        let ids = submitted.outputText.split(separator: "\n").map(String.init)
        try #require(ids.count == 2, "submit.sh printed \(ids), not the array's and merge's ids")

        let tasks = try await cluster.waitForJobs(ids, attempts: 360)
        let log = try jobLog(tasks)
        print(log)
        let shardTasks = tasks.filter { $0["ArrayJobId"] == ids[0] }
        let mergeTasks = tasks.filter { $0["JobId"] == ids[1] }
        #expect(
            Set(shardTasks.compactMap { $0["ArrayTaskId"] })
                == Set((0..<Self.shardCount).map(String.init)), "\(log)")
        #expect(mergeTasks.count == 1, "\(log)")
        for task in shardTasks + mergeTasks {
            let ending = "\(task["JobState"] ?? "?") exit \(task["ExitCode"] ?? "?")"
            try #require(
                ending == "COMPLETED exit 0:0",
                "job \(task["JobId"] ?? "?") ended \(ending)\n\(log)\n\(cluster.logs())")
        }

        let merged = shared.appending(path: "archive")
        let verified = try await IntegrationFixture.demodata(["verify", merged.path])
        #expect(verified.succeeded)
        let unsharded = scratch.appending("unsharded")
        try await IntegrationFixture.demodata(
            ["generate", "--quiet", "--output", unsharded.path] + Self.options)
        let mergedManifest = try TestArchive(merged).decodedManifest()
        let unshardedManifest = try TestArchive(unsharded).decodedManifest()
        #expect(mergedManifest.mergedShards == Self.shardCount)
        #expect(mergedManifest.tables.map(\.name) == unshardedManifest.tables.map(\.name))
        for (mergedTable, unshardedTable) in zip(mergedManifest.tables, unshardedManifest.tables) {
            #expect(mergedTable.rows == unshardedTable.rows, "\(mergedTable.name)")
            #expect(
                mergedTable.contentSHA256 == unshardedTable.contentSHA256, "\(mergedTable.name)")
        }
        #expect(mergedManifest.tables.allSatisfy { $0.rows > 0 })
    }

    /// The state and output file of every task, in the order Slurm lists them, for the log.
    private func jobLog(_ tasks: [[String: String]]) throws -> String {
        try tasks.map { task in
            let name = task["JobName"] ?? "?"
            let id = task["ArrayTaskId"].map { "\(task["ArrayJobId"] ?? "?")_\($0)" }
            let output = try task["StdOut"].unwrapped("scontrol shows no StdOut for \(task)")
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? "(no \(output))"
            return """
                == \(name) \(id ?? task["JobId"] ?? "?"): \(task["JobState"] ?? "?") exit \
                \(task["ExitCode"] ?? "?") (\(URL(filePath: output).lastPathComponent))
                \(text)
                """
        }.joined(separator: "\n")
    }
}
