/// Shares given in ten-thousandths, as the measured size constants are.
package enum PerTenThousand {
    /// `value` × `share` / 10,000, rounded down, without overflowing for any byte count.
    package static func share(_ value: UInt64, _ share: UInt64) -> UInt64 {
        value / 10_000 * share + value % 10_000 * share / 10_000
    }
}
