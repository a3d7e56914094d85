import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

extension ArchiveRules {
    package enum CustomerColumn {
        package static let id = Table.customers.columnIndex("id")
        package static let type = Table.customers.columnIndex("customer_type_id")
        package static let email = Table.customers.columnIndex("email")
        package static let creditLimit = Table.customers.columnIndex("credit_limit")
        package static let notes = Table.customers.columnIndex("notes")
        package static let createdAt = Table.customers.columnIndex("created_at")
    }

    package enum AddressColumn {
        package static let id = Table.customerAddresses.columnIndex("id")
        package static let customer = Table.customerAddresses.columnIndex("customer_id")
        package static let type = Table.customerAddresses.columnIndex("address_type")
        package static let city = Table.customerAddresses.columnIndex("city")
        package static let state = Table.customerAddresses.columnIndex("state")
        package static let postalCode = Table.customerAddresses.columnIndex("postal_code")
        package static let country = Table.customerAddresses.columnIndex("country")
        package static let primary = Table.customerAddresses.columnIndex("primary")
    }

    /// A customer: an email at a reserved domain, and a credit limit of a base of 2,500–300,000
    /// in steps of 100 times the tier's multiplier. Notes that say "Tax-exempt" make the
    /// customer's invoices tax-free.
    package func checkCustomer(_ row: RowFields, line: Int) {
        guard row.valid(CustomerColumn.id) else { return }
        let id = row.keys[CustomerColumn.id]
        guard row.allValid else {
            var fact = SeenCustomer(line: line, discount: -1, createdDay: Int(Int32.min))
            fact.uncheckedAddresses = true
            customers[id] = fact
            return
        }
        let typeID = row.keys[CustomerColumn.type]
        let tier = tiers[typeID]
        let email = row.bytes(CustomerColumn.email)
        if !Self.isReservedEmail(email) {
            finding(
                line, "email",
                ValueText.quoted(email) + " is not an address at example.com, example.net or "
                    + "example.org")
        }
        let credit = row.numbers[CustomerColumn.creditLimit]
        if let multiplier = tier?.multiplier, multiplier > 0 {
            let base = credit / multiplier
            if credit % multiplier != 0 || base % BusinessRules.creditBaseStepDollars != 0
                || !BusinessRules.creditBaseDollars.contains(base)
            {
                finding(
                    line, "credit_limit",
                    "\(money(credit)) is not a base of 2,500 to 300,000 in steps of 100 times the "
                        + "tier's multiplier \(money(multiplier))")
            }
        }
        let createdDay = Self.day(ofMicros: row.numbers[CustomerColumn.createdAt])
        var fact = SeenCustomer(line: line, discount: tier?.discount ?? -1, createdDay: createdDay)
        fact.taxExempt = Self.saysTaxExempt(row.bytes(CustomerColumn.notes))
        customers[id] = fact
    }

    /// An address: a US state with a city and ZIP of that state; the customer's first address
    /// is its one primary address, of type billing.
    package func checkCustomerAddress(_ row: RowFields, line: Int) {
        guard row.valid(AddressColumn.customer) else { return }
        let customerID = row.keys[AddressColumn.customer]
        guard row.allValid else {
            // Counted, so that the customer's next address is not taken for its first.
            customers[customerID]?.addresses &+= 1
            customers[customerID]?.uncheckedAddresses = true
            return
        }
        if !row.equals(AddressColumn.country, Self.unitedStates) {
            finding(line, "country", row.text(AddressColumn.country) + " is not US")
        }
        let city = checkPlace(row, line: line).city
        if row.valid(AddressColumn.id) {
            addresses[row.keys[AddressColumn.id]] = SeenAddress(
                customer: customerID, city: city,
                receivesGoods: row.numbers[AddressColumn.type] != Domain.AddressType.mailing)
        }
        guard var customer = customers[customerID] else { return }
        let first = customer.addresses == 0
        customer.addresses &+= 1
        if row.numbers[AddressColumn.primary] == 1 {
            customer.primaries &+= 1
            if !first {
                finding(
                    line, "primary",
                    "the primary address is not the customer's first address (line "
                        + "\(line) is not the first address of customer \(customerID.uuidText))")
            }
            if row.numbers[AddressColumn.type] != 0 {
                finding(
                    line, "address_type",
                    row.text(AddressColumn.type) + " is the type of a primary address; it must "
                        + "be billing")
            }
        } else if first {
            finding(
                line, "primary",
                "the customer's first address is not its primary address")
        }
        customers[customerID] = customer
    }

    /// Checks state, city and ZIP code together: the city is one of the state's, and the ZIP
    /// a street-delivery ZIP of that city; returns the state when it is a known one, and the
    /// city's index in the places (-1 when it is not a known city).
    private func checkPlace(_ row: RowFields, line: Int) -> (state: USState?, city: Int32) {
        let code = row.bytes(AddressColumn.state)
        guard code.count == 2, let state = states[UInt16(code[0]) << 8 | UInt16(code[1])] else {
            finding(line, "state", ValueText.quoted(code) + " is not a USPS state code")
            return (nil, -1)
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: row.bytes(AddressColumn.city))
        scratch.append(0)
        scratch.append(contentsOf: code)
        guard let city = cities[scratch.withUnsafeBufferPointer { Key128(hashing: $0) }] else {
            finding(
                line, "city",
                row.text(AddressColumn.city) + " is not a city of \(state.code) that demodata "
                    + "knows")
            return (state, -1)
        }
        let zip = row.bytes(AddressColumn.postalCode)
        scratch.append(0)
        scratch.append(contentsOf: zip)
        if !cityZIPs.contains(scratch.withUnsafeBufferPointer { Key128(hashing: $0) }) {
            finding(
                line, "postal_code",
                ValueText.quoted(zip) + " is not a street-delivery ZIP code of "
                    + row.text(AddressColumn.city) + ", \(state.code)")
        }
        return (state, city)
    }

    /// Whether a customer's notes say it is tax-exempt.
    package static func saysTaxExempt(_ notes: UnsafeBufferPointer<UInt8>) -> Bool {
        let marker = taxExemptMarker
        guard notes.count >= marker.count else { return false }
        for start in 0...(notes.count - marker.count)
        where RowFields.same(
            UnsafeBufferPointer(rebasing: notes[start..<start + marker.count]), marker)
        {
            return true
        }
        return false
    }

    package static let taxExemptMarker = Array("Tax-exempt".utf8)
    package static let unitedStates = Array("US".utf8)
    package static let emailDomains = Domain.emailDomains.map { Array($0.utf8) }

    /// Whether `email` is `local@domain` with a non-empty local part without spaces and a
    /// domain reserved for documentation.
    package static func isReservedEmail(_ email: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let at = email.firstIndex(of: UInt8(ascii: "@")), at > 0 else { return false }
        for byte in email[..<at] where byte == 0x20 || byte == 0x09 || byte == 0x0a || byte == 0x0d
        {
            return false
        }
        let domain = UnsafeBufferPointer(rebasing: email[(at + 1)...])
        return emailDomains.contains { RowFields.same(domain, $0) }
    }

    /// The day of a moment in microseconds since 1970-01-01.
    package static func day(ofMicros micros: Int) -> Int {
        let perDay = Int(ValueText.microsPerDay)
        return micros >= 0 ? micros / perDay : (micros - perDay + 1) / perDay
    }
}
