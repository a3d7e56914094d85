import Foundation
import Testing

/// `Scripts/install.sh PREFIX` installs the binary and the shell completions, and the bash
/// completion, sourced as bash-completion would, completes subcommands and option values.
@Suite("Install")
struct InstallTests {
    /// What the bash completion offers for `line` (the words so far, the last being completed).
    private func completions(_ words: [String], prefix: URL) async throws -> [String] {
        let script = prefix.appending(path: "share/bash-completion/completions/demodata").path
        let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
        let line = words.joined(separator: " ")
        let program = """
            source '\(script)'
            complete -p demodata >/dev/null || exit 3
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
            _demodata demodata "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        var variables = ProcessInfo.processInfo.environment
        variables["PATH"] = prefix.appending(path: "bin").path + ":" + (variables["PATH"] ?? "")
        let result = try await TestProcess.run(
            URL(filePath: "/bin/bash"), ["-c", program], environment: variables)
        try #require(result.status == 0, "\(result)")
        return result.outputText.split(separator: "\n").map(String.init)
    }

    @Test func installsTheBinaryAndWorkingCompletionsUnderAPrefix() async throws {
        try await TestDirectory.with { directory in
            let prefix = directory.url.appending(path: "prefix with space")
            var variables = ProcessInfo.processInfo.environment
            variables["DEMODATA_BINARY"] = TestPackage.binary.path
            let install = try await TestProcess.run(
                URL(filePath: "/bin/bash"),
                [TestPackage.root.appending(path: "Scripts/install.sh").path, prefix.path],
                environment: variables)
            #expect(install.status == 0 && install.errorIsOneLine, "\(install)")
            for file in [
                "bin/demodata", "share/bash-completion/completions/demodata",
                "share/zsh/site-functions/_demodata",
                "share/fish/vendor_completions.d/demodata.fish",
                "libexec/demodata/load-sqlite.sh", "libexec/demodata/lib/load-common.sh",
                "libexec/demodata/lib/demodata_archive.py",
            ] {
                #expect(
                    FileManager.default.fileExists(atPath: prefix.appending(path: file).path),
                    "\(file)")
            }
            let version = try await TestProcess.run(
                prefix.appending(path: "bin/demodata"), ["--version"])
            #expect(version.status == 0 && version.outputText.hasPrefix("demodata "), "\(version)")

            #expect(try await completions(["demodata", "gen"], prefix: prefix) == ["generate"])
            #expect(try await completions(["demodata", "in"], prefix: prefix) == ["info"])
            #expect(try await completions(["demodata", "rep"], prefix: prefix) == ["report"])
            #expect(
                try await completions(["demodata", "generate", "--volume", ""], prefix: prefix)
                    == ["small", "medium", "large", "huge"])
            #expect(
                try await completions(["demodata", "generate", "--dry"], prefix: prefix)
                    == ["--dry-run"])
            #expect(
                try await completions(["demodata", "stream", "customer"], prefix: prefix)
                    == ["customer_types", "customers", "customer_addresses"])
            #expect(
                try await completions(["demodata", "load", "s"], prefix: prefix) == ["sqlite"])
        }
    }

    @Test func refusesMoreThanOnePrefix() async throws {
        let result = try await TestProcess.run(
            URL(filePath: "/bin/bash"),
            [TestPackage.root.appending(path: "Scripts/install.sh").path, "a", "b"])
        #expect(result.status == 64, "\(result)")
        #expect(result.errorLines.last == "usage: install.sh [PREFIX]")
    }
}
