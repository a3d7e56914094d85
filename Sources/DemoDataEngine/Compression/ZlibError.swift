import CZlib
import DemoDataCore
import DemoDataVocabulary

/// A zlib call that failed, with zlib's return code and message.
package struct ZlibError: Error, CustomStringConvertible, Sendable {
    package let operation: String
    package let code: Int32
    package let message: String

    package init(_ operation: String, code: Int32, stream: UnsafePointer<z_stream>? = nil) {
        self.operation = operation
        self.code = code
        if let text = stream?.pointee.msg {
            message = String(cString: text)
        } else {
            message = ZlibError.name(of: code)
        }
    }

    package static func name(of code: Int32) -> String {
        switch code {
        case Z_STREAM_END: "end of stream"
        case Z_NEED_DICT: "a dictionary is needed"
        case Z_ERRNO: "file error"
        case Z_STREAM_ERROR: "inconsistent stream state"
        case Z_DATA_ERROR: "corrupt or invalid compressed data"
        case Z_MEM_ERROR: "out of memory"
        case Z_BUF_ERROR: "no progress possible (truncated input?)"
        case Z_VERSION_ERROR: "incompatible zlib version"
        default: "zlib error \(code)"
        }
    }

    package var description: String { "\(operation) failed: \(message)" }
}

/// A gzip member whose header is not the one demodata writes: it carries a file name,
/// comment, extra field, header CRC, time or another OS or XFL byte, so the file was
/// recompressed by something else.
package struct GzipHeaderError: Error, CustomStringConvertible {
    package let member: Int

    package var description: String {
        "gzip member \(member) has a header demodata does not write (a file name, comment, "
            + "extra field, header CRC, modification time, or another OS or XFL byte)"
    }
}
