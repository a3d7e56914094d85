/// The checks that span rows and tables: unique keys, foreign keys and the business rules of
/// the SPEC, applied to each row as the table files stream past in load order.
///
/// Memory: the rules keep a few facts per row of the parent tables only, keyed by the row's
/// 128-bit id (16 bytes, never a `String`): tiers and categories; per customer its tier
/// discount, creation day, address count and billing tax (`CustomerFact`); per product its
/// price and inventory line (`ProductFact`); per invoice its subtotal, discount and the running
/// sum of its line totals (`InvoiceFact`); and the 128-bit hash and line of every value of a
/// unique column (email, sku, invoice number) and of every address and inventory id. With the
/// hash tables' spare room that comes to about 120 bytes per customer, address, product,
/// inventory row and invoice: memory grows with those tables, linearly, and not at all with
/// invoice line items, whose checks need only their invoice's and product's facts and the
/// products of the invoice being read (line items arrive grouped by invoice). Their ids are
/// checked for repeats by `RepeatedIDCheck`, in bounded memory.
final class ArchiveRules {
    let log: FindingLog
    let asOf: AsOf
    /// What the manifest says was generated: volume, scale and shard decide the row counts.
    let parameters: GenerationParameters
    /// Whether the archive is one shard of several, so that references from a root table to
    /// rows of other shards cannot be resolved.
    let partial: Bool
    private(set) var file = ""
    private(set) var table = Table.customerTypes
    /// The file name of each table, for findings about parents made once their children are
    /// read.
    private(set) var files: [Table: String] = [:]
    /// The tables whose every row was read, so that a reference into them that does not
    /// resolve is a broken reference and not a consequence of an unreadable file.
    private(set) var readable: Set<Table> = []
    private(set) var rowCounts: [Table: Int] = [:]

    var tiers: [Key128: TierFact] = [:]
    var tierNames: [Int: Int] = [:]
    var priorities: [Int: Int] = [:]
    var categories: [Key128: Int] = [:]
    var categoryNames: [Int: Int] = [:]
    var sortOrders: [Int: Int] = [:]
    var customers: [Key128: CustomerFact] = [:]
    var emails: [Key128: Int32] = [:]
    var addressIDs: [Key128: Int32] = [:]
    var products: [Key128: ProductFact] = [:]
    var skus: [Key128: Int32] = [:]
    var inventoryIDs: [Key128: Int32] = [:]
    var invoices: [Key128: InvoiceFact] = [:]
    var invoiceNumbers: [Key128: Int32] = [:]
    /// The ids of line items, checked for repeats in bounded memory.
    var lineItemIDs: RepeatedIDCheck
    /// The invoice whose line items are being read, and the products seen on it so far.
    var lineGroup: Key128?
    var lineGroupProducts: Set<Key128> = []

    let states: [UInt16: USState]
    /// `city \0 state` of every known city, hashed.
    let cities: Set<Key128>
    var scratch: [UInt8] = []

    init(log: FindingLog, parameters: GenerationParameters, lineItemIDBudget: Int) {
        self.log = log
        self.parameters = parameters
        asOf = AsOf(parameters.asOf)
        partial = (parameters.shard?.count ?? 1) > 1
        lineItemIDs = RepeatedIDCheck(expectedRows: 0, budget: lineItemIDBudget)
        var states: [UInt16: USState] = [:]
        for state in USStates.all {
            let code = Array(state.code.utf8)
            states[UInt16(code[0]) << 8 | UInt16(code[1])] = state
        }
        self.states = states
        cities = Set(USCities.all.map { Key128(hashing: $0.name + "\u{0}" + $0.state) })
    }

    /// Starts the rows of `table`, read from `file`.
    func begin(_ table: Table, file: String, expectedRows: Int, lineItemIDBudget: Int) {
        self.table = table
        self.file = file
        files[table] = file
        // Room for the rows the manifest announces, so that the tables of facts are not
        // rehashed (and briefly held twice) as they grow; capped, as the manifest may lie.
        let room = min(max(0, expectedRows), 1 << 22)
        switch table {
        case .customers:
            customers.reserveCapacity(room)
            emails.reserveCapacity(room)
        case .customerAddresses: addressIDs.reserveCapacity(room)
        case .products:
            products.reserveCapacity(room)
            skus.reserveCapacity(room)
        case .inventory: inventoryIDs.reserveCapacity(room)
        case .invoices:
            invoices.reserveCapacity(room)
            invoiceNumbers.reserveCapacity(room)
        case .invoiceLineItems:
            // The manifest may claim any count: plan the passes for at most as many rows as
            // the parameters can give, so a lying count costs no extra reads.
            let most =
                parameters.roots(of: .invoiceLineItems).count
                * parameters.volume.lineItemsPerInvoice.upperBound
            lineItemIDs = RepeatedIDCheck(
                expectedRows: min(max(0, expectedRows), most), budget: lineItemIDBudget)
        case .customerTypes, .productCategories:
            break
        }
    }

    /// Ends the rows of the current table: `rows` were read, all of them when `complete`.
    func end(rows: Int, complete: Bool) {
        rowCounts[table] = rows
        if complete {
            readable.insert(table)
        }
    }

    /// Checks one row of the current table, whose columns have been checked (`row.validMask`).
    func check(_ row: RowFields, line: Int) {
        switch table {
        case .customerTypes: checkCustomerType(row, line: line)
        case .productCategories: checkProductCategory(row, line: line)
        case .customers: checkCustomer(row, line: line)
        case .customerAddresses: checkCustomerAddress(row, line: line)
        case .products: checkProduct(row, line: line)
        case .inventory: checkInventory(row, line: line)
        case .invoices: checkInvoice(row, line: line)
        case .invoiceLineItems: checkInvoiceLineItem(row, line: line)
        }
    }

    func finding(_ line: Int, _ column: String?, _ message: String) {
        log.add(file, line, column, message)
    }

    /// Whether a reference from the current table to a row of `parent` that is not there is a
    /// broken foreign key. It is not when `parent` could not be read whole, nor, in a shard of
    /// several, when the row may belong to another shard (foundation tables are whole in shard
    /// 0 and absent from the others).
    func referenceBroken(to parent: Table) -> Bool {
        guard readable.contains(parent) else { return false }
        if partial && table.root != parent {
            return (parent == .customerTypes || parent == .productCategories)
                && rowCounts[parent, default: 0] > 0
        }
        return true
    }

    /// Records `key` of a unique column; reports it when an earlier line had it.
    func unique(
        _ seen: inout [Key128: Int32], _ key: Key128, line: Int, column: String,
        _ value: @autoclosure () -> String
    ) {
        if let first = seen[key] {
            finding(line, column, "\(value()) is not unique: line \(first) has it too")
        } else {
            seen[key] = Int32(clamping: line)
        }
    }

    /// The message for an id that an earlier line of the same table has.
    func repeatedID(_ key: Key128, firstLine: Int) -> String {
        "\(key.uuidText) is not unique: line \(firstLine) has it too"
    }

    /// Cents as money text, `12.50`.
    func money(_ cents: Int) -> String {
        ValueText.decimalText(cents)
    }
}
