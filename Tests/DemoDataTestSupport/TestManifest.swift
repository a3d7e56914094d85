import Foundation

/// An archive's `manifest.json` read with `JSONSerialization`, independently of the product's
/// `Manifest` type, so that a test of what the product writes does not read it back with the
/// product's own decoding.
public struct TestManifest {
    /// The eight tables, parents before children.
    public static let tableNames = [
        "customer_types", "product_categories", "customers", "customer_addresses", "products",
        "inventory", "invoices", "invoice_line_items",
    ]

    /// The manifest's top-level JSON object.
    public let object: [String: Any]

    /// The manifest of the archive in `directory`.
    public init(directory: URL) throws {
        let url = directory.appending(path: "manifest.json")
        let data = try Data(contentsOf: url)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw TestFailure("\(url.path) is not a JSON object")
        }
        self.object = object
    }

    public func string(_ key: String) -> String? {
        object[key] as? String
    }

    public func integer(_ key: String) -> Int? {
        object[key] as? Int
    }

    /// Whether `key` is present and JSON `null`.
    public func isNull(_ key: String) -> Bool {
        object[key] is NSNull
    }

    /// The entries of `tables`, in the manifest's order.
    public var tables: [[String: Any]] {
        object["tables"] as? [[String: Any]] ?? []
    }

    public var tableNamesInOrder: [String] {
        tables.compactMap { $0["name"] as? String }
    }

    public func table(_ name: String) -> [String: Any]? {
        tables.first { $0["name"] as? String == name }
    }

    public func rows(of name: String) -> Int? {
        table(name)?["rows"] as? Int
    }

    public func file(of name: String) -> String? {
        table(name)?["file"] as? String
    }

    public func contentSHA256(of name: String) -> String? {
        table(name)?["content_sha256"] as? String
    }

    /// The names and types (`decimal(12,2)`, say) of the columns of table `name`, in order.
    public func columns(of name: String) -> [(name: String, type: String)] {
        let columns = table(name)?["columns"] as? [[String: Any]] ?? []
        return columns.compactMap { column in
            guard let name = column["name"] as? String, let type = column["type"] as? String
            else { return nil }
            return (name, type)
        }
    }

    /// The index of this archive's shard; nil when it is not a shard.
    public var shardIndex: Int? {
        (object["shard"] as? [String: Any])?["index"] as? Int
    }
}
