import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// One fixed-size record of the report's spill files: a key (a customer's or a product's id)
/// and two numbers whose meaning depends on the file (a tier and a month, a total and a
/// month, a line total and a quantity). Fixed-size, so runs of them are written and read as
/// raw memory and sorted without a `String` in sight.
package struct ReportRecord: Comparable, Sendable {
    package let key: Key128
    package let first: Int
    package let second: Int

    package init(key: Key128, first: Int, second: Int) {
        self.key = key
        self.first = first
        self.second = second
    }

    /// By key, then by the second number (an ordinal where the order of rows matters), then by
    /// the first: a total order, so a sort gives the same result however its runs fell.
    package static func < (lhs: ReportRecord, rhs: ReportRecord) -> Bool {
        if lhs.key != rhs.key { return lhs.key < rhs.key }
        if lhs.second != rhs.second { return lhs.second < rhs.second }
        return lhs.first < rhs.first
    }
}
