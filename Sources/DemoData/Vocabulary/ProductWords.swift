/// Word lists for one product category, combined as "<adjective> <material> <noun>".
package struct ProductWords: Sendable {
    /// Leading descriptive words, e.g. "Wireless" or "Classic".
    package let adjectives: [String]
    /// Materials, finishes or formats, e.g. "Aluminum" or "Hardcover".
    package let materials: [String]
    /// Product nouns, e.g. "Speaker" or "Field Guide".
    package let nouns: [String]
    /// Complete marketing sentences describing products of the category.
    package let descriptions: [String]

    package init(
        adjectives: [String],
        materials: [String],
        nouns: [String],
        descriptions: [String]
    ) {
        self.adjectives = adjectives
        self.materials = materials
        self.nouns = nouns
        self.descriptions = descriptions
    }
}
