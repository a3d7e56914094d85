extension Optional {
    /// The value, or a `TestFailure` with `message`.
    public func unwrapped(_ message: String) throws -> Wrapped {
        guard let self else { throw TestFailure(message) }
        return self
    }
}
