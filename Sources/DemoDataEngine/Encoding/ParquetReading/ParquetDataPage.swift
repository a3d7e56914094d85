import DemoDataCore
import DemoDataVocabulary

/// Where one decompressed data page of a column chunk lies in its row group's page bodies.
package struct ParquetDataPage {
    /// Values in the page, nulls included: one per row.
    package let valueCount: Int
    /// The definition levels without their length prefix (empty for a column that is not
    /// nullable, whose pages have none).
    package let levels: Range<Int>
    /// The PLAIN values, or the dictionary indices (after their bit width).
    package let values: Range<Int>
    package let dictionaryEncoded: Bool
    /// The dictionary indices' bit width (0 when the page has no indices).
    package let bitWidth: Int
}
