import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// Round ticks for a value axis that starts at zero.
package enum ReportAxis {
    /// A step of 1, 2 or 5 times a power of ten, and how many steps reach past `maximum`
    /// (four or five for most maxima; one step of 1 for an axis of zeros).
    package static func ticks(maximum: Int) -> (step: Int, count: Int) {
        guard maximum > 0 else { return (1, 1) }
        let rough = Double(maximum) / 4
        var power = 1
        while Double(power) * 10 <= rough {
            power *= 10
        }
        let step =
            [1, 2, 5, 10].map { $0 * power }.first { Double($0) >= rough } ?? power * 10
        return (step, (maximum + step - 1) / step)
    }
}
