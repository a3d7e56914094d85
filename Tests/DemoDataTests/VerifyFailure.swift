/// A test precondition that did not hold, such as a row a test needs that is not there.
struct VerifyFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
