import Foundation
import Testing

/// Without `--as-of`, the as-of date is `SOURCE_DATE_EPOCH`'s UTC date.
@Suite("SOURCE_DATE_EPOCH")
struct SourceDateEpochTests {
    @Test(arguments: [
        ("1767225600", "2026-01-01"),  // 2026-01-01T00:00:00Z
        ("1767225599", "2025-12-31"),  // one second earlier
        ("1767311999", "2026-01-01"),  // the day's last second
        ("0", "1970-01-01"),  // the first second accepted
        ("253398412799", "9999-11-16"),  // the last second accepted
    ])
    func asOfIsTheEpochsUTCDate(epoch: String, date: String) async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            let result = try await CLI.run(
                ["generate", "--volume", "small", "--output", archive.path, "--quiet"],
                environment: ["SOURCE_DATE_EPOCH": epoch])
            try #require(result.status == 0, "\(result)")
            #expect(try TestManifest(directory: archive).string("as_of") == date)
        }
    }

    @Test func asOfOptionWinsOverTheEpoch() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            let result = try await CLI.run(
                [
                    "generate", "--volume", "small", "--as-of", "2025-05-05", "--output",
                    archive.path, "--quiet",
                ],
                environment: ["SOURCE_DATE_EPOCH": "1767225600"])
            try #require(result.status == 0, "\(result)")
            #expect(try TestManifest(directory: archive).string("as_of") == "2025-05-05")
        }
    }
}
