import ArgumentParser
import DemoData

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns library errors into a one-line message on stderr and the documented exit codes:
/// 1 for failures, 130 for interruption, and a quiet 141 when standard output's reader has
/// gone (the status of a process that SIGPIPE ended, as `cat` ends in `cat | head`).
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
        case let error as StandardOutputError where error.readerHasGone:
            return ExitCode(128 + SIGPIPE)
        default:
            Terminal.standardError.line("demodata: error: \(error)")
            return .failure
        }
    }
}
