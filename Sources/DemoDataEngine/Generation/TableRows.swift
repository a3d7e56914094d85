import DemoDataCore
import DemoDataVocabulary

/// A table's rows as a lazy sequence over its roots: the rows of root `i` are computed from
/// (seed, table, i) alone, so any range of roots can be encoded on its own.
package protocol TableRows {
    /// Encodes the rows of the roots in `roots`, in order.
    func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder)
}
