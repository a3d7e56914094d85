import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

@Suite struct RandomSourceTests {
    let random = RandomSource(seed: 42)

    @Test func valuesAreAPureFunctionOfSeedStreamRowAndField() {
        let first = random.row(.customers, 17).bits(5)
        let again = RandomSource(seed: 42).row(.customers, 17).bits(5)
        #expect(first == again)
        #expect(random.row(.customers, 18).bits(5) != first)
        #expect(random.row(.products, 17).bits(5) != first)
        #expect(random.row(.customers, 17).bits(6) != first)
        #expect(RandomSource(seed: 43).row(.customers, 17).bits(5) != first)
    }

    @Test func belowStaysInRangeAndCoversIt() {
        var seen = Set<Int>()
        for index in 0..<2000 {
            let value = random.row(.invoices, index).below(7, 1)
            #expect((0..<7).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == 7)
        for index in 0..<200 {
            #expect((3...5).contains(random.row(.invoices, index).int(3...5, 2)))
        }
    }

    @Test func percentIsRoughlyTheRequestedShare() {
        let hits = (0..<10_000).filter { random.row(.customers, $0).percent(30, 3) }.count
        #expect((2700...3300).contains(hits))
    }

    @Test func skewedFavoursLowIndexes() {
        var counts = [Int](repeating: 0, count: 100)
        for index in 0..<20_000 {
            counts[random.row(.invoiceLineItems, index).skewed(100, power: 3, 9)] += 1
        }
        // u³: P(index < 1) = 0.01^(1/3) ≈ 21.5%, far above the uniform 1%.
        #expect(counts[0] > 3500 && counts[0] < 5000)
        #expect(counts[0] > counts[50] * 10)
        #expect(counts.allSatisfy { $0 >= 0 })
    }

    @Test func weightedFollowsTheWeights() {
        let table = WeightTable([70, 20, 10])
        var counts = [0, 0, 0]
        for index in 0..<10_000 {
            counts[random.row(.customers, index).weighted(table, 4)] += 1
        }
        #expect((6700...7300).contains(counts[0]))
        #expect((1700...2300).contains(counts[1]))
        #expect((800...1200).contains(counts[2]))
        #expect(WeightTable([0, 5]).index(for: 0) == 1)
    }

    @Test func uuidsCarryVersionEightAndTheRFCVariant() {
        let uuid = random.row(.customers, 1).uuid(0)
        #expect((uuid.high >> 12) & 0xf == 8)
        #expect(uuid.low >> 62 == 0b10)
        let buffer = ByteBuffer()
        buffer.appendUUID(uuid)
        let text = String(decoding: buffer.array, as: UTF8.self)
        #expect(text.count == 36)
        #expect(Array(text)[14] == "8")
        #expect(text.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
        #expect(text == text.lowercased())
    }
}
