import Foundation
import Testing

/// How a missing system that integration tests need is made visible: a test failure in CI
/// (`CI=true`), a loud warning elsewhere, where its suite is skipped with the same message.
enum ServiceAvailability {
    /// Reports `missingMessage` when `available` is false; `skipped` names the tests skipped.
    static func report(available: Bool, skipped: String, missingMessage: String) {
        guard !available else { return }
        if IntegrationEnvironment.isCI {
            Issue.record("CI=true and \(missingMessage)")
        } else {
            let warning = """

                ************************************************************************
                WARNING: skipping \(skipped):
                \(missingMessage).
                With CI=true this is a test failure.
                ************************************************************************

                """
            FileHandle.standardError.write(Data(warning.utf8))
        }
    }
}
