@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

extension VerifyMutation {
    /// An id that no generated row has.
    static let strangerID = "00000000-0000-8000-8000-000000000000"

    /// Values that break a column's type, format, nullability or check.
    static let columnValues: [VerifyMutation] = [
        .value("uppercase uuid", .products, "id", "0EB59986-550F-812C-9F66-B81D7EADF693", "UUID"),
        VerifyMutation("decimal as a JSON number", expect: .products, "weight", "JSON string") {
            try $0.setJSONToken(.products, row: 0, "weight", to: "20.13")
        },
        VerifyMutation("integer as a JSON string", expect: .inventory, "current_stock", "number") {
            try $0.setJSONToken(.inventory, row: 0, "current_stock", to: "\"600\"")
        },
        VerifyMutation("boolean as a JSON string", expect: .customerTypes, "active", "true or") {
            try $0.setJSONToken(.customerTypes, row: 0, "active", to: "\"true\"")
        },
        .value("integer with a fraction", .csv, .inventory, "current_stock", "600.0", "integer"),
        .value("boolean yes", .csv, .customerTypes, "active", "yes", "not true or false"),
        .value("one fraction digit", .products, "price", "1011.3", "2 fraction digits"),
        .value("impossible date", .invoices, "date", "2026-02-30", "not a real date"),
        .value(
            "timestamp without microseconds", .customers, "created_at", "2023-01-31T14:34:57Z",
            "not a UTC timestamp"),
        .value("null sku", .csv, .products, "sku", nil, "not nullable"),
        .value("null name", .ndjson, .customers, "name", nil, "not nullable"),
        .value("unknown status", .customers, "status", "pending", "is not one of active"),
        .value("stock out of range", .inventory, "current_stock", "2000000", "outside 0...1000000"),
        .value(
            "receipt after as-of", .inventory, "last_received_date", "2026-07-01",
            "after as-of 2026-06-30"),
        .value(
            "update after as-of", .customers, "updated_at", "2026-07-01T00:00:00.000000Z",
            "after as-of"),
        .value(
            "update before creation", .customers, "updated_at", "2020-01-01T00:00:00.000000Z",
            "is before created_at"),
        VerifyMutation(
            "needless quotes", .csv, expect: .products, "sku", "quoted though nothing"
        ) {
            try $0.replaceText(.products, row: 0, ",CLO-0000072,", with: ",\"CLO-0000072\",")
        },
        VerifyMutation("wrong key", expect: .customers, "email", "found the key") {
            try $0.replaceText(.customers, row: 0, "\"email\":", with: "\"mail\":")
        },
        VerifyMutation("header", .csv, expect: .inventory, nil, "the CSV header is") {
            try $0.editLines(.inventory) { $0[0] = "ID" + $0[0].dropFirst(2) }
        },
        VerifyMutation("header not CSV", .csv, expect: .inventory, nil, "not valid CSV") {
            try $0.editLines(.inventory) { $0[0] = "id,product\"\"_id" }
        },
        VerifyMutation(
            "unclosed quote", .csv, expect: .inventory, nil, "a quoted field that never closes"
        ) {
            try $0.editLines(.inventory) { $0[0] = "id,\"product_id" }
        },
        VerifyMutation("extra field", .csv, expect: .customers, nil, "fields; the table has") {
            try $0.editLines(.customers) { $0[1] += ",x" }
        },
        VerifyMutation("CRLF", .csv, expect: .customers, nil, "\\r\\n") {
            try $0.editLines(.customers) { $0[2] += "\r" }
        },
        VerifyMutation("empty line", expect: .customers, nil, "the line is empty") {
            try $0.editLines(.customers) { $0.insert("", at: 3) }
        },
        VerifyMutation("no final line end", expect: .products, nil, "does not end with \\n") {
            let content = try $0.content(.products)
            try $0.replaceContent(.products, with: Array(content.dropLast()))
        },
        VerifyMutation("no header", .csv, expect: .customerTypes, nil, "header row is missing") {
            try $0.replaceContent(.customerTypes, with: [])
        },
        VerifyMutation("bad JSON", expect: .invoices, nil, "not a JSON object") {
            try $0.editLines(.invoices) { $0[4] = "[" + $0[4].dropFirst() }
        },
    ]

    /// Edits that keep every value well formed but break a key or a business rule.
    static let rules: [VerifyMutation] = foundation + customers + products + invoices + lines

    static let foundation: [VerifyMutation] = [
        .value(
            "tier multiplier", .customerTypes, "credit_limit_multiplier", "1.50",
            "not the Bronze multiplier 1.00"),
        .value(
            "tier discount", .customerTypes, "discount_percentage", "5.00",
            "not the Bronze discount 0.00"),
        .value("tier name twice", .customerTypes, row: 1, "name", "Bronze", "is not unique"),
        .value("priority twice", .customerTypes, row: 1, "priority_level", "1", "is not unique"),
        .value(
            "category name twice", .productCategories, row: 1, "name", "Electronics",
            "Electronics is not unique: line 1"),
        .value("sort order twice", .productCategories, row: 1, "sort_order", "1", "not unique"),
        VerifyMutation("tier id twice", expect: .customerTypes, "id", "is not unique") {
            let id = try $0.value(.customerTypes, row: 0, "id")
            try $0.set(.customerTypes, row: 1, "id", to: id)
        },
        VerifyMutation("category id twice", expect: .productCategories, "id", "not unique") {
            let id = try $0.value(.productCategories, row: 0, "id")
            try $0.set(.productCategories, row: 2, "id", to: id)
        },
    ]

    static let customers: [VerifyMutation] = [
        .value(
            "customer type missing", .customers, "customer_type_id", strangerID,
            "is not the id of a customer type"),
        .value("email domain", .customers, "email", "diane@gmail.com", "is not an address at"),
        .value("email with a space", .customers, "email", "di ane@example.com", "not an address"),
        .value("email without @", .customers, "email", "example.com", "is not an address at"),
        VerifyMutation("email twice", .csv, expect: .customers, "email", "is not unique: line") {
            let email = try $0.value(.customers, row: 0, "email")
            try $0.set(.customers, row: 1, "email", to: email)
        },
        VerifyMutation("customer id twice", expect: .customers, "id", "is not unique") {
            let id = try $0.value(.customers, row: 0, "id")
            try $0.set(.customers, row: 1, "id", to: id)
        },
        .value("credit limit", .customers, "credit_limit", "2550.00", "is not a base of 2,500"),
        .value("country", .customerAddresses, "country", "CA", "is not US"),
        .value("state", .customerAddresses, "state", "ZZ", "is not a USPS state code"),
        .value("ZIP of another state", .customerAddresses, "postal_code", "10001", "ZIP code of"),
        .value(
            "ZIP shape", .customerAddresses, "postal_code", "3880",
            "is not a street-delivery ZIP code of Guyton, GA"),
        .value("city", .customerAddresses, "city", "Atlantis", "is not a city of GA"),
        .value(
            "first address not primary", .customerAddresses, "primary", "false",
            "first address is not its primary address"),
        VerifyMutation(
            "customer without a primary address", expect: .customers, nil, "0 primary addresses"
        ) {
            try $0.set(.customerAddresses, row: 0, "primary", to: "false")
        },
        .value("primary shipping", .customerAddresses, "address_type", "shipping", "be billing"),
        VerifyMutation(
            "primary not first", expect: .customerAddresses, "primary",
            "is not the customer's first address"
        ) {
            try $0.set(.customerAddresses, row: $0.secondAddressRow(), "primary", to: "true")
        },
        VerifyMutation("two primaries", .csv, expect: .customers, nil, "2 primary addresses") {
            try $0.set(.customerAddresses, row: $0.secondAddressRow(), "primary", to: "true")
        },
        .value(
            "address customer missing", .customerAddresses, "customer_id", strangerID,
            "is not the id of a customer"),
        VerifyMutation("address id twice", expect: .customerAddresses, "id", "not unique") {
            let id = try $0.value(.customerAddresses, row: 0, "id")
            try $0.set(.customerAddresses, row: 1, "id", to: id)
        },
        VerifyMutation("customer without addresses", expect: .customers, nil, "the customer has") {
            try $0.removeRow(.customerAddresses, row: 0)
        },
        VerifyMutation("customers of the volume", expect: .customers, nil, "a small archive has") {
            try $0.removeRow(.customers, row: 24)
        },
    ]

    static let products: [VerifyMutation] = [
        .value(
            "category missing", .products, "category_id", strangerID,
            "is not the id of a product category"),
        VerifyMutation("sku twice", expect: .products, "sku", "is not unique: line 1") {
            let sku = try $0.value(.products, row: 0, "sku")
            try $0.set(.products, row: 1, "sku", to: sku)
        },
        VerifyMutation("product id twice", expect: .products, "id", "is not unique") {
            let id = try $0.value(.products, row: 0, "id")
            try $0.set(.products, row: 1, "id", to: id)
        },
        .value("price at cost", .products, "price", "9.45", "is not above the cost"),
        .value("markup", .products, "cost", "1.00", "divided by a markup of 1.20 to 2.20"),
        .value(
            "inventory product missing", .inventory, "product_id", strangerID,
            "is not the id of a product"),
        VerifyMutation("product without inventory", expect: .products, nil, "no inventory row") {
            try $0.set(.inventory, row: 0, "product_id", to: strangerID)
        },
        VerifyMutation("inventory product twice", expect: .inventory, "product_id", "not unique") {
            let product = try $0.value(.inventory, row: 0, "product_id")
            try $0.set(.inventory, row: 1, "product_id", to: product)
        },
        VerifyMutation("inventory id twice", expect: .inventory, "id", "is not unique") {
            let id = try $0.value(.inventory, row: 0, "id")
            try $0.set(.inventory, row: 1, "id", to: id)
        },
        .value("reserved above current", .inventory, "reserved_stock", "601", "is more than"),
        .value(
            "receipt before its product", .inventory, "last_received_date", "2020-01-01",
            "before its product was created"),
        VerifyMutation(
            "receipt after its product went inactive", expect: .inventory, "last_received_date",
            "after its product went inactive"
        ) {
            // Inventory rows follow their products' order: row i stocks product i.
            var row = 0
            while try $0.value(.products, row: row, "active") != "false" {
                row += 1
            }
            try $0.set(.inventory, row: row, "last_received_date", to: "2026-06-30")
        },
        VerifyMutation("inventory of the volume", expect: .inventory, nil, "a small archive has") {
            try $0.removeRow(.inventory, row: 99)
        },
    ]

    static let invoices: [VerifyMutation] = [
        .value(
            "invoice customer missing", .invoices, "customer_id", strangerID,
            "is not the id of a customer"),
        .value(
            "invoice number twice", .invoices, row: 1, "invoice_number", "INV-00000001",
            "not unique"),
        VerifyMutation("invoice id twice", expect: .invoices, "id", "is not unique") {
            let id = try $0.value(.invoices, row: 0, "id")
            try $0.set(.invoices, row: 1, "id", to: id)
        },
        .value(
            "invoice too old", .invoices, "date", "2022-12-31",
            "is not between the history's first day 2023-01-01"),
        VerifyMutation("invoice before its customer", expect: .invoices, "date", "was created on") {
            let customer = try $0.value(.invoices, row: 0, "customer_id")
            let row = try $0.firstRow(.customers) { values, _ in values[0] == customer }
            try $0.set(.customers, row: row, "created_at", to: "2026-06-15T00:00:00.000000Z")
            try $0.set(.customers, row: row, "updated_at", to: "2026-06-20T00:00:00.000000Z")
        },
        .value("due date", .invoices, "due_date", "2025-12-11", "is not the date 2023-01-11 + 0"),
        VerifyMutation("sent past due", expect: .invoices, "status", "sent, but the due_date") {
            let row = try $0.firstRow(.invoices) { values, _ in
                values[6] == "paid" && (values[5] ?? "") < "2026-06-30"
            }
            try $0.set(.invoices, row: row, "status", to: "sent")
        },
        VerifyMutation("overdue not due", expect: .invoices, "status", "overdue, but the due_date")
        {
            let row = try $0.firstRow(.invoices) { values, _ in (values[5] ?? "") > "2026-06-30" }
            try $0.set(.invoices, row: row, "status", to: "overdue")
        },
        VerifyMutation("old draft", expect: .invoices, "status", "draft, but the date") {
            let row = try $0.firstRow(.invoices) { values, _ in
                (values[4] ?? "") < "2026-05-01"
            }
            try $0.set(.invoices, row: row, "status", to: "draft")
        },
        .value("tax rate", .invoices, "tax_rate", "8.000", "is not the sales tax 4.000"),
        .value(
            "tax amount", .invoices, "tax_amount", "5.31",
            "is not the sum of the invoice's line taxes, 5.12"),
        .value("total", .csv, .invoices, "total", "31.14", "is not the subtotal 127.95 + the tax"),
        .value(
            "line tax", .invoiceLineItems, "tax_amount", "1.53",
            "is not the sales tax of the line, 1.52"),
        VerifyMutation(
            "shipped to another customer", expect: .invoices, "shipping_address_id",
            "is an address of another customer"
        ) {
            let customer = try $0.value(.invoices, row: 0, "customer_id")
            let row = try $0.firstRow(.customerAddresses) { values, _ in values[1] != customer }
            let address = try $0.value(.customerAddresses, row: row, "id")
            try $0.set(.invoices, row: 0, "shipping_address_id", to: address)
        },
        VerifyMutation(
            "paid without a time", expect: .invoices, "paid_at", "but the invoice is paid"
        ) {
            try $0.set(.invoices, row: 0, "paid_at", to: nil)
        },
        VerifyMutation("invoices of the volume", expect: .invoices, nil, "a small archive has") {
            try $0.removeRow(.invoices, row: 74)
        },
    ]

    static let lines: [VerifyMutation] = [
        .value(
            "line invoice missing", .invoiceLineItems, "invoice_id", strangerID,
            "is not the id of an invoice"),
        .value(
            "line product missing", .csv, .invoiceLineItems, "product_id", strangerID,
            "is not the id of a product"),
        .value("unit price", .invoiceLineItems, "unit_price", "7.02", "not the product's price"),
        .value("quantity", .invoiceLineItems, "quantity", "12.50", "is not a whole number"),
        .value(
            "line discount", .invoiceLineItems, "discount_percentage", "10.00",
            "not the customer's tier discount 0.00"),
        .value("discount amount", .invoiceLineItems, "discount_amount", "8.42", "rounded half up"),
        .value("line total", .invoiceLineItems, "line_total", "29.45", "is not 1 × 37.99"),
        VerifyMutation("subtotal", expect: .invoices, "subtotal", "not the sum of the invoice's") {
            try $0.set(.invoiceLineItems, row: 0, "line_total", to: "75.72")
        },
        VerifyMutation("product twice", expect: .invoiceLineItems, "product_id", "more than once") {
            let rows = try $0.rows(.invoiceLineItems)
            let row = try rows.indices.dropLast().first { rows[$0][1] == rows[$0 + 1][1] }
                .unwrapped("no invoice has two lines")
            try $0.set(.invoiceLineItems, row: row + 1, "product_id", to: rows[row][2])
        },
        VerifyMutation("lines apart", expect: .invoiceLineItems, "invoice_id", "next to each other")
        {
            let rows = try $0.rows(.invoiceLineItems)
            let row = try rows.indices.dropLast().first { rows[$0][1] == rows[$0 + 1][1] }
                .unwrapped("no invoice has two lines")
            try $0.moveRowToEnd(.invoiceLineItems, row: row)
        },
        VerifyMutation("line id twice", expect: .invoiceLineItems, "id", "is not unique: line 1") {
            let id = try $0.value(.invoiceLineItems, row: 0, "id")
            try $0.set(.invoiceLineItems, row: 3, "id", to: id)
        },
        VerifyMutation("invoice without lines", expect: .invoices, nil, "has no line item") {
            let invoice = try $0.value(.invoices, row: 0, "id")
            let rows = try $0.rows(.invoiceLineItems)
            for row in rows.indices.reversed() where rows[row][1] == invoice {
                try $0.removeRow(.invoiceLineItems, row: row)
            }
        },
    ]
}
