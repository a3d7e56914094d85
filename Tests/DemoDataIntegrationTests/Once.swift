/// A value that is computed by the first caller and shared with every later one, such as a
/// database that several tests read after one load.
actor Once<Value: Sendable> {
    private var task: Task<Value, any Error>?

    /// The value, computing it with `make` on the first call.
    func value(_ make: @escaping @Sendable () async throws -> Value) async throws -> Value {
        if let task {
            return try await task.value
        }
        let task = Task { try await make() }
        self.task = task
        return try await task.value
    }
}
