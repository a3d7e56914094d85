import Foundation

/// The built `demodata` binary (`TestPackage.binary`), run the way a user runs it.
enum CLI {
    /// Runs `demodata` with `arguments`.
    ///
    /// - Parameters:
    ///   - environment: variables set on top of the test's environment, from which
    ///     `SOURCE_DATE_EPOCH` is removed so that only a test that sets it sees it.
    ///   - directory: the working directory, against which `Output/...` is resolved.
    ///   - standardOutput: where standard output goes instead of the result.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil,
        standardOutput: FileHandle? = nil
    ) async throws -> TestProcess.Result {
        let binary = try TestPackage.builtBinary()
        var variables = ProcessInfo.processInfo.environment
        variables["SOURCE_DATE_EPOCH"] = nil
        variables.merge(environment) { _, new in new }
        return try await TestProcess.run(
            binary, arguments, environment: variables, in: directory,
            standardOutput: standardOutput)
    }

    /// Runs `demodata generate` with `arguments` plus `--as-of` (unless given) and `--quiet`
    /// into `output`, and requires it to succeed.
    @discardableResult
    static func generate(_ arguments: [String], into output: URL) async throws -> TestProcess.Result
    {
        var all = ["generate"] + arguments
        if !arguments.contains("--as-of") {
            all += ["--as-of", TestDates.asOf]
        }
        all += ["--output", output.path, "--quiet"]
        let result = try await run(all)
        guard result.status == 0 else {
            throw TestFailure("demodata \(all.joined(separator: " ")) failed: \(result)")
        }
        return result
    }

    /// Generates `count` shards with `arguments` in `directory` (`shard0`, `shard1`, …) and
    /// merges them into `directory/merged`, requiring every step to succeed; returns the merged
    /// archive.
    static func generateShardsAndMerge(_ arguments: [String], count: Int, in directory: URL)
        async throws -> URL
    {
        var shards: [String] = []
        for index in 0..<count {
            let shard = directory.appending(path: "shard\(index)")
            try await generate(arguments + ["--shard", "\(index)/\(count)"], into: shard)
            shards.append(shard.path)
        }
        let merged = directory.appending(path: "merged")
        let merge = try await run(["merge", merged.path] + shards)
        guard merge.status == 0 else { throw TestFailure("demodata merge failed: \(merge)") }
        return merged
    }

    /// Runs the independent archive checker, `Scripts/check_archive.py DIRECTORY`.
    static func checkArchive(_ directory: URL) async throws -> TestProcess.Result {
        try await TestProcess.run(
            program: "python3",
            [TestPackage.script("check_archive.py").path, directory.path])
    }
}
