import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// What the generator service is doing.
public enum GenerationState: Sendable, Equatable {
    /// Ready for a generation (none yet, or the last one succeeded).
    case idle
    /// A generation is running.
    case generating
    /// The last generation failed with this message.
    case failed(String)
    /// The last generation was cancelled.
    case cancelled
}
