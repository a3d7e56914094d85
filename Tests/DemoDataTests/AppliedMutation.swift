/// What an `ArchiveMutator` changed: the kind, the file it changed, and how.
struct AppliedMutation: Sendable, CustomStringConvertible {
    let kind: MutationKind
    /// The table whose file changed, or `manifest.json`.
    let target: String
    /// The change, such as `row 3 email: 'diane@example.com' → 'diene@example.com'`; rows are
    /// data rows counted from 0 (a CSV header is not one), lines are counted from 1.
    let detail: String

    var description: String { "\(kind.rawValue) in \(target): \(detail)" }
}
