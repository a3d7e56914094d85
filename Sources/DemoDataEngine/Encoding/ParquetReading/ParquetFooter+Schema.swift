import DemoDataCore
import DemoDataVocabulary

extension ParquetFooter {
    /// The first way the file's columns differ from the table's as the writer stores them
    /// (`table.parquetColumns`): names, physical types and lengths, logical and converted
    /// types, and repetition; nil when they are the same.
    package func schemaProblem(for table: Table) -> String? {
        let layouts = table.parquetColumns
        guard columns.count == layouts.count else {
            return "the file has \(columns.count) columns; the schema of \(table.name) has "
                + "\(layouts.count)"
        }
        for (index, (element, layout)) in zip(columns, layouts).enumerated() {
            if let problem = Self.problem(element, layout, number: index + 1) {
                return problem
            }
        }
        return nil
    }

    private static func problem(
        _ element: ParquetSchemaElement, _ layout: ParquetColumnLayout, number: Int
    ) -> String? {
        guard element.name == layout.name else {
            return
                "column \(number) is \(ParquetReadError.quoted(element.name)); the schema says \"\(layout.name)\""
        }
        let column = "column \"\(layout.name)\""
        let typeLength = layout.physicalType == .fixedLenByteArray ? layout.typeLength : 0
        let sameType =
            element.physicalType == layout.physicalType.rawValue
            && Int(element.typeLength ?? 0) == typeLength
            && element.logicalType == layout.logicalType && element.otherLogicalType == nil
        guard sameType else {
            return "\(column) is \(element.typeDescription); the schema says "
                + layout.typeDescription
        }
        let repetition = (layout.nullable ? ParquetFormat.Repetition.optional : .required)
        guard element.repetition == repetition.rawValue else {
            let names = [0: "REQUIRED", 1: "OPTIONAL", 2: "REPEATED"]
            let found = element.repetition.map { names[Int($0)] ?? "unknown (\($0))" } ?? "none"
            return "\(column) has the repetition \(found); the schema says "
                + (layout.nullable ? "OPTIONAL (nullable)" : "REQUIRED (not nullable)")
        }
        guard element.convertedType == layout.convertedType?.rawValue else {
            return "\(column) has the converted type "
                + (element.convertedType.map(ParquetFormat.convertedTypeName) ?? "none")
                + "; the schema's is "
                + (layout.convertedType.map { ParquetFormat.convertedTypeName($0.rawValue) }
                    ?? "none")
        }
        var scale: Int32?
        var precision: Int32?
        if case .decimal(let declaredPrecision, let declaredScale) = layout.logicalType {
            scale = Int32(declaredScale)
            precision = Int32(declaredPrecision)
        }
        guard element.scale == scale, element.precision == precision else {
            return "\(column) has the scale \(element.scale.map(String.init) ?? "none") and "
                + "precision \(element.precision.map(String.init) ?? "none"); the schema's are "
                + "\(scale.map(String.init) ?? "none") and \(precision.map(String.init) ?? "none")"
        }
        return nil
    }
}
