/// A test's own setup or precondition went wrong (a missing binary, an unreadable manifest, a
/// row the test needs that is not there), as opposed to the product misbehaving: the one
/// failure type of the test suites.
public struct TestFailure: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
