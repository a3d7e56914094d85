import DemoData

/// What `--tables` chose, for the summary, the JSON events and the plan: the tables asked for
/// and the parents added to them, with the foreign key that needed each.
struct TableChoice {
    /// The tables named with `--tables`, in load order.
    let requested: [Table]
    let added: [TableSubset.AddedParent]

    init(requested: [Table]) {
        self.requested = Table.allCases.filter(requested.contains)
        added = TableSubset.parentsAdded(to: requested)
    }

    /// `tables: customers, invoices as asked; added their parents customer_types
    /// (customers.customer_type_id references it)`.
    var line: String {
        let asked = "tables: " + requested.map(\.name).joined(separator: ", ") + " as asked"
        guard !added.isEmpty else { return asked + " (they need no other table)" }
        return asked + "; added the parents they need: "
            + added.map { "\($0.table.name) (\($0.child.name).\($0.column) references it)" }
            .joined(separator: ", ")
    }

    /// `"tables":[…],"added_parents":[{"table":…,"referenced_by":"customers.customer_type_id"}]`,
    /// members of a JSON event: the tables generated and the parents added.
    var jsonMembers: String {
        let tables = TableSubset(closing: requested).tables.map { JSONText.quoted($0.name) }
        let parents = added.map {
            "{\"table\":\(JSONText.quoted($0.table.name)),"
                + "\"referenced_by\":\(JSONText.quoted("\($0.child.name).\($0.column)"))}"
        }
        return "\"tables\":[\(tables.joined(separator: ","))],"
            + "\"added_parents\":[\(parents.joined(separator: ","))]"
    }
}
