import DemoDataCore
import DemoDataVocabulary

/// The Thrift compact protocol's type codes, the ones Parquet never uses included: what
/// `ThriftCompactWriter` writes and `ThriftCompactReader` reads and skips.
package enum ThriftCompactType: UInt8 {
    case boolTrue = 1
    case boolFalse = 2
    case byte = 3
    case i16 = 4
    case i32 = 5
    case i64 = 6
    case double = 7
    case binary = 8
    case list = 9
    case set = 10
    case map = 11
    case structure = 12
    case uuid = 13

    package var name: String {
        switch self {
        case .boolTrue, .boolFalse: "bool"
        case .byte: "byte"
        case .i16: "i16"
        case .i32: "i32"
        case .i64: "i64"
        case .double: "double"
        case .binary: "binary"
        case .list: "list"
        case .set: "set"
        case .map: "map"
        case .structure: "struct"
        case .uuid: "uuid"
        }
    }

    /// The fewest bytes a value of this type takes as a list, set or map element.
    package var minimumElementSize: Int {
        switch self {
        case .double: 8
        case .uuid: 16
        default: 1
        }
    }
}
