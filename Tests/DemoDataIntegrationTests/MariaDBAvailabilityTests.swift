import Foundation
import Testing

/// Makes a missing MariaDB visible: a failure in CI (`CI=true`), a loud warning elsewhere,
/// where the MySQL suite is skipped with the same message.
@Suite("MariaDB availability")
struct MariaDBAvailabilityTests {
    @Test("MariaDB is installed, as CI requires")
    func mariaDBIsInstalled() {
        guard !MariaDBServer.isInstalled else { return }
        if IntegrationEnvironment.isCI {
            Issue.record("CI=true and \(MariaDBServer.missingMessage)")
        } else {
            let warning = """

                ************************************************************************
                WARNING: skipping the MySQL and MariaDB integration tests:
                \(MariaDBServer.missingMessage).
                With CI=true this is a test failure.
                ************************************************************************

                """
            FileHandle.standardError.write(Data(warning.utf8))
        }
    }
}
