extension ArchiveRules {
    enum ProductColumn {
        static let id = Table.products.columnIndex("id")
        static let category = Table.products.columnIndex("category_id")
        static let sku = Table.products.columnIndex("sku")
        static let price = Table.products.columnIndex("price")
        static let cost = Table.products.columnIndex("cost")
    }

    enum InventoryColumn {
        static let id = Table.inventory.columnIndex("id")
        static let product = Table.inventory.columnIndex("product_id")
        static let current = Table.inventory.columnIndex("current_stock")
        static let reserved = Table.inventory.columnIndex("reserved_stock")
        static let received = Table.inventory.columnIndex("last_received_date")
    }

    /// A product: its category exists, a unique sku, and cost < price = cost × a markup of
    /// 1.20–2.20 rounded half up to cents.
    func checkProduct(_ row: RowFields, line: Int) {
        guard row.valid(ProductColumn.id) else { return }
        let id = row.keys[ProductColumn.id]
        if let first = products[id] {
            finding(line, "id", repeatedID(id, firstLine: Int(first.line)))
            return
        }
        guard row.allValid else {
            products[id] = ProductFact(priceCents: -1, line: line)
            return
        }
        let categoryID = row.keys[ProductColumn.category]
        if categories[categoryID] == nil, referenceBroken(to: .productCategories) {
            finding(
                line, "category_id", "\(categoryID.uuidText) is not the id of a product category")
        }
        let sku = row.bytes(ProductColumn.sku)
        unique(&skus, Key128(hashing: sku), line: line, column: "sku", row.text(ProductColumn.sku))
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

    /// An inventory row: its product exists and has no other inventory row; 0 ≤ reserved ≤
    /// current; received within the 90 days up to as-of.
    func checkInventory(_ row: RowFields, line: Int) {
        if row.valid(InventoryColumn.id) {
            let id = row.keys[InventoryColumn.id]
            unique(&inventoryIDs, id, line: line, column: "id", id.uuidText)
        }
        guard row.valid(InventoryColumn.product) else { return }
        let productID = row.keys[InventoryColumn.product]
        if let product = products[productID] {
            if product.inventoryLine > 0 {
                finding(
                    line, "product_id",
                    "\(productID.uuidText) is not unique: line \(product.inventoryLine) has it too")
            } else {
                products[productID]?.inventoryLine = Int32(clamping: line)
            }
        } else if row.allValid, referenceBroken(to: .products) {
            finding(line, "product_id", "\(productID.uuidText) is not the id of a product")
        }
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
