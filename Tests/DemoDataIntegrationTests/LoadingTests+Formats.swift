import DemoData
import Testing

extension LoadingTests {
    /// The NDJSON and CSV archives of one seed and as-of date hold the same rows and values.
    @Suite("NDJSON and CSV")
    struct Formats {
        @Test("Both archives list the same tables, row counts and columns")
        func manifestsAgree() throws {
            let fixture = try IntegrationFixture.required()
            let csv = fixture.csvManifest.tables
            let ndjson = fixture.ndjsonManifest.tables
            #expect(csv.map(\.name) == ndjson.map(\.name))
            #expect(csv.map(\.rows) == ndjson.map(\.rows))
            #expect(csv.map(\.columns) == ndjson.map(\.columns))
        }

        @Test("Every value, null included, is the same in both", arguments: Table.allCases)
        func sameValues(table: Table) throws {
            let fixture = try IntegrationFixture.required()
            let csv = try TestArchive(fixture.csvArchive).rows(table)
            let ndjson = try TestArchive(fixture.ndjsonArchive).rows(table)
            let entry = fixture.csvManifest.tables.first { $0.name == table.name }
            #expect(csv.count == entry?.rows)
            #expect(csv.count == ndjson.count)
            let mismatch = csv.indices.first { $0 >= ndjson.count || csv[$0] != ndjson[$0] }
            #expect(
                mismatch == nil,
                "row \(mismatch ?? 0): CSV \(mismatch.map { csv[$0] } ?? []) vs NDJSON \(mismatch.map { ndjson[$0] } ?? [])"
            )
            if table.columns.contains(where: \.nullable) {
                #expect(csv.contains { $0.contains(nil) }, "the nullable columns hold some nulls")
            }
        }
    }
}
