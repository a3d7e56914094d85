import DemoDataCore
import DemoDataVocabulary

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
        /// The tier's share of customers, in percent: the most active customers hold the
        /// higher tiers.
        public let share: Int
    }

    /// A product category (a row of product_categories) and what its products are like.
    public struct Category: Sendable {
        public let name: String
        /// The prefix of its products' SKUs.
        public let code: String
        /// The category's share of products.
        public let share: Int
        /// How much of the category sells in each month, January first (10 is its peak).
        public let season: [Int]
    }

    /// Payment terms and the days from an invoice's date to its due date.
    public struct PaymentTerm: Sendable {
        public let name: String
        public let days: Int
        /// The terms' share of individual customers (each customer keeps its terms).
        public let individualShare: Int
        /// The terms' share of business customers.
        public let businessShare: Int
    }

    /// A value of a string enumeration and its share of the rows that draw one at random.
    public struct Choice: Sendable {
        public let name: String
        public let share: Int
    }

    /// The tiers, in priority order (priority_level is the position + 1).
    public static let tiers = [
        Tier(name: "Bronze", creditMultiplierHundredths: 100, discountHundredths: 0, share: 68),
        Tier(name: "Silver", creditMultiplierHundredths: 150, discountHundredths: 500, share: 21),
        Tier(name: "Gold", creditMultiplierHundredths: 200, discountHundredths: 1000, share: 8),
        Tier(
            name: "Platinum", creditMultiplierHundredths: 300, discountHundredths: 1500, share: 3),
    ]
    public static let customerTypeNames = tiers.map(\.name)
    /// The categories, in sort order (sort_order is the position + 1).
    public static let categories = [
        Category(
            name: "Electronics", code: "ELE", share: 25,
            season: [6, 5, 5, 5, 5, 6, 6, 7, 7, 7, 10, 10]),
        Category(
            name: "Clothing", code: "CLO", share: 25,
            season: [5, 4, 6, 7, 6, 5, 5, 8, 10, 9, 7, 5]),
        Category(
            name: "Home & Garden", code: "HMG", share: 20,
            season: [4, 5, 8, 10, 10, 8, 6, 5, 4, 4, 4, 4]),
        Category(
            name: "Books", code: "BKS", share: 15,
            season: [5, 4, 4, 4, 4, 5, 7, 10, 6, 4, 4, 4]),
        Category(
            name: "Sports", code: "SPT", share: 15,
            season: [3, 3, 4, 6, 8, 10, 10, 8, 5, 4, 3, 3]),
    ]
    public static let categoryNames = categories.map(\.name)
    /// The clothing category, which some states exempt from sales tax.
    package static let clothing = position("Clothing", in: categoryNames)
    /// Customer statuses; the shares are of customers.
    public static let customerStatusChoices = [
        Choice(name: "active", share: 80), Choice(name: "inactive", share: 14),
        Choice(name: "suspended", share: 6),
    ]
    public static let customerStatuses = customerStatusChoices.map(\.name)
    /// Customer segments: people buying for their household, and businesses (B2C and B2B).
    public static let customerSegments = ["household", "business"]
    /// Address types; the shares are of addresses other than the primary (billing) one: a
    /// customer has one billing address.
    public static let addressTypeChoices = [
        Choice(name: "billing", share: 0), Choice(name: "shipping", share: 70),
        Choice(name: "mailing", share: 30),
    ]
    public static let addressTypes = addressTypeChoices.map(\.name)
    /// Warehouse locations; the shares are of inventory rows.
    public static let locationChoices = [
        Choice(name: "Main Warehouse", share: 40), Choice(name: "East Coast", share: 22),
        Choice(name: "West Coast", share: 22), Choice(name: "Central", share: 16),
    ]
    public static let locations = locationChoices.map(\.name)
    /// How invoices are paid, and the shares of households and businesses that pay so (each
    /// customer always pays the same way): households by card, businesses by ACH, check or
    /// wire.
    public static let paymentMethodChoices = [
        (name: "card", household: 80, business: 12), (name: "ACH", household: 3, business: 48),
        (name: "check", household: 1, business: 26),
        (name: "wire transfer", household: 0, business: 14),
        (name: "PayPal", household: 16, business: 0),
    ]
    public static let paymentMethods = paymentMethodChoices.map(\.name)

    /// Invoice statuses: drawn by how the invoice's dates relate to as-of (`InvoiceRows`).
    public static let invoiceStatuses = ["draft", "sent", "paid", "overdue", "cancelled"]

    /// Where each invoice status stands in `invoiceStatuses`, for generation and verification
    /// alike to branch on.
    package enum InvoiceStatus {
        package static let draft = position("draft", in: invoiceStatuses)
        package static let sent = position("sent", in: invoiceStatuses)
        package static let paid = position("paid", in: invoiceStatuses)
        package static let overdue = position("overdue", in: invoiceStatuses)
        package static let cancelled = position("cancelled", in: invoiceStatuses)
    }

    /// Where each address type stands in `addressTypes`.
    package enum AddressType {
        package static let billing = position("billing", in: addressTypes)
        package static let shipping = position("shipping", in: addressTypes)
        package static let mailing = position("mailing", in: addressTypes)
    }

    /// Where each customer status stands in `customerStatuses`.
    package enum CustomerStatus {
        package static let active = position("active", in: customerStatuses)
        package static let inactive = position("inactive", in: customerStatuses)
        package static let suspended = position("suspended", in: customerStatuses)
    }

    private static func position(_ name: String, in names: [String]) -> Int {
        guard let index = names.firstIndex(of: name) else {
            preconditionFailure("\(name) is not one of \(names)")
        }
        return index
    }
    public static let paymentTerms = [
        PaymentTerm(name: "Net 15", days: 15, individualShare: 5, businessShare: 20),
        PaymentTerm(name: "Net 30", days: 30, individualShare: 5, businessShare: 50),
        PaymentTerm(name: "Net 45", days: 45, individualShare: 0, businessShare: 20),
        PaymentTerm(name: "Due on Receipt", days: 0, individualShare: 90, businessShare: 10),
    ]
    public static let paymentTermNames = paymentTerms.map(\.name)
    /// Email domains reserved for documentation (RFC 2606).
    public static let emailDomains = ["example.com", "example.net", "example.org"]
}
