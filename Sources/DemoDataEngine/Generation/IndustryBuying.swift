import DemoDataCore
import DemoDataVocabulary

/// What a business buys by its industry: the weight of each product category (Electronics,
/// Clothing, Home & Garden, Books, Sports) in its orders, 100 for the category it buys most.
/// A bookshop buys books, a landscaper garden goods, a bike shop sports gear; a roofing
/// company's clothing is workwear, rarely.
package enum IndustryBuying {
    private static let weights: [String: [Int]] = [
        "Supply": [75, 25, 100, 25, 25], "Landscaping": [6, 12, 100, 0, 6],
        "Construction": [23, 15, 100, 0, 8], "Logistics": [100, 44, 56, 11, 11],
        "Design Studio": [100, 10, 60, 30, 0], "Dental Group": [100, 38, 88, 25, 0],
        "Veterinary Clinic": [67, 22, 100, 22, 11], "Coffee Roasters": [27, 27, 100, 9, 9],
        "Auto Repair": [88, 38, 100, 0, 12], "Consulting": [100, 8, 25, 33, 0],
        "Marketing": [100, 8, 25, 33, 0], "Law Office": [100, 0, 40, 60, 0],
        "Bakery": [23, 23, 100, 8, 0], "Fitness": [50, 63, 25, 13, 100],
        "Property Management": [38, 8, 100, 8, 0], "Electric": [100, 17, 50, 0, 0],
        "Plumbing": [31, 15, 100, 0, 0], "Printing": [100, 8, 33, 25, 0],
        "Outfitters": [22, 100, 11, 11, 78], "Realty": [100, 11, 78, 33, 0],
        "Pharmacy": [75, 25, 100, 38, 13], "Family Dentistry": [100, 38, 88, 25, 0],
        "Architects": [100, 0, 45, 36, 0], "Photography": [100, 7, 13, 13, 0],
        "Accounting": [100, 0, 25, 42, 0], "Pet Supply": [17, 17, 100, 8, 25],
        "Florist": [13, 6, 100, 6, 0], "Brewing Company": [36, 27, 100, 0, 9],
        "Hardware": [46, 8, 100, 0, 0], "Interiors": [20, 7, 100, 7, 0],
        "Cleaning Services": [14, 21, 100, 0, 0], "Roofing": [23, 8, 100, 0, 0],
        "Insurance Agency": [100, 9, 27, 45, 0], "Chiropractic": [100, 33, 100, 33, 67],
        "Home Care": [36, 36, 100, 9, 0], "Catering": [23, 23, 100, 0, 0],
        "Event Rentals": [55, 18, 100, 0, 9], "Machine Works": [100, 50, 100, 0, 0],
        "Cabinetry": [20, 13, 100, 0, 0], "Music School": [100, 10, 20, 70, 0],
        "Daycare": [50, 67, 100, 100, 17], "Farms": [15, 31, 100, 0, 8],
        "Nursery": [6, 12, 100, 0, 0], "Medical Group": [100, 38, 75, 38, 0],
        "Dance Studio": [50, 100, 25, 13, 63], "Bike Shop": [30, 40, 20, 10, 100],
        "Schoolhouse": [60, 10, 20, 100, 10], "Books & Gifts": [8, 17, 42, 100, 0],
        "Trading Company": [100, 67, 100, 33, 33], "Health Foods": [17, 17, 100, 25, 8],
    ]

    /// The weights of each industry of the vocabulary, in its order.
    package static let percents: [[Int]] = BusinessWords.industries.map { industry in
        guard let weights = IndustryBuying.weights[industry],
            weights.count == Domain.categories.count
        else {
            preconditionFailure("IndustryBuying: no category weights for \(industry)")
        }
        return weights
    }
}
