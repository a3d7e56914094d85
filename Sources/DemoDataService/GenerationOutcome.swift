import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// The result of a generation request.
public struct GenerationOutcome: Sendable {
    public let path: String
    public let manifest: Manifest
    /// True when the archive already existed with the same parameters and intact checksums,
    /// so nothing was written.
    public let upToDate: Bool
    public let metrics: GenerationMetrics
    /// What the user should know about what is beside the archive, one line each: a
    /// directory of a run kept because it holds a file that is not demodata's (where the
    /// file is, and what to do).
    public let notes: [String]
}
