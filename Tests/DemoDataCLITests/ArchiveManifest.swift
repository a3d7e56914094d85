import Foundation

/// An archive's `manifest.json`, read with `JSONSerialization` so that the tests share no
/// decoding code with the product.
struct ArchiveManifest {
    /// The eight tables, parents before children.
    static let tableNames = [
        "customer_types", "product_categories", "customers", "customer_addresses", "products",
        "inventory", "invoices", "invoice_line_items",
    ]

    let object: [String: Any]

    init(directory: URL) throws {
        let data = try Data(contentsOf: directory.appending(path: "manifest.json"))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw TestFailure("\(directory.path)/manifest.json is not a JSON object")
        }
        self.object = object
    }

    func string(_ key: String) -> String? {
        object[key] as? String
    }

    func integer(_ key: String) -> Int? {
        object[key] as? Int
    }

    /// Whether `key` is present and JSON `null`.
    func isNull(_ key: String) -> Bool {
        object[key] is NSNull
    }

    /// The entries of `tables`, in the manifest's order.
    var tables: [[String: Any]] {
        object["tables"] as? [[String: Any]] ?? []
    }

    var tableNamesInOrder: [String] {
        tables.compactMap { $0["name"] as? String }
    }

    func table(_ name: String) -> [String: Any]? {
        tables.first { $0["name"] as? String == name }
    }

    func rows(of name: String) -> Int? {
        table(name)?["rows"] as? Int
    }

    func file(of name: String) -> String? {
        table(name)?["file"] as? String
    }

    func contentSHA256(of name: String) -> String? {
        table(name)?["content_sha256"] as? String
    }
}
