import DemoDataCore
import DemoDataVocabulary

extension ParquetColumnLayout {
    /// The column's type as the schema gives it: `DECIMAL(12,2) stored as INT64`, `INT64`,
    /// `UUID stored as FIXED_LEN_BYTE_ARRAY(16)`.
    package var typeDescription: String {
        var stored = ParquetFormat.physicalTypeName(physicalType.rawValue)
        if physicalType == .fixedLenByteArray {
            stored += "(\(typeLength))"
        }
        guard let logicalType else { return stored }
        return logicalType.name + " stored as " + stored
    }
}
