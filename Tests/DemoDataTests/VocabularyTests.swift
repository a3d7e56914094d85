import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Checks the compiled-in vocabulary: sizes, uniqueness, string hygiene and address facts.
@Suite("Vocabulary")
struct VocabularyTests {
    /// One list of vocabulary strings together with the rules it has to follow.
    struct WordList: Sendable, CustomTestStringConvertible {
        let name: String
        let values: [String]
        /// Person and city names may contain accented letters; everything else is plain ASCII.
        var allowsNonASCII = false
        /// City names repeat across states ("Springfield"), so they are checked per state instead.
        var requiresUniqueValues = true

        var testDescription: String { name }

        static let categoryNames = ["Electronics", "Clothing", "Home & Garden", "Books", "Sports"]

        static let all: [WordList] = {
            var lists = [
                WordList(
                    name: "surnames",
                    values: PersonNameFrequencies.shared.surnames.map(\.text)),
                WordList(
                    name: "female given names",
                    values: PersonNameFrequencies.shared.femaleGivenNames.map(\.text)),
                WordList(
                    name: "male given names",
                    values: PersonNameFrequencies.shared.maleGivenNames.map(\.text)),
                WordList(name: "StreetNames.names", values: StreetNames.names),
                WordList(name: "StreetNames.suffixes", values: StreetNames.suffixes.map(\.suffix)),
                WordList(name: "StreetNames.secondaryUnits", values: StreetNames.secondaryUnits),
                WordList(
                    name: "USPlaces city names", values: USPlaces.shared.cities.map(\.name),
                    requiresUniqueValues: false),
                WordList(name: "USStates.all codes", values: USStates.all.map(\.code)),
                WordList(name: "USStates.all names", values: USStates.all.map(\.name)),
                WordList(name: "Sentences.customerNotes", values: Sentences.customerNotes),
                WordList(name: "Sentences.invoiceNotes", values: Sentences.invoiceNotes),
                WordList(
                    name: "Sentences.householdInvoiceNotes",
                    values: Sentences.householdInvoiceNotes),
                WordList(name: "Sentences.lineItemNotes", values: Sentences.lineItemNotes),
                WordList(name: "Sentences.householdNotes", values: Sentences.householdNotes),
                WordList(name: "BusinessWords.industries", values: BusinessWords.industries),
                WordList(
                    name: "BusinessWords.legalForms", values: BusinessWords.legalForms.map(\.form)),
                WordList(name: "Sentences.typeDescriptions", values: Sentences.typeDescriptions),
                WordList(
                    name: "Sentences.categoryDescriptions", values: Sentences.categoryDescriptions),
            ]
            return lists
        }()
    }

    /// Returns the hard string rules that `string` breaks, or an empty array if it follows them.
    static func hygieneProblems(_ string: String, allowsNonASCII: Bool) -> [String] {
        var problems: [String] = []
        if string.isEmpty {
            problems.append("empty")
        }
        if string.contains("\"") {
            problems.append("double quote")
        }
        if string.contains("\\") {
            problems.append("backslash")
        }
        if string.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            problems.append("control character")
        }
        if string.unicodeScalars.contains(where: { $0.properties.isWhitespace && $0 != " " }) {
            problems.append("whitespace other than a plain space")
        }
        if string.first == " " || string.last == " " {
            problems.append("leading or trailing space")
        }
        if string.contains("  ") {
            problems.append("double space")
        }
        if !allowsNonASCII && !string.unicodeScalars.allSatisfy(\.isASCII) {
            problems.append("non-ASCII")
        }
        return problems
    }

    /// Returns the values that occur more than once in `values`.
    static func duplicates(in values: [String]) -> [String] {
        var seen: Set<String> = []
        var repeated: [String] = []
        for value in values where !seen.insert(value).inserted {
            repeated.append(value)
        }
        return repeated
    }

    // MARK: - Every list

    @Test("Strings follow the hard rules", arguments: WordList.all)
    func stringHygiene(list: WordList) {
        #expect(!list.values.isEmpty)
        for value in list.values {
            let problems = Self.hygieneProblems(value, allowsNonASCII: list.allowsNonASCII)
            #expect(problems.isEmpty, "\(list.name): '\(value)' has \(problems)")
        }
    }

    @Test("Lists contain no duplicates", arguments: WordList.all.filter(\.requiresUniqueValues))
    func noDuplicates(list: WordList) {
        #expect(Self.duplicates(in: list.values).isEmpty, "\(list.name) repeats values")
    }

    @Test func hygieneCheckRejectsBadStrings() {
        #expect(!Self.hygieneProblems("", allowsNonASCII: false).isEmpty)
        #expect(!Self.hygieneProblems(" Maple", allowsNonASCII: false).isEmpty)
        #expect(!Self.hygieneProblems("Maple ", allowsNonASCII: false).isEmpty)
        #expect(!Self.hygieneProblems("Old  Mill", allowsNonASCII: false).isEmpty)
        #expect(!Self.hygieneProblems("Tab\there", allowsNonASCII: false).isEmpty)
        #expect(!Self.hygieneProblems("Say \"hi\"", allowsNonASCII: false).isEmpty)
        #expect(!Self.hygieneProblems("Back\\slash", allowsNonASCII: false).isEmpty)
        #expect(!Self.hygieneProblems("José", allowsNonASCII: false).isEmpty)
        #expect(Self.hygieneProblems("José", allowsNonASCII: true).isEmpty)
        #expect(Self.hygieneProblems("Thank you, again.", allowsNonASCII: false).isEmpty)
        #expect(Self.duplicates(in: ["a", "b", "a"]) == ["a"])
    }

    // MARK: - Person names

    @Test func personNameCounts() {
        let names = PersonNameFrequencies.shared
        #expect(names.surnames.count >= 5000)
        #expect(names.femaleGivenNames.count >= 1000)
        #expect(names.maleGivenNames.count >= 300)
        // The 1990 Census: Smith first, at about 1% of people.
        #expect(names.surnames.first?.text == "Smith")
    }

    @Test func personNamesAreSingleCapitalizedWords() {
        let names = PersonNameFrequencies.shared
        for name in (names.surnames + names.femaleGivenNames + names.maleGivenNames).map(\.text) {
            #expect(name.first?.isUppercase == true, "'\(name)' is not capitalized")
            #expect(
                name.allSatisfy { $0.isLetter || $0 == "'" || $0 == "-" },
                "'\(name)' has characters other than letters, apostrophe and hyphen")
            #expect(name.last?.isLetter == true, "'\(name)' does not end with a letter")
            #expect(!Lexicon.emailForm(name).isEmpty, "'\(name)' has no letters for an email")
        }
    }

    @Test func givenNamesByDecadeOfBirth() {
        let decades = PersonNameFrequencies.shared.decades
        #expect(decades.first?.firstYear == 1910)
        #expect(decades.map(\.firstYear) == Array(stride(from: 1910, through: 2010, by: 10)))
        for decade in decades {
            #expect(decade.female.count >= 400 && decade.male.count >= 400, "\(decade.firstYear)")
        }
        // Each generation its names: Dorothy among the first of the 1920s, Jennifer of the
        // 1970s, Emily of the 1990s.
        func rank(_ name: String, _ year: Int) -> Int? {
            decades.first { $0.firstYear == year }?.female.firstIndex { $0.text == name }
        }
        #expect((rank("Dorothy", 1920) ?? 99) < 3)
        #expect((rank("Jennifer", 1970) ?? 99) < 3)
        #expect((rank("Emily", 1990) ?? 99) < 10)
        #expect((rank("Dorothy", 1990) ?? 500) > 100)
    }

    @Test func adultAgesAreWeightedByTheCensus() {
        #expect(AdultAges.weights.count == AdultAges.ages.count)
        #expect(AdultAges.weights.allSatisfy { $0 > 0 })
        // Fewer people in their eighties than in their thirties.
        #expect(AdultAges.weights.last ?? 0 < AdultAges.weights[15] / 2)
    }

    @Test func legalFormsAreAsCommonAsInTheUS() {
        let percent = Dictionary(uniqueKeysWithValues: BusinessWords.legalForms)
        let total = BusinessWords.legalForms.reduce(0) { $0 + $1.percent }
        #expect((70...95).contains(total), "some businesses have no legal form")
        #expect((percent["LLC"] ?? 0) + (percent["Inc."] ?? 0) > 50)
        #expect((percent["Ltd."] ?? 0) <= 3 && (percent["& Sons"] ?? 0) <= 3)
        #expect(!BusinessWords.legalForms.contains { BusinessWords.firmWords.contains($0.form) })
    }

    // MARK: - Streets

    @Test func streetCounts() {
        #expect(StreetNames.names.count >= 250)
        #expect(StreetNames.suffixes.count >= 15)
        #expect(StreetNames.secondaryUnits.count >= 5)
        #expect(StreetNames.suffixes.contains { $0.suffix == "Street" })
        #expect(StreetNames.suffixes.contains { $0.suffix == "Avenue" })
        // Per mille of addresses: they add up, the five common suffixes hold about three in
        // four, and Pike, Row and Square are rare.
        let perMille = Dictionary(uniqueKeysWithValues: StreetNames.suffixes)
        #expect(StreetNames.suffixes.reduce(0) { $0 + $1.perMille } == 1000)
        let top = ["Street", "Avenue", "Road", "Drive", "Lane"].reduce(0) {
            $0 + perMille[$1, default: 0]
        }
        #expect((700...850).contains(top))
        #expect(["Pike", "Row", "Square"].allSatisfy { perMille[$0, default: 0] <= 5 })
        #expect(!StreetNames.householdUnits.contains("Floor"))
        #expect(!StreetNames.householdUnits.contains("Room"))
        #expect(StreetNames.secondaryUnits.contains("Apt"))
        #expect(StreetNames.secondaryUnits.contains("Suite"))
    }

    @Test func streetNamesHaveNoSuffixWords() {
        let suffixes = Set(StreetNames.suffixes.map(\.suffix))
        for name in StreetNames.names {
            let words = name.split(separator: " ").map(String.init)
            #expect(words.last.map { !suffixes.contains($0) } == true, "'\(name)' ends in a suffix")
            #expect(
                name.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " },
                "'\(name)' has punctuation")
        }
    }

    // MARK: - States

    @Test func statesAreTheFiftyStatesAndDC() {
        let codes = USStates.all.map(\.code)
        #expect(codes.count == 51)
        #expect(Set(codes).count == 51)
        #expect(codes == codes.sorted(), "states are not sorted by code")
        #expect(codes.contains("DC"))
        for code in codes {
            #expect(
                code.count == 2 && code.allSatisfy { $0.isASCII && $0.isUppercase },
                "'\(code)' is not a two-letter code")
        }
    }

    @Test func stateTaxRates() {
        for state in USStates.all {
            #expect((0...1000).contains(state.salesTaxHundredths), "\(state.code)")
        }
        let rates = Dictionary(
            USStates.all.map { ($0.code, $0.salesTaxHundredths) }, uniquingKeysWith: { a, _ in a })
        let known = [
            "CA": 725, "TX": 625, "NY": 400, "FL": 600, "DC": 600, "OR": 0, "DE": 0, "MT": 0,
            "NH": 0, "AK": 0,
        ]
        for (code, rate) in known {
            #expect(rates[code] == rate, "\(code) sales tax")
        }
    }

    @Test func stateZIPPrefixes() {
        for state in USStates.all {
            #expect(!state.zipPrefixes.isEmpty, "\(state.code) has no ZIP prefixes")
            for range in state.zipPrefixes {
                #expect(range.lowerBound >= 0 && range.upperBound <= 999, "\(state.code)")
            }
            for (earlier, later) in zip(state.zipPrefixes, state.zipPrefixes.dropFirst()) {
                #expect(earlier.upperBound < later.lowerBound, "\(state.code) ranges overlap")
            }
        }
    }

    @Test func statesDoNotShareZIPPrefixes() {
        var owners: [Int: [String]] = [:]
        for state in USStates.all {
            for prefix in state.zipPrefixes.joined() {
                owners[prefix, default: []].append(state.code)
            }
        }
        let shared = owners.filter { $0.value.count > 1 }
        // Fishers Island, NY uses 06390 inside Connecticut's 063 block.
        #expect(shared.count <= 1, "shared ZIP prefixes: \(shared)")
        if let fishersIsland = shared[63] {
            #expect(fishersIsland.sorted() == ["CT", "NY"])
        }
    }

    // MARK: - Cities

    @Test func cityCounts() {
        let places = USPlaces.shared
        #expect(places.cities.count >= 10_000)
        for (index, state) in USStates.all.enumerated() {
            #expect(!places.stateCities[index].isEmpty, "\(state.code) has no cities")
        }
    }

    @Test func cityZIPsBelongToTheirState() {
        let places = USPlaces.shared
        for city in places.cities {
            let state = USStates.all[city.state]
            for zip in city.zips {
                let code = places.zips[zip].code
                #expect(
                    state.zipPrefixes.contains { $0.contains(code / 100) },
                    "\(city.name), \(state.code): ZIP \(code) is outside the state's prefixes")
            }
        }
    }

    @Test func cityNames() {
        let places = USPlaces.shared
        let keys = places.cities.map { "\($0.name), \(USStates.all[$0.state].code)" }
        #expect(
            Self.duplicates(in: keys).isEmpty, "cities listed twice: \(Self.duplicates(in: keys))")
        for city in places.cities {
            #expect(city.name.first?.isUppercase == true, "'\(city.name)'")
        }
    }

    @Test func areaCodesAreOfTheUnitedStates() {
        let lexicon = Lexicon.shared
        for (zip, codes) in lexicon.zipAreaCodes.enumerated() {
            #expect(!codes.isEmpty, "ZIP \(lexicon.zipCodes[zip]) has no area code")
            for code in lexicon.areaCodes[codes] {
                #expect(!NorthAmericanNumbering.outsideTheUnitedStates.contains(code))
            }
        }
    }

    // MARK: - Sentences

    @Test func sentenceCounts() {
        #expect(Sentences.customerNotes.count >= 40)
        #expect(Sentences.householdNotes.count >= 15)
        #expect(Sentences.invoiceNotes.count >= 25)
        #expect(Sentences.lineItemNotes.count >= 10)
        #expect(Sentences.typeDescriptions.count == 4)
        #expect(Sentences.categoryDescriptions.count == 5)
    }

    @Test func sentencesAreWellFormed() {
        let sentences =
            Sentences.customerNotes + Sentences.householdNotes + Sentences.invoiceNotes
            + Sentences.householdInvoiceNotes
            + Sentences.typeDescriptions
            + Sentences.categoryDescriptions
        for sentence in sentences {
            #expect(sentence.first?.isUppercase == true, "'\(sentence)'")
            #expect(sentence.hasSuffix("."), "'\(sentence)' does not end with a period")
        }
        for note in Sentences.lineItemNotes {
            #expect(note.first?.isUppercase == true, "'\(note)'")
            #expect(note.count <= 40, "'\(note)' is too long for a line item")
        }
    }
}
