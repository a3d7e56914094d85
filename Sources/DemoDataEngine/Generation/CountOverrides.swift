import DemoDataCore
import DemoDataVocabulary

/// Row counts of sized root tables that replace a volume's (`--count TABLE=N`, or
/// `--customers`, `--products` and `--invoices`). A count given here is the exact number of
/// rows, not multiplied by the scale; the children per parent (addresses per customer, lines
/// per invoice) stay the volume's.
public struct CountOverrides: Sendable, Hashable, Codable {
    private var counts: [Table: Int]

    public init(_ counts: [Table: Int] = [:]) {
        self.counts = counts
    }

    public init(customers: Int? = nil, products: Int? = nil, invoices: Int? = nil) {
        counts = [:]
        self.customers = customers
        self.products = products
        self.invoices = invoices
    }

    /// The count given for `table`, if any.
    public subscript(table: Table) -> Int? {
        get { counts[table] }
        set { counts[table] = newValue }
    }

    public var customers: Int? {
        get { self[.customers] }
        set { self[.customers] = newValue }
    }
    public var products: Int? {
        get { self[.products] }
        set { self[.products] = newValue }
    }
    public var invoices: Int? {
        get { self[.invoices] }
        set { self[.invoices] = newValue }
    }

    /// Whether no count is given.
    public var isEmpty: Bool { counts.isEmpty }

    /// The counts given, by table name, in load order.
    public var entries: [(name: String, count: Int)] {
        Table.allCases.compactMap { table in counts[table].map { (table.name, $0) } }
    }

    /// Decodes `{"customers": N, …}`, refusing a key that is not a sized root table.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: NamedCodingKey.self)
        counts = [:]
        for key in container.allKeys {
            guard let table = Table(name: key.stringValue), Table.sizedRoots.contains(table)
            else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription:
                        "\(key.stringValue) is not a table whose count can be given (one of "
                        + Table.sizedRoots.map(\.name).joined(separator: ", ") + ")")
            }
            counts[table] = try container.decode(Int.self, forKey: key)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: NamedCodingKey.self)
        for entry in entries {
            try container.encode(entry.count, forKey: NamedCodingKey(stringValue: entry.name))
        }
    }
}
