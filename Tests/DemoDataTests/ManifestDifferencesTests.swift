import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The refusal of an archive with other parameters names each difference, old → new.
@Suite struct ManifestDifferencesTests {
    private let asOf = TestDates.asOfDate

    @Test func everyParameterIsNamed() {
        let old = Manifest(parameters: GenerationParameters(asOf: asOf), tables: [])
        var parameters = GenerationParameters(
            volume: .large, scale: 2, seed: 7, asOf: CivilDate(daysSinceEpoch: 20_000),
            format: .csv, compression: .none, level: 9, shard: Shard(index: 0, count: 2),
            counts: CountOverrides(customers: 5, products: 20, invoices: 6))
        var new = Manifest(parameters: parameters, tables: [])
        new.mergedShards = 3
        new.dataVersion += 1
        new.formatVersion += 1
        new.generator = Manifest.Generator(name: "other", version: "9", zlib: nil)
        new.generator.zstd = "0.9"
        let differences = old.parameterDifferences(to: new)
        #expect(differences.contains("seed 42 → 7"))
        #expect(differences.contains("format ndjson → csv"))
        #expect(differences.contains("customers the volume's → 5"))
        #expect(differences.contains("shard none → 0/2"))
        #expect(differences.contains("merged_shards none → 3"))
        #expect(differences.contains("zstd none → 0.9"))
        #expect(differences.count == 18, "\(differences)")
        let full = Manifest(parameters: parameters, tables: [])
        parameters.subset = TableSubset(closing: [.customers])
        let subset = Manifest(parameters: parameters, tables: [])
        #expect(
            full.parameterDifferences(to: subset) == ["tables all → customer_types,customers"])
        #expect(old.parameterDifferences(to: old).isEmpty)
        parameters.counts = CountOverrides()
        #expect(Manifest(parameters: parameters, tables: []).counts == nil)
    }

    @Test func theGeneratorsRefusalNamesThemAndADamagedArchiveIsCalledSo() throws {
        let archive = try GeneratedArchive()
        var parameters = archive.parameters
        parameters.seed = 8
        #expect {
            try ArchiveGenerator(parameters: parameters, threads: 1)
                .writeArchive(to: archive.path, force: false)
        } throws: { error in
            "\(error)".contains("other parameters (seed 42 → 8); pass --force")
        }
        #expect {
            try ArchiveGenerator(parameters: archive.parameters, threads: 1)
                .writeArchive(to: archive.path, force: false)
        } throws: { error in
            "\(error)".contains("with these parameters whose files do not match")
        }
    }
}
