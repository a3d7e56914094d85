/// One kind of product (a phone case, a trench coat, a bird feeder) and everything its
/// products share: the noun that names it, its category, how common it is, the bands its
/// prices and weights fall in, and the words and sentences that fit every product of the kind.
///
/// A product's name reads "<Brand> <Adjective> <Material> <Noun>, <Variant>", so any
/// adjective, any material and any variant of a type can be combined with one another.
package struct ProductType: Sendable {
    /// The noun that ends the product's name, e.g. "Trench Coat".
    package let noun: String
    /// The index of its category in `Domain.categories` (0 Electronics, 1 Clothing,
    /// 2 Home & Garden, 3 Books, 4 Sports).
    package let category: Int
    /// Its weight among the types of its category (how many of the category's products are
    /// of this type): 1...10.
    package let share: Int
    /// The band of its retail prices, in cents (real US retail prices of such a product).
    package let priceCents: ClosedRange<Int>
    /// The band of its shipping weights, in hundredths of a pound.
    package let weightHundredths: ClosedRange<Int>
    /// Adjectives that fit this type (8 to 12), e.g. "Slim-Fit", "Double-Breasted".
    package let adjectives: [String]
    /// Materials, finishes or formats that fit this type (4 to 8), e.g. "Wool",
    /// "Cotton Twill".
    package let materials: [String]
    /// Variants (4 to 8): colors, sizes, capacities or editions that fit, e.g. "Navy",
    /// "64 GB", "2nd Edition".
    package let variants: [String]
    /// Description sentences (5 or 6), each true of every product of this type whatever its
    /// adjective, material, variant or brand; none names a material, color, size or number
    /// that the name might contradict.
    package let sentences: [String]
    /// Where each variant stands among the type's sizes, 0 (the smallest) to 1000 (the
    /// largest), on a log scale of what it costs and weighs: a 65-inch TV costs and weighs more
    /// than a 55-inch one of the same line. Empty when the variants are colors, editions or
    /// other choices that leave price and weight alone.
    package let variantSteps: [Int]

    package init(
        noun: String, category: Int, share: Int, priceCents: ClosedRange<Int>,
        weightHundredths: ClosedRange<Int>, adjectives: [String], materials: [String],
        variants: [String], variantSteps: [Int] = [], sentences: [String]
    ) {
        self.noun = noun
        self.category = category
        self.share = share
        self.priceCents = priceCents
        self.weightHundredths = weightHundredths
        self.adjectives = adjectives
        self.materials = materials
        self.variants = variants
        self.variantSteps = variantSteps
        self.sentences = sentences
    }
}
