import DemoDataCore
import DemoDataVocabulary

/// The registry: one entry per table, in load order.
extension TableSpec {
    package static let customerTypes = TableSpec(
        table: .customerTypes, noun: RowNoun("customer type", "customer types"),
        columns: Table.customerTypeColumns, root: .customerTypes,
        isFoundation: true, randomStream: .customerTypes, rootsPerChunk: 64, bytesPerRoot: 350,
        rootCount: .fixed(Domain.customerTypeNames.count),
        rowsPerRoot: nil,
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 2965, gzipPerTenThousand: 4570),
        csvSize: MeasuredSize(bytesPerRowTenths: 1948, gzipPerTenThousand: 6444),
        encodeNDJSON: { CustomerTypeRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { CustomerTypeRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { CustomerTypeRows(context: $0).encode(roots: $1, into: &$2) })

    package static let productCategories = TableSpec(
        table: .productCategories, noun: RowNoun("product category", "product categories"),
        columns: Table.productCategoryColumns,
        root: .productCategories, isFoundation: true, randomStream: .productCategories,
        rootsPerChunk: 64, bytesPerRoot: 350,
        rootCount: .fixed(Domain.categoryNames.count),
        rowsPerRoot: nil,
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 2352, gzipPerTenThousand: 5085),
        csvSize: MeasuredSize(bytesPerRowTenths: 1760, gzipPerTenThousand: 6398),
        encodeNDJSON: { ProductCategoryRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { ProductCategoryRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { ProductCategoryRows(context: $0).encode(roots: $1, into: &$2) })

    package static let customers = TableSpec(
        table: .customers, noun: RowNoun("customer", "customers"),
        columns: Table.customerColumns, root: .customers,
        isFoundation: false, randomStream: .customers, rootsPerChunk: 256, bytesPerRoot: 450,
        rootCount: .perVolume(small: 25, medium: 100, large: 1000, huge: 10000),
        rowsPerRoot: nil,
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 3680, gzipPerTenThousand: 2444),
        csvSize: MeasuredSize(bytesPerRowTenths: 2408, gzipPerTenThousand: 3448),
        encodeNDJSON: { CustomerRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { CustomerRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { CustomerRows(context: $0).encode(roots: $1, into: &$2) })

    package static let customerAddresses = TableSpec(
        table: .customerAddresses, noun: RowNoun("address", "addresses"),
        columns: Table.customerAddressColumns, root: .customers,
        isFoundation: false, randomStream: .customerAddresses, rootsPerChunk: 128,
        bytesPerRoot: 800, rootCount: nil,
        rowsPerRoot: { $0.addressesPerCustomer },
        meanRowsPerRootHundredths: { $0 == .small ? 156 : $0 == .medium ? 169 : 168 },
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 3120, gzipPerTenThousand: 2482),
        csvSize: MeasuredSize(bytesPerRowTenths: 1644, gzipPerTenThousand: 4265),
        encodeNDJSON: { CustomerAddressRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { CustomerAddressRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { CustomerAddressRows(context: $0).encode(roots: $1, into: &$2) })

    package static let products = TableSpec(
        table: .products, noun: RowNoun("product", "products"),
        columns: Table.productColumns, root: .products, isFoundation: false,
        randomStream: .products, rootsPerChunk: 256, bytesPerRoot: 600,
        rootCount: .perVolume(small: 100, medium: 500, large: 2000, huge: 20000),
        // Enough for the longest invoice, whose lines have distinct products.
        leastCount: { $0.lineItemsPerInvoice.upperBound },
        rowsPerRoot: nil,
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 4746, gzipPerTenThousand: 3149),
        csvSize: MeasuredSize(bytesPerRowTenths: 3506, gzipPerTenThousand: 3675),
        encodeNDJSON: { ProductRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { ProductRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { ProductRows(context: $0).encode(roots: $1, into: &$2) })

    package static let inventory = TableSpec(
        table: .inventory, noun: RowNoun("inventory row", "inventory rows"),
        columns: Table.inventoryColumns, root: .products,
        isFoundation: false, randomStream: .inventory, rootsPerChunk: 256, bytesPerRoot: 350,
        rootCount: nil,
        rowsPerRoot: nil,
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 3462, gzipPerTenThousand: 2298),
        csvSize: MeasuredSize(bytesPerRowTenths: 1632, gzipPerTenThousand: 4417),
        encodeNDJSON: { InventoryRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { InventoryRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { InventoryRows(context: $0).encode(roots: $1, into: &$2) })

    package static let invoices = TableSpec(
        table: .invoices, noun: RowNoun("invoice", "invoices"),
        columns: Table.invoiceColumns, root: .invoices, isFoundation: false,
        randomStream: .invoices, rootsPerChunk: 256, bytesPerRoot: 450,
        rootCount: .perVolume(small: 75, medium: 300, large: 5000, huge: 50000),
        rowsPerRoot: nil,
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 4107, gzipPerTenThousand: 2552),
        csvSize: MeasuredSize(bytesPerRowTenths: 2240, gzipPerTenThousand: 4107),
        encodeNDJSON: { InvoiceRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { InvoiceRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { InvoiceRows(context: $0).encode(roots: $1, into: &$2) })

    package static let invoiceLineItems = TableSpec(
        table: .invoiceLineItems, noun: RowNoun("line item", "line items"),
        columns: Table.invoiceLineItemColumns, root: .invoices,
        isFoundation: false, randomStream: .invoiceLineItems, rootsPerChunk: 64,
        bytesPerRoot: 2500, rootCount: nil,
        rowsPerRoot: { $0.lineItemsPerInvoice },
        meanRowsPerRootHundredths: { $0 == .small ? 228 : $0 == .medium ? 269 : 241 },
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 3600, gzipPerTenThousand: 2577),
        csvSize: MeasuredSize(bytesPerRowTenths: 2035, gzipPerTenThousand: 3968),
        encodeNDJSON: { InvoiceLineItemRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { InvoiceLineItemRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { InvoiceLineItemRows(context: $0).encode(roots: $1, into: &$2) })
}

extension Table {
    /// The table's registry entry.
    package var spec: TableSpec {
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
