extension ArchiveRules {
    enum ProductColumn {
        static let id = Table.products.columnIndex("id")
        static let price = Table.products.columnIndex("price")
        static let cost = Table.products.columnIndex("cost")
    }

    enum InventoryColumn {
        static let current = Table.inventory.columnIndex("current_stock")
        static let reserved = Table.inventory.columnIndex("reserved_stock")
        static let received = Table.inventory.columnIndex("last_received_date")
    }

    /// A product: cost < price = cost × a markup of 1.20–2.20 rounded half up to cents.
    func checkProduct(_ row: RowFields, line: Int) {
        guard row.valid(ProductColumn.id) else { return }
        let id = row.keys[ProductColumn.id]
        guard row.allValid else {
            products[id] = ProductFact(priceCents: -1, line: line)
            return
        }
        let price = row.numbers[ProductColumn.price]
        let cost = row.numbers[ProductColumn.cost]
        if cost >= price {
            finding(line, "price", "\(money(price)) is not above the cost \(money(cost))")
        } else if !Self.markupExists(costCents: cost, priceCents: price) {
            finding(
                line, "price",
                "\(money(price)) is not the cost \(money(cost)) times a markup of 1.20 to 2.20, "
                    + "rounded to cents")
        }
        products[id] = ProductFact(priceCents: price, line: line)
    }

    /// Whether price = round_half_up(cost × m / 100) for a whole m in 120...220, that is
    /// 100 × price − 50 ≤ cost × m < 100 × price + 50.
    static func markupExists(costCents cost: Int, priceCents price: Int) -> Bool {
        guard cost > 0 else { return false }
        let low = (100 * price - 50 + cost - 1) / cost
        let high = (100 * price + 50 + cost - 1) / cost - 1
        let markups = BusinessRules.markupHundredths
        return max(low, markups.lowerBound) <= min(high, markups.upperBound)
    }

    /// An inventory row: 0 ≤ reserved ≤ current; received within the 90 days up to as-of.
    func checkInventory(_ row: RowFields, line: Int) {
        guard row.allValid else { return }
        let current = row.numbers[InventoryColumn.current]
        let reserved = row.numbers[InventoryColumn.reserved]
        if reserved > current {
            finding(
                line, "reserved_stock", "\(reserved) is more than the current_stock \(current)")
        }
        let received = row.numbers[InventoryColumn.received]
        if received <= asOf.day - BusinessRules.receiptWindowDays {
            finding(
                line, "last_received_date",
                ValueText.dateText(received)
                    + " is more than \(BusinessRules.receiptWindowDays) days before as-of "
                    + asOf.text)
        }
    }
}
