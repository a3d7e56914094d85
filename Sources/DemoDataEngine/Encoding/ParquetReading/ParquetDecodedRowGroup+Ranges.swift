import DemoDataCore
import DemoDataVocabulary

extension ParquetDecodedRowGroup {
    /// The days of 0001-01-01 and 9999-12-31 since 1970-01-01: the dates `YYYY-MM-DD` writes.
    package static let writableDays = -719_162...2_932_896

    /// The microseconds of the first and last instant of those days.
    package static let writableMicroseconds: ClosedRange<Int64> = {
        let perDay: Int64 = 86_400_000_000
        let first = Int64(writableDays.lowerBound) * perDay
        return first...(Int64(writableDays.upperBound) + 1) * perDay - 1
    }()

    /// Why a date or timestamp value cannot be written as text (it is outside the years 1 to
    /// 9999), or nil: any other value of a checked page can.
    package static func rangeProblem(_ bytes: UnsafeRawBufferPointer, _ type: ColumnType) -> String?
    {
        switch type {
        case .date:
            let days = Int(Int32(littleEndian: bytes.loadUnaligned(as: Int32.self)))
            guard writableDays.contains(days) else {
                return "is day \(days) from 1970-01-01, outside the years 1 to 9999"
            }
        case .timestamp:
            let microseconds = Int64(littleEndian: bytes.loadUnaligned(as: Int64.self))
            guard writableMicroseconds.contains(microseconds) else {
                return "is \(microseconds) µs from 1970-01-01, outside the years 1 to 9999"
            }
        default:
            break
        }
        return nil
    }
}
