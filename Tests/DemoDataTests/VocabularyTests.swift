import Testing

@testable import DemoData

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
                    name: "PersonNames.first", values: PersonNames.first, allowsNonASCII: true),
                WordList(name: "PersonNames.last", values: PersonNames.last, allowsNonASCII: true),
                WordList(name: "StreetNames.names", values: StreetNames.names),
                WordList(name: "StreetNames.suffixes", values: StreetNames.suffixes),
                WordList(name: "StreetNames.secondaryUnits", values: StreetNames.secondaryUnits),
                WordList(
                    name: "USCities.all names", values: USCities.all.map(\.name),
                    allowsNonASCII: true, requiresUniqueValues: false),
                WordList(name: "USStates.all codes", values: USStates.all.map(\.code)),
                WordList(name: "USStates.all names", values: USStates.all.map(\.name)),
                WordList(name: "Sentences.customerNotes", values: Sentences.customerNotes),
                WordList(name: "Sentences.invoiceNotes", values: Sentences.invoiceNotes),
                WordList(name: "Sentences.lineItemNotes", values: Sentences.lineItemNotes),
                WordList(name: "Sentences.typeDescriptions", values: Sentences.typeDescriptions),
                WordList(
                    name: "Sentences.categoryDescriptions", values: Sentences.categoryDescriptions),
            ]
            for (name, words) in zip(categoryNames, ProductCatalog.categories) {
                lists.append(WordList(name: "\(name) adjectives", values: words.adjectives))
                lists.append(WordList(name: "\(name) materials", values: words.materials))
                lists.append(WordList(name: "\(name) nouns", values: words.nouns))
                lists.append(WordList(name: "\(name) descriptions", values: words.descriptions))
            }
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
        #expect(PersonNames.first.count >= 400)
        #expect(PersonNames.last.count >= 400)
    }

    @Test func personNamesAreSingleCapitalizedWords() {
        for name in PersonNames.first + PersonNames.last {
            #expect(name.first?.isUppercase == true, "'\(name)' is not capitalized")
            #expect(
                name.allSatisfy { $0.isLetter || $0 == "'" || $0 == "-" },
                "'\(name)' has characters other than letters, apostrophe and hyphen")
            #expect(name.last?.isLetter == true, "'\(name)' does not end with a letter")
            #expect(!name.contains("''") && !name.contains("--"), "'\(name)'")
        }
    }

    @Test func personNamesUseFewSpecialCharacters() {
        let all = PersonNames.first + PersonNames.last
        let nonASCII = all.filter { !$0.unicodeScalars.allSatisfy(\.isASCII) }
        #expect(nonASCII.count <= 15, "too many accented names: \(nonASCII)")
        for list in [PersonNames.first, PersonNames.last] {
            let punctuated = list.filter { $0.contains("'") || $0.contains("-") }
            #expect(punctuated.count <= 10, "too many names with punctuation: \(punctuated)")
        }
        // Accented letters must be precomposed Latin letters, as typed in US records.
        for name in nonASCII {
            #expect(
                name.unicodeScalars.allSatisfy { $0.isASCII || (0xC0...0xFF).contains($0.value) },
                "'\(name)' uses letters outside Latin-1")
        }
    }

    // MARK: - Streets

    @Test func streetCounts() {
        #expect(StreetNames.names.count >= 250)
        #expect(StreetNames.suffixes.count >= 15)
        #expect(StreetNames.secondaryUnits.count >= 5)
        #expect(StreetNames.suffixes.contains("Street"))
        #expect(StreetNames.suffixes.contains("Avenue"))
        #expect(StreetNames.secondaryUnits.contains("Apt"))
        #expect(StreetNames.secondaryUnits.contains("Suite"))
    }

    @Test func streetNamesHaveNoSuffixWords() {
        let suffixes = Set(StreetNames.suffixes)
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
        #expect(USCities.all.count >= 300)
        var perState: [String: Int] = [:]
        for city in USCities.all {
            perState[city.state, default: 0] += 1
        }
        for state in USStates.all {
            let minimum = state.code == "DC" ? 1 : 5
            #expect(perState[state.code, default: 0] >= minimum, "\(state.code) has few cities")
        }
        for code in ["CA", "TX", "FL", "NY", "PA", "IL", "OH", "GA", "NC", "MI"] {
            #expect(perState[code, default: 0] >= 12, "\(code) needs at least 12 cities")
        }
    }

    @Test func cityZIPsBelongToTheirState() throws {
        let states = Dictionary(
            USStates.all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for city in USCities.all {
            let label = "\(city.name), \(city.state)"
            let state = try #require(states[city.state], "\(label): unknown state")
            #expect(city.zipLow <= city.zipHigh, "\(label): ZIP range is reversed")
            #expect(city.zipLow >= 501 && city.zipHigh <= 99_999, "\(label): not a 5-digit ZIP")
            for zip in [city.zipLow, city.zipHigh] {
                #expect(
                    state.zipPrefixes.contains { $0.contains(zip / 100) },
                    "\(label): ZIP \(zip) is outside the state's prefixes")
            }
        }
    }

    @Test func cityNames() {
        let keys = USCities.all.map { "\($0.name), \($0.state)" }
        #expect(
            Self.duplicates(in: keys).isEmpty, "cities listed twice: \(Self.duplicates(in: keys))")
        let accented = USCities.all.filter { !$0.name.unicodeScalars.allSatisfy(\.isASCII) }
        #expect(accented.count >= 2)
        for city in USCities.all {
            #expect(
                city.name.allSatisfy { $0.isLetter || " .'-".contains($0) },
                "'\(city.name)' has unexpected characters")
            #expect(city.name.first?.isUppercase == true, "'\(city.name)'")
        }
    }

    // MARK: - Products

    @Test func productCategories() throws {
        let categories = ProductCatalog.categories
        try #require(categories.count == 5)
        // Spot-check the order: Electronics, Clothing, Home & Garden, Books, Sports.
        #expect(categories[0].nouns.contains("Headphones"))
        #expect(categories[1].nouns.contains("Hoodie"))
        #expect(categories[2].nouns.contains("Planter"))
        #expect(categories[3].nouns.contains("Cookbook"))
        #expect(categories[4].nouns.contains("Yoga Mat"))
    }

    @Test("Product word lists", arguments: zip(WordList.categoryNames, ProductCatalog.categories))
    func productWords(name: String, words: ProductWords) {
        #expect(words.adjectives.count >= 30, "\(name) adjectives")
        #expect(words.materials.count >= 20, "\(name) materials")
        #expect(words.nouns.count >= 40, "\(name) nouns")
        #expect(words.descriptions.count >= 25, "\(name) descriptions")
        for word in words.adjectives + words.materials + words.nouns {
            #expect(word.first?.isUppercase == true, "\(name): '\(word)' is not capitalized")
            #expect(!word.contains(","), "\(name): '\(word)'")
        }
        let overlap = Set(words.adjectives).intersection(words.materials)
        #expect(overlap.isEmpty, "\(name): \(overlap) are both adjectives and materials")
        for sentence in words.descriptions {
            let wordCount = sentence.split(separator: " ").count
            #expect((8...25).contains(wordCount), "\(name): '\(sentence)' has \(wordCount) words")
            #expect(sentence.hasSuffix("."), "\(name): '\(sentence)'")
            #expect(sentence.first?.isUppercase == true, "\(name): '\(sentence)'")
        }
    }

    // MARK: - Sentences

    @Test func sentenceCounts() {
        #expect(Sentences.customerNotes.count >= 60)
        #expect(Sentences.invoiceNotes.count >= 50)
        #expect(Sentences.lineItemNotes.count >= 30)
        #expect(Sentences.typeDescriptions.count == 4)
        #expect(Sentences.categoryDescriptions.count == 5)
    }

    @Test func sentencesAreWellFormed() {
        let sentences =
            Sentences.customerNotes + Sentences.invoiceNotes + Sentences.typeDescriptions
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
