import Testing

/// Makes a missing MariaDB visible: a failure in CI (`CI=true`), a loud warning elsewhere,
/// where the MySQL suite is skipped with the same message.
@Suite("MariaDB availability")
struct MariaDBAvailabilityTests {
    @Test("MariaDB is installed, as CI requires")
    func mariaDBIsInstalled() {
        ServiceAvailability.report(
            available: MariaDBServer.isInstalled,
            skipped: "the MySQL and MariaDB integration tests",
            missingMessage: MariaDBServer.missingMessage)
    }
}
