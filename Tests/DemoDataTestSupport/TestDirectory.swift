import Foundation

/// A fresh directory under the system's temporary directory: the one temporary directory type
/// of the test suites. Made with `init()`, it is removed with everything in it when the value
/// is released; made with `init(named:)`, when `remove()` is called; `with` removes it after
/// the closure, on success and failure alike.
public final class TestDirectory: Sendable {
    public let url: URL
    private let removedOnRelease: Bool

    /// A directory removed when this value is released.
    public convenience init() throws {
        try self.init(named: "tests", removedOnRelease: true)
    }

    /// `demodata-<name>-<random>`, removed by `remove()`.
    public convenience init(named name: String) throws {
        try self.init(named: name, removedOnRelease: false)
    }

    private init(named name: String, removedOnRelease: Bool) throws {
        url = FileManager.default.temporaryDirectory.appending(
            path: "demodata-\(name)-\(UUID().uuidString)")
        self.removedOnRelease = removedOnRelease
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        if removedOnRelease {
            remove()
        }
    }

    /// Creates a directory, runs `body` with it, and removes it.
    public static func with<Result>(
        _ body: (TestDirectory) async throws -> Result
    ) async throws -> Result {
        let directory = try TestDirectory(named: "e2e")
        defer { directory.remove() }
        return try await body(directory)
    }

    /// The directory's path.
    public var path: String { url.path }

    /// The path of `name` inside the directory.
    public func path(_ name: String) -> String {
        url.appending(path: name).path
    }

    /// The path of `name` inside the directory.
    public func file(_ name: String) -> String {
        path(name)
    }

    /// The URL of `component` inside the directory.
    public func appending(_ component: String) -> URL {
        url.appending(path: component)
    }

    /// The names in the directory, sorted.
    public func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    /// The names in the directory left by an unfinished or replaced archive
    /// (`.NAME.demodata-tmp-RUN`, `.NAME.demodata-old-RUN`, `.NAME.demodata-lock`).
    public func leftovers() throws -> [String] {
        try contents().filter { $0.contains(".demodata-") }
    }

    /// Removes the directory and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
