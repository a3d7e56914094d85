import Foundation

/// Decodes `manifest.json`.
enum ManifestDecoding {
    static func decode(_ bytes: [UInt8]) throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(bytes))
    }
}
