extension Optional {
    /// The value, or an `IntegrationFailure` with `message`.
    func unwrapped(_ message: String) throws -> Wrapped {
        guard let self else { throw IntegrationFailure(message) }
        return self
    }
}
