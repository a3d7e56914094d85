import CZlib
import DemoDataCore
import DemoDataVocabulary

/// The version of the zlib this program runs with, as the manifest records it.
package enum ZlibVersion {
    package static let text: String = {
        guard let version = zlibVersion() else { return "unknown" }
        return String(cString: version)
    }()
}
