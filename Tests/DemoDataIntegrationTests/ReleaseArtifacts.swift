import Foundation

/// What `Scripts/release.sh` built into `dist/`, made once for the release tests.
struct ReleaseArtifacts: Sendable {
    /// `DemoDataVersion.generator`, as `demodata --version` prints it.
    let version: String
    let tarball: URL
    let wheel: URL
    /// The image's name in podman's storage, when podman is installed.
    let image: String?

    /// The top directory of the tarball: `demodata-VERSION-linux-x86_64`.
    var tarballDirectory: String { "demodata-\(version)-linux-x86_64" }

    private static let once = Once<ReleaseArtifacts>()

    /// Runs `Scripts/release.sh` (once for all the tests) and finds what it wrote.
    static func built() async throws -> ReleaseArtifacts {
        try await once.value {
            let versionLine = try await TestProcess.run(
                try TestPackage.builtBinary(), ["--version"])
            let words = versionLine.outputText.split(separator: " ")
            guard words.count >= 2, words[0] == "demodata" else {
                throw TestFailure("unexpected demodata --version: \(versionLine)")
            }
            let version = String(words[1])
            let clock = ContinuousClock()
            let start = clock.now
            let release = try await TestProcess.run(
                URL(filePath: "/bin/bash"), [TestPackage.script("release.sh").path])
            guard release.status == 0 else {
                throw TestFailure("Scripts/release.sh failed: \(release)")
            }
            print("Scripts/release.sh took \(clock.now - start):\n\(release.errorText)")
            let dist = TestPackage.root.appending(path: "dist")
            let wheels = try FileManager.default.contentsOfDirectory(atPath: dist.path).filter {
                $0.hasPrefix("demodata-\(version)-py3-none-manylinux_") && $0.hasSuffix(".whl")
            }
            guard wheels.count == 1 else {
                throw TestFailure("expected one wheel of \(version) in dist/, found \(wheels)")
            }
            let podman = ReleaseEnvironment.executable("podman") != nil
            return ReleaseArtifacts(
                version: version,
                tarball: dist.appending(path: "demodata-\(version)-linux-x86_64.tar.gz"),
                wheel: dist.appending(path: wheels[0]),
                image: podman ? "localhost/demodata:\(version)" : nil)
        }
    }
}
