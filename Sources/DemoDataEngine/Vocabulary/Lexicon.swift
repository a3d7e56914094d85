import DemoDataCore
import DemoDataVocabulary

/// The vocabulary as `StoredText`s, ready for the hot path: built once per process from the word
/// lists and the place and name data, with derived forms (lowercase ASCII names for emails,
/// weights for drawing by population or frequency).
package final class Lexicon: Sendable {
    package static let shared = Lexicon()

    /// Names drawn by their frequency among Americans, with their email forms.
    package struct Names: Sendable {
        package let texts: [StoredText]
        package let emailForms: [StoredText]
        package let weights: WeightTable

        package init(_ names: [PersonNameFrequencies.Name]) {
            texts = names.map { StoredText($0.text) }
            emailForms = names.map { StoredText(Lexicon.emailForm($0.text)) }
            weights = WeightTable(names.map(\.weight))
        }
    }

    /// The words of one product type as `StoredText`s, with its facts.
    package struct ProductTypeWords: Sendable {
        package let category: Int
        package let noun: StoredText
        package let adjectives: [StoredText]
        package let materials: [StoredText]
        package let variants: [StoredText]
        package let sentences: [StoredText]
        package let priceCents: ClosedRange<Int>
        package let weightHundredths: ClosedRange<Int>
        /// Where each variant stands among the type's sizes (empty when they are not sizes).
        package let variantSteps: [Int]
    }

    /// The given names of one decade of births, with the surname each is also, if any.
    package struct GivenNames: Sendable {
        package let female: Names
        package let male: Names
        /// The index in `surnames` of the surname spelled like each female (male) given name,
        /// or -1, so that nobody is named "James James".
        package let femaleSurnames: [Int32]
        package let maleSurnames: [Int32]

        init(_ decade: PersonNameFrequencies.Decade, surnameIndexes: [String: Int]) {
            female = Names(decade.female)
            male = Names(decade.male)
            femaleSurnames = decade.female.map { Int32(surnameIndexes[$0.text] ?? -1) }
            maleSurnames = decade.male.map { Int32(surnameIndexes[$0.text] ?? -1) }
        }
    }

    package let surnames: Names
    /// The given names of each decade of births, oldest first, and the first year of the
    /// oldest.
    package let givenNames: [GivenNames]
    package let firstGivenNameYear: Int
    /// The ages of adults (`AdultAges.ages`, youngest first) weighted by how many there are.
    package let adultAgeWeights: WeightTable
    package let streetNames: [StoredText]
    /// Street suffixes weighted by how many addresses are on a street of each.
    package let streetSuffixes: [StoredText]
    package let streetSuffixWeights: WeightTable
    package let householdUnits: [StoredText]
    package let businessUnits: [StoredText]

    /// Every street-delivery ZIP code, its city (an index into `cityNames`) and its people.
    package let zipCodes: [Int]
    package let zipCities: [Int]
    package let zipWeights: WeightTable
    /// The US area codes of each ZIP, as a range of `areaCodes`.
    package let zipAreaCodes: [Range<Int>]
    package let areaCodes: [Int]
    /// The distinct US area codes of each state's ZIPs, in increasing order.
    package let stateAreaCodes: [[Int]]
    package let cityNames: [StoredText]
    package let cityStates: [Int]
    package let cityZIPs: [Range<Int>]
    /// The cities of each state, as a range of `cityNames`.
    package let stateCities: [Range<Int>]
    package let stateCodes: [StoredText]
    /// The time zone of each state, by the index of `stateCodes`.
    package let stateTimeZones: [USTimeZone]

    package let productTypes: [ProductTypeWords]
    /// The product types weighted by their share of all products.
    package let productTypeWeights: [Int]
    package let brands: [[StoredText]]
    package let categoryCodes: [StoredText]

    package let industries: [StoredText]
    /// Whether each industry ends in a word that names the kind of firm ("Brewing Company"):
    /// it takes no legal form after it.
    package let industryNamesFirm: [Bool]
    /// For each surname, the industries (bits by index) that have it as a word, so that no
    /// business is named "Law Law Office".
    package let surnameIndustries: [UInt64]
    /// The legal forms that end a business's name, weighted by their share; the last is none.
    package let legalForms: [StoredText]
    package let legalFormWeights: WeightTable
    /// The legal form that names a family ("& Sons"), or -1.
    package let familyLegalForm: Int
    package let businessEmailRoles: [StoredText]
    package let customerNotes: [StoredText]
    package let householdNotes: [StoredText]
    package let invoiceNotes: [StoredText]
    package let householdInvoiceNotes: [StoredText]
    package let lineItemNotes: [StoredText]
    package let paymentMethods: [StoredText]
    package let monthAbbreviations: [StoredText]
    package let typeDescriptions: [StoredText]
    package let categoryDescriptions: [StoredText]
    package let typeNames: [StoredText]
    package let categoryNames: [StoredText]
    package let customerStatuses: [StoredText]
    package let customerSegments: [StoredText]
    package let addressTypes: [StoredText]
    package let locations: [StoredText]
    package let invoiceStatuses: [StoredText]
    package let paymentTerms: [StoredText]
    package let emailDomains: [StoredText]
    package let country = StoredText("US")
    package let invoicePrefix = StoredText("INV-")

    private init() {
        func texts(_ strings: [String]) -> [StoredText] { strings.map(StoredText.init) }
        let people = PersonNameFrequencies.shared
        surnames = Names(people.surnames)
        let surnameIndexes = Dictionary(
            people.surnames.enumerated().map { ($1.text, $0) }, uniquingKeysWith: { a, _ in a })
        givenNames = people.decades.map { GivenNames($0, surnameIndexes: surnameIndexes) }
        firstGivenNameYear = people.decades.first?.firstYear ?? 0
        adultAgeWeights = WeightTable(AdultAges.weights)
        streetNames = texts(StreetNames.names)
        streetSuffixes = texts(StreetNames.suffixes.map(\.suffix))
        streetSuffixWeights = WeightTable(StreetNames.suffixes.map(\.perMille))
        householdUnits = texts(StreetNames.householdUnits)
        businessUnits = texts(StreetNames.businessUnits)

        let places = USPlaces.shared
        var zipCities = [Int](repeating: 0, count: places.zips.count)
        for (index, city) in places.cities.enumerated() {
            for zip in city.zips {
                zipCities[zip] = index
            }
        }
        zipCodes = places.zips.map(\.code)
        self.zipCities = zipCities
        zipWeights = WeightTable(places.zips.map(\.people))
        var areaCodes: [Int] = []
        var zipAreaCodes: [Range<Int>] = []
        for zip in places.zips {
            let first = areaCodes.count
            let codes = places.areaCodes[zip.areaCodes].filter {
                !NorthAmericanNumbering.outsideTheUnitedStates.contains($0)
            }
            // A ZIP served only from across the border takes its neighbour's codes.
            areaCodes.append(contentsOf: codes.isEmpty ? areaCodes.suffix(1) : codes[...])
            zipAreaCodes.append(first..<areaCodes.count)
        }
        self.areaCodes = areaCodes
        self.zipAreaCodes = zipAreaCodes
        var stateAreaCodes = [Set<Int>](repeating: [], count: USStates.all.count)
        for (zip, city) in zipCities.enumerated() {
            stateAreaCodes[places.cities[city].state].formUnion(areaCodes[zipAreaCodes[zip]])
        }
        self.stateAreaCodes = stateAreaCodes.map { $0.sorted() }
        cityNames = places.cities.map { StoredText($0.name) }
        cityStates = places.cities.map(\.state)
        cityZIPs = places.cities.map(\.zips)
        stateCities = places.stateCities
        stateCodes = USStates.all.map { StoredText($0.code) }
        stateTimeZones = USStates.all.map { USTimeZone.of(stateCode: $0.code) }

        brands = ProductTypes.brands.map(texts)
        let typeShareSums = Domain.categories.indices.map { category in
            ProductTypes.all.filter { $0.category == category }.reduce(0) { $0 + $1.share }
        }
        productTypes = ProductTypes.all.map { type in
            ProductTypeWords(
                category: type.category, noun: StoredText(type.noun),
                adjectives: texts(type.adjectives),
                materials: texts(type.materials), variants: texts(type.variants),
                sentences: texts(type.sentences), priceCents: type.priceCents,
                weightHundredths: type.weightHundredths, variantSteps: type.variantSteps)
        }
        productTypeWeights = ProductTypes.all.map { type in
            Domain.categories[type.category].share * type.share * 1000
                / typeShareSums[type.category]
        }
        categoryCodes = Domain.categories.map { StoredText($0.code) }

        industries = texts(BusinessWords.industries)
        industryNamesFirm = BusinessWords.industries.map { industry in
            BusinessWords.firmWords.contains { industry.hasSuffix(" " + $0) }
        }
        precondition(BusinessWords.industries.count <= 64, "industries are bits of a UInt64")
        var surnameIndustries = [UInt64](repeating: 0, count: people.surnames.count)
        for (industry, words) in BusinessWords.industries.enumerated() {
            for word in words.split(separator: " ") {
                if let surname = surnameIndexes[String(word)] {
                    surnameIndustries[surname] |= 1 << UInt64(industry)
                }
            }
        }
        self.surnameIndustries = surnameIndustries
        legalForms = texts(BusinessWords.legalForms.map(\.form))
        familyLegalForm =
            BusinessWords.legalForms.firstIndex { $0.form.hasPrefix("&") } ?? -1
        legalFormWeights = WeightTable(
            BusinessWords.legalForms.map(\.percent)
                + [100 - BusinessWords.legalForms.reduce(0) { $0 + $1.percent }])
        businessEmailRoles = texts(BusinessWords.emailRoles)
        customerNotes = texts(Sentences.customerNotes)
        householdNotes = texts(Sentences.householdNotes)
        invoiceNotes = texts(Sentences.invoiceNotes)
        householdInvoiceNotes = texts(Sentences.householdInvoiceNotes)
        lineItemNotes = texts(Sentences.lineItemNotes)
        paymentMethods = texts(Domain.paymentMethods)
        monthAbbreviations = texts(CivilDate.monthAbbreviations)
        typeDescriptions = texts(Sentences.typeDescriptions)
        categoryDescriptions = texts(Sentences.categoryDescriptions)
        typeNames = texts(Domain.customerTypeNames)
        categoryNames = texts(Domain.categoryNames)
        customerStatuses = texts(Domain.customerStatuses)
        customerSegments = texts(Domain.customerSegments)
        addressTypes = texts(Domain.addressTypes)
        locations = texts(Domain.locations)
        invoiceStatuses = texts(Domain.invoiceStatuses)
        paymentTerms = texts(Domain.paymentTermNames)
        emailDomains = texts(Domain.emailDomains)
    }

    /// Folds a name to lowercase ASCII letters: accents are dropped from the letters that carry
    /// them and anything else that is not a letter (apostrophes, hyphens, spaces) is left out.
    package static func emailForm(_ name: String) -> String {
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

/// Area codes of the North American Numbering Plan that are not in the 50 states and DC
/// (Canada and the Caribbean): a US customer's phone never has one.
package enum NorthAmericanNumbering {
    package static let outsideTheUnitedStates: Set<Int> = [
        204, 226, 236, 242, 246, 249, 250, 257, 263, 264, 268, 284, 289, 306, 340, 343, 345,
        354, 365, 367, 368, 382, 403, 416, 418, 428, 431, 437, 438, 441, 450, 460, 468, 473,
        474, 506, 514, 519, 548, 579, 581, 584, 587, 604, 613, 639, 647, 649, 658, 664, 670,
        671, 672, 683, 684, 705, 709, 721, 742, 753, 758, 767, 778, 780, 782, 784, 787, 807,
        809, 819, 825, 829, 849, 867, 868, 869, 873, 876, 879, 902, 905, 939,
    ]
}
