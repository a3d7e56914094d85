/// The registry: one entry per table, in load order.
extension TableSpec {
    static let customerTypes = TableSpec(
        table: .customerTypes, columns: Table.customerTypeColumns, root: .customerTypes,
        isFoundation: true, randomStream: .customerTypes, rootsPerChunk: 64, bytesPerRoot: 350,
        rootCount: { _ in Domain.customerTypeNames.count },
        encodeNDJSON: { CustomerTypeRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { CustomerTypeRows(context: $0).encode(roots: $1, into: &$2) })

    static let productCategories = TableSpec(
        table: .productCategories, columns: Table.productCategoryColumns,
        root: .productCategories, isFoundation: true, randomStream: .productCategories,
        rootsPerChunk: 64, bytesPerRoot: 350,
        rootCount: { _ in Domain.categoryNames.count },
        encodeNDJSON: { ProductCategoryRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { ProductCategoryRows(context: $0).encode(roots: $1, into: &$2) })

    static let customers = TableSpec(
        table: .customers, columns: Table.customerColumns, root: .customers,
        isFoundation: false, randomStream: .customers, rootsPerChunk: 256, bytesPerRoot: 450,
        rootCount: { $0.customers },
        encodeNDJSON: { CustomerRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { CustomerRows(context: $0).encode(roots: $1, into: &$2) })

    static let customerAddresses = TableSpec(
        table: .customerAddresses, columns: Table.customerAddressColumns, root: .customers,
        isFoundation: false, randomStream: .customerAddresses, rootsPerChunk: 128,
        bytesPerRoot: 800, rootCount: nil,
        encodeNDJSON: { CustomerAddressRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { CustomerAddressRows(context: $0).encode(roots: $1, into: &$2) })

    static let products = TableSpec(
        table: .products, columns: Table.productColumns, root: .products, isFoundation: false,
        randomStream: .products, rootsPerChunk: 256, bytesPerRoot: 600,
        rootCount: { $0.products },
        encodeNDJSON: { ProductRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { ProductRows(context: $0).encode(roots: $1, into: &$2) })

    static let inventory = TableSpec(
        table: .inventory, columns: Table.inventoryColumns, root: .products,
        isFoundation: false, randomStream: .inventory, rootsPerChunk: 256, bytesPerRoot: 350,
        rootCount: nil,
        encodeNDJSON: { InventoryRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { InventoryRows(context: $0).encode(roots: $1, into: &$2) })

    static let invoices = TableSpec(
        table: .invoices, columns: Table.invoiceColumns, root: .invoices, isFoundation: false,
        randomStream: .invoices, rootsPerChunk: 256, bytesPerRoot: 450,
        rootCount: { $0.invoices },
        encodeNDJSON: { InvoiceRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { InvoiceRows(context: $0).encode(roots: $1, into: &$2) })

    static let invoiceLineItems = TableSpec(
        table: .invoiceLineItems, columns: Table.invoiceLineItemColumns, root: .invoices,
        isFoundation: false, randomStream: .invoiceLineItems, rootsPerChunk: 64,
        bytesPerRoot: 2500, rootCount: nil,
        encodeNDJSON: { InvoiceLineItemRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { InvoiceLineItemRows(context: $0).encode(roots: $1, into: &$2) })
}

extension Table {
    /// The table's registry entry.
    var spec: TableSpec {
        switch self {
        case .customerTypes: .customerTypes
        case .productCategories: .productCategories
        case .customers: .customers
        case .customerAddresses: .customerAddresses
        case .products: .products
        case .inventory: .inventory
        case .invoices: .invoices
        case .invoiceLineItems: .invoiceLineItems
        }
    }
}
