/// The words business customers' names and emails are made of: "Hartman Landscaping LLC",
/// `ap.hartman4821@example.com`.
package enum BusinessWords {
    /// What a small business does, as it ends the business's name.
    package static let industries = [
        "Supply", "Landscaping", "Construction", "Logistics", "Design Studio", "Dental Group",
        "Veterinary Clinic", "Coffee Roasters", "Auto Repair", "Consulting", "Marketing",
        "Law Office", "Bakery", "Fitness", "Property Management", "Electric", "Plumbing",
        "Printing", "Outfitters", "Realty", "Pharmacy", "Family Dentistry", "Architects",
        "Photography", "Accounting", "Pet Supply", "Florist", "Brewing Company", "Hardware",
        "Interiors", "Cleaning Services", "Roofing", "Insurance Agency", "Chiropractic",
        "Home Care", "Catering", "Event Rentals", "Machine Works", "Cabinetry", "Music School",
        "Daycare", "Farms", "Nursery", "Medical Group", "Dance Studio", "Bike Shop",
        "Schoolhouse", "Books & Gifts", "Trading Company", "Health Foods",
    ]

    /// The words that end an industry that already names the kind of firm ("Brewing Company",
    /// "Medical Group"): such a business takes no legal form after it.
    package static let firmWords = ["Company", "Group", "Partners"]

    /// The legal form that ends a business's name, with its share of business names in
    /// percent; the rest (16%) have none ("Hartman Landscaping"). US small businesses are
    /// mostly LLCs and corporations; "Ltd." and "& Sons" are rare.
    package static let legalForms: [(form: String, percent: Int)] = [
        ("LLC", 44), ("Inc.", 24), ("Corp.", 6), ("Co.", 6), ("Ltd.", 2), ("& Sons", 2),
    ]

    /// The mailbox a business's invoices go to.
    package static let emailRoles = [
        "ap", "accounts", "billing", "orders", "purchasing", "office", "admin", "invoices",
    ]
}
