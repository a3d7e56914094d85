import Foundation

/// Runs a program to completion and captures what it writes: the one process runner of the
/// test suites (`Running` starts one for a test that acts on it while it works).
public enum TestProcess {
    /// Runs `executable` with `arguments` and waits for it to exit; the parameters are
    /// `Running.start`'s.
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
        in directory: URL? = nil, input: Data? = nil, standardOutput: FileHandle? = nil
    ) async throws -> Result {
        try await Running.start(
            executable, arguments, environment: environment, in: directory, input: input,
            standardOutput: standardOutput
        ).result().0
    }

    /// Runs the program `name` found on the `PATH`, as `run` does.
    public static func run(
        program name: String, _ arguments: [String], environment: [String: String]? = nil,
        in directory: URL? = nil, input: Data? = nil
    ) async throws -> Result {
        try await run(
            URL(filePath: "/usr/bin/env"), [name] + arguments, environment: environment,
            in: directory, input: input)
    }

    /// A process id that no running process has, for the run marker of a killed run.
    public static func deadProcessID() -> Int32 {
        var pid: Int32 = 999_999
        while kill(pid, 0) == 0 || errno == EPERM {
            pid += 1
        }
        return pid
    }
}
