import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// What the verifier remembers about one address for the invoices that ship to it (about 24
/// bytes).
package struct SeenAddress {
    /// The customer whose address it is.
    package let customer: Key128
    /// The index of its city in the places; -1 when the city is not a known one.
    package let city: Int32
    /// Whether goods can be shipped there (a billing or shipping address, not a mailing one).
    package let receivesGoods: Bool
}
