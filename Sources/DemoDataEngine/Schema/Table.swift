import DemoDataCore
import DemoDataVocabulary

/// The eight tables of an archive, in load order: parents before children.
public enum Table: String, CaseIterable, Sendable, Codable {
    case customerTypes = "customer_types"
    case productCategories = "product_categories"
    case customers
    case customerAddresses = "customer_addresses"
    case products
    case inventory
    case invoices
    case invoiceLineItems = "invoice_line_items"

    /// The table name, which is also the base of its file name.
    public var name: String { rawValue }

    /// The table whose rows carry this table's rows into a shard (itself for root tables).
    public var root: Table { spec.root }

    /// The columns of the table, in file order.
    public var columns: [Column] { spec.columns }

    /// About how many bytes of NDJSON one root of the table makes (its row and its children's).
    public var bytesPerRoot: Int { spec.bytesPerRoot }

    /// Looks a table up by its name, as written in manifests and on the command line.
    public init?(name: String) {
        self.init(rawValue: name)
    }
}
