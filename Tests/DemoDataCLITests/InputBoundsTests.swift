import Foundation
import Testing

/// The ends of every range that bad usage names are themselves accepted, and the extreme as-of
/// dates give archives that `demodata verify` accepts.
@Suite("Input bounds")
struct InputBoundsTests {
    @Test(arguments: ["1970-01-01", "9999-11-16"])
    func extremeAsOfDatesGiveArchivesThatVerify(asOf: String) async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small", "--as-of", asOf], into: archive)
            #expect(try TestManifest(directory: archive).string("as_of") == asOf)
            let verified = try await CLI.run(["verify", archive.path])
            #expect(verified.status == 0, "\(verified)")
            #expect(
                verified.errorText.contains("every byte equals its regeneration"), "\(verified)")
        }
    }

    @Test(arguments: [
        ["--scale", "1"], ["--seed", "0"], ["--seed", "18446744073709551615"],
        ["--threads", "1"], ["--threads", "1024"], ["--shard", "0/2"], ["--shard", "1/2"],
    ])
    func rangeEndsAreAccepted(options: [String]) async throws {
        let result = try await CLI.run(
            ["stream", "customers", "--volume", "small", "--as-of", TestDates.asOf] + options)
        #expect(result.status == 0, "\(result)")
        #expect(result.errorText.isEmpty, "\(result)")
        #expect(!result.standardOutput.isEmpty)
    }

    @Test(arguments: ["1", "9"])
    func levelEndsAreAccepted(level: String) async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small", "--level", level], into: archive)
            #expect(try TestManifest(directory: archive).integer("level") == Int(level))
        }
    }

    /// Small has 100 products, its most roots: shard 99 of 100 holds exactly the last one.
    @Test func theMostShardsAreAccepted() async throws {
        let result = try await CLI.run(
            [
                "stream", "products", "--volume", "small", "--as-of", TestDates.asOf, "--shard",
                "99/100",
            ])
        #expect(result.status == 0, "\(result)")
        #expect(result.outputText.split(separator: "\n").count == 1, "\(result.outputText)")
    }
}
