import Foundation
import Testing

/// `Scripts/check_kubernetes.py` on the Kubernetes example as shipped, and on copies with one
/// thing broken that the example relies on, which it must name. (No Kubernetes cluster or
/// container engine is available to the tests; see docs/sharding.md.)
@Suite("Kubernetes example")
struct KubernetesExampleTests {
    /// The files the check reads, relative to the package root.
    static let files = [
        "Scripts/kubernetes/demodata-shards.yaml", "Scripts/kubernetes/demodata-merge.yaml",
        "Containerfile", "docs/sharding.md",
    ]

    func check(_ root: URL) async throws -> TestProcess.Result {
        try await ExternalCommand.run(
            program: "python3",
            [TestPackage.script("check_kubernetes.py").path, root.path])
    }

    @Test("the shipped YAML, Containerfile and docs/sharding.md agree on what the example needs")
    func shippedExamplePasses() async throws {
        let output = try await check(TestPackage.root)
        #expect(output.succeeded, "\(output)")
        #expect(
            output.outputText.hasPrefix(
                "OK: demodata-shards.yaml is an Indexed Job of 8 shards into /shared/huge-x100"),
            "\(output)")
    }

    @Test(
        "a broken copy fails with a line naming what is wrong",
        arguments: [
            (
                "Scripts/kubernetes/demodata-shards.yaml", "completions: 8", "completions: 7",
                "completions 7, parallelism 8 and the worker's shard count 8 must be equal"
            ),
            (
                "Scripts/kubernetes/demodata-shards.yaml", "completionMode: Indexed",
                "completionMode: NonIndexed", "completionMode is 'NonIndexed', not Indexed"
            ),
            (
                "Scripts/kubernetes/demodata-shards.yaml", "          resources:",
                "          env:\n            - { name: JOB_COMPLETION_INDEX, value: \"0\" }\n"
                    + "          resources:",
                "sets JOB_COMPLETION_INDEX, which must come from Kubernetes"
            ),
            (
                "Scripts/kubernetes/demodata-shards.yaml", "- \"8\"\n",
                "- \"8\"\n            - \"0\"\n",
                "not /demodata/Scripts/shard-worker.sh SHARED N -- OPTIONS"
            ),
            (
                "Scripts/kubernetes/demodata-merge.yaml", "claimName: demodata-shared",
                "claimName: scratch",
                "mounts claim scratch at /shared; the shards were written to claim demodata-shared"
            ),
            (
                "Scripts/kubernetes/demodata-merge.yaml", "/shared/huge-x100/shard-*-of-8",
                "/shared/huge-x100/shard-*-of-4", "does not merge /shared/huge-x100/shard-*-of-8"
            ),
            (
                "Scripts/kubernetes/demodata-merge.yaml", "image: registry.example.com/demodata",
                "image: registry.example.com/other",
                "runs image 'registry.example.com/other:latest'; docs/sharding.md builds and pushes"
            ),
            (
                "Containerfile", "COPY Scripts /demodata/Scripts", "COPY Scripts /opt/Scripts",
                "its last stage copies no Scripts to /demodata/Scripts"
            ),
        ])
    func brokenCopyFails(file: String, original: String, replacement: String, expected: String)
        async throws
    {
        let scratch = try TestDirectory(named: "kubernetes")
        defer { scratch.remove() }
        for name in Self.files {
            let destination = scratch.appending(name)
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: TestPackage.root.appending(path: name), to: destination)
        }
        let target = scratch.appending(file)
        let text = try String(contentsOf: target, encoding: .utf8)
        try #require(text.contains(original), "\(file) no longer contains \(original)")
        try Data(text.replacingOccurrences(of: original, with: replacement).utf8).write(to: target)

        let output = try await check(scratch.url)
        #expect(output.status == 1, "\(output)")
        #expect(
            output.outputText.split(separator: "\n").contains {
                $0.hasPrefix("FAIL ") && $0.contains(expected)
            }, "\(output)")
    }
}
