import Testing

/// Makes the `IntegrationFixture` once for a whole suite, including its nested suites, and
/// tears it down afterwards, when the tests fail too: PostgreSQL is stopped, files removed.
struct IntegrationFixtureTrait: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(
        for test: Test, testCase: Test.Case?,
        performing function: @Sendable () async throws -> Void
    ) async throws {
        let fixture = try await IntegrationFixture.make()
        do {
            try await IntegrationFixture.$current.withValue(fixture) {
                try await function()
            }
        } catch {
            await fixture.tearDown()
            throw error
        }
        await fixture.tearDown()
    }
}

extension Trait where Self == IntegrationFixtureTrait {
    /// Shares one `IntegrationFixture` among the tests of the suite.
    static var integrationFixture: Self { Self() }
}
