import Foundation
import Testing

/// Makes a missing Slurm visible: a failure in CI (`CI=true`), a loud warning elsewhere, where
/// the Slurm suite is skipped with the same message.
@Suite("Slurm availability")
struct SlurmAvailabilityTests {
    @Test("Slurm and MUNGE are installed and the tests run as root, as CI requires")
    func slurmIsAvailable() {
        guard !SlurmCluster.isAvailable else { return }
        if IntegrationEnvironment.isCI {
            Issue.record("CI=true and \(SlurmCluster.missingMessage)")
        } else {
            let warning = """

                ************************************************************************
                WARNING: skipping the Slurm integration test:
                \(SlurmCluster.missingMessage).
                With CI=true this is a test failure.
                ************************************************************************

                """
            FileHandle.standardError.write(Data(warning.utf8))
        }
    }
}
