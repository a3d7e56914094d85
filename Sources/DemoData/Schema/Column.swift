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

    public init(
        _ name: String, _ type: ColumnType, nullable: Bool = false, references: Table? = nil,
        unique: Bool = false, check: ColumnCheck? = nil
    ) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.references = references
        self.unique = unique
        self.check = check
    }
}
