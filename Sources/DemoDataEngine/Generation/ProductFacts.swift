import DemoDataCore
import DemoDataVocabulary

/// The values of product `index` that other tables need (its type, name, price, when it was
/// created and whether and when it went inactive), recomputed from the index alone.
///
/// A seeded shuffle gives each product a slot, and the slots are split between the product
/// types by their shares, so that a type's products are its share of the catalog; the
/// product's place within its type picks its name's words, so that names repeat only once a
/// type has more products than names.
package struct ProductFacts {
    package let index: Int
    package let random: RowRandom
    /// Unowned: the context outlives every row, and facts are made per candidate row.
    package unowned(unsafe) let context: DataContext
    /// The index of the product's type in the lexicon's product types.
    package let type: Int
    /// The product's place among the products of its type.
    package let place: Int
    /// The index of the product's category in `Domain.categories`.
    package let category: Int

    package init(_ context: DataContext, _ index: Int) {
        self.index = index
        self.context = context
        random = context.random.row(.products, index)
        let slot = context.productSlots.rank(of: index)
        type = context.typeSlots.index(for: slot)
        place = slot - context.typeSlots.start(of: type)
        category = context.lexicon.productTypes[type].category
    }

    package typealias Field = ProductField

    package var words: Lexicon.ProductTypeWords { context.lexicon.productTypes[type] }
    package var isFounding: Bool { index < DataContext.foundingRows }

    /// The price in cents: within the type's band, mostly at its low end, with a retail ending
    /// (.99, .95, .49, whole dollars; big-ticket items in tens of dollars).
    package var priceCents: Int {
        let band = context.lexicon.productTypes[type].priceCents
        let raw = band.lowerBound + random.skewed(band.count, power: 2, Field.price.id)
        return ProductFacts.retailPrice(raw, ending: random.below(100, Field.ending.id))
    }

    /// A retail price near `cents`, by a percentile `ending` (0..<100).
    package static func retailPrice(_ cents: Int, ending: Int) -> Int {
        let dollars = cents / 100
        switch dollars {
        case ..<10:
            return max(0, dollars) * 100 + (ending < 60 ? 99 : ending < 80 ? 49 : 95)
        case ..<100:
            return dollars * 100 + (ending < 65 ? 99 : ending < 80 ? 95 : ending < 90 ? 49 : 0)
        case ..<1000:
            // $149.99, $150.00 or $149.95.
            let fives = (dollars + 2) / 5 * 5
            return ending < 55 ? fives * 100 - 1 : ending < 85 ? fives * 100 : fives * 100 - 5
        default:
            let tens = (dollars + 5) / 10 * 10
            return ending < 60 ? tens * 100 - 1 : tens * 100
        }
    }

    /// The cost in cents: the price ÷ a markup of 1.20 to 2.20, rounded half up to cents.
    package var costCents: Int {
        let markup = random.int(BusinessRules.markupHundredths, Field.markup.id)
        return (priceCents * 100 + markup / 2) / markup
    }

    /// The day the product was created: two in five were in the catalog the business opened
    /// its books with (within the year before its first invoice, founding products at least a
    /// month before), the rest were added since, up to the day before as-of.
    package var createdDay: Int {
        let opening = context.firstInvoiceDay
        if isFounding {
            return opening - 30 - random.below(335, Field.createdDay.id)
        }
        let draw = random.below(1_000_000, Field.createdDay.id)
        if draw < 400_000 {
            return opening - 1 - draw * 365 / 400_000
        }
        let span = max(1, context.asOfDay - opening)
        return opening + (draw - 400_000) * span / 600_000
    }

    package var createdAt: Int64 {
        DataContext.startOfDay(createdDay) + DataContext.businessTime(random, Field.createdTime.id)
    }

    /// The day the product went inactive (one in ten, at least 30 days after it was created),
    /// or nil while it is active. It sells before that day only.
    package var inactiveDay: Int? {
        guard !isFounding, !random.percent(90, Field.active.id) else { return nil }
        let earliest = createdDay + 30
        guard earliest <= context.asOfDay else { return nil }
        return earliest + random.below(context.asOfDay - earliest + 1, Field.inactiveDay.id)
    }

    /// Whether the product can be sold on `day`: it existed the day before and had not gone
    /// inactive.
    package func sells(on day: Int) -> Bool {
        guard createdDay < day else { return false }
        if let inactive = inactiveDay {
            return day < inactive
        }
        return true
    }

    /// Writes the name: brand, adjective, material, noun and variant, picked by the product's
    /// place within its type through a fixed shuffle of the type's names.
    package func writeName<Encoder: RowEncoder>(into encoder: inout Encoder) {
        let words = self.words
        let brands = context.lexicon.brands[words.category]
        var name = words.shuffledName(place)
        let brand = name % brands.count
        name /= brands.count
        let adjective = name % words.adjectives.count
        name /= words.adjectives.count
        let material = name % words.materials.count
        name /= words.materials.count
        let variant = name % words.variants.count
        encoder.beginString()
        encoder.piece(brands[brand])
        encoder.piece(ascii: UInt8(ascii: " "))
        encoder.piece(words.adjectives[adjective])
        encoder.piece(ascii: UInt8(ascii: " "))
        encoder.piece(words.materials[material])
        encoder.piece(ascii: UInt8(ascii: " "))
        encoder.piece(words.noun)
        // A comma: through `piece(_:)`, so that CSV quotes the field.
        encoder.piece(", ")
        encoder.piece(words.variants[variant])
        encoder.endString()
    }
}
