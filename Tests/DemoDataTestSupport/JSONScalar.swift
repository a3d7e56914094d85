/// One value of an NDJSON row: the archives write only scalars.
enum JSONScalar: Decodable, Equatable {
    case null
    case boolean(Bool)
    case integer(Int)
    case string(String)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .boolean(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    /// The value as CSV writes it: the same text, and nil for null.
    var text: String? {
        switch self {
        case .null: nil
        case .boolean(let value): value ? "true" : "false"
        case .integer(let value): String(value)
        case .string(let value): value
        }
    }
}
