/// A failure of the test setup, with a message that says what went wrong.
struct IntegrationFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
