import Foundation
import Testing

/// Makes a missing PostgreSQL visible: a failure in CI (`CI=true`), a loud warning elsewhere,
/// where the PostgreSQL suite is skipped with the same message.
@Suite("PostgreSQL availability")
struct PostgresAvailabilityTests {
    @Test("PostgreSQL 15 is installed, as CI requires")
    func postgresIsInstalled() {
        guard !PostgresCluster.isInstalled else { return }
        if IntegrationEnvironment.isCI {
            Issue.record("CI=true and \(PostgresCluster.missingMessage)")
        } else {
            let warning = """

                ************************************************************************
                WARNING: skipping the PostgreSQL integration tests:
                \(PostgresCluster.missingMessage).
                With CI=true this is a test failure.
                ************************************************************************

                """
            FileHandle.standardError.write(Data(warning.utf8))
        }
    }
}
