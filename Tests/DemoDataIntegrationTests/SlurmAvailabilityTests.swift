import Testing

/// Makes a missing Slurm visible: a failure in CI (`CI=true`), a loud warning elsewhere, where
/// the Slurm suite is skipped with the same message.
@Suite("Slurm availability")
struct SlurmAvailabilityTests {
    @Test("Slurm and MUNGE are installed and the tests run as root, as CI requires")
    func slurmIsAvailable() {
        ServiceAvailability.report(
            available: SlurmCluster.isAvailable, skipped: "the Slurm integration test",
            missingMessage: SlurmCluster.missingMessage)
    }
}
