/// US surnames and given names with their frequencies (`PersonNameData`, 1990 Census), read
/// once per process.
package final class PersonNameFrequencies: Sendable {
    package static let shared = PersonNameFrequencies(parsing: PersonNameData.text)

    /// A name and its share of people, in thousandths of a percent.
    package struct Name: Sendable {
        package let text: String
        package let weight: Int
    }

    package let surnames: [Name]
    package let femaleGivenNames: [Name]
    package let maleGivenNames: [Name]

    package init(parsing text: String) {
        var surnames: [Name] = []
        var female: [Name] = []
        var male: [Name] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 3, let weight = Int(fields[2]), weight > 0 else {
                preconditionFailure("PersonNameData: \(line)")
            }
            let name = Name(text: String(fields[1]), weight: weight)
            switch fields[0] {
            case "L": surnames.append(name)
            case "F": female.append(name)
            case "M": male.append(name)
            default: preconditionFailure("PersonNameData: \(line)")
            }
        }
        self.surnames = surnames
        femaleGivenNames = female
        maleGivenNames = male
    }
}
