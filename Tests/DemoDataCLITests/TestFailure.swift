/// A test's own setup went wrong (a missing binary, an unreadable manifest), as opposed to the
/// product misbehaving.
struct TestFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
