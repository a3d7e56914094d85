import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

extension ArchiveRules {
    package enum TypeColumn {
        package static let id = Table.customerTypes.columnIndex("id")
        package static let name = Table.customerTypes.columnIndex("name")
        package static let multiplier = Table.customerTypes.columnIndex("credit_limit_multiplier")
        package static let discount = Table.customerTypes.columnIndex("discount_percentage")
        package static let priority = Table.customerTypes.columnIndex("priority_level")
    }

    package enum CategoryColumn {
        package static let id = Table.productCategories.columnIndex("id")
        package static let name = Table.productCategories.columnIndex("name")
        package static let sortOrder = Table.productCategories.columnIndex("sort_order")
    }

    /// A tier: the multiplier and discount the SPEC gives its name, and a unique priority.
    package func checkCustomerType(_ row: RowFields, line: Int) {
        guard row.valid(TypeColumn.id) else { return }
        let id = row.keys[TypeColumn.id]
        guard row.allValid else {
            tiers[id] = SeenTier(multiplier: -1, discount: -1, line: line)
            return
        }
        let name = row.numbers[TypeColumn.name]
        let tierName = Domain.customerTypeNames[name]
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
        tiers[id] = SeenTier(multiplier: multiplier, discount: discount, line: line)
    }

    /// A category: a unique sort order.
    package func checkProductCategory(_ row: RowFields, line: Int) {
        guard row.allValid else { return }
        if row.numbers[CategoryColumn.name] == Domain.clothing {
            clothingCategory = row.keys[CategoryColumn.id]
        }
        let order = row.numbers[CategoryColumn.sortOrder]
        if let first = sortOrders[order] {
            finding(line, "sort_order", "\(order) is not unique: line \(first) has it too")
        }
        sortOrders[order] = sortOrders[order] ?? line
    }
}
