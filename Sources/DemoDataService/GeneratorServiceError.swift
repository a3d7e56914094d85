import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// Requests the generator service refuses.
public enum GeneratorServiceError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A generation is already running.
    case busy

    public var description: String {
        switch self {
        case .busy:
            "a generation is already running; wait for it to finish or cancel it first"
        }
    }
}
