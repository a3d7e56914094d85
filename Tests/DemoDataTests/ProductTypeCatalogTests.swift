import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The product-type catalog keeps the promises product names and descriptions are built on:
/// every category has types and brands, every list is within its range and free of repeats,
/// and no description sentence names a word that a product's name could contradict.
@Suite struct ProductTypeCatalogTests {
    static let types = ProductTypes.all

    @Test func everyCategoryHasTypesInCatalogOrder() {
        #expect(ProductTypes.brands.count == Domain.categories.count)
        for (category, details) in Domain.categories.enumerated() {
            #expect(Self.types.contains { $0.category == category }, "\(details.name)")
        }
        for type in Self.types {
            #expect(Domain.categories.indices.contains(type.category), "\(type.noun)")
        }
        #expect(zip(Self.types, Self.types.dropFirst()).allSatisfy { $0.category <= $1.category })
        let nouns = Self.types.map(\.noun)
        #expect(Set(nouns).count == nouns.count)
    }

    @Test func sharesAndBandsArePositive() {
        for type in Self.types {
            #expect((1...10).contains(type.share), "\(type.noun)")
            #expect(type.priceCents.lowerBound > 0, "\(type.noun)")
            #expect(type.priceCents.lowerBound < type.priceCents.upperBound, "\(type.noun)")
            #expect(type.weightHundredths.lowerBound > 0, "\(type.noun)")
            #expect(
                type.weightHundredths.lowerBound < type.weightHundredths.upperBound,
                "\(type.noun)")
        }
    }

    @Test func listsAreWithinTheirRangesWithoutRepeats() {
        for type in Self.types {
            #expect((8...12).contains(type.adjectives.count), "\(type.noun)")
            #expect((4...8).contains(type.materials.count), "\(type.noun)")
            #expect((4...8).contains(type.variants.count), "\(type.noun)")
            #expect((5...6).contains(type.sentences.count), "\(type.noun)")
            for list in [type.adjectives, type.materials, type.variants] {
                #expect(Set(list).count == list.count, "\(type.noun): \(list)")
            }
            #expect(Set(type.adjectives).isDisjoint(with: type.materials), "\(type.noun)")
        }
    }

    /// A name is "<Brand> <Adjective> <Material> <Noun>, <Variant>": its parts must be tidy,
    /// hold no ", " of their own, and only the variant may carry a number.
    @Test func nameWordsAreTidyAndOnlyVariantsHoldDigits() {
        let brands = ProductTypes.brands.joined()
        for type in Self.types {
            let titleWords = [type.noun] + type.adjectives + type.materials
            for word in titleWords + type.variants + brands {
                #expect(!word.isEmpty && !word.contains(", ") && !word.contains("  "), "\(word)")
                #expect(word.first?.isWhitespace == false, "\(word)")
                #expect(word.last?.isWhitespace == false, "\(word)")
            }
            for word in titleWords {
                #expect(!word.contains { $0.isNumber }, "\(type.noun): \(word)")
                let parts = word.split(separator: " ")
                #expect(parts.allSatisfy { $0.first?.isUppercase == true }, "\(word)")
            }
        }
    }

    @Test func sentencesAreUniqueAndNameNoMaterialVariantOrNumber() {
        var seen = Set<String>()
        for type in Self.types {
            let sentences = type.sentences.map(Self.spacedWords)
            for (sentence, words) in zip(type.sentences, sentences) {
                #expect(sentence.first?.isUppercase == true, "\(sentence)")
                #expect(sentence.hasSuffix("."), "\(sentence)")
                #expect(seen.insert(sentence).inserted, "repeated: \(sentence)")
                #expect(!sentence.contains { $0.isNumber }, "\(sentence)")
                for word in type.materials + type.variants {
                    #expect(!words.contains(Self.spacedWords(word)), "\(sentence) names \(word)")
                }
            }
        }
    }

    @Test func brandsAreUniqueAcrossCategories() {
        var seen = Set<String>()
        for brands in ProductTypes.brands {
            #expect((20...24).contains(brands.count))
            for brand in brands {
                #expect(seen.insert(brand).inserted, "\(brand)")
            }
        }
    }

    @Test func everyTypeHasRoomForThousandsOfNames() {
        for type in Self.types where ProductTypes.brands.indices.contains(type.category) {
            let names =
                ProductTypes.brands[type.category].count * type.adjectives.count
                * type.materials.count * type.variants.count
            #expect(names >= 4_000, "\(type.noun): \(names)")
        }
    }

    /// The text in lower case with every run of characters other than letters and digits
    /// turned into one space, and a space at each end, so that a search for a word or phrase
    /// finds it only whole.
    static func spacedWords(_ text: String) -> String {
        var result = " "
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                result.append(character)
            } else if result.last != " " {
                result.append(" ")
            }
        }
        if result.last != " " { result.append(" ") }
        return result
    }
}
