/// The result of a generation request.
public struct GenerationOutcome: Sendable {
    public let path: String
    public let manifest: Manifest
    /// True when the archive already existed with the same parameters and intact checksums,
    /// so nothing was written.
    public let upToDate: Bool
    public let metrics: GenerationMetrics
}
