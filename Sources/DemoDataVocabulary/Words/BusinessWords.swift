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

    /// How a business's name ends after its industry.
    package static let companySuffixes = [
        "LLC", "LLC", "Inc.", "Inc.", "Co.", "Group", "& Sons", "Partners", "Ltd.", "Company",
    ]

    /// The mailbox a business's invoices go to.
    package static let emailRoles = [
        "ap", "accounts", "billing", "orders", "purchasing", "office", "admin", "invoices",
    ]
}
