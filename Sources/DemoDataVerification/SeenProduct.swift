import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// What the verifier remembers about one product for the tables after it (about 36 bytes).
package struct SeenProduct {
    /// The price in cents; -1 when unknown (the product's row has a bad value).
    package let priceCents: Int
    /// When the product was created, in microseconds since the epoch: no line sells it
    /// earlier. `Int.min` when unknown.
    package var createdMicros = Int.min
    /// When an inactive product went inactive (its last update): no line sells it later.
    /// `Int.max` for an active product or when unknown.
    package var inactiveMicros = Int.max
    /// The line of the product in its file.
    package let line: Int32
    /// Line items of the product, for the skew check.
    package var lineItems: Int32 = 0
    /// Whether the product is clothing (which some states exempt from sales tax); nil when
    /// the categories were not read (a shard other than the first).
    package var isClothing: Bool?

    package init(priceCents: Int, line: Int) {
        self.priceCents = priceCents
        self.line = Int32(clamping: line)
    }
}
