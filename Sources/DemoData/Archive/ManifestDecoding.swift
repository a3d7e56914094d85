import Foundation

/// Decodes `manifest.json`, refusing a document that is not strict JSON (a key twice in one
/// object above all), so that every reader sees the same manifest.
enum ManifestDecoding {
    static func decode(_ bytes: [UInt8]) throws -> Manifest {
        try StrictJSON.validate(bytes)
        return try JSONDecoder().decode(Manifest.self, from: Data(bytes))
    }
}
