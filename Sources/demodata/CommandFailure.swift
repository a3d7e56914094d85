import ArgumentParser
import DemoData

/// Turns library errors into a one-line message on stderr and the documented exit codes:
/// 1 for failures, 130 for interruption.
enum CommandFailure {
    @discardableResult
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw exitCode(for: error)
        }
    }

    /// The async form; `cleanup` runs before the message is printed on failure.
    static func reporting<T>(
        _ body: () async throws -> T, cleanup: () async -> Void = {}
    ) async throws -> T {
        do {
            return try await body()
        } catch {
            await cleanup()
            throw exitCode(for: error)
        }
    }

    /// Prints the message for `error` and returns the exit code to leave with.
    private static func exitCode(for error: any Error) -> ExitCode {
        switch error {
        case is CancellationError:
            Terminal.standardError.line(
                "demodata: interrupted; the unfinished archive was removed and any previous "
                    + "archive is intact")
            return ExitCode(130)
        case let error as ExitCode:
            return error
        default:
            Terminal.standardError.line("demodata: error: \(error)")
            return .failure
        }
    }
}
