import DemoData
import Foundation

/// The figures of `demodata report` computed the plain way, from every row of the archive held
/// in memory by the tests' own reader (`TestArchive`): dictionaries keyed by id, sorts of whole
/// tables. Revenue is that of billed invoices (every status but draft and cancelled).
public struct ReportExpectation {
    public var revenueCents = 0
    public var invoices = 0
    public var billedInvoices = 0
    public var customers = 0
    public var products = 0
    /// Billed revenue and invoices by `YYYY-MM`.
    public var months: [String: (count: Int, cents: Int)] = [:]
    public var monthLabels: [String] = []
    /// Billed line totals and units (hundredths) by category name.
    public var categories: [String: (units: Int, cents: Int)] = [:]
    /// Customers and billed revenue by tier name.
    public var tiers: [String: (customers: Int, cents: Int)] = [:]
    /// Customers and billed revenue by state of the first primary billing address.
    public var states: [String: (customers: Int, cents: Int)] = [:]
    /// The ten best products as (sku, units, cents) and customers as (name, invoices, cents).
    public var topProducts: [(sku: String, units: Int, cents: Int)] = []
    public var topCustomers: [(name: String, invoices: Int, cents: Int)] = []
    public var basketSizes: [Int: Int] = [:]
    /// Open invoices and their totals by bucket: current, 1–30, 31–60, 61–90, over 90 days.
    public var ageing = [(count: Int, cents: Int)](repeating: (0, 0), count: 5)
    /// Customers by first billed order month, and of them those ordering `offset` months on.
    public var cohorts: [(month: String, customers: Int, active: [Int])] = []
    public var weekdays = [Int](repeating: 0, count: 7)
    public var hours = [Int](repeating: 0, count: 24)
    /// The SKUs of the 25 products furthest below their reorder point, and how many are at or
    /// below it.
    public var reorderSKUs: [String] = []
    public var reorderCount = 0

    public init(_ archive: TestArchive, asOf: String) throws {
        func column(_ table: Table, _ name: String) throws -> Int {
            try table.columns.firstIndex { $0.name == name }.unwrapped("no \(name)")
        }
        func value(_ row: [String?], _ table: Table, _ name: String) throws -> String {
            try row[try column(table, name)].unwrapped("\(table.name).\(name) is null")
        }
        func month(_ date: String) -> String { String(date.prefix(7)) }
        func monthNumber(_ text: String) -> Int {
            (Int(text.prefix(4)) ?? 0) * 12 + (Int(text.dropFirst(5).prefix(2)) ?? 1) - 1
        }
        func day(_ date: String) throws -> Int {
            try CivilDate(parsing: String(date.prefix(10))).unwrapped("\(date) is no date")
                .daysSinceEpoch
        }
        let asOfDay = try day(asOf)

        var tierName: [String: String] = [:]
        for row in try archive.rows(.customerTypes) {
            tierName[try value(row, .customerTypes, "id")] = try value(row, .customerTypes, "name")
        }
        var categoryName: [String: String] = [:]
        for row in try archive.rows(.productCategories) {
            categoryName[try value(row, .productCategories, "id")] = try value(
                row, .productCategories, "name")
        }
        var customerTier: [String: String] = [:]
        var customerName: [String: String] = [:]
        for row in try archive.rows(.customers) {
            let id = try value(row, .customers, "id")
            customerTier[id] = tierName[try value(row, .customers, "customer_type_id")]
            customerName[id] = try value(row, .customers, "name")
            customers += 1
            tiers[customerTier[id] ?? "", default: (0, 0)].customers += 1
        }
        var customerState: [String: String] = [:]
        for row in try archive.rows(.customerAddresses) {
            let table = Table.customerAddresses
            guard try value(row, table, "address_type") == "billing",
                ["true", "t"].contains(try value(row, table, "primary"))
            else { continue }
            let customer = try value(row, table, "customer_id")
            if customerState[customer] == nil {
                customerState[customer] = try value(row, table, "state")
            }
        }
        for state in Set(customerState.values) {
            states[state] = (0, 0)
        }
        for (_, state) in customerState {
            states[state, default: (0, 0)].customers += 1
        }
        var billed: Set<String> = []
        var customerCents: [String: (invoices: Int, cents: Int)] = [:]
        var customerMonths: [String: Set<Int>] = [:]
        var first = Int.max
        var last = Int.min
        for row in try archive.rows(.invoices) {
            let table = Table.invoices
            invoices += 1
            let status = try value(row, table, "status")
            let cents = try TestDecimal.cents(try value(row, table, "total"))
            let date = try value(row, table, "date")
            first = min(first, monthNumber(date))
            last = max(last, monthNumber(date))
            if status == "sent" || status == "overdue" {
                let late = asOfDay - (try day(try value(row, table, "due_date")))
                let bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4
                ageing[bucket].count += 1
                ageing[bucket].cents += cents
            }
            guard status != "draft", status != "cancelled" else { continue }
            billed.insert(try value(row, table, "id"))
            billedInvoices += 1
            revenueCents += cents
            months[month(date), default: (0, 0)].count += 1
            months[month(date), default: (0, 0)].cents += cents
            // 1970-01-01 was a Thursday.
            weekdays[(try day(date) + 4) % 7] += 1
            let hour = try value(row, table, "created_at").dropFirst(11).prefix(2)
            hours[try Int(hour).unwrapped("\(hour) is no hour")] += 1
            let customer = try value(row, table, "customer_id")
            customerCents[customer, default: (0, 0)].invoices += 1
            customerCents[customer, default: (0, 0)].cents += cents
            customerMonths[customer, default: []].insert(monthNumber(date))
            tiers[customerTier[customer] ?? "", default: (0, 0)].cents += cents
            if let state = customerState[customer] {
                states[state, default: (0, 0)].cents += cents
            }
        }
        if first <= last {
            monthLabels = (first...last).map {
                String(format: "%04d-%02d", $0 / 12, $0 % 12 + 1)
            }
        }
        topCustomers = customerCents.sorted {
            $0.value.cents != $1.value.cents ? $0.value.cents > $1.value.cents : $0.key < $1.key
        }.prefix(10).map { (customerName[$0.key] ?? "", $0.value.invoices, $0.value.cents) }
        var sizes: [Int: Int] = [:]
        var active: [Int: [Int: Int]] = [:]
        for (_, orderMonths) in customerMonths {
            let start = orderMonths.min() ?? 0
            sizes[start, default: 0] += 1
            for month in orderMonths {
                active[start, default: [:]][month - start, default: 0] += 1
            }
        }
        cohorts = sizes.keys.sorted().map { start in
            (
                String(format: "%04d-%02d", start / 12, start % 12 + 1), sizes[start] ?? 0,
                (0..<(last - start + 1)).map { active[start]?[$0] ?? 0 }
            )
        }

        var productCategory: [String: String] = [:]
        var productSKU: [String: String] = [:]
        for row in try archive.rows(.products) {
            let id = try value(row, .products, "id")
            productCategory[id] = categoryName[try value(row, .products, "category_id")]
            productSKU[id] = try value(row, .products, "sku")
            products += 1
        }
        var productFigures: [String: (units: Int, cents: Int)] = [:]
        var lines: [String: Int] = [:]
        for row in try archive.rows(.invoiceLineItems) {
            let table = Table.invoiceLineItems
            let invoice = try value(row, table, "invoice_id")
            lines[invoice, default: 0] += 1
            guard billed.contains(invoice) else { continue }
            let product = try value(row, table, "product_id")
            let units = try TestDecimal.units(try value(row, table, "quantity"), scale: 2)
            let cents = try TestDecimal.cents(try value(row, table, "line_total"))
            productFigures[product, default: (0, 0)].units += units
            productFigures[product, default: (0, 0)].cents += cents
            let category = try productCategory[product].unwrapped("no product \(product)")
            categories[category, default: (0, 0)].units += units
            categories[category, default: (0, 0)].cents += cents
        }
        for (_, count) in lines {
            basketSizes[count, default: 0] += 1
        }
        topProducts = productFigures.sorted {
            $0.value.cents != $1.value.cents ? $0.value.cents > $1.value.cents : $0.key < $1.key
        }.prefix(10).map { (productSKU[$0.key] ?? "", $0.value.units, $0.value.cents) }

        var short: [(shortfall: Int, product: String)] = []
        for row in try archive.rows(.inventory) {
            let table = Table.inventory
            let stock = try Int(try value(row, table, "current_stock")).unwrapped("no stock")
            let point = try Int(try value(row, table, "reorder_point")).unwrapped("no point")
            guard stock <= point else { continue }
            short.append((point - stock, try value(row, table, "product_id")))
        }
        reorderCount = short.count
        reorderSKUs = short.sorted {
            $0.shortfall != $1.shortfall ? $0.shortfall > $1.shortfall : $0.product < $1.product
        }.prefix(25).map { productSKU[$0.product] ?? "" }
    }
}
