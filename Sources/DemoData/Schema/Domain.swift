/// The fixed value sets of the data model: tiers, categories and the enumerations, each value a
/// record of everything about it (a share is its weight among its set's values, in the rows
/// that draw it at random).
public enum Domain {
    /// A customer tier (a row of customer_types).
    public struct Tier: Sendable {
        public let name: String
        /// The credit limit multiplier, in hundredths.
        public let creditMultiplierHundredths: Int
        /// The tier discount, in hundredths of a percent.
        public let discountHundredths: Int
        /// The tier's share of customers.
        public let share: Int
    }

    /// A product category (a row of product_categories) and what its products are like.
    public struct Category: Sendable {
        public let name: String
        /// The prefix of its products' SKUs.
        public let code: String
        /// The category's share of products.
        public let share: Int
        /// The range of its products' costs, in cents.
        public let costCents: ClosedRange<Int>
        /// The range of its products' shipping weights, in hundredths of a pound.
        public let weightHundredths: ClosedRange<Int>
        /// The words its products' names and descriptions are made of.
        package let words: ProductWords
    }

    /// Payment terms and the days from an invoice's date to its due date.
    public struct PaymentTerm: Sendable {
        public let name: String
        public let days: Int
        /// The terms' share of invoices.
        public let share: Int
    }

    /// A value of a string enumeration and its share of the rows that draw one at random.
    public struct Choice: Sendable {
        public let name: String
        public let share: Int
    }

    /// The tiers, in priority order (priority_level is the position + 1).
    public static let tiers = [
        Tier(name: "Bronze", creditMultiplierHundredths: 100, discountHundredths: 0, share: 50),
        Tier(name: "Silver", creditMultiplierHundredths: 150, discountHundredths: 500, share: 30),
        Tier(name: "Gold", creditMultiplierHundredths: 200, discountHundredths: 1000, share: 15),
        Tier(
            name: "Platinum", creditMultiplierHundredths: 300, discountHundredths: 1500, share: 5),
    ]
    public static let customerTypeNames = tiers.map(\.name)
    /// The categories, in sort order (sort_order is the position + 1).
    public static let categories = [
        Category(
            name: "Electronics", code: "ELE", share: 25, costCents: 1500...90000,
            weightHundredths: 10...2500, words: ProductCatalog.electronics),
        Category(
            name: "Clothing", code: "CLO", share: 25, costCents: 400...9000,
            weightHundredths: 10...400, words: ProductCatalog.clothing),
        Category(
            name: "Home & Garden", code: "HMG", share: 20, costCents: 300...40000,
            weightHundredths: 20...6000, words: ProductCatalog.homeAndGarden),
        Category(
            name: "Books", code: "BKS", share: 15, costCents: 300...4500,
            weightHundredths: 20...500, words: ProductCatalog.books),
        Category(
            name: "Sports", code: "SPT", share: 15, costCents: 500...50000,
            weightHundredths: 10...5000, words: ProductCatalog.sports),
    ]
    public static let categoryNames = categories.map(\.name)
    /// Customer statuses; the shares are of customers.
    public static let customerStatusChoices = [
        Choice(name: "active", share: 70), Choice(name: "inactive", share: 20),
        Choice(name: "suspended", share: 10),
    ]
    public static let customerStatuses = customerStatusChoices.map(\.name)
    /// Address types; the shares are of addresses other than the primary (billing) one.
    public static let addressTypeChoices = [
        Choice(name: "billing", share: 15), Choice(name: "shipping", share: 60),
        Choice(name: "mailing", share: 25),
    ]
    public static let addressTypes = addressTypeChoices.map(\.name)
    /// Warehouse locations; the shares are of inventory rows.
    public static let locationChoices = [
        Choice(name: "Main Warehouse", share: 40), Choice(name: "East Coast", share: 22),
        Choice(name: "West Coast", share: 22), Choice(name: "Central", share: 16),
    ]
    public static let locations = locationChoices.map(\.name)
    /// Invoice statuses: drawn by how the invoice's dates relate to as-of (`InvoiceRows`).
    public static let invoiceStatuses = ["draft", "sent", "paid", "overdue", "cancelled"]
    public static let paymentTerms = [
        PaymentTerm(name: "Net 15", days: 15, share: 20),
        PaymentTerm(name: "Net 30", days: 30, share: 45),
        PaymentTerm(name: "Net 45", days: 45, share: 10),
        PaymentTerm(name: "Due on Receipt", days: 0, share: 25),
    ]
    public static let paymentTermNames = paymentTerms.map(\.name)
    /// Email domains reserved for documentation (RFC 2606).
    public static let emailDomains = ["example.com", "example.net", "example.org"]
}
