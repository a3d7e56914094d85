/// Every street-delivery ZIP code of the 50 states and DC with its city, its telephone area
/// codes and the people it serves (`USPlaceData`), read once per process into flat arrays:
/// states hold ranges of cities, cities ranges of ZIPs, so that a place is three indexes.
package final class USPlaces: Sendable {
    package static let shared = USPlaces(parsing: USPlaceData.text)

    /// A city: its name, its state's index in `USStates.all` and its ZIPs' range in `zips`.
    package struct City: Sendable {
        package let name: String
        package let state: Int
        package let zips: Range<Int>
    }

    /// A ZIP code: its five digits, the people it serves and its area codes' range in
    /// `areaCodes`.
    package struct ZIP: Sendable {
        package let code: Int
        package let people: Int
        package let areaCodes: Range<Int>
    }

    package let cities: [City]
    package let zips: [ZIP]
    package let areaCodes: [Int]
    /// The range of each state's cities in `cities`, by the state's index in `USStates.all`.
    package let stateCities: [Range<Int>]

    package init(parsing text: String) {
        var text = text
        let states = Dictionary(
            uniqueKeysWithValues: USStates.all.enumerated().map { ($1.code, $0) })
        var cities: [City] = []
        var zips: [ZIP] = []
        var areaCodes: [Int] = []
        var stateCities = [Range<Int>](repeating: 0..<0, count: USStates.all.count)
        // One pass over the bytes: `String.split` made start-up take a sixth of a second.
        text.withUTF8 { bytes in
            var position = 0
            func field(until terminator: UInt8) -> Range<Int> {
                let start = position
                while position < bytes.count, bytes[position] != terminator {
                    position += 1
                }
                return start..<position
            }
            func number() -> Int {
                var value = 0
                var digits = 0
                while position < bytes.count, bytes[position] &- UInt8(ascii: "0") < 10 {
                    value = value * 10 + Int(bytes[position] &- UInt8(ascii: "0"))
                    position += 1
                    digits += 1
                }
                precondition(digits > 0, "USPlaceData: a number is missing at byte \(position)")
                return value
            }
            func expect(_ byte: UInt8) {
                precondition(
                    position < bytes.count && bytes[position] == byte,
                    "USPlaceData: expected \(Character(UnicodeScalar(byte))) at byte \(position)")
                position += 1
            }
            while position < bytes.count {
                let code = String(decoding: bytes[field(until: UInt8(ascii: "|"))], as: UTF8.self)
                guard let state = states[code] else {
                    preconditionFailure("USPlaceData: unknown state \(code)")
                }
                expect(UInt8(ascii: "|"))
                let name = String(decoding: bytes[field(until: UInt8(ascii: "|"))], as: UTF8.self)
                expect(UInt8(ascii: "|"))
                let firstZIP = zips.count
                while true {
                    let zip = number()
                    expect(UInt8(ascii: ":"))
                    let people = number()
                    expect(UInt8(ascii: ":"))
                    let firstCode = areaCodes.count
                    areaCodes.append(number())
                    while position < bytes.count, bytes[position] == UInt8(ascii: "/") {
                        position += 1
                        areaCodes.append(number())
                    }
                    zips.append(
                        ZIP(code: zip, people: people, areaCodes: firstCode..<areaCodes.count))
                    guard position < bytes.count, bytes[position] == UInt8(ascii: " ") else {
                        break
                    }
                    position += 1
                }
                if position < bytes.count {
                    expect(UInt8(ascii: "\n"))
                }
                let range = stateCities[state]
                stateCities[state] =
                    range.isEmpty
                    ? cities.count..<cities.count + 1 : range.lowerBound..<cities.count + 1
                cities.append(City(name: name, state: state, zips: firstZIP..<zips.count))
            }
        }
        self.cities = cities
        self.zips = zips
        self.areaCodes = areaCodes
        self.stateCities = stateCities
    }
}
