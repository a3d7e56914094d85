import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The random fields of every stream, from their one allocation (`RandomFields`): no two
/// fields of a stream's rows draw from the same id, except the overlap data version 2 shipped
/// with, which stays (changing it would change the data) and is listed here so that no other
/// joins it.
struct RandomFieldTests {
    /// Pairs of fields of one stream whose id ranges overlap.
    static func overlaps(_ allocations: [(name: String, first: UInt64, width: UInt64)])
        -> [String]
    {
        var found: [String] = []
        for (offset, field) in allocations.enumerated() {
            for other in allocations[(offset + 1)...]
            where other.first < field.first + field.width && field.first < other.first + other.width
            {
                found.append("\(field.name)/\(other.name)")
            }
        }
        return found
    }

    /// Overlaps kept on purpose: none (data version 2's quantity/description overlap of the
    /// line items is gone in data version 3).
    static let knownOverlaps: [RandomStream: [String]] = [:]

    @Test(arguments: RandomStream.allCases)
    func noTwoFieldsOfAStreamOverlap(stream: RandomStream) {
        let allocations = RandomFields.allocations(of: stream)
        #expect(Self.overlaps(allocations) == Self.knownOverlaps[stream, default: []])
    }

    @Test(arguments: RandomStream.allCases)
    func everyRowsIDIsItsFirstTwoIDs(stream: RandomStream) throws {
        let first = try #require(RandomFields.allocations(of: stream).first)
        #expect(first.name == "uuid" && first.first == RandomFields.uuid && first.width == 2)
    }

    private enum Colliding: UInt64, RandomFieldSet {
        case uuid = 0
        case wide = 2
        case inside = 5
        case after = 12
        var width: UInt64 { self == .wide ? 4 : self == .uuid ? 2 : 1 }
    }

    @Test func anOverlapIsFound() {
        #expect(Self.overlaps(Colliding.allocations) == ["wide/inside"])
        #expect(Colliding.wide[3] == 5)
    }

    @Test func streamsHaveDistinctIDs() {
        #expect(Set(RandomStream.allCases.map(\.rawValue)).count == RandomStream.allCases.count)
    }
}
