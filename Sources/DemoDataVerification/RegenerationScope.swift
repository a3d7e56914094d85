import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// How much of an archive this program can make again, and why not all of it.
///
/// A data version fixes every table's content; the compressed bytes also depend on the zlib
/// or libzstd that compressed them; the manifest's bytes also name the release that wrote
/// them. Only an archive of this program's data version, release and library can be compared
/// byte for byte in full — anything less is an incomplete verification, never a passed one.
package struct RegenerationScope: Equatable {
    /// Whether the tables' content can be regenerated (the archive's data version is ours).
    package let regenerates: Bool
    /// Whether the files' compressed bytes can be (the library that wrote them is ours too).
    package let comparesCompressedBytes: Bool
    /// What could not be checked, each a sentence naming what would check it.
    package let reasons: [String]

    package init(_ manifest: Manifest) {
        let this = "this program (demodata \(DemoDataVersion.generator))"
        guard manifest.dataVersion == DemoDataVersion.data else {
            let release =
                DemoDataVersion.release(making: manifest.dataVersion).map { "demodata \($0)" }
                ?? (manifest.dataVersion > DemoDataVersion.data
                    ? "a release newer than this one" : "no release of demodata")
            regenerates = false
            comparesCompressedBytes = false
            reasons = [
                "the archive is of data version \(manifest.dataVersion), which \(release) "
                    + "regenerates, and \(this) makes data version \(DemoDataVersion.data): its "
                    + "rows were checked against the schema and the business rules but not "
                    + "regenerated; verify it with \(release) for a complete verification"
            ]
            return
        }
        var reasons: [String] = []
        if manifest.generator.version != DemoDataVersion.generator {
            reasons.append(
                "demodata \(manifest.generator.version) wrote the manifest and this is demodata "
                    + "\(DemoDataVersion.generator): the tables were regenerated, but only "
                    + "that release writes its manifest; verify with it for a complete "
                    + "verification")
        }
        var library = true
        for (name, running) in Compression.allCases.compactMap(\.codec.library) {
            guard let recorded = manifest.generator.library(named: name), recorded != running
            else { continue }
            library = false
            reasons.append(
                "\(name) \(recorded) compressed the files and \(this) has \(name) \(running): "
                    + "their content was regenerated and compared byte for byte, their "
                    + "compressed bytes could not be; verify with a demodata built with "
                    + "\(name) \(recorded) for a complete verification")
        }
        regenerates = true
        comparesCompressedBytes = library
        self.reasons = reasons
    }
}
