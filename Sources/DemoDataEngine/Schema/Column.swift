import DemoDataCore
import DemoDataVocabulary

/// One column of a table: its name, type, nullability and constraints.
public struct Column: Sendable, Hashable {
    public let name: String
    public let type: ColumnType
    public let nullable: Bool
    /// The table whose `id` this column references, if it is a foreign key.
    public let references: Table?
    /// Whether every value in the column is distinct.
    public let unique: Bool
    public let check: ColumnCheck?
    /// The most UTF-8 bytes a value of a free-text string column holds (a `.oneOf` column's
    /// longest value bounds it instead; other types are bounded by their text form). The
    /// verifier reads no line longer than its table's values allow
    /// (`Table.maximumLineLength`), and debug builds check every string generated against it.
    public let maximumLength: Int?

    public init(
        _ name: String, _ type: ColumnType, nullable: Bool = false, references: Table? = nil,
        unique: Bool = false, check: ColumnCheck? = nil, maximumLength: Int? = nil
    ) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.references = references
        self.unique = unique
        self.check = check
        self.maximumLength = maximumLength
    }
}
