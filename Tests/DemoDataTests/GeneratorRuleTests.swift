import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The SPEC's business rules, checked on generated rows.
@Suite struct GeneratorRuleTests {
    let archive: GeneratedArchive
    let asOf = TestDates.asOfDate

    init() throws {
        archive = try GeneratedArchive(volume: .medium)
    }

    private func day(_ value: Any?) throws -> Int {
        let text = try #require(value as? String)
        return try #require(CivilDate(parsing: String(text.prefix(10)))).daysSinceEpoch
    }

    private func byID(_ rows: [[String: Any]]) -> [String: [String: Any]] {
        Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as? String ?? "", $0) })
    }

    @Test func rowCountsMatchTheVolume() throws {
        let counts = Dictionary(
            uniqueKeysWithValues: archive.manifest.tables.map { ($0.name, $0.rows) })
        #expect(counts["customer_types"] == 4)
        #expect(counts["product_categories"] == 5)
        #expect(counts["customers"] == 100)
        #expect(counts["products"] == 500)
        #expect(counts["inventory"] == 500)
        #expect(counts["invoices"] == 300)
        for table in Table.allCases {
            #expect(try archive.rows(table).count == counts[table.name])
        }
    }

    @Test func keysAreUniqueAndForeignKeysResolve() throws {
        var ids: [Table: Set<String>] = [:]
        for table in Table.allCases {
            let rows = try archive.rows(table)
            let tableIDs = Set(rows.compactMap { $0["id"] as? String })
            #expect(tableIDs.count == rows.count, "ids of \(table.name) are unique")
            ids[table] = tableIDs
            for column in table.columns {
                let values = rows.map { $0[column.name] }
                #expect(values.count == rows.count)
                if column.unique {
                    let distinct = Set(values.compactMap { $0 as? String })
                    #expect(distinct.count == rows.count, "\(table.name).\(column.name) unique")
                }
                if let parent = column.references {
                    for value in values {
                        #expect(ids[parent]?.contains(value as? String ?? "") == true)
                    }
                }
                if !column.nullable {
                    #expect(values.allSatisfy { !($0 is NSNull) }, "\(column.name) not null")
                }
            }
        }
    }

    @Test func everyCustomerHasOnePrimaryBillingAddressFirst() throws {
        let addresses = try archive.rows(.customerAddresses)
        var seen: [String: Int] = [:]
        for address in addresses {
            let customer = try #require(address["customer_id"] as? String)
            let position = seen[customer, default: 0]
            seen[customer] = position + 1
            let primary = try #require(address["primary"] as? Bool)
            #expect(primary == (position == 0))
            if primary {
                #expect(address["address_type"] as? String == "billing")
            }
            let state = try #require(address["state"] as? String)
            let postal = try #require(address["postal_code"] as? String)
            let zip = try #require(Int(postal))
            let ranges = try #require(USStates.all.first { $0.code == state }).zipPrefixes
            #expect(ranges.contains { $0.contains(zip / 100) })
        }
        #expect(seen.count == 100)
        #expect(seen.values.allSatisfy { (1...3).contains($0) })
    }

    @Test func customersHaveTierCreditLimitsAndReservedEmails() throws {
        let types = byID(try archive.rows(.customerTypes))
        for customer in try archive.rows(.customers) {
            let type = try #require(types[customer["customer_type_id"] as? String ?? ""])
            let multiplier = try TestDecimal.cents(type["credit_limit_multiplier"])
            let limit = try TestDecimal.cents(customer["credit_limit"])
            #expect((limit * 100) % (multiplier * 10_000) == 0)
            let base = limit * 100 / multiplier
            #expect((250_000...30_000_000).contains(base))
            let email = try #require(customer["email"] as? String)
            #expect(Domain.emailDomains.contains { email.hasSuffix("@" + $0) })
            #expect(try day(customer["created_at"]) <= asOf.daysSinceEpoch)
        }
    }

    @Test func productsCostLessThanTheirPriceAndInventoryIsConsistent() throws {
        let products = try archive.rows(.products)
        for product in products {
            let cost = try TestDecimal.cents(product["cost"])
            let price = try TestDecimal.cents(product["price"])
            #expect(cost < price)
            // cost = price ÷ a markup of 1.20 to 2.20, rounded half up to cents.
            #expect((120...220).contains { (price * 100 + $0 / 2) / $0 == cost })
        }
        let productIDs = Set(products.compactMap { $0["id"] as? String })
        let byProduct = byID(products)
        let inventory = try archive.rows(.inventory)
        #expect(Set(inventory.compactMap { $0["product_id"] as? String }) == productIDs)
        for row in inventory {
            let current = try #require(row["current_stock"] as? Int)
            let reserved = try #require(row["reserved_stock"] as? Int)
            #expect(0 <= reserved && reserved <= current)
            // Received after the product was created, by as-of, and not after it went inactive.
            let product = try #require(byProduct[row["product_id"] as? String ?? ""])
            let received = try day(row["last_received_date"])
            #expect(try day(product["created_at"]) <= received)
            #expect(received <= asOf.daysSinceEpoch)
            if product["active"] as? Bool == false {
                #expect(received <= (try day(product["updated_at"])))
            }
        }
    }

    @Test func invoicesAddUpAndHaveConsistentDatesAndStatuses() throws {
        let types = byID(try archive.rows(.customerTypes))
        let customers = byID(try archive.rows(.customers))
        let products = byID(try archive.rows(.products))
        let categories = byID(try archive.rows(.productCategories))
        let places = USPlaces.shared
        var cityIndex: [String: Int] = [:]
        for (index, city) in places.cities.enumerated() {
            cityIndex[city.name + "|" + USStates.all[city.state].code] = index
        }
        var addresses: [String: (customer: String, city: Int, type: String)] = [:]
        for address in try archive.rows(.customerAddresses) {
            let key = (address["city"] as? String ?? "") + "|" + (address["state"] as? String ?? "")
            addresses[address["id"] as? String ?? ""] = (
                address["customer_id"] as? String ?? "", try #require(cityIndex[key]),
                address["address_type"] as? String ?? ""
            )
        }
        var lineTaxes: [String: Int] = [:]
        var lineTotals: [String: Int] = [:]
        var lineProducts: [String: Set<String>] = [:]
        let invoices = byID(try archive.rows(.invoices))
        for line in try archive.rows(.invoiceLineItems) {
            let invoiceID = try #require(line["invoice_id"] as? String)
            let invoice = try #require(invoices[invoiceID])
            let customer = try #require(customers[invoice["customer_id"] as? String ?? ""])
            let type = try #require(types[customer["customer_type_id"] as? String ?? ""])
            let productID = try #require(line["product_id"] as? String)
            let product = try #require(products[productID])
            let quantity = try TestDecimal.cents(line["quantity"])
            #expect(quantity % 100 == 0 && (100...2000).contains(quantity))
            let price = try TestDecimal.cents(line["unit_price"])
            #expect(price == (try TestDecimal.cents(product["price"])))
            let discount = try TestDecimal.cents(line["discount_percentage"])
            #expect(discount == (try TestDecimal.cents(type["discount_percentage"])))
            let amount = try TestDecimal.cents(line["discount_amount"])
            #expect(amount == (quantity / 100 * price * discount + 5000) / 10000)
            let total = try TestDecimal.cents(line["line_total"])
            #expect(total == quantity / 100 * price - amount)
            lineTotals[invoiceID, default: 0] += total
            // The line's tax: at most the line total at the invoice's rate (clothing may be
            // exempt in part or in full), exactly that for anything else.
            let tax = try TestDecimal.cents(line["tax_amount"])
            let rate = try TestDecimal.units(invoice["tax_rate"] as? String ?? "", scale: 3)
            let full = (total * rate + 50_000) / 100_000
            let category = categories[product["category_id"] as? String ?? ""]?["name"] as? String
            if category == "Clothing" {
                #expect(tax <= full)
            } else {
                #expect(tax == full)
            }
            lineTaxes[invoiceID, default: 0] += tax
            #expect(lineProducts[invoiceID, default: []].insert(productID).inserted)
        }
        let today = asOf.daysSinceEpoch
        for (id, invoice) in invoices {
            let subtotal = try TestDecimal.cents(invoice["subtotal"])
            #expect(subtotal == lineTotals[id])
            let customerID = try #require(invoice["customer_id"] as? String)
            let shipTo = try #require(addresses[invoice["shipping_address_id"] as? String ?? ""])
            #expect(shipTo.customer == customerID && shipTo.type != "mailing")
            let rate = try TestDecimal.units(invoice["tax_rate"] as? String ?? "", scale: 3)
            let notes = customers[customerID]?["notes"] as? String ?? ""
            let exempt = notes.contains("Tax-exempt")
            let date = try day(invoice["date"])
            #expect(
                rate == (exempt ? 0 : SalesTax.shared.rateThousandths(city: shipTo.city, day: date))
            )
            let tax = try TestDecimal.cents(invoice["tax_amount"])
            #expect(tax == lineTaxes[id, default: 0])
            #expect(try TestDecimal.cents(invoice["total"]) == subtotal + tax)
            let due = try day(invoice["due_date"])
            let first = try #require(CivilDate(year: asOf.year - 3, month: 1, day: 1))
            #expect((first.daysSinceEpoch...today).contains(date))
            #expect(date >= (try day(customers[customerID]?["created_at"])))
            let terms = try #require(invoice["payment_terms"] as? String)
            let termIndex = try #require(Domain.paymentTermNames.firstIndex(of: terms))
            #expect(due == date + Domain.paymentTerms[termIndex].days)
            let status = try #require(invoice["status"] as? String)
            #expect(
                (status == "overdue") == (status != "paid" && status != "cancelled" && due < today))
            if status == "sent" { #expect(due >= today) }
            if status == "draft" { #expect(date > today - 30) }
            #expect((invoice["paid_at"] is String) == (status == "paid"))
            #expect((invoice["payment_method"] is String) == (status == "paid"))
            #expect(try day(invoice["updated_at"]) <= today)
        }
    }

    @Test func dataReadsAsRealAndIsSkewed() throws {
        let archive = try GeneratedArchive(volume: .large, threads: 2)
        var perProduct: [String: Int] = [:]
        let lines = try archive.rows(.invoiceLineItems)
        for line in lines {
            perProduct[line["product_id"] as? String ?? "", default: 0] += 1
        }
        // The top 1% of products (20 of 2000) sell far more than 1% of lines.
        let top = perProduct.values.sorted(by: >).prefix(20).reduce(0, +)
        #expect(top * 100 > lines.count * 10)
        var perCustomer: [String: Int] = [:]
        let invoices = try archive.rows(.invoices)
        for invoice in invoices {
            perCustomer[invoice["customer_id"] as? String ?? "", default: 0] += 1
        }
        let topCustomers = perCustomer.values.sorted(by: >).prefix(10).reduce(0, +)
        #expect(topCustomers * 100 > invoices.count * 5)
        let names = try archive.rows(.customers).compactMap { $0["name"] as? String }
        #expect(names.allSatisfy { $0.split(separator: " ").count >= 2 })
        #expect(!names.contains { $0.lowercased().contains("lorem") })
        let weekdays = invoices.compactMap {
            ($0["date"] as? String).flatMap(CivilDate.init(parsing:))
        }
        .map { CivilDate.weekday(daysSinceEpoch: $0.daysSinceEpoch) }
        let sundays = weekdays.filter { $0 == 0 }.count
        let wednesdays = weekdays.filter { $0 == 3 }.count
        #expect(wednesdays > sundays * 3)
    }
}
