import DemoDataCore
import DemoDataVocabulary

extension Table {
    package static let customerTypeColumns: [Column] = [
        Column("id", .uuid),
        Column("name", .string, unique: true, check: .oneOf(Domain.customerTypeNames)),
        Column("description", .string, maximumLength: 200),
        Column("credit_limit_multiplier", .percent, check: .between("1.00", "3.00")),
        Column("discount_percentage", .percent, check: .between("0.00", "100.00")),
        Column("priority_level", .integer, check: .between("1", "4")),
        Column("active", .boolean),
        Column("created_at", .timestamp),
    ]

    package static let productCategoryColumns: [Column] = [
        Column("id", .uuid),
        Column("name", .string, unique: true, check: .oneOf(Domain.categoryNames)),
        Column("description", .string, maximumLength: 200),
        Column("sort_order", .integer, check: .between("1", "5")),
        Column("active", .boolean),
        Column("created_at", .timestamp),
    ]

    package static let customerColumns: [Column] = [
        Column("id", .uuid),
        Column("customer_type_id", .uuid, references: .customerTypes),
        Column("name", .string, maximumLength: 120),
        Column("email", .string, unique: true, maximumLength: 120),
        Column("phone", .string, maximumLength: 20),
        Column("status", .string, check: .oneOf(Domain.customerStatuses)),
        Column("credit_limit", .money, check: .between("2500.00", "900000.00")),
        Column("notes", .string, nullable: true, maximumLength: 500),
        Column("created_at", .timestamp),
        Column("updated_at", .timestamp),
    ]

    package static let customerAddressColumns: [Column] = [
        Column("id", .uuid),
        Column("customer_id", .uuid, references: .customers),
        Column("address_type", .string, check: .oneOf(Domain.addressTypes)),
        Column("street", .string, maximumLength: 100),
        Column("street2", .string, nullable: true, maximumLength: 40),
        Column("city", .string, maximumLength: 60),
        Column("state", .string, maximumLength: 2),
        Column("postal_code", .string, maximumLength: 10),
        Column("country", .string, maximumLength: 2),
        Column("primary", .boolean),
        Column("active", .boolean),
        Column("created_at", .timestamp),
    ]

    package static let productColumns: [Column] = [
        Column("id", .uuid),
        Column("category_id", .uuid, references: .productCategories),
        Column("name", .string, maximumLength: 200),
        Column("sku", .string, unique: true, maximumLength: 40),
        Column("description", .string, maximumLength: 400),
        Column("price", .money, check: .between("0.01", "9999999999.99")),
        Column("cost", .money, check: .between("0.01", "9999999999.99")),
        Column("weight", .decimal(precision: 8, scale: 2), check: .between("0.01", "999999.99")),
        Column("active", .boolean),
        Column("created_at", .timestamp),
        Column("updated_at", .timestamp),
    ]

    package static let inventoryColumns: [Column] = [
        Column("id", .uuid),
        Column("product_id", .uuid, references: .products, unique: true),
        Column("current_stock", .integer, check: .between("0", "1000000")),
        Column("reserved_stock", .integer, check: .between("0", "1000000")),
        Column("reorder_point", .integer, check: .between("0", "1000000")),
        Column("reorder_quantity", .integer, check: .between("1", "1000000")),
        Column("location", .string, check: .oneOf(Domain.locations)),
        Column("last_received_date", .date),
        Column("last_received_quantity", .integer, check: .between("1", "1000000")),
        Column("created_at", .timestamp),
        Column("updated_at", .timestamp),
    ]

    package static let invoiceColumns: [Column] = [
        Column("id", .uuid),
        Column("customer_id", .uuid, references: .customers),
        Column("invoice_number", .string, unique: true, maximumLength: 40),
        Column("date", .date),
        Column("due_date", .date),
        Column("status", .string, check: .oneOf(Domain.invoiceStatuses)),
        Column("subtotal", .money, check: .between("0.00", "9999999999.99")),
        Column("tax_rate", .percent, check: .between("0.00", "100.00")),
        Column("tax_amount", .money, check: .between("0.00", "9999999999.99")),
        Column("total", .money, check: .between("0.00", "9999999999.99")),
        Column("payment_terms", .string, check: .oneOf(Domain.paymentTermNames)),
        Column("notes", .string, nullable: true, maximumLength: 400),
        Column("created_at", .timestamp),
        Column("updated_at", .timestamp),
    ]

    package static let invoiceLineItemColumns: [Column] = [
        Column("id", .uuid),
        Column("invoice_id", .uuid, references: .invoices),
        Column("product_id", .uuid, references: .products),
        Column("description", .string, nullable: true, maximumLength: 200),
        Column("quantity", .decimal(precision: 10, scale: 2), check: .between("1.00", "20.00")),
        Column("unit_price", .money, check: .between("0.01", "9999999999.99")),
        Column("discount_percentage", .percent, check: .between("0.00", "100.00")),
        Column("discount_amount", .money, check: .between("0.00", "9999999999.99")),
        Column("line_total", .money, check: .between("0.00", "9999999999.99")),
        Column("created_at", .timestamp),
    ]
}
