import DemoDataCore
import DemoDataVocabulary

/// The logical type of a column, as the manifest names it and the encoders write it.
public enum ColumnType: Sendable, Hashable {
    case uuid
    case string
    case integer
    case boolean
    case decimal(precision: Int, scale: Int)
    case date
    case timestamp

    /// The name used in `manifest.json`, such as `decimal(12,2)`.
    public var name: String {
        switch self {
        case .uuid: "uuid"
        case .string: "string"
        case .integer: "integer"
        case .boolean: "boolean"
        case .decimal(let precision, let scale): "decimal(\(precision),\(scale))"
        case .date: "date"
        case .timestamp: "timestamp"
        }
    }

    /// Money: `decimal(12,2)`.
    public static let money = ColumnType.decimal(precision: 12, scale: 2)
    /// Percentages and multipliers: `decimal(5,2)`.
    public static let percent = ColumnType.decimal(precision: 5, scale: 2)
}
