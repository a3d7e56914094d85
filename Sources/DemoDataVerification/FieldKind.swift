import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// How a field was written, which decides the column types it can hold: an NDJSON integer must
/// be a JSON number and a decimal a JSON string, while CSV writes every value as text.
package enum FieldKind: UInt8, Sendable {
    /// JSON `null`, or an empty unquoted CSV field.
    case null
    case jsonString
    case jsonNumber
    case jsonTrue
    case jsonFalse
    /// A CSV field (quoted or not) that is not null.
    case csvText
}
