@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// One kind of change an `ArchiveMutator` makes to an archive, with every checksum recomputed
/// afterwards, so that only verify's deeper checks can notice it.
enum MutationKind: String, CaseIterable, Sendable {
    // Rows.
    case swapRows = "swap two rows"
    case moveRow = "move a row"
    case deleteRow = "delete a row"
    case duplicateRow = "duplicate a row"
    case deleteSecondaryAddress = "delete a non-primary address"
    // Values.
    case changeDigit = "change a digit"
    case changeLetter = "change a letter"
    case swapFieldValues = "swap a field between two rows"
    case changeEnum = "change an enum value"
    case decimalCent = "decimal off by one cent"
    case decimalNegativeZero = "decimal to -0.00"
    case decimalTrailingZero = "decimal with a trailing zero"
    case consistentQuantity = "quantity changed, totals recomputed"
    // Text form.
    case reorderKeys = "NDJSON keys reordered"
    case spaceAfterColon = "NDJSON space after a colon"
    case escapeLetter = "NDJSON letter escaped as \\u00XX"
    case nullToEmptyString = "NDJSON null to \"\""
    case quoteField = "CSV field quoted needlessly"
    case emptyFieldToQuotes = "CSV null to \"\""
    case crlf = "CSV CRLF line end"
    case trailingSpace = "trailing space on the last line"
    case trailingNewline = "extra newline at the end"
    // The manifest alone.
    case manifestSeed = "manifest seed"
    case manifestLevel = "manifest level"
    case manifestScale = "manifest scale"
    case manifestAsOf = "manifest as_of"
    case manifestShard = "manifest shard 0 of 1"
    case manifestColumnType = "manifest column type"
    case manifestColumnNullable = "manifest column nullable"
    // The gzip framing alone.
    case gzipLevel = "gzip recompressed at another level"
    case gzipFileName = "gzip header with a file name"
    case gzipTwoMembers = "gzip split into two members"

    /// Whether the changed archive may be one that generate writes with other parameters, so
    /// that it is no forgery: shard 0 of 1 has an unsharded archive's tables, and two levels
    /// may compress a small file alike. Other kinds leave the parameters as they were (so
    /// generate writes the pristine archive), or change every table (seed, scale, as-of).
    var mayBeGenuine: Bool {
        self == .manifestShard || self == .manifestLevel
    }

    /// Whether the kind can change an archive of `format` and `compression` into one that
    /// generate could never write.
    ///
    /// The level of an uncompressed archive changes no byte of its tables, so an uncompressed
    /// archive whose manifest says another level is exactly what `generate --compression none
    /// --level N` writes: it is not a forgery.
    func applies(to format: OutputFormat, _ compression: Compression) -> Bool {
        switch self {
        case .reorderKeys, .spaceAfterColon, .escapeLetter, .nullToEmptyString:
            format == .ndjson
        case .quoteField, .emptyFieldToQuotes, .crlf:
            format == .csv
        case .manifestLevel, .gzipLevel, .gzipFileName, .gzipTwoMembers:
            compression == .gzip
        default:
            true
        }
    }
}
