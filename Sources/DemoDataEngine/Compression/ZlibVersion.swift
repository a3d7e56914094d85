import DemoDataCore
import DemoDataVocabulary
import CZlib

/// The version of the zlib this program runs with, as the manifest records it.
enum ZlibVersion {
    static let text: String = {
        guard let version = zlibVersion() else { return "unknown" }
        return String(cString: version)
    }()
}
