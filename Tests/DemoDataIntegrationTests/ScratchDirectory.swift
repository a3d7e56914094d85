import Foundation

/// A fresh directory under the system's temporary directory, removed with `remove()`.
struct ScratchDirectory: Sendable {
    let url: URL

    /// Creates `demodata-<name>-<random>` in the temporary directory.
    init(named name: String) throws {
        url = FileManager.default.temporaryDirectory.appending(
            path: "demodata-\(name)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    func appending(_ component: String) -> URL {
        url.appending(path: component)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
