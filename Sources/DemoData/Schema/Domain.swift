/// The fixed value sets of the data model: tier and category names and the enumerations.
public enum Domain {
    /// A customer tier (a row of customer_types).
    public struct Tier: Sendable {
        public let name: String
        /// The credit limit multiplier, in hundredths.
        public let creditMultiplierHundredths: Int
        /// The tier discount, in hundredths of a percent.
        public let discountHundredths: Int
    }

    /// Payment terms and the days from an invoice's date to its due date.
    public struct PaymentTerm: Sendable {
        public let name: String
        public let days: Int
    }

    /// The tiers, in priority order (priority_level is the position + 1).
    public static let tiers = [
        Tier(name: "Bronze", creditMultiplierHundredths: 100, discountHundredths: 0),
        Tier(name: "Silver", creditMultiplierHundredths: 150, discountHundredths: 500),
        Tier(name: "Gold", creditMultiplierHundredths: 200, discountHundredths: 1000),
        Tier(name: "Platinum", creditMultiplierHundredths: 300, discountHundredths: 1500),
    ]
    public static let customerTypeNames = tiers.map(\.name)
    public static let categoryNames = [
        "Electronics", "Clothing", "Home & Garden", "Books", "Sports",
    ]
    public static let customerStatuses = ["active", "inactive", "suspended"]
    public static let addressTypes = ["billing", "shipping", "mailing"]
    public static let locations = ["Main Warehouse", "East Coast", "West Coast", "Central"]
    public static let invoiceStatuses = ["draft", "sent", "paid", "overdue", "cancelled"]
    public static let paymentTerms = [
        PaymentTerm(name: "Net 15", days: 15), PaymentTerm(name: "Net 30", days: 30),
        PaymentTerm(name: "Net 45", days: 45), PaymentTerm(name: "Due on Receipt", days: 0),
    ]
    public static let paymentTermNames = paymentTerms.map(\.name)
    /// Email domains reserved for documentation (RFC 2606).
    public static let emailDomains = ["example.com", "example.net", "example.org"]
}
