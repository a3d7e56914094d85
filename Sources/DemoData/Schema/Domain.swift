/// The fixed value sets of the data model: tier and category names and the enumerations.
public enum Domain {
    public static let customerTypeNames = ["Bronze", "Silver", "Gold", "Platinum"]
    /// Credit limit multipliers of the tiers, in hundredths.
    public static let creditMultiplierHundredths = [100, 150, 200, 300]
    /// Discount percentages of the tiers, in hundredths of a percent.
    public static let discountHundredths = [0, 500, 1000, 1500]
    public static let categoryNames = [
        "Electronics", "Clothing", "Home & Garden", "Books", "Sports",
    ]
    public static let customerStatuses = ["active", "inactive", "suspended"]
    public static let addressTypes = ["billing", "shipping", "mailing"]
    public static let locations = ["Main Warehouse", "East Coast", "West Coast", "Central"]
    public static let invoiceStatuses = ["draft", "sent", "paid", "overdue", "cancelled"]
    public static let paymentTermNames = ["Net 15", "Net 30", "Net 45", "Due on Receipt"]
    /// Days until due for each of `paymentTermNames`.
    public static let paymentTermDays = [15, 30, 45, 0]
    /// Email domains reserved for documentation (RFC 2606).
    public static let emailDomains = ["example.com", "example.net", "example.org"]
}
