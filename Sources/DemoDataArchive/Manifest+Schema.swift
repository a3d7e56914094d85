import DemoDataCore
import DemoDataEngine

extension Manifest.TableEntry {
    /// Whether the entry records the schema's keys and constraints (manifests written before
    /// they were recorded hold only names, types and nullability).
    package var recordsConstraints: Bool {
        primaryKey != nil
            || columns.contains {
                $0.unique != nil || $0.references != nil || $0.allowed != nil
                    || $0.minimum != nil || $0.maximum != nil
            }
    }
}

extension Manifest.ColumnEntry {
    /// The entry of `column` with every constraint the schema gives it: unique, the foreign
    /// key, the allowed values and the range.
    package init(schema column: Column) {
        self.init(name: column.name, type: column.type.name, nullable: column.nullable)
        if column.unique {
            unique = true
        }
        references = column.references.map {
            Manifest.Reference(table: $0.name, column: Table.primaryKey)
        }
        switch column.check {
        case .oneOf(let values): allowed = values
        case .between(let low, let high):
            minimum = low
            maximum = high
        case nil: break
        }
    }

    /// The entry without its constraints, as manifests written before them have it.
    package var withoutConstraints: Manifest.ColumnEntry {
        Manifest.ColumnEntry(name: name, type: type, nullable: nullable)
    }
}
