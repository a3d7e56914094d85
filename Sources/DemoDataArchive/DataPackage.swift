import DemoDataCore
import DemoDataEngine

/// The archive's Frictionless Data Package descriptor (`datapackage.json`), built from the
/// schema and the manifest alone, so the same manifest always gives the same bytes.
///
/// One tabular resource per table file, with its path, format, compression, encoding, size and
/// `sha256:` hash; the CSV dialect and the empty field as the missing value; and a Table Schema
/// with each column's type and format, `required`, `unique`, `enum`, `minimum` and `maximum`,
/// the primary key and the foreign keys. `frictionless validate datapackage.json` then checks
/// every file, row, constraint and reference of a CSV archive.
package struct DataPackage: Sendable {
    package let manifest: Manifest

    package init(manifest: Manifest) {
        self.manifest = manifest
    }

    /// The descriptor as JSON text with a fixed key order, ending with a newline.
    package func serialized() -> [UInt8] {
        JSONValue.object([
            ("profile", .string("tabular-data-package")),
            ("name", .string("demodata")),
            ("resources", .array(manifest.tables.compactMap(resource))),
        ]).serialized()
    }

    private func resource(_ entry: Manifest.TableEntry) -> JSONValue? {
        guard let table = Table(name: entry.name) else { return nil }
        var members: [(String, JSONValue)] = [
            ("name", .string(table.name)),
            ("path", .string(entry.file)),
            ("profile", .string("tabular-data-resource")),
            ("format", .string(manifest.format.rawValue)),
        ]
        if manifest.format.compressesFiles {
            if let name = manifest.compression.codec.dataPackageName {
                members.append(("compression", .string(name)))
            }
            members.append(("encoding", .string("utf-8")))
        } else {
            // A Parquet file compresses its own pages and holds typed, not text, values.
            members.append(("mediatype", .string("application/vnd.apache.parquet")))
        }
        members += [
            ("bytes", .unsigned(entry.bytes)),
            ("hash", .string("sha256:" + entry.sha256)),
        ]
        if manifest.format == .csv {
            // Only the first shard's files start with a header; a merged file keeps that one.
            let header = manifest.beginsTables
            members.append(
                (
                    "dialect",
                    .object([
                        ("delimiter", .string(",")), ("lineTerminator", .string("\n")),
                        ("quoteChar", .string("\"")), ("doubleQuote", .bool(true)),
                        ("header", .bool(header)),
                    ])
                ))
        }
        members.append(("schema", schema(table)))
        return .object(members)
    }

    private func schema(_ table: Table) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("fields", .array(table.columns.map(field))),
            ("missingValues", .array([.string("")])),
            ("primaryKey", .array([.string(Table.primaryKey)])),
        ]
        let foreignKeys = table.columns.compactMap { column in
            column.references.map { parent -> JSONValue in
                .object([
                    ("fields", .array([.string(column.name)])),
                    (
                        "reference",
                        .object([
                            ("resource", .string(parent.name)),
                            ("fields", .array([.string(Table.primaryKey)])),
                        ])
                    ),
                ])
            }
        }
        if !foreignKeys.isEmpty {
            members.append(("foreignKeys", .array(foreignKeys)))
        }
        return .object(members)
    }

    private func field(_ column: Column) -> JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(column.name))]
        switch column.type {
        case .uuid: members += [("type", .string("string")), ("format", .string("uuid"))]
        case .string: members.append(("type", .string("string")))
        case .integer: members.append(("type", .string("integer")))
        case .boolean:
            members += [
                ("type", .string("boolean")), ("trueValues", .array([.string("true")])),
                ("falseValues", .array([.string("false")])),
            ]
        case .decimal: members.append(("type", .string("number")))
        case .date: members += [("type", .string("date")), ("format", .string("%Y-%m-%d"))]
        case .timestamp:
            members += [
                ("type", .string("datetime")), ("format", .string("%Y-%m-%dT%H:%M:%S.%fZ")),
            ]
        }
        var constraints: [(String, JSONValue)] = []
        if !column.nullable {
            constraints.append(("required", .bool(true)))
        }
        if column.unique || column.name == Table.primaryKey {
            constraints.append(("unique", .bool(true)))
        }
        switch column.check {
        case .oneOf(let values): constraints.append(("enum", .array(values.map { .string($0) })))
        case .between(let low, let high):
            constraints += [("minimum", .number(low)), ("maximum", .number(high))]
        case nil: break
        }
        if !constraints.isEmpty {
            members.append(("constraints", .object(constraints)))
        }
        return .object(members)
    }
}
