import DemoDataCore
import DemoDataVocabulary

/// What one row of a table is called in messages: "the customer has no address".
package struct RowNoun: Sendable {
    package let singular: String
    package let plural: String

    package init(_ singular: String, _ plural: String) {
        self.singular = singular
        self.plural = plural
    }

    /// The singular with its indefinite article: "a customer", "an invoice".
    package var withArticle: String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        return (vowels.contains(singular.first ?? "x") ? "an " : "a ") + singular
    }

    /// The noun for `count` rows.
    package func count(_ count: Int) -> String {
        count == 1 ? singular : plural
    }
}
