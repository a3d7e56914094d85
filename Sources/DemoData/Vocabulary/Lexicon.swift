/// The vocabulary as `Text`s, ready for the hot path: built once per process from the word
/// lists, with derived forms (lowercase ASCII names for emails, state tax by city).
final class Lexicon: Sendable {
    static let shared = Lexicon()

    let firstNames: [Text]
    let lastNames: [Text]
    /// The first and last names folded to lowercase ASCII letters, for email addresses.
    let firstNamesForEmail: [Text]
    let lastNamesForEmail: [Text]
    let streetNames: [Text]
    let streetSuffixes: [Text]
    let secondaryUnits: [Text]
    let cityNames: [Text]
    let cityStates: [Text]
    let cityZIPs: [ClosedRange<Int>]
    /// The state sales-tax rate of each city, in hundredths of a percent.
    let cityTaxHundredths: [Int]
    let categories: [CategoryWords]
    let customerNotes: [Text]
    let invoiceNotes: [Text]
    let lineItemNotes: [Text]
    let typeDescriptions: [Text]
    let categoryDescriptions: [Text]
    let typeNames: [Text]
    let categoryNames: [Text]
    let customerStatuses: [Text]
    let addressTypes: [Text]
    let locations: [Text]
    let invoiceStatuses: [Text]
    let paymentTerms: [Text]
    let emailDomains: [Text]
    let country = Text("US")
    let invoicePrefix = Text("INV-")

    /// The words of one product category as `Text`s.
    struct CategoryWords: Sendable {
        let code: Text
        let adjectives: [Text]
        let materials: [Text]
        let nouns: [Text]
        let descriptions: [Text]
    }

    private init() {
        func texts(_ strings: [String]) -> [Text] { strings.map(Text.init) }
        firstNames = texts(PersonNames.first)
        lastNames = texts(PersonNames.last)
        firstNamesForEmail = PersonNames.first.map { Text(Lexicon.emailForm($0)) }
        lastNamesForEmail = PersonNames.last.map { Text(Lexicon.emailForm($0)) }
        streetNames = texts(StreetNames.names)
        streetSuffixes = texts(StreetNames.suffixes)
        secondaryUnits = texts(StreetNames.secondaryUnits)
        let cities = USCities.all
        cityNames = cities.map { Text($0.name) }
        cityStates = cities.map { Text($0.state) }
        cityZIPs = cities.map { $0.zipLow...$0.zipHigh }
        var taxByState: [String: Int] = [:]
        for state in USStates.all {
            taxByState[state.code] = state.salesTaxHundredths
        }
        cityTaxHundredths = cities.map { taxByState[$0.state] ?? 0 }
        categories = Domain.categories.map { category in
            let words = category.words
            return CategoryWords(
                code: Text(category.code), adjectives: texts(words.adjectives),
                materials: texts(words.materials), nouns: texts(words.nouns),
                descriptions: texts(words.descriptions))
        }
        customerNotes = texts(Sentences.customerNotes)
        invoiceNotes = texts(Sentences.invoiceNotes)
        lineItemNotes = texts(Sentences.lineItemNotes)
        typeDescriptions = texts(Sentences.typeDescriptions)
        categoryDescriptions = texts(Sentences.categoryDescriptions)
        typeNames = texts(Domain.customerTypeNames)
        categoryNames = texts(Domain.categoryNames)
        customerStatuses = texts(Domain.customerStatuses)
        addressTypes = texts(Domain.addressTypes)
        locations = texts(Domain.locations)
        invoiceStatuses = texts(Domain.invoiceStatuses)
        paymentTerms = texts(Domain.paymentTermNames)
        emailDomains = texts(Domain.emailDomains)
    }

    /// Folds a name to lowercase ASCII letters: accents are dropped from the letters that carry
    /// them and anything else that is not a letter (apostrophes, hyphens) is left out.
    static func emailForm(_ name: String) -> String {
        var result = ""
        for scalar in name.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z": result.unicodeScalars.append(scalar)
            case "á", "à", "â", "ä", "ã", "å": result += "a"
            case "é", "è", "ê", "ë": result += "e"
            case "í", "ì", "î", "ï": result += "i"
            case "ó", "ò", "ô", "ö", "õ", "ø": result += "o"
            case "ú", "ù", "û", "ü": result += "u"
            case "ñ": result += "n"
            case "ç": result += "c"
            case "ý", "ÿ": result += "y"
            default: break
            }
        }
        return result
    }
}
