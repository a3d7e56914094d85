import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns SIGINT and SIGTERM into a call to `handler` (once), instead of killing the process,
/// so a generation can remove its temporary files before it exits.
final class SignalTrap {
    private var sources: [any DispatchSourceSignal] = []

    init(_ signals: [Int32] = [SIGINT, SIGTERM], handler: @escaping @Sendable () -> Void) {
        // A reader that goes away (`generate --progress json 2>&1 | head`) must not kill the
        // process mid-run: writes to it fail instead, and the run finishes and cleans up.
        signal(SIGPIPE, SIG_IGN)
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: handler)
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources {
            source.cancel()
        }
    }
}
