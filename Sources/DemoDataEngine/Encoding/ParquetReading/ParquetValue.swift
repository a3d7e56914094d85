import DemoDataCore
import DemoDataVocabulary

/// One value of a column as its pages hold it: null, a boolean, or the PLAIN bytes of
/// anything else (little-endian integers, big-endian UUID bytes, a string's bytes without
/// its length), pointing into the row group's page bodies.
package enum ParquetValue {
    case null
    case boolean(Bool)
    case bytes(UnsafeRawBufferPointer)
}
