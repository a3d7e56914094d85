import Foundation
import Testing

/// `Output` may be a symbolic link to a directory elsewhere (another disk): archives are
/// written, replaced and reset through it. The archive directory itself must be a real one.
@Suite("Symlinked output")
struct SymlinkedOutputTests {
    @Test func anOutputLinkedToAnotherDirectoryIsFollowed() async throws {
        try await TestDirectory.with { temporary in
            let disk = temporary.appending("bigdisk")
            try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(
                atPath: temporary.path("Output"), withDestinationPath: "bigdisk")
            let options = ["--volume", "small", "--as-of", TestDates.asOf, "--quiet"]

            for arguments in [[], ["--seed", "7", "--force"]] {
                let result = try await CLI.run(
                    ["generate", "--output", "Output/small"] + options + arguments,
                    in: temporary.url)
                #expect(result.status == 0, "\(result)")
                let verified = try await CLI.run(["verify", disk.appending(path: "small").path])
                #expect(verified.status == 0, "\(verified)")
                #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["small"])
            }
            #expect(try TestManifest(directory: disk.appending(path: "small")).integer("seed") == 7)

            // A directory below the link is created on the other disk.
            let nested = try await CLI.run(
                ["generate", "--output", "Output/more/small"] + options, in: temporary.url)
            #expect(nested.status == 0, "\(nested)")

            let reset = try await CLI.run(["reset", "--yes"], in: temporary.url)
            #expect(reset.status == 0, "\(reset)")
            #expect(reset.errorText.contains("removed 1"), "\(reset)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["more"])
            #expect(
                try FileManager.default.destinationOfSymbolicLink(atPath: temporary.path("Output"))
                    == "bigdisk")
        }
    }

    /// The archive directory itself is never a link: writing through one would put the
    /// archive's files into whatever it points to.
    @Test func anArchivePathThatIsALinkIsRefused() async throws {
        try await TestDirectory.with { temporary in
            try FileManager.default.createDirectory(
                at: temporary.appending("real"), withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(
                atPath: temporary.path("archive"), withDestinationPath: "real")
            let result = try await CLI.run(
                [
                    "generate", "--volume", "small", "--as-of", TestDates.asOf, "--output",
                    temporary.path("archive"),
                ])
            #expect(result.status == 1, "\(result)")
            #expect(result.errorIsOneLine, "\(result)")
            #expect(result.errorText.contains("symbolic link"), "\(result)")
            #expect(try temporary.contents() == ["archive", "real"])
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: temporary.path("real")) == [])
        }
    }
}
