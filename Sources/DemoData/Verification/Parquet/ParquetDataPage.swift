/// Where one decompressed data page of a column chunk lies in its row group's page bodies.
struct ParquetDataPage {
    /// Values in the page, nulls included: one per row.
    let valueCount: Int
    /// The definition levels without their length prefix (empty for a column that is not
    /// nullable, whose pages have none).
    let levels: Range<Int>
    /// The values: PLAIN, or the bit width of the dictionary indices and the indices.
    let values: Range<Int>
    let dictionaryEncoded: Bool
}
