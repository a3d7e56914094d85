import ArgumentParser

/// The database `demodata load` loads into, and what its loader needs on the PATH.
enum LoadTarget: String, CaseIterable, ExpressibleByArgument {
    case postgres
    case sqlite
    case duckdb
    case mysql

    /// Other names people give these databases, accepted in any case.
    static let aliases: [String: LoadTarget] = [
        "postgresql": .postgres, "psql": .postgres, "sqlite3": .sqlite, "mariadb": .mysql,
    ]

    init?(argument: String) {
        guard let target = ArgumentChoice.value(Self.self, argument, aliases: Self.aliases)
        else { return nil }
        self = target
    }

    /// The loader script's file name, in `PREFIX/libexec/demodata/` or the checkout's
    /// `Scripts/`.
    var script: String { "load-\(rawValue).sh" }

    /// The client programs the loader runs, any one of which will do, and the package that
    /// brings them on Debian and Ubuntu.
    var client: (programs: [String], package: String) {
        switch self {
        case .postgres: (["psql"], "postgresql-client")
        case .sqlite: (["sqlite3"], "sqlite3")
        case .duckdb: (["python3"], "python3")
        case .mysql: (["mariadb", "mysql"], "mariadb-client")
        }
    }
}
