import ArgumentParser
import DemoData

/// Turns library errors into a one-line message on stderr and the documented exit codes:
/// 1 for failures, 130 for interruption.
enum CommandFailure {
    @discardableResult
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch is CancellationError {
            Terminal.standardError.line("demodata: interrupted; nothing was written")
            throw ExitCode(130)
        } catch let error as ArchiveError {
            Terminal.standardError.line("demodata: error: \(error.description)")
            throw ExitCode.failure
        } catch let error as ZlibError {
            Terminal.standardError.line("demodata: error: \(error.description)")
            throw ExitCode.failure
        }
    }
}
