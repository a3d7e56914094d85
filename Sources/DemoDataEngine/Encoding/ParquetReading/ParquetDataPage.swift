import DemoDataCore
import DemoDataVocabulary

/// Where one decompressed data page of a column chunk lies in its row group's page bodies.
struct ParquetDataPage {
    /// Values in the page, nulls included: one per row.
    let valueCount: Int
    /// The definition levels without their length prefix (empty for a column that is not
    /// nullable, whose pages have none).
    let levels: Range<Int>
    /// The PLAIN values, or the dictionary indices (after their bit width).
    let values: Range<Int>
    let dictionaryEncoded: Bool
    /// The dictionary indices' bit width (0 when the page has no indices).
    let bitWidth: Int
}
