/// US surnames with their frequencies (1990 Census) and given names by decade of birth with
/// their counts (Social Security baby names), from `PersonNameData`, read once per process.
package final class PersonNameFrequencies: Sendable {
    package static let shared = PersonNameFrequencies(parsing: PersonNameData.text)

    /// A name and its weight: a surname's share of people in thousandths of a percent, a given
    /// name's babies of its decade in tens.
    package struct Name: Sendable {
        package let text: String
        package let weight: Int
    }

    /// The given names of the babies born in one decade.
    package struct Decade: Sendable {
        /// The decade's first year, such as 1950.
        package let firstYear: Int
        package let female: [Name]
        package let male: [Name]
    }

    package let surnames: [Name]
    /// The given names of every decade, oldest decade first.
    package let decades: [Decade]
    /// Every given name of a sex once, with its babies over all the decades, most given first.
    package let femaleGivenNames: [Name]
    package let maleGivenNames: [Name]

    package init(parsing text: String) {
        var surnames: [Name] = []
        var female: [Int: [Name]] = [:]
        var male: [Int: [Name]] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let weight = fields.last.flatMap({ Int($0) }), weight > 0 else {
                preconditionFailure("PersonNameData: \(line)")
            }
            switch (fields[0], fields.count) {
            case ("L", 3):
                surnames.append(Name(text: String(fields[1]), weight: weight))
            case ("F", 4), ("M", 4):
                guard let decade = Int(fields[1]) else {
                    preconditionFailure("PersonNameData: \(line)")
                }
                let name = Name(text: String(fields[2]), weight: weight)
                if fields[0] == "F" {
                    female[decade, default: []].append(name)
                } else {
                    male[decade, default: []].append(name)
                }
            default: preconditionFailure("PersonNameData: \(line)")
            }
        }
        precondition(
            !female.isEmpty && Set(female.keys) == Set(male.keys),
            "PersonNameData: every decade needs female and male given names")
        self.surnames = surnames
        decades = female.keys.sorted().map { year in
            Decade(firstYear: year, female: female[year] ?? [], male: male[year] ?? [])
        }
        femaleGivenNames = Self.merged(decades.map(\.female))
        maleGivenNames = Self.merged(decades.map(\.male))
    }

    /// Each name once with its weights added up, the heaviest first (ties by name).
    private static func merged(_ lists: [[Name]]) -> [Name] {
        var totals: [String: Int] = [:]
        for list in lists {
            for name in list {
                totals[name.text, default: 0] += name.weight
            }
        }
        return totals.map { Name(text: $0.key, weight: $0.value) }
            .sorted { ($0.weight, $1.text) > ($1.weight, $0.text) }
    }
}
