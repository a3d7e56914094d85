import Testing

/// Loads archives into the programs users load them into, PostgreSQL 15 and SQLite, with
/// every constraint on, through the shipped scripts and pipes. The nested suites share one
/// `IntegrationFixture`: a large CSV and NDJSON archive and a throwaway PostgreSQL cluster.
@Suite("Loading archives", .integrationFixture, .timeLimit(.minutes(5)))
struct LoadingTests {}
