import DemoDataCore
import DemoDataVocabulary

/// A 128-bit UUID built from random bits, with the version 8 and RFC 9562 variant bits set.
package struct UUIDBits: Sendable, Hashable {
    package let high: UInt64
    package let low: UInt64

    @inline(__always)
    package init(high: UInt64, low: UInt64) {
        self.high = (high & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_8000
        self.low = (low & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000
    }
}
