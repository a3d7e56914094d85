import DemoDataCore
import DemoDataVocabulary

extension Table {
    /// The foreign keys of the table: each column that references a parent, with that parent,
    /// in column order.
    public var foreignKeys: [(column: String, parent: Table)] {
        columns.compactMap { column in column.references.map { (column.name, $0) } }
    }

    /// The tables this table's foreign keys reference, without repeats, in column order.
    public var parents: [Table] {
        var parents: [Table] = []
        for key in foreignKeys where !parents.contains(key.parent) {
            parents.append(key.parent)
        }
        return parents
    }
}
