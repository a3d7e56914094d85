import Foundation
import Synchronization

/// The temporary files and directories of a `demodata report` run, removed when a signal ends
/// it: the spill directory of the joins and the page's temporary file.
final class ReportCleanup: Sendable {
    private let paths = Mutex<[String]>([])

    /// Adds a file or directory to remove.
    func add(_ path: String) {
        paths.withLock { $0.append(path) }
    }

    /// Removes what was added (a directory with what is in it); what is gone already is fine.
    /// A directory is first renamed, so that a thread still spilling runs cannot add a file to
    /// it while it is being removed (which would leave it behind).
    func removeAll() {
        for path in paths.withLock({ $0 }) {
            let doomed = path + ".removing"
            if rename(path, doomed) == 0 {
                try? FileManager.default.removeItem(atPath: doomed)
            } else {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }
}
