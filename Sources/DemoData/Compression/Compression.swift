/// How table files are compressed.
public enum Compression: String, CaseIterable, Sendable, Codable {
    case gzip
    case none

    /// The suffix added to the file name (`.gz`, or nothing).
    public var fileSuffix: String {
        switch self {
        case .gzip: ".gz"
        case .none: ""
        }
    }
}
