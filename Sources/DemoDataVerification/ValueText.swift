import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// Parsers for the exact text forms of column values, and formatting for messages. Each parser
/// accepts only the one form the archive writes and returns nil for anything else.
package enum ValueText {
    package static let microsPerDay: Int64 = 86_400_000_000

    /// `-?(0|[1-9][0-9]*)`, at most 18 digits.
    package static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var offset = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative {
            offset = 1
        }
        let digits = bytes.count - offset
        guard digits >= 1, digits <= 18 else { return nil }
        if digits > 1, bytes[offset] == UInt8(ascii: "0") { return nil }
        var value = 0
        while offset < bytes.count {
            let digit = bytes[offset] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            offset += 1
        }
        return negative ? -value : value
    }

    /// `-?(0|[1-9][0-9]{0,integerDigits-1})\.[0-9]{scale}` as an integer number of units of
    /// 10^-scale (`12.50` with scale 2 is 1250).
    package static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, scale: Int, integerDigits: Int)
        -> Int?
    {
        var offset = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative {
            offset = 1
        }
        let point = bytes.count - scale - (scale > 0 ? 1 : 0)
        let whole = point - offset
        guard whole >= 1, whole <= max(1, integerDigits) else { return nil }
        if whole > 1, bytes[offset] == UInt8(ascii: "0") { return nil }
        if scale > 0, bytes[point] != UInt8(ascii: ".") { return nil }
        var value = 0
        while offset < bytes.count {
            if offset != point || scale == 0 {
                let digit = bytes[offset] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            offset += 1
        }
        return negative ? -value : value
    }

    /// `YYYY-MM-DD` naming a real day, as days since 1970-01-01.
    package static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 10 else { return nil }
        return day(bytes, 0)
    }

    /// `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC, a real day and time), as microseconds since
    /// 1970-01-01.
    package static func timestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard bytes.count == 27, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."),
            bytes[26] == UInt8(ascii: "Z"), let day = day(bytes, 0),
            let hour = number(bytes, 11, 2), hour < 24, let minute = number(bytes, 14, 2),
            minute < 60, let second = number(bytes, 17, 2), second < 60,
            let micros = number(bytes, 20, 6)
        else { return nil }
        let seconds = Int64(hour * 3600 + minute * 60 + second)
        return Int64(day) * microsPerDay + seconds * 1_000_000 + Int64(micros)
    }

    /// The units of a decimal literal such as `2500.00` at `scale` (for the schema's checks).
    package static func units(_ text: String, scale: Int) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            scale == 0
                ? integer(bytes) : decimal(bytes, scale: scale, integerDigits: 18 - scale)
        }
    }

    /// `units` at `scale` as text: `1250, 2` is `12.50`.
    package static func decimalText(_ units: Int, scale: Int = 2) -> String {
        guard scale > 0 else { return String(units) }
        var divisor = 1
        for _ in 0..<scale {
            divisor *= 10
        }
        let fraction = String(units.magnitude % UInt(divisor))
        return (units < 0 ? "-" : "") + String(units.magnitude / UInt(divisor)) + "."
            + String(repeating: "0", count: scale - fraction.count) + fraction
    }

    /// A day number as `YYYY-MM-DD`.
    package static func dateText(_ day: Int) -> String {
        CivilDate(daysSinceEpoch: day).description
    }

    /// A value for a message: quoted, and cut short when long.
    /// A moment in microseconds since the epoch as `YYYY-MM-DD HH:MM:SS` (UTC).
    package static func timestampText(_ micros: Int) -> String {
        let perDay = Int(microsPerDay)
        let day = micros >= 0 ? micros / perDay : (micros - perDay + 1) / perDay
        let seconds = (micros - day * perDay) / 1_000_000
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return dateText(day) + " " + two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":"
            + two(seconds % 60)
    }

    package static func quoted(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.count > 60 {
            text = String(text.prefix(57)) + "…"
        }
        return "\"" + text + "\""
    }

    private static func day(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int? {
        guard bytes[offset + 4] == UInt8(ascii: "-"), bytes[offset + 7] == UInt8(ascii: "-"),
            let year = number(bytes, offset, 4), let month = number(bytes, offset + 5, 2),
            let day = number(bytes, offset + 8, 2),
            let date = CivilDate(year: year, month: month, day: day)
        else { return nil }
        return date.daysSinceEpoch
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ count: Int)
        -> Int?
    {
        var value = 0
        for index in offset..<(offset + count) {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
