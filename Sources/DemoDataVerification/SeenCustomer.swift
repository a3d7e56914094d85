import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// What the verifier remembers about one customer for the tables after it (about 28 bytes).
package struct SeenCustomer {
    /// The line of the customer in its file.
    package let line: Int32
    /// The tier's discount in hundredths of a percent; -1 when the tier is unknown.
    package let discount: Int32
    /// The day the customer was created (days since 1970-01-01); `Int32.min` when unknown.
    package let createdDay: Int32
    package var addresses: UInt16 = 0
    package var primaries: UInt16 = 0
    /// Whether the customer's notes say it is tax-exempt.
    package var taxExempt = false
    /// Invoices of the customer, for the skew check.
    package var invoices: Int32 = 0
    /// Whether the customer's row or one of its addresses had a bad value, so that its address
    /// counts cannot be checked.
    package var uncheckedAddresses = false

    package init(line: Int, discount: Int, createdDay: Int) {
        self.line = Int32(clamping: line)
        self.discount = Int32(clamping: discount)
        self.createdDay = Int32(clamping: createdDay)
    }
}
