import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// The business rules of the SPEC, applied to each row as the table files stream past in load
/// order, after `SchemaChecks` has checked the row's keys (ids, unique columns and references,
/// which the schema states and no rule here repeats).
///
/// Memory: the rules keep a few facts per row of the parent tables only, keyed by the row's
/// 128-bit id (16 bytes, never a `String`): tiers and categories; per customer its tier
/// discount, creation day, addresses and billing tax (`SeenCustomer`); per product its price
/// (`SeenProduct`); per invoice its subtotal, discount and the running sum of its line totals
/// (`SeenInvoice`). With the hash tables' spare room, and the schema checks' ids and unique
/// values, that comes to about 150 bytes per customer, address, product, inventory row and
/// invoice: memory grows with those tables, linearly, and not at all with invoice line items,
/// whose checks need only their invoice's and product's facts and the products of the invoice
/// being read (line items arrive grouped by invoice).
package final class ArchiveRules {
    package let log: FindingLog
    package let asOf: AsOf
    /// What the manifest says was generated: volume, scale and shard decide the row counts.
    package let parameters: GenerationParameters
    /// The keys, references and row counts that the schema states.
    package let schema: SchemaChecks
    /// Whether the archive is one shard of several.
    package var partial: Bool { schema.partial }
    package private(set) var table = Table.allCases[0]

    package var tiers: [Key128: SeenTier] = [:]
    package var priorities: [Int: Int] = [:]
    package var sortOrders: [Int: Int] = [:]
    package var customers: [Key128: SeenCustomer] = [:]
    package var products: [Key128: SeenProduct] = [:]
    package var invoices: [Key128: SeenInvoice] = [:]
    /// Addresses by id: whose they are and the city, for the invoices that ship to them.
    package var addresses: [Key128: SeenAddress] = [:]
    /// The id of the Clothing category, once read.
    package var clothingCategory: Key128?
    /// The invoice whose line items are being read, and the products seen on it so far.
    package var lineGroup: Key128?
    package var lineGroupProducts: Set<Key128> = []

    package let states: [UInt16: USState]
    /// `city \0 state` of every known city (with its index in the places), and
    /// `city \0 state \0 ZIP` of its ZIPs, hashed.
    package let cities: [Key128: Int32]
    package let cityZIPs: Set<Key128>
    package var scratch: [UInt8] = []

    package init(log: FindingLog, parameters: GenerationParameters, idBudget: Int) {
        self.log = log
        self.parameters = parameters
        asOf = AsOf(parameters.asOf)
        schema = SchemaChecks(log: log, parameters: parameters, idBudget: idBudget)
        var states: [UInt16: USState] = [:]
        for state in USStates.all {
            let code = Array(state.code.utf8)
            states[UInt16(code[0]) << 8 | UInt16(code[1])] = state
        }
        self.states = states
        let places = USPlaces.shared
        var cities: [Key128: Int32] = [:]
        var cityZIPs = Set<Key128>()
        for (index, city) in places.cities.enumerated() {
            let key = city.name + "\u{0}" + USStates.all[city.state].code
            cities[Key128(hashing: key)] = Int32(index)
            for zip in city.zips {
                let code = places.zips[zip].code
                let digits = String(String(code + 100_000).dropFirst())
                cityZIPs.insert(Key128(hashing: key + "\u{0}" + digits))
            }
        }
        self.cities = cities
        self.cityZIPs = cityZIPs
    }

    /// Starts the rows of `table`, read from `file`.
    package func begin(_ table: Table, file: String, expectedRows: Int) {
        self.table = table
        schema.begin(table, file: file, expectedRows: expectedRows)
        // Room for the rows the manifest announces, so that the tables of facts are not
        // rehashed (and briefly held twice) as they grow; capped, as the manifest may lie.
        let room = min(max(0, expectedRows), 1 << 22)
        if table == .customers {
            customers.reserveCapacity(room)
        } else if table == .products {
            products.reserveCapacity(room)
        } else if table == .invoices {
            invoices.reserveCapacity(room)
        }
    }

    /// Ends the rows of the current table: `rows` were read, all of them when `complete`.
    package func end(rows: Int, complete: Bool) {
        schema.end(rows: rows, complete: complete)
    }

    /// Checks one row of the current table, whose columns have been checked (`row.validMask`):
    /// its keys, then, unless its id repeats an earlier row's, its business rules.
    package func check(_ row: RowFields, line: Int) {
        guard schema.check(row, line: line) else { return }
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

    package func finding(_ line: Int, _ column: String?, _ message: String) {
        log.add(schema.file, line, column, message)
    }

    /// Cents as money text, `12.50`.
    package func money(_ cents: Int) -> String {
        ValueText.decimalText(cents)
    }
}
