import CPlatform
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns SIGINT, SIGTERM, SIGHUP and SIGQUIT into a call to an action on a thread of its own,
/// instead of killing the process, so a command can remove its temporary files before it
/// exits (with status 130). SIGPIPE is ignored: a write to a closed pipe fails with EPIPE and
/// the command decides what that means. A signal the process was started with ignored
/// (`nohup`, a shell's `trap '' INT`) stays ignored.
///
/// The trap is installed first thing in `main`, before the command line is read, so that no
/// signal meets the default action (143, 129, 131 instead of 130). Until a command chooses
/// what a signal does, the first one ends the process at once with status 130: nothing has
/// been written yet.
///
/// The signal handler itself only records the signal and writes a byte to a pipe; the watcher
/// thread, blocked on that pipe, runs the action at once, whatever the other threads are doing.
final class SignalTrap: Sendable {
    /// The process's trap.
    static let shared = SignalTrap()

    /// What the first signal does. The watcher holds the lock while the action runs, so a
    /// command that replaces it knows that the previous action either has not run or has
    /// finished: one that ends the process never runs after a command started writing.
    private let action = Mutex<@Sendable () -> Void>(SignalTrap.exitInterrupted)

    private init() {
        let descriptor = cplatform_trap_signals()
        guard descriptor >= 0 else { return }
        let watcher = Thread { [self] in
            // The action runs on a thread that does not block the signals: this one.
            cplatform_unblock_trapped_signals()
            var byte: UInt8 = 0
            while read(descriptor, &byte, 1) < 0 && errno == EINTR {}
            action.withLock { $0() }
        }
        watcher.name = "demodata-signals"
        watcher.start()
    }

    /// Installs the trap, if it is not installed yet.
    static func install() {
        _ = shared
    }

    /// Makes `action` what the first signal does, from now on. A signal that arrived earlier
    /// has already ended the process, or is seen by `caught`.
    func onSignal(_ action: @escaping @Sendable () -> Void) {
        self.action.withLock { $0 = action }
    }

    /// Whether a signal has been caught since the trap was installed.
    var caught: Bool { cplatform_caught_signal() != 0 }

    /// The action of commands that have nothing to clean up (and of every command before it
    /// starts work): end the process at once with status 130.
    @Sendable static func exitInterrupted() {
        Terminal.standardError.line("demodata: interrupted")
        _exit(130)
    }
}
