import DemoDataTestSupport
import Foundation
import Testing

/// The library's targets depend one way only: each may use only the targets before it in
/// `layers`, as `Package.swift` declares them (read with `swift package dump-package`) and as
/// each source file imports them.
struct TargetGraphTests {
    /// The layers, lowest first.
    static let layers = [
        "DemoDataCore", "DemoDataVocabulary", "DemoDataEngine", "DemoDataArchive",
        "DemoDataVerification", "DemoDataService", "DemoData",
    ]

    static let root = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The wrong-way dependencies in `graph` (target → the targets it uses).
    static func wrongWay(_ graph: [String: Set<String>]) -> [String] {
        var found: [String] = []
        for (target, uses) in graph {
            guard let level = layers.firstIndex(of: target) else { continue }
            for used in uses.sorted() {
                if let usedLevel = layers.firstIndex(of: used), usedLevel >= level {
                    found.append("\(target) → \(used)")
                }
            }
        }
        return found.sorted()
    }

    @Test func theManifestsDependenciesRunOneWay() async throws {
        let scratch = try TestDirectory()
        // A scratch path of its own: the test runs inside `swift test`, which holds .build.
        let result = try await TestProcess.run(
            program: "swift",
            [
                "package", "--package-path", Self.root.path, "--scratch-path", scratch.path,
                "dump-package",
            ])
        try #require(result.status == 0, "\(String(decoding: result.standardError, as: UTF8.self))")
        let object = try #require(
            try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        let targets = try #require(object["targets"] as? [[String: Any]])
        var graph: [String: Set<String>] = [:]
        for target in targets {
            guard let name = target["name"] as? String, Self.layers.contains(name) else { continue }
            let dependencies = target["dependencies"] as? [[String: Any]] ?? []
            graph[name] = Set(
                dependencies.compactMap { ($0["byName"] as? [Any])?.first as? String })
        }
        #expect(Set(graph.keys) == Set(Self.layers), "every layer is a target")
        #expect(Self.wrongWay(graph).isEmpty, "\(Self.wrongWay(graph))")
    }

    @Test func everySourceFileImportsOnlyLowerLayers() throws {
        var graph: [String: Set<String>] = [:]
        for layer in Self.layers {
            let folder = Self.root.appending(path: "Sources/\(layer)")
            let files = try #require(FileManager.default.enumerator(atPath: folder.path))
            for case let file as String in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appending(path: file), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ")
                    if let at = words.firstIndex(of: "import"), at + 1 < words.count,
                        words[..<at].allSatisfy({ $0.hasPrefix("@") })
                    {
                        graph[layer, default: []].insert(String(words[at + 1]))
                    }
                }
            }
            let readme = folder.appending(path: "README.md")
            #expect(
                FileManager.default.fileExists(atPath: readme.path), "\(layer) says its purpose")
        }
        #expect(Self.wrongWay(graph).isEmpty, "\(Self.wrongWay(graph))")
    }

    @Test func aWrongWayDependencyIsFound() {
        #expect(
            Self.wrongWay(["DemoDataEngine": ["DemoDataCore", "DemoDataArchive"]])
                == ["DemoDataEngine → DemoDataArchive"])
        #expect(
            Self.wrongWay(["DemoDataCore": ["DemoDataCore"]]) == ["DemoDataCore → DemoDataCore"])
    }
}
