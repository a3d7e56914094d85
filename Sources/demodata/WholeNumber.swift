import ArgumentParser

/// Reads a numeric option or variable, refusing anything outside its range with one message
/// that names the range: `--scale must be a whole number from 1 to 1000000; got '-5'.`
enum WholeNumber {
    static func parse<Value: FixedWidthInteger>(
        _ text: String, _ name: String, in range: ClosedRange<Value>
    ) throws -> Value {
        guard let value = Value(text), range.contains(value) else {
            throw ValidationError(
                "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound); "
                    + "got '\(text)'.")
        }
        return value
    }
}
