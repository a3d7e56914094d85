import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The seeded shuffles behind popularity, and the draws by rank and by weight.
@Suite struct RankOrderTests {
    @Test(arguments: [1, 2, 3, 10, 1000, 4097])
    func aShuffleIsABijection(count: Int) {
        let order = RankOrder(count: count, bits: 0x9E37_79B9_7F4A_7C15)
        let ranks = (0..<count).map(order.rank(of:))
        #expect(Set(ranks) == Set(0..<count))
        for index in 0..<count {
            #expect(order.index(of: order.rank(of: index)) == index)
        }
    }

    /// Above 2³² rows the products of the affine map need 128 bits.
    @Test func aShuffleOfMoreRowsThanFitThirtyTwoBitsStillInverts() {
        let count = 10_000_000_019
        let order = RankOrder(count: count, bits: 0x0123_4567_89AB_CDEF)
        for index in [0, 1, 12_345, 4_294_967_296, count - 1] {
            let rank = order.rank(of: index)
            #expect((0..<count).contains(rank))
            #expect(order.index(of: rank) == index)
        }
        #expect(order.rank(of: 0) != 0 || order.rank(of: 1) != 1)
    }

    @Test func popularityDrawsRanksAndItsSharesAddUpToOne() {
        let popularity = Popularity(count: 2000, power: 3, headPerMille: 10)
        #expect(popularity.head == 20)
        let total = (0..<2000).reduce(0.0) { $0 + popularity.share(ofRank: $1) }
        #expect(abs(total - 1) < 1e-9)
        // The head shares evenly; past it, shares fall with rank.
        #expect(popularity.share(ofRank: 0) == popularity.share(ofRank: 19))
        #expect(popularity.share(ofRank: 20) > popularity.share(ofRank: 1999))
        let source = RandomSource(seed: 7)
        for index in 0..<1000 {
            #expect((0..<2000).contains(popularity.draw(source.row(.invoices, index), 2)))
        }
        #expect(Popularity(count: 0, power: 2, headPerMille: 2).share(ofRank: 0) == 0)
        #expect(
            abs(Popularity(count: 100, power: 1, headPerMille: 0).share(ofRank: 50) - 0.01) < 1e-12)
    }

    @Test func weightTablesFindTheirIndexAndItsStartAtTheBoundaries() {
        let weights = WeightTable([3, 0, 5, 2])
        #expect(weights.total == 10)
        #expect((0..<10).map(weights.index(for:)) == [0, 0, 0, 2, 2, 2, 2, 2, 3, 3])
        #expect((0..<4).map(weights.start(of:)) == [0, 3, 3, 8])
    }
}
