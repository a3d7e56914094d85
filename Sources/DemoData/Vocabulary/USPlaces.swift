/// Every street-delivery ZIP code of the 50 states and DC with its city, its telephone area
/// codes and the people it serves (`USPlaceData`), read once per process into flat arrays:
/// states hold ranges of cities, cities ranges of ZIPs, so that a place is three indexes.
final class USPlaces: Sendable {
    static let shared = USPlaces(parsing: USPlaceData.text)

    /// A city: its name, its state's index in `USStates.all` and its ZIPs' range in `zips`.
    struct City: Sendable {
        let name: String
        let state: Int
        let zips: Range<Int>
    }

    /// A ZIP code: its five digits, the people it serves and its area codes' range in
    /// `areaCodes`.
    struct ZIP: Sendable {
        let code: Int
        let people: Int
        let areaCodes: Range<Int>
    }

    let cities: [City]
    let zips: [ZIP]
    let areaCodes: [Int]
    /// The range of each state's cities in `cities`, by the state's index in `USStates.all`.
    let stateCities: [Range<Int>]

    init(parsing text: String) {
        let states = Dictionary(
            uniqueKeysWithValues: USStates.all.enumerated().map { ($1.code, $0) })
        var cities: [City] = []
        var zips: [ZIP] = []
        var areaCodes: [Int] = []
        var stateCities = [Range<Int>](repeating: 0..<0, count: USStates.all.count)
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            precondition(fields.count == 3, "USPlaceData: \(line)")
            guard let state = states[String(fields[0])] else {
                preconditionFailure("USPlaceData: unknown state in \(line)")
            }
            let firstZIP = zips.count
            for entry in fields[2].split(separator: " ") {
                let parts = entry.split(separator: ":")
                guard parts.count == 3, let code = Int(parts[0]), let people = Int(parts[1])
                else { preconditionFailure("USPlaceData: \(entry)") }
                let firstCode = areaCodes.count
                for areaCode in parts[2].split(separator: "/") {
                    guard let value = Int(areaCode) else {
                        preconditionFailure("USPlaceData: \(entry)")
                    }
                    areaCodes.append(value)
                }
                zips.append(ZIP(code: code, people: people, areaCodes: firstCode..<areaCodes.count))
            }
            let range = stateCities[state]
            stateCities[state] =
                range.isEmpty
                ? cities.count..<cities.count + 1 : range.lowerBound..<cities.count + 1
            cities.append(City(name: String(fields[1]), state: state, zips: firstZIP..<zips.count))
        }
        self.cities = cities
        self.zips = zips
        self.areaCodes = areaCodes
        self.stateCities = stateCities
    }
}
