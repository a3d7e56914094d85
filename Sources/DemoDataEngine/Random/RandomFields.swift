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

/// Every table's random fields, allocated in this one file.
package enum RandomFields {
    /// The id field of every stream.
    package static let uuid: UInt64 = 0

    /// The fields of each stream's rows (a stream's rows may be drawn by several types, such
    /// as `CustomerFacts` and `CustomerRows`: they share one set). Exhaustive, so a new stream
    /// cannot go without its set.
    package static func allocations(of stream: RandomStream) -> [(
        name: String, first: UInt64, width: UInt64
    )] {
        switch stream {
        case .customerTypes: CustomerTypeField.allocations
        case .productCategories: ProductCategoryField.allocations
        case .customers: CustomerField.allocations
        case .customerAddresses: CustomerAddressField.allocations
        case .products: ProductField.allocations
        case .inventory: InventoryField.allocations
        case .invoices: InvoiceField.allocations
        case .invoiceLineItems: InvoiceLineField.allocations
        }
    }
}

package enum CustomerTypeField: UInt64, RandomFieldSet {
    case uuid = 0
    package var width: UInt64 { 2 }
}

package enum ProductCategoryField: UInt64, RandomFieldSet {
    case uuid = 0
    package var width: UInt64 { 2 }
}

/// `CustomerFacts` (2–12), `CustomerRows` and `CustomerNotes` (20–39, 123).
package enum CustomerField: UInt64, RandomFieldSet {
    case uuid = 0
    case standing = 2
    case business = 3
    case createdDay = 4
    case createdTime = 5
    case status = 7
    case lastOrder = 8
    case terms = 9
    case taxExempt = 10
    case billingZIP = 11
    case addressCount = 12
    case gender = 20
    case givenName = 21
    case surname = 22
    case partner = 23
    case industry = 24
    case suffix = 25
    /// The style of a household's address, and the role of a business's.
    case emailStyle = 26
    case emailDomain = 27
    case areaCode = 28
    case phoneLine = 29
    case updated = 30
    case notes = 31
    case partnerSurname = 123

    package var width: UInt64 {
        switch self {
        case .uuid, .createdTime: 2
        case .notes: 9
        default: 1
        }
    }
}

/// `CustomerAddressRows`, drawn from each address's own row.
package enum CustomerAddressField: UInt64, RandomFieldSet {
    case uuid = 0
    case type = 2
    case number = 3
    case streetName = 4
    case suffix = 5
    case hasStreet2 = 6
    case unit = 7
    case unitNumber = 8
    case nearness = 9
    case zip = 10
    case active = 11
    case created = 12
    /// The ZIP within a nearby city.
    case cityZIP = 110

    package var width: UInt64 { self == .uuid ? 2 : 1 }
}

/// `ProductFacts` (2–9) and `ProductRows` (20–25).
package enum ProductField: UInt64, RandomFieldSet {
    case uuid = 0
    case price = 2
    case ending = 3
    case markup = 4
    case createdDay = 5
    case createdTime = 6
    case active = 8
    case inactiveDay = 9
    case firstSentence = 20
    case secondSentence = 21
    case weight = 22
    case updated = 24

    package var width: UInt64 {
        switch self {
        case .uuid, .createdTime, .updated: 2
        default: 1
        }
    }
}

package enum InventoryField: UInt64, RandomFieldSet {
    case uuid = 0
    case leadTime = 2
    case belowReorder = 3
    case current = 4
    case reserved = 5
    case location = 6
    case receivedDaysAgo = 7
    case receivedTime = 8
    case created = 10

    package var width: UInt64 { self == .uuid || self == .receivedTime ? 2 : 1 }
}

/// `InvoiceFacts` (2–47) and `InvoiceRows` (50–64).
package enum InvoiceField: UInt64, RandomFieldSet {
    case uuid = 0
    /// Rank, window and acceptance of up to eight candidate customers, three ids each.
    case customer = 2
    case founding = 26
    case lineCount = 27
    case createdTime = 28
    /// The day of up to eight candidates, then their acceptance.
    case dayCandidate = 30
    case dayAcceptance = 40
    case status = 50
    case overdue = 51
    case paidDay = 52
    case paidTime = 53
    case updated = 55
    case notes = 56

    package var width: UInt64 {
        switch self {
        case .uuid, .createdTime, .paidTime: 2
        case .customer: 24
        case .dayCandidate, .dayAcceptance: 8
        case .notes: 9
        default: 1
        }
    }
}

/// `InvoiceFacts`' lines and `InvoiceLineItemRows`, drawn from each line's own row.
package enum InvoiceLineField: UInt64, RandomFieldSet {
    case uuid = 0
    /// The quantity, and a second draw for the larger quantities.
    case quantity = 2
    case description = 3
    case note = 4
    case founding = 5
    /// Rank, spare and season of up to 24 candidate products, three ids each.
    case product = 10

    package var width: UInt64 {
        switch self {
        case .uuid, .quantity: 2
        case .product: 72
        default: 1
        }
    }
}
