import Testing

/// Makes a missing PostgreSQL visible: a failure in CI (`CI=true`), a loud warning elsewhere,
/// where the PostgreSQL suite is skipped with the same message.
@Suite("PostgreSQL availability")
struct PostgresAvailabilityTests {
    @Test("PostgreSQL 15 is installed, as CI requires")
    func postgresIsInstalled() {
        ServiceAvailability.report(
            available: PostgresCluster.isInstalled, skipped: "the PostgreSQL integration tests",
            missingMessage: PostgresCluster.missingMessage)
    }
}
