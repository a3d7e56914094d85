import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// The passes of `demodata report` over an archive, and the figures they add up.
///
/// Nothing in proportion to a table is held. The figures of one table are added up as its rows
/// stream past, in dictionaries keyed by what they report (month, tier, category, state,
/// bucket, weekday, hour), whose size the schema and the invoice history bound. The figures
/// that join tables — revenue by tier and state, the best customers and their cohorts by
/// customer; revenue by category and the best products by product — are computed by writing
/// one small fixed-size record per row to sorted runs on disk (`ReportRecordSorter`) and
/// merging the sorted runs of both sides. Line items follow their invoices in the files, so
/// they are matched with them by reading one spill file of the invoices in step.
package final class ReportComputation {
    package let reader: ReportTableReader
    private let directory: String
    private let runLength: Int

    package private(set) var invoices = 0
    package private(set) var billedInvoices = 0
    package private(set) var revenueCents = 0
    package private(set) var customers = 0
    package private(set) var products = 0
    package private(set) var monthBars: [ReportBar] = []
    package private(set) var categoryBars: [ReportBar] = []
    package private(set) var tierBars: [ReportBar] = []
    package private(set) var stateBars: [ReportBar] = []
    package private(set) var topProducts: [ReportProduct] = []
    package private(set) var topCustomers: [ReportCustomer] = []
    package private(set) var basketSizes: [Int] = []
    package private(set) var ageingBars: [ReportBar] = []
    package private(set) var cohortRows: [ReportCohort] = []
    package private(set) var weekdayBars: [ReportBar] = []
    package private(set) var hourBars: [ReportBar] = []
    package private(set) var reorderItems: [ReportReorderItem] = []
    package private(set) var reorderCount = 0

    /// The tier (its index in `Domain.customerTypeNames`) of each customer type, and the
    /// category (in `Domain.categoryNames`) of each product category: a few rows each.
    private var tierOfType: [Key128: Int] = [:]
    private var categoryOfKey: [Key128: Int] = [:]
    /// The states met, in order, and the index of each: two-letter codes.
    private var stateNames: [String] = []
    private var stateIndex: [String: Int] = [:]
    /// Billed invoices and revenue by invoice month (`year * 12 + month - 1`).
    private var monthCounts: [Int: (count: Int, cents: Int)] = [:]
    private var firstMonth = Int.max
    private var lastMonth = Int.min
    private var tierCustomers = [Int](repeating: 0, count: Domain.customerTypeNames.count)
    private var tierCents = [Int](repeating: 0, count: Domain.customerTypeNames.count)
    private var categoryCents = [Int](repeating: 0, count: Domain.categoryNames.count)
    private var categoryUnits = [Int](repeating: 0, count: Domain.categoryNames.count)
    private var stateCustomers: [Int] = []
    private var stateCents: [Int] = []
    private var ageingCounts = [Int](repeating: 0, count: ArchiveReport.ageingBuckets.count)
    private var ageingCents = [Int](repeating: 0, count: ArchiveReport.ageingBuckets.count)
    private var weekdayCounts = [Int](repeating: 0, count: 7)
    private var weekdayCents = [Int](repeating: 0, count: 7)
    private var hourCounts = [Int](repeating: 0, count: 24)
    private var hourCents = [Int](repeating: 0, count: 24)
    /// Customers by first-order month, and of them those who ordered `offset` months later.
    private var cohortSizes: [Int: Int] = [:]
    private var cohortActive: [Int: [Int: Int]] = [:]
    private var bestCustomers = TopList<BestCustomer>(limit: ArchiveReport.topLimit) {
        $0.cents != $1.cents ? $0.cents > $1.cents : $0.key < $1.key
    }
    private var bestProducts = TopList<BestProduct>(limit: ArchiveReport.topLimit) {
        $0.cents != $1.cents ? $0.cents > $1.cents : $0.key < $1.key
    }
    private var shortest = TopList<Shortage>(limit: ArchiveReport.reorderLimit) {
        $0.shortfall != $1.shortfall ? $0.shortfall > $1.shortfall : $0.key < $1.key
    }

    private struct BestCustomer {
        let key: Key128
        let tier: Int
        let state: Int
        let invoices: Int
        let cents: Int
    }

    private struct BestProduct {
        let key: Key128
        let category: Int
        let units: Int
        let cents: Int
    }

    private struct Shortage {
        let key: Key128
        let current: Int
        let reserved: Int
        let point: Int
        let quantity: Int
        let location: Int
        var shortfall: Int { point - current }
    }

    package init(reader: ReportTableReader, directory: String, runLength: Int) {
        self.reader = reader
        self.directory = directory
        self.runLength = runLength
    }

    /// Reads the archive and computes every figure.
    package func run() throws {
        let customerRuns = sorter("customers")
        let billingRuns = sorter("billing")
        let orderRuns = sorter("orders")
        let lineRuns = sorter("lines")
        let productRuns = sorter("products")
        try readTypesAndCategories()
        try readCustomers(into: customerRuns)
        try readAddresses(into: billingRuns)
        let statuses = try ReportRecordWriter(path: directory + "/invoices")
        try readInvoices(into: orderRuns, statuses: statuses)
        try statuses.flush()
        try readLineItems(statuses: ReportRecordReader(path: statuses.path), into: lineRuns)
        try readProducts(into: productRuns)
        try readInventory()
        try joinCustomers(customerRuns.sorted(), billingRuns.sorted(), orderRuns.sorted())
        try joinProducts(productRuns.sorted(), lineRuns.sorted())
        try nameCustomers()
        try nameProducts()
        makeBars()
    }

    private func sorter(_ name: String) -> ReportRecordSorter {
        ReportRecordSorter(directory: directory, name: name, runLength: runLength)
    }

    /// Adds without wrapping: a sum past 2^63 stays at the largest number.
    private static func add(_ sum: inout Int, _ value: Int) {
        let (result, overflow) = sum.addingReportingOverflow(value)
        sum = overflow ? (value < 0 ? .min : .max) : result
    }

    private static func month(ofDay day: Int) -> Int {
        let date = CivilDate(daysSinceEpoch: day)
        return date.year * 12 + date.month - 1
    }

    private static func monthText(_ month: Int) -> String {
        let number = month % 12 + 1
        return "\(month / 12)-" + (number < 10 ? "0" : "") + "\(number)"
    }

    // MARK: - The passes over the tables

    private func readTypesAndCategories() throws {
        let typeID = Table.customerTypes.columnIndex("id")
        let typeName = Table.customerTypes.columnIndex("name")
        try reader.rows(of: .customerTypes, reading: ["id", "name"]) { row in
            tierOfType[row.keys[typeID]] = row.numbers[typeName]
        }
        let categoryID = Table.productCategories.columnIndex("id")
        let categoryName = Table.productCategories.columnIndex("name")
        try reader.rows(of: .productCategories, reading: ["id", "name"]) { row in
            categoryOfKey[row.keys[categoryID]] = row.numbers[categoryName]
        }
    }

    private func readCustomers(into runs: ReportRecordSorter) throws {
        let id = Table.customers.columnIndex("id")
        let type = Table.customers.columnIndex("customer_type_id")
        try reader.rows(of: .customers, reading: ["id", "customer_type_id"]) { row in
            let tier = tierOfType[row.keys[type]] ?? -1
            customers += 1
            if tier >= 0 {
                tierCustomers[tier] += 1
            }
            try runs.add(ReportRecord(key: row.keys[id], first: tier, second: 0))
        }
    }

    /// The state of each customer's first primary billing address.
    private func readAddresses(into runs: ReportRecordSorter) throws {
        let customer = Table.customerAddresses.columnIndex("customer_id")
        let type = Table.customerAddresses.columnIndex("address_type")
        let state = Table.customerAddresses.columnIndex("state")
        let primary = Table.customerAddresses.columnIndex("primary")
        let billing = Domain.addressTypes.firstIndex(of: "billing") ?? -1
        var ordinal = 0
        try reader.rows(
            of: .customerAddresses, reading: ["customer_id", "address_type", "state", "primary"]
        ) { row in
            ordinal += 1
            guard row.numbers[type] == billing, row.numbers[primary] == 1 else { return }
            let code = row.text(state)
            let index: Int
            if let known = stateIndex[code] {
                index = known
            } else {
                index = stateNames.count
                stateIndex[code] = index
                stateNames.append(code)
                stateCustomers.append(0)
                stateCents.append(0)
            }
            try runs.add(ReportRecord(key: row.keys[customer], first: index, second: ordinal))
        }
    }

    private func readInvoices(into orders: ReportRecordSorter, statuses: ReportRecordWriter)
        throws
    {
        let table = Table.invoices
        let id = table.columnIndex("id")
        let customer = table.columnIndex("customer_id")
        let date = table.columnIndex("date")
        let due = table.columnIndex("due_date")
        let status = table.columnIndex("status")
        let total = table.columnIndex("total")
        let created = table.columnIndex("created_at")
        let asOf = reader.asOf.daysSinceEpoch
        try reader.rows(
            of: table,
            reading: ["id", "customer_id", "date", "due_date", "status", "total", "created_at"]
        ) { row in
            invoices += 1
            let state = row.numbers[status]
            let billed =
                state != Domain.InvoiceStatus.draft && state != Domain.InvoiceStatus.cancelled
            let month = Self.month(ofDay: row.numbers[date])
            firstMonth = min(firstMonth, month)
            lastMonth = max(lastMonth, month)
            let cents = row.numbers[total]
            try statuses.append(ReportRecord(key: row.keys[id], first: billed ? 1 : 0, second: 0))
            if state == Domain.InvoiceStatus.sent || state == Domain.InvoiceStatus.overdue {
                let late = asOf - row.numbers[due]
                let bucket = late <= 0 ? 0 : min(4, (late + 29) / 30)
                ageingCounts[bucket] += 1
                Self.add(&ageingCents[bucket], cents)
            }
            guard billed else { return }
            billedInvoices += 1
            Self.add(&revenueCents, cents)
            var figures = monthCounts[month] ?? (0, 0)
            figures.count += 1
            Self.add(&figures.cents, cents)
            monthCounts[month] = figures
            let weekday = CivilDate.weekday(daysSinceEpoch: row.numbers[date])
            weekdayCounts[weekday] += 1
            Self.add(&weekdayCents[weekday], cents)
            let microsPerHour = 3_600_000_000
            let hour = ((row.numbers[created] / microsPerHour) % 24 + 24) % 24
            hourCounts[hour] += 1
            Self.add(&hourCents[hour], cents)
            try orders.add(ReportRecord(key: row.keys[customer], first: cents, second: month))
        }
    }

    /// Line items come grouped by invoice in the invoices' order: each is matched with its
    /// invoice by reading the invoices' spill file in step.
    private func readLineItems(statuses: ReportRecordReader, into lines: ReportRecordSorter)
        throws
    {
        let table = Table.invoiceLineItems
        let invoice = table.columnIndex("invoice_id")
        let product = table.columnIndex("product_id")
        let quantity = table.columnIndex("quantity")
        let total = table.columnIndex("line_total")
        var current = try statuses.next()
        var basket = 0
        var unmatched = 0
        func close() {
            guard basket > 0 else { return }
            if basketSizes.count <= basket {
                basketSizes += [Int](repeating: 0, count: basket + 1 - basketSizes.count)
            }
            basketSizes[basket] += 1
            basket = 0
        }
        try reader.rows(
            of: table, reading: ["invoice_id", "product_id", "quantity", "line_total"]
        ) { row in
            let key = row.keys[invoice]
            if current?.key != key {
                close()
                while let status = current, status.key != key {
                    current = try statuses.next()
                }
            }
            guard let status = current else {
                unmatched += 1
                return
            }
            basket += 1
            if status.first == 1 {
                try lines.add(
                    ReportRecord(
                        key: row.keys[product], first: row.numbers[total],
                        second: row.numbers[quantity]))
            }
        }
        close()
        if unmatched > 0 {
            reader.note(
                "\(unmatched) line item(s) do not follow their invoice in the invoices' order "
                    + "and are left out of the figures; run demodata verify")
        }
    }

    private func readProducts(into runs: ReportRecordSorter) throws {
        let id = Table.products.columnIndex("id")
        let category = Table.products.columnIndex("category_id")
        try reader.rows(of: .products, reading: ["id", "category_id"]) { row in
            products += 1
            try runs.add(
                ReportRecord(
                    key: row.keys[id], first: categoryOfKey[row.keys[category]] ?? -1, second: 0))
        }
    }

    private func readInventory() throws {
        let table = Table.inventory
        let product = table.columnIndex("product_id")
        let current = table.columnIndex("current_stock")
        let reserved = table.columnIndex("reserved_stock")
        let point = table.columnIndex("reorder_point")
        let quantity = table.columnIndex("reorder_quantity")
        let location = table.columnIndex("location")
        try reader.rows(
            of: table,
            reading: [
                "product_id", "current_stock", "reserved_stock", "reorder_point",
                "reorder_quantity", "location",
            ]
        ) { row in
            guard row.numbers[current] <= row.numbers[point] else { return }
            reorderCount += 1
            shortest.offer(
                Shortage(
                    key: row.keys[product], current: row.numbers[current],
                    reserved: row.numbers[reserved], point: row.numbers[point],
                    quantity: row.numbers[quantity], location: row.numbers[location]))
        }
    }

    // MARK: - The joins of sorted runs

    /// Customers with the state of their billing address and their billed invoices, all
    /// sorted by customer id: tier and state revenue, the best customers and the cohorts.
    private func joinCustomers(
        _ customerRecords: ReportRecordMerge, _ billing: ReportRecordMerge,
        _ orders: ReportRecordMerge
    ) throws {
        var strayOrders = 0
        while let customer = try customerRecords.next() {
            while customerRecords.peek?.key == customer.key {
                _ = try customerRecords.next()
            }
            try billing.skip(before: customer.key)
            var state = -1
            if let address = billing.peek, address.key == customer.key {
                state = address.first
                while billing.peek?.key == customer.key {
                    _ = try billing.next()
                }
            }
            strayOrders += try orders.skip(before: customer.key)
            var cents = 0
            var count = 0
            var first = 0
            var previous = Int.min
            while let order = orders.peek, order.key == customer.key {
                _ = try orders.next()
                Self.add(&cents, order.first)
                count += 1
                // A customer's orders come by month: the first is the cohort, and each new
                // month counts once.
                if count == 1 {
                    first = order.second
                    cohortSizes[first, default: 0] += 1
                }
                if order.second != previous {
                    cohortActive[first, default: [:]][order.second - first, default: 0] += 1
                    previous = order.second
                }
            }
            if customer.first >= 0 {
                Self.add(&tierCents[customer.first], cents)
            }
            if state >= 0 {
                stateCustomers[state] += 1
                Self.add(&stateCents[state], cents)
            }
            if count > 0 {
                bestCustomers.offer(
                    BestCustomer(
                        key: customer.key, tier: customer.first, state: state, invoices: count,
                        cents: cents))
            }
        }
        while try orders.next() != nil {
            strayOrders += 1
        }
        if strayOrders > 0 {
            reader.note(
                "\(strayOrders) billed invoice(s) name a customer the customers table does not "
                    + "have and are left out of the figures by customer; run demodata verify")
        }
    }

    /// Products and their billed line items, both sorted by product id: category revenue and
    /// the best products.
    private func joinProducts(_ productRecords: ReportRecordMerge, _ lines: ReportRecordMerge)
        throws
    {
        var strayLines = 0
        while let product = try productRecords.next() {
            while productRecords.peek?.key == product.key {
                _ = try productRecords.next()
            }
            strayLines += try lines.skip(before: product.key)
            var cents = 0
            var units = 0
            while let line = lines.peek, line.key == product.key {
                _ = try lines.next()
                Self.add(&cents, line.first)
                Self.add(&units, line.second)
            }
            guard units > 0 else { continue }
            if product.first >= 0 {
                Self.add(&categoryCents[product.first], cents)
                Self.add(&categoryUnits[product.first], units)
            }
            bestProducts.offer(
                BestProduct(key: product.key, category: product.first, units: units, cents: cents))
        }
        while try lines.next() != nil {
            strayLines += 1
        }
        if strayLines > 0 {
            reader.note(
                "\(strayLines) billed line item(s) name a product the products table does not "
                    + "have and are left out of the figures by product; run demodata verify")
        }
    }

    // MARK: - Names for the lists

    private func nameCustomers() throws {
        let id = Table.customers.columnIndex("id")
        let name = Table.customers.columnIndex("name")
        var names: [Key128: String] = [:]
        for best in bestCustomers.elements {
            names[best.key] = ""
        }
        try reader.rows(of: .customers, reading: ["id", "name"]) { row in
            if names[row.keys[id]] != nil {
                names[row.keys[id]] = row.text(name)
            }
        }
        topCustomers = bestCustomers.elements.map {
            ReportCustomer(
                name: names[$0.key] ?? "",
                tier: $0.tier >= 0 ? Domain.customerTypeNames[$0.tier] : "",
                state: $0.state >= 0 ? stateNames[$0.state] : "", invoices: $0.invoices,
                cents: $0.cents)
        }
    }

    private func nameProducts() throws {
        let id = Table.products.columnIndex("id")
        let name = Table.products.columnIndex("name")
        let sku = Table.products.columnIndex("sku")
        var labels: [Key128: (sku: String, name: String)] = [:]
        for key in bestProducts.elements.map(\.key) + shortest.elements.map(\.key) {
            labels[key] = ("", "")
        }
        try reader.rows(of: .products, reading: ["id", "name", "sku"]) { row in
            if labels[row.keys[id]] != nil {
                labels[row.keys[id]] = (row.text(sku), row.text(name))
            }
        }
        topProducts = bestProducts.elements.map {
            ReportProduct(
                sku: labels[$0.key]?.sku ?? "", name: labels[$0.key]?.name ?? "",
                category: $0.category >= 0 ? Domain.categoryNames[$0.category] : "",
                units: $0.units, cents: $0.cents)
        }
        reorderItems = shortest.elements.map {
            ReportReorderItem(
                sku: labels[$0.key]?.sku ?? "", name: labels[$0.key]?.name ?? "",
                location: Domain.locations[$0.location], currentStock: $0.current,
                reservedStock: $0.reserved, reorderPoint: $0.point, reorderQuantity: $0.quantity)
        }
    }

    // MARK: - The bars

    private func makeBars() {
        if firstMonth <= lastMonth {
            monthBars = (firstMonth...lastMonth).map {
                let figures = monthCounts[$0] ?? (0, 0)
                return ReportBar(
                    label: Self.monthText($0), count: figures.count, cents: figures.cents)
            }
        }
        categoryBars = Domain.categoryNames.indices.map {
            ReportBar(
                label: Domain.categoryNames[$0], count: categoryUnits[$0],
                cents: categoryCents[$0])
        }
        .sorted { $0.cents != $1.cents ? $0.cents > $1.cents : $0.label < $1.label }
        tierBars = Domain.customerTypeNames.indices.map {
            ReportBar(
                label: Domain.customerTypeNames[$0], count: tierCustomers[$0],
                cents: tierCents[$0])
        }
        stateBars = stateNames.indices.map {
            ReportBar(label: stateNames[$0], count: stateCustomers[$0], cents: stateCents[$0])
        }
        .sorted { $0.cents != $1.cents ? $0.cents > $1.cents : $0.label < $1.label }
        ageingBars = ArchiveReport.ageingBuckets.indices.map {
            ReportBar(
                label: ArchiveReport.ageingBuckets[$0], count: ageingCounts[$0],
                cents: ageingCents[$0])
        }
        let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        weekdayBars = (0..<7).map {
            ReportBar(label: weekdayNames[$0], count: weekdayCounts[$0], cents: weekdayCents[$0])
        }
        hourBars = (0..<24).map {
            ReportBar(
                label: ($0 < 10 ? "0" : "") + "\($0)", count: hourCounts[$0],
                cents: hourCents[$0])
        }
        let span = firstMonth <= lastMonth ? lastMonth - firstMonth + 1 : 0
        cohortRows = cohortSizes.keys.sorted().map { month in
            let active = cohortActive[month] ?? [:]
            return ReportCohort(
                month: Self.monthText(month), customers: cohortSizes[month] ?? 0,
                active: (0..<max(0, span - (month - firstMonth))).map { active[$0] ?? 0 })
        }
    }
}
