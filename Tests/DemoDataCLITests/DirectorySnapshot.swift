import Foundation

/// Every file of a flat directory with its bytes, to show that two archives are byte-identical
/// or that a directory was left untouched.
struct DirectorySnapshot: Equatable {
    let files: [String: Data]

    init(of directory: URL) throws {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            files[name] = try Data(contentsOf: directory.appending(path: name))
        }
        self.files = files
    }

    var names: [String] { files.keys.sorted() }

    /// The names of files that differ in content or exist in only one of the two snapshots.
    func differences(from other: DirectorySnapshot) -> [String] {
        Set(files.keys).union(other.files.keys).sorted().filter { files[$0] != other.files[$0] }
    }
}
