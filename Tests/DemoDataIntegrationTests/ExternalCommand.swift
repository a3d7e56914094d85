import Foundation

/// Runs programs through the test suites' one process runner, `TestProcess`, with variables
/// set on top of the test's environment rather than in place of it, and bash scripts.
enum ExternalCommand {
    /// Runs `executable` with `arguments` and waits for it to exit.
    ///
    /// - Parameters:
    ///   - environment: variables set on top of the test process's environment.
    ///   - directory: the working directory; nil inherits the test's.
    ///   - input: the program's standard input; nil reads /dev/null.
    static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:],
        in directory: URL? = nil, input: String? = nil
    ) async throws -> TestProcess.Result {
        try await TestProcess.run(
            executable, arguments,
            environment: IntegrationEnvironment.variables.merging(environment) { $1 },
            in: directory, input: Data((input ?? "").utf8))
    }

    /// Runs a bash script with `set -euo pipefail`, for pipelines; pass paths through
    /// `environment` and quote them in the script ("$ARCHIVE"), never by interpolation.
    static func bash(
        _ script: String, environment: [String: String] = [:], in directory: URL? = nil
    ) async throws -> TestProcess.Result {
        try await run(
            URL(filePath: "/bin/bash"), ["-c", "set -euo pipefail\n" + script],
            environment: environment, in: directory)
    }

    /// Runs the program `name` found on the `PATH`.
    static func run(
        program name: String, _ arguments: [String], environment: [String: String] = [:],
        in directory: URL? = nil, input: String? = nil
    ) async throws -> TestProcess.Result {
        try await run(
            URL(filePath: "/usr/bin/env"), [name] + arguments, environment: environment,
            in: directory, input: input)
    }

    /// `command` run from a shell that first closes every descriptor above 2, for a program that
    /// leaves a daemon behind (pg_ctl start, munged, slurmctld): Foundation's `Process` learns
    /// that a child exited when a socket it shares with the child closes, and a daemon
    /// inheriting that socket would keep it open, so the test would wait for the program forever.
    static func closingInheritedDescriptors(_ command: [String]) -> [String] {
        let closeInherited = """
            for fd in /proc/$$/fd/*; do fd=${fd##*/}
                [ "$fd" -gt 2 ] && eval "exec $fd>&-"
            done
            exec "$@"
            """
        return ["/bin/bash", "-c", closeInherited, "bash"] + command
    }

    /// Whether the program `name` is on the `PATH`.
    static func isInstalled(_ name: String) -> Bool {
        let path = IntegrationEnvironment.variables["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }
}
