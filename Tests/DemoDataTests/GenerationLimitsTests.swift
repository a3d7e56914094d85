import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The bounds a user's input is checked against, and the shard arithmetic that must hold for
/// any shard count within them and beyond.
@Suite struct GenerationLimitsTests {
    @Test func theCalendarsEndsAreTheEpochAndTheLastFourDigitDay() {
        #expect(CivilDate.epoch.description == "1970-01-01")
        #expect(CivilDate.epoch.daysSinceEpoch == 0)
        #expect(CivilDate.latest.description == "9999-12-31")
        #expect(CivilDate(daysSinceEpoch: CivilDate.latest.daysSinceEpoch + 1).year == 10_000)
    }

    @Test func asOfDatesLeaveRoomForTheLongestPaymentTerm() throws {
        let range = GenerationParameters.asOfRange
        #expect(range.lowerBound == CivilDate.epoch)
        #expect(range.upperBound.description == "9999-11-16")
        let longestTerm = try #require(Domain.paymentTerms.map(\.days).max())
        #expect(range.upperBound.daysSinceEpoch + longestTerm == CivilDate.latest.daysSinceEpoch)
    }

    @Test func theNumericRangesAreTheDocumentedOnes() {
        #expect(GenerationParameters.scaleRange == 1...1_000_000)
        #expect(Compression.gzip.levels == 1...9)
        #expect(Compression.zstd.levels == 1...19)
        #expect(GenerationParameters.threadRange == 1...1024)
    }

    @Test(arguments: [
        (Volume.small, 1, 100), (.medium, 1, 500), (.medium, 2, 1000), (.large, 1, 5000),
        (.huge, 3, 150_000),
    ])
    func theMostShardsAreTheMostRootsOfAnyTable(volume: Volume, scale: Int, expected: Int) {
        let parameters = GenerationParameters(
            volume: volume, scale: scale, asOf: GenerationParameters.asOfRange.lowerBound)
        #expect(parameters.maximumShardCount == expected)
        #expect(
            Table.allCases.allSatisfy { parameters.rootCount(of: $0) <= expected }
                && Table.allCases.contains { parameters.rootCount(of: $0) == expected })
    }

    @Test func shardRootsAreTheEvenSplitOfSmallTables() throws {
        // One shard would be the whole archive under another name.
        #expect(Shard(index: 0, count: 1) == nil)
        for count in 2...12 {
            for total in [0, 1, 5, 75, 300, 1001] {
                var next = 0
                for index in 0..<count {
                    let roots = try #require(Shard(index: index, count: count)).roots(of: total)
                    #expect(roots.lowerBound == total * index / count)
                    #expect(roots.lowerBound == next, "shards \(count) of \(total) leave a gap")
                    next = roots.upperBound
                }
                #expect(next == total, "shards \(count) of \(total) do not reach the end")
            }
        }
    }

    @Test func shardRootsNeverOverflow() throws {
        let last = try #require(Shard(index: Int.max - 1, count: Int.max))
        #expect(last.roots(of: Int.max) == (Int.max - 1)..<Int.max)
        #expect(last.roots(of: 50_000) == 49_999..<50_000)
        let first = try #require(Shard(index: 0, count: Int.max))
        #expect(first.roots(of: Int.max) == 0..<1)
        let middle = try #require(Shard(index: 1, count: 2))
        #expect(middle.roots(of: Int.max) == (Int.max / 2)..<Int.max)
    }
}
