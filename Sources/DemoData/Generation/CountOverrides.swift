/// Row counts of the root tables that replace a volume's: `--customers`, `--products` and
/// `--invoices`. A count given here is the exact number of rows, not multiplied by the scale;
/// the children per parent (addresses per customer, lines per invoice) stay the volume's.
public struct CountOverrides: Sendable, Hashable, Codable {
    public var customers: Int?
    public var products: Int?
    public var invoices: Int?

    public init(customers: Int? = nil, products: Int? = nil, invoices: Int? = nil) {
        self.customers = customers
        self.products = products
        self.invoices = invoices
    }

    /// Whether no count is overridden.
    public var isEmpty: Bool { customers == nil && products == nil && invoices == nil }

    /// The overridden counts by name, in the order customers, products, invoices.
    public var entries: [(name: String, count: Int)] {
        [("customers", customers), ("products", products), ("invoices", invoices)]
            .compactMap { name, count in count.map { (name, $0) } }
    }
}
