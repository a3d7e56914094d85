import CPlatform
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns SIGINT, SIGTERM, SIGHUP and SIGQUIT into a call to a handler on a thread of its own,
/// instead of killing the process, so a command can remove its temporary files before it
/// exits (with status 130). SIGPIPE is ignored: a write to a closed pipe fails with EPIPE and
/// the command decides what that means.
///
/// The signal handler itself only records the signal and writes a byte to a pipe; the watcher
/// thread, blocked on that pipe, runs `handler` at once, whatever the other threads are doing.
final class SignalTrap: Sendable {
    /// Installs the trap; `handler` runs once, for the first signal.
    init(handler: @escaping @Sendable () -> Void) {
        let descriptor = cplatform_trap_signals()
        guard descriptor >= 0 else { return }
        let watcher = Thread {
            // The handler runs on a thread that does not block the signals: this one.
            cplatform_unblock_trapped_signals()
            var byte: UInt8 = 0
            while read(descriptor, &byte, 1) < 0 && errno == EINTR {}
            handler()
        }
        watcher.name = "demodata-signals"
        watcher.start()
    }

    /// A trap for commands that write no files (verify, stream): the first signal ends the
    /// process at once with status 130.
    static func exitingOnSignal() -> SignalTrap {
        SignalTrap {
            Terminal.standardError.line("demodata: interrupted")
            _exit(130)
        }
    }

    /// Whether a signal has been caught.
    var caught: Bool { cplatform_caught_signal() != 0 }
}
