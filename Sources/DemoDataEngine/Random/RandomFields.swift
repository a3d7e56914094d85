import DemoDataCore
import DemoDataVocabulary

/// The random field ids of the rows of one stream, as an enumeration whose raw values are the
/// first id of each field: the compiler refuses two fields with one first id, and
/// `RandomFieldTests` refuses two whose ranges overlap.
///
/// A field's id never changes once data has been generated with it (every value drawn from it
/// would change); a new value takes a new field after the last one. Field `uuid` (ids 0 and 1)
/// is every row's id.
package protocol RandomFieldSet: CaseIterable, RawRepresentable, Sendable where RawValue == UInt64 {
    /// How many consecutive ids the field draws from (one unless it says more).
    var width: UInt64 { get }
}

extension RandomFieldSet {
    /// The field's first id.
    @inline(__always)
    package var id: UInt64 { rawValue }

    /// The id `offset` places into the field (`offset` < `width`).
    @inline(__always)
    package subscript(offset: Int) -> UInt64 {
        assert(offset >= 0 && UInt64(offset) < width, "field \(self) has \(width) ids")
        return rawValue &+ UInt64(truncatingIfNeeded: offset)
    }

    /// Every field as (name, first id, width), in id order.
    package static var allocations: [(name: String, first: UInt64, width: UInt64)] {
        allCases.map { ("\($0)", $0.rawValue, $0.width) }.sorted { $0.first < $1.first }
    }
}

/// Where random fields are allocated: each table's file declares its stream's field enum
/// (`CustomerField` in `Tables/CustomerTable.swift`), and the registry lists its allocations.
package enum RandomFields {
    /// The id field of every stream.
    package static let uuid: UInt64 = 0

    /// The fields of a stream's rows (a stream's rows may be drawn by several types, such as
    /// `CustomerFacts` and `CustomerRows`: they share one set), from the registry entry of the
    /// table whose stream it is.
    package static func allocations(of stream: RandomStream) -> [(
        name: String, first: UInt64, width: UInt64
    )] {
        Table.allCases.first { $0.spec.randomStream == stream }?.spec.randomFields ?? []
    }
}
