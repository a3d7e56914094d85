import Foundation

/// Runs `demodata` without root's privileges, so that permission bits apply to it: as an
/// ordinary user it runs as is; as root it runs as `nobody` through `setpriv`.
enum Unprivileged {
    /// The command prefix that drops privileges; nil when running as root without `setpriv`.
    static let prefix: [String]? = {
        guard getuid() == 0 else { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }()

    static var isAvailable: Bool { prefix != nil }

    /// Runs `demodata arguments` unprivileged (the binary must be reachable by `nobody`).
    static func run(_ arguments: [String]) async throws -> TestProcess.Result {
        guard let prefix else { throw TestFailure("cannot drop root's privileges: no setpriv") }
        let command = prefix + [TestPackage.binary.path] + arguments
        // A binary built for coverage writes its profile on exit; `nobody` cannot write it in
        // the package directory, and would say so on stderr.
        var environment = ProcessInfo.processInfo.environment
        environment["LLVM_PROFILE_FILE"] = "/dev/null"
        return try await TestProcess.run(
            URL(filePath: command[0]), Array(command.dropFirst()), environment: environment)
    }
}
