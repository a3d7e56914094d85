import DemoDataCore
import DemoDataEngine

/// A JSON value with ordered object keys, written with two-space indentation, so documents
/// such as the manifest have a fixed, readable layout.
package indirect enum JSONValue: Sendable {
    case string(String)
    case integer(Int)
    case unsigned(UInt64)
    /// A number written exactly as given, such as the schema's decimal bounds (`9999999999.99`).
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// The document as UTF-8 bytes, ending with a newline.
    package func serialized() -> [UInt8] {
        let buffer = ByteBuffer(capacity: 4096)
        write(into: buffer, indent: 0)
        buffer.append(UInt8(ascii: "\n"))
        return buffer.array
    }

    private func write(into buffer: ByteBuffer, indent: Int) {
        switch self {
        case .string(let value): buffer.appendJSONString(value)
        case .integer(let value): buffer.appendInteger(value)
        case .unsigned(let value): buffer.appendDigits(value, minimumWidth: 1)
        case .number(let text): buffer.append(text)
        case .bool(let value): buffer.append(value ? "true" : "false")
        case .null: buffer.append("null")
        case .array(let items):
            writeContainer(
                items.map { (nil, $0) }, open: "[", close: "]", into: buffer, indent: indent)
        case .object(let members):
            writeContainer(
                members.map { ($0, $1) }, open: "{", close: "}", into: buffer, indent: indent)
        }
    }

    private func writeContainer(
        _ members: [(String?, JSONValue)], open: String, close: String, into buffer: ByteBuffer,
        indent: Int
    ) {
        buffer.append(open)
        guard !members.isEmpty else {
            buffer.append(close)
            return
        }
        for (index, (key, value)) in members.enumerated() {
            buffer.append(index == 0 ? "\n" : ",\n")
            buffer.append(String(repeating: " ", count: indent + 2))
            if let key {
                buffer.appendJSONString(key)
                buffer.append(": ")
            }
            value.write(into: buffer, indent: indent + 2)
        }
        buffer.append("\n" + String(repeating: " ", count: indent) + close)
    }
}
