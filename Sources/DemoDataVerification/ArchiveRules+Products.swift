import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

extension ArchiveRules {
    package enum ProductColumn {
        package static let id = Table.products.columnIndex("id")
        package static let category = Table.products.columnIndex("category_id")
        package static let price = Table.products.columnIndex("price")
        package static let cost = Table.products.columnIndex("cost")
        package static let active = Table.products.columnIndex("active")
        package static let createdAt = Table.products.columnIndex("created_at")
        package static let updatedAt = Table.products.columnIndex("updated_at")
    }

    package enum InventoryColumn {
        package static let product = Table.inventory.columnIndex("product_id")
        package static let current = Table.inventory.columnIndex("current_stock")
        package static let reserved = Table.inventory.columnIndex("reserved_stock")
        package static let received = Table.inventory.columnIndex("last_received_date")
    }

    /// A product: cost < price, and cost = price ÷ a markup of 1.20–2.20 rounded half up to
    /// cents.
    package func checkProduct(_ row: RowFields, line: Int) {
        guard row.valid(ProductColumn.id) else { return }
        let id = row.keys[ProductColumn.id]
        guard row.allValid else {
            products[id] = SeenProduct(priceCents: -1, line: line)
            return
        }
        let price = row.numbers[ProductColumn.price]
        let cost = row.numbers[ProductColumn.cost]
        if cost >= price {
            finding(line, "price", "\(money(price)) is not above the cost \(money(cost))")
        } else if !Self.markupExists(costCents: cost, priceCents: price) {
            finding(
                line, "cost",
                "\(money(cost)) is not the price \(money(price)) divided by a markup of 1.20 to "
                    + "2.20, rounded to cents")
        }
        var fact = SeenProduct(priceCents: price, line: line)
        fact.createdMicros = row.numbers[ProductColumn.createdAt]
        fact.isClothing = clothingCategory.map { $0 == row.keys[ProductColumn.category] }
        if row.numbers[ProductColumn.active] == 0 {
            fact.inactiveMicros = row.numbers[ProductColumn.updatedAt]
        }
        products[id] = fact
    }

    /// Whether cost = round_half_up(price × 100 / m) for a whole m in 120...220, that is
    /// 2 × price × 100 + m ≥ 2 × cost × m and < 2 × (cost + 1) × m... checked for each m.
    package static func markupExists(costCents cost: Int, priceCents price: Int) -> Bool {
        guard cost > 0, price > 0 else { return false }
        return BusinessRules.markupHundredths.contains { markup in
            (price * 100 + markup / 2) / markup == cost
        }
    }

    /// An inventory row: 0 ≤ reserved ≤ current; last received on or before as-of, not
    /// before the day its product was created, and for an inactive product not after the day
    /// it went inactive.
    package func checkInventory(_ row: RowFields, line: Int) {
        guard row.allValid else { return }
        let current = row.numbers[InventoryColumn.current]
        let reserved = row.numbers[InventoryColumn.reserved]
        if reserved > current {
            finding(
                line, "reserved_stock", "\(reserved) is more than the current_stock \(current)")
        }
        let received = row.numbers[InventoryColumn.received]
        if received > asOf.day {
            finding(
                line, "last_received_date",
                ValueText.dateText(received) + " is after as-of " + asOf.text)
            return
        }
        guard let product = products[row.keys[InventoryColumn.product]] else { return }
        if product.createdMicros != Int.min,
            received < Self.day(ofMicros: product.createdMicros)
        {
            finding(
                line, "last_received_date",
                ValueText.dateText(received) + " is before its product was created, "
                    + ValueText.timestampText(product.createdMicros))
        } else if product.inactiveMicros != Int.max,
            received > Self.day(ofMicros: product.inactiveMicros)
        {
            finding(
                line, "last_received_date",
                ValueText.dateText(received) + " is after its product went inactive, "
                    + ValueText.timestampText(product.inactiveMicros))
        }
    }
}
