import DemoDataCore
import DemoDataVocabulary

extension ByteBuffer {
    /// Appends a non-negative or negative integer in decimal.
    @inline(__always)
    package func appendInteger(_ value: Int) {
        if value < 0 {
            append(UInt8(ascii: "-"))
            appendDigits(UInt64(value.magnitude), minimumWidth: 1)
        } else {
            appendDigits(UInt64(value), minimumWidth: 1)
        }
    }

    /// Appends `value` in decimal, left-padded with zeros to `minimumWidth` digits.
    @inline(__always)
    package func appendDigits(_ value: UInt64, minimumWidth: Int) {
        // 24 bytes: room for UInt64.max's 20 digits and some leading zeros.
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &scratch) { raw in
            let digits = raw.bindMemory(to: UInt8.self)
            var position = digits.count
            var rest = value
            repeat {
                position -= 1
                digits[position] = UInt8(truncatingIfNeeded: rest % 10) &+ 48
                rest /= 10
            } while rest > 0
            // Zeros beyond the scratch's room go straight to the buffer.
            for _ in digits.count..<max(digits.count, minimumWidth) {
                append(48)
            }
            while digits.count - position < minimumWidth && position > 0 {
                position -= 1
                digits[position] = 48
            }
            if let start = digits.baseAddress {
                append(start + position, count: digits.count - position)
            }
        }
    }

    /// Appends a fixed-point decimal: `units` in units of 10^-scale, with exactly `scale`
    /// fraction digits (`123450, scale 2` → `1234.50`).
    @inline(__always)
    package func appendDecimal(_ units: Int, scale: Int) {
        var magnitude = UInt64(units.magnitude)
        if units < 0 {
            append(UInt8(ascii: "-"))
        }
        var divisor: UInt64 = 1
        for _ in 0..<scale {
            divisor *= 10
        }
        appendDigits(magnitude / divisor, minimumWidth: 1)
        if scale > 0 {
            magnitude %= divisor
            append(UInt8(ascii: "."))
            appendDigits(magnitude, minimumWidth: scale)
        }
    }

    /// Appends a UUID in its canonical lowercase 8-4-4-4-12 form.
    @inline(__always)
    package func appendUUID(_ uuid: UUIDBits) {
        reserve(36)
        let out = UnsafeMutableRawPointer(base + count)
        hexPairs.withUnsafeBufferPointer { pairs in
            // Each byte becomes one two-digit entry of the table, stored as one 16-bit write;
            // dashes go after hex digits 8, 12, 16 and 20.
            var position = 0
            for index in 0..<16 {
                let word = index < 8 ? uuid.high : uuid.low
                let byte = Int((word >> UInt64(56 - 8 * (index & 7))) & 0xff)
                out.storeBytes(of: pairs[byte], toByteOffset: position, as: UInt16.self)
                position += 2
                if index == 3 || index == 5 || index == 7 || index == 9 {
                    out.storeBytes(of: UInt8(ascii: "-"), toByteOffset: position, as: UInt8.self)
                    position += 1
                }
            }
        }
        count += 36
    }

    /// Appends a date, `YYYY-MM-DD`, from days since 1970-01-01.
    @inline(__always)
    package func appendDate(daysSinceEpoch days: Int) {
        let date = CivilDate(daysSinceEpoch: days)
        appendDigits(UInt64(date.year), minimumWidth: 4)
        append(UInt8(ascii: "-"))
        appendTwoDigits(date.month)
        append(UInt8(ascii: "-"))
        appendTwoDigits(date.day)
    }

    /// Appends a UTC timestamp, `YYYY-MM-DDTHH:MM:SS.ffffffZ`, from microseconds since the epoch.
    @inline(__always)
    package func appendTimestamp(microseconds: Int64) {
        let perDay: Int64 = 86_400_000_000
        var days = microseconds / perDay
        var rest = microseconds % perDay
        if rest < 0 {
            days -= 1
            rest += perDay
        }
        appendDate(daysSinceEpoch: Int(days))
        let seconds = Int(rest / 1_000_000)
        append(UInt8(ascii: "T"))
        appendTwoDigits(seconds / 3600)
        append(UInt8(ascii: ":"))
        appendTwoDigits(seconds / 60 % 60)
        append(UInt8(ascii: ":"))
        appendTwoDigits(seconds % 60)
        append(UInt8(ascii: "."))
        appendDigits(UInt64(rest % 1_000_000), minimumWidth: 6)
        append(UInt8(ascii: "Z"))
    }

    @inline(__always)
    package func appendTwoDigits(_ value: Int) {
        reserve(2)
        base[count] = UInt8(truncatingIfNeeded: value / 10) &+ 48
        base[count + 1] = UInt8(truncatingIfNeeded: value % 10) &+ 48
        count += 2
    }
}

/// `00`, `01`, … `ff`: the two lowercase hex digits of each byte value, as the 16-bit value
/// whose memory holds them in order.
private let hexPairs: [UInt16] = {
    let digits = Array("0123456789abcdef".utf8)
    return (0..<256).map { value in
        var pair: UInt16 = 0
        withUnsafeMutableBytes(of: &pair) {
            $0[0] = digits[value >> 4]
            $0[1] = digits[value & 15]
        }
        return pair
    }
}()
