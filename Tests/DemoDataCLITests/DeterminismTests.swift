import Foundation
import Testing

/// The same inputs give byte-identical archives; a different seed or as-of date gives
/// different data.
@Suite("Determinism")
struct DeterminismTests {
    @Test(arguments: ["ndjson", "csv"])
    func sameOptionsGiveIdenticalArchives(format: String) async throws {
        try await TestDirectory.with { temporary in
            let options = ["--volume", "medium", "--format", format, "--seed", "7"]
            let first = temporary.url.appending(path: "first")
            let second = temporary.url.appending(path: "second")
            try await CLI.generate(options, into: first)
            try await CLI.generate(options, into: second)

            let one = try DirectorySnapshot(of: first)
            let two = try DirectorySnapshot(of: second)
            #expect(one.names.count == 11)
            #expect(one.differences(from: two) == [])
        }
    }

    /// Large, so that the bigger tables span many chunks that two threads really share out.
    @Test(arguments: ["ndjson", "csv"])
    func threadCountDoesNotChangeArchive(format: String) async throws {
        try await TestDirectory.with { temporary in
            let options = ["--volume", "large", "--format", format]
            let single = temporary.url.appending(path: "threads-1")
            let double = temporary.url.appending(path: "threads-2")
            try await CLI.generate(options + ["--threads", "1"], into: single)
            try await CLI.generate(options + ["--threads", "2"], into: double)

            let one = try DirectorySnapshot(of: single)
            let two = try DirectorySnapshot(of: double)
            #expect(one.names.count == 11)
            #expect(one.differences(from: two) == [])
        }
    }

    @Test func differentSeedGivesDifferentCustomers() async throws {
        try await TestDirectory.with { temporary in
            let seed42 = temporary.url.appending(path: "seed-42")
            let seed43 = temporary.url.appending(path: "seed-43")
            try await CLI.generate(["--volume", "small", "--seed", "42"], into: seed42)
            try await CLI.generate(["--volume", "small", "--seed", "43"], into: seed43)

            let one = try TestManifest(directory: seed42)
            let two = try TestManifest(directory: seed43)
            #expect(one.integer("seed") == 42)
            #expect(two.integer("seed") == 43)
            let first = try #require(one.contentSHA256(of: "customers"))
            let second = try #require(two.contentSHA256(of: "customers"))
            #expect(first != second)
        }
    }

    @Test func differentAsOfGivesDifferentInvoices() async throws {
        try await TestDirectory.with { temporary in
            let june = temporary.url.appending(path: "june")
            let march = temporary.url.appending(path: "march")
            try await CLI.generate(["--volume", "small", "--as-of", "2026-06-30"], into: june)
            try await CLI.generate(["--volume", "small", "--as-of", "2026-03-31"], into: march)

            let one = try TestManifest(directory: june)
            let two = try TestManifest(directory: march)
            #expect(one.string("as_of") == "2026-06-30")
            #expect(two.string("as_of") == "2026-03-31")
            let first = try #require(one.contentSHA256(of: "invoices"))
            let second = try #require(two.contentSHA256(of: "invoices"))
            #expect(first != second)
        }
    }
}
