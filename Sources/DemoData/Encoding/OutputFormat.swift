/// The text format of an archive's table files.
public enum OutputFormat: String, CaseIterable, Sendable, Codable {
    case ndjson
    case csv

    /// The file name extension before any compression suffix.
    public var fileExtension: String { rawValue }
}
