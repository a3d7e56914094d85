import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// A customer tier's credit multiplier and discount, both in hundredths (-1 when the tier's
/// row has a bad value), and its line.
package struct SeenTier {
    package let multiplier: Int
    package let discount: Int
    package let line: Int
}
