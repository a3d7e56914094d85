extension ArchiveRules {
    enum TypeColumn {
        static let id = Table.customerTypes.columnIndex("id")
        static let name = Table.customerTypes.columnIndex("name")
        static let multiplier = Table.customerTypes.columnIndex("credit_limit_multiplier")
        static let discount = Table.customerTypes.columnIndex("discount_percentage")
        static let priority = Table.customerTypes.columnIndex("priority_level")
    }

    enum CategoryColumn {
        static let id = Table.productCategories.columnIndex("id")
        static let name = Table.productCategories.columnIndex("name")
        static let sortOrder = Table.productCategories.columnIndex("sort_order")
    }

    /// A tier: unique name and priority, and the multiplier and discount the SPEC gives the
    /// name.
    func checkCustomerType(_ row: RowFields, line: Int) {
        guard row.valid(TypeColumn.id) else { return }
        let id = row.keys[TypeColumn.id]
        if let first = tiers[id] {
            finding(line, "id", repeatedID(id, firstLine: first.line))
            return
        }
        guard row.allValid else {
            tiers[id] = TierFact(multiplier: -1, discount: -1, line: line)
            return
        }
        let name = row.numbers[TypeColumn.name]
        let tierName = Domain.customerTypeNames[name]
        if let first = tierNames[name] {
            finding(line, "name", "\(tierName) is not unique: line \(first) has it too")
        }
        tierNames[name] = tierNames[name] ?? line
        let multiplier = row.numbers[TypeColumn.multiplier]
        let discount = row.numbers[TypeColumn.discount]
        if multiplier != Domain.tiers[name].creditMultiplierHundredths {
            finding(
                line, "credit_limit_multiplier",
                "\(money(multiplier)) is not the \(tierName) multiplier "
                    + money(Domain.tiers[name].creditMultiplierHundredths))
        }
        if discount != Domain.tiers[name].discountHundredths {
            finding(
                line, "discount_percentage",
                "\(money(discount)) is not the \(tierName) discount "
                    + money(Domain.tiers[name].discountHundredths))
        }
        let priority = row.numbers[TypeColumn.priority]
        if let first = priorities[priority] {
            finding(line, "priority_level", "\(priority) is not unique: line \(first) has it too")
        }
        priorities[priority] = priorities[priority] ?? line
        tiers[id] = TierFact(multiplier: multiplier, discount: discount, line: line)
    }

    /// A category: unique name and sort order.
    func checkProductCategory(_ row: RowFields, line: Int) {
        guard row.valid(CategoryColumn.id) else { return }
        let id = row.keys[CategoryColumn.id]
        if let first = categories[id] {
            finding(line, "id", repeatedID(id, firstLine: first))
            return
        }
        categories[id] = line
        guard row.allValid else { return }
        let name = row.numbers[CategoryColumn.name]
        if let first = categoryNames[name] {
            finding(
                line, "name",
                "\(Domain.categoryNames[name]) is not unique: line \(first) has it too")
        }
        categoryNames[name] = categoryNames[name] ?? line
        let order = row.numbers[CategoryColumn.sortOrder]
        if let first = sortOrders[order] {
            finding(line, "sort_order", "\(order) is not unique: line \(first) has it too")
        }
        sortOrders[order] = sortOrders[order] ?? line
    }
}
