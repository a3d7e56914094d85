import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// What the verifier remembers about one invoice while its line items are read (about 40
/// bytes): the values they must agree with and the sum of their totals so far.
package struct SeenInvoice {
    /// The subtotal in cents; -1 when unknown (the invoice's row has a bad value).
    package let subtotalCents: Int
    /// The customer's tier discount in hundredths of a percent; -1 when unknown.
    package let discount: Int32
    /// The line of the invoice in its file.
    package let line: Int32
    /// The sum of the line totals read so far, in cents.
    package var lineTotalCents = 0
    /// Line items read so far.
    package var lines: Int32 = 0
    /// Whether a line item of the invoice had a bad value, so that its sum cannot be checked.
    package var uncheckedLines = false
    /// The tax amount in cents; -1 when unknown.
    package var taxCents = -1
    /// The sum of the line items' tax read so far, in cents.
    package var lineTaxCents = 0
    /// Where the invoice ships to (a city index, -1 when unknown), its day, and whether it is
    /// tax-exempt: what each line's tax follows.
    package var city: Int32 = -1
    package var day: Int32 = 0
    package var taxExempt = false

    package init(subtotalCents: Int, discount: Int, line: Int) {
        self.subtotalCents = subtotalCents
        self.discount = Int32(clamping: discount)
        self.line = Int32(clamping: line)
    }
}
