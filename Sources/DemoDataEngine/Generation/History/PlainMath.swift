/// `exp` and `ln` from IEEE additions, multiplications and divisions only, so that every
/// machine computes the same bits (libm's results may differ in the last place between
/// platforms, and a generated value must not). Used when a context is built, never per row.
package enum PlainMath {
    private static let ln2 = 0.693_147_180_559_945_3

    /// e^x for |x| < 700.
    package static func exp(_ x: Double) -> Double {
        // x = k·ln 2 + r with |r| ≤ ln 2 / 2, then e^r by its series.
        let k = (x / ln2).rounded()
        let r = x - k * ln2
        var term = 1.0
        var sum = 1.0
        for n in 1...24 {
            term *= r / Double(n)
            sum += term
        }
        return sum * power2(Int(k))
    }

    /// The natural logarithm of x > 0.
    package static func ln(_ x: Double) -> Double {
        precondition(x > 0, "the logarithm of a positive number")
        // x = m · 2^e with m in [1/√2, √2), then ln m = 2·atanh((m − 1)/(m + 1)).
        var m = x
        var e = 0
        while m >= 1.414_213_562_373_095 {
            m /= 2
            e += 1
        }
        while m < 0.707_106_781_186_547_5 {
            m *= 2
            e -= 1
        }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var term = s
        var sum = 0.0
        for n in stride(from: 1, through: 61, by: 2) {
            sum += term / Double(n)
            term *= s2
        }
        return 2 * sum + Double(e) * ln2
    }

    private static func power2(_ k: Int) -> Double {
        var result = 1.0
        let factor = k >= 0 ? 2.0 : 0.5
        for _ in 0..<abs(k) {
            result *= factor
        }
        return result
    }
}
