import DemoDataCore
import DemoDataVocabulary

/// The 64-bit finalizer at the heart of the counter-based random source.
///
/// It is a bijection with full avalanche (the SplitMix64 finalizer constants), so distinct
/// counters give unrelated outputs and no state has to be carried from one row to the next.
@inline(__always)
package func mix64(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
}

/// The golden-ratio increment that spreads consecutive counters over the 64-bit space.
package let goldenGamma: UInt64 = 0x9e37_79b9_7f4a_7c15
