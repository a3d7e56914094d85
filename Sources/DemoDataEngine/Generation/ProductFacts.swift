import DemoDataCore
import DemoDataVocabulary

/// The values of product `index` that other tables need (its type, name, price, when it was
/// created and whether and when it went inactive), recomputed from the index alone.
///
/// A seeded shuffle gives each product a slot, and the slots are split between the product
/// types by this seed's shares (`ProductCatalog`), so that a type's products are its share of
/// the catalog; the product's place within its type picks its line and variant, and with them
/// its name, price, cost and weight.
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

    /// The parts of the product's name, each an index into its list: the brand (into the
    /// lexicon's brands of the category), adjective, material and variant. Products come in
    /// lines: consecutive places of a type are the variants of one line (a brand, adjective
    /// and material), and a seeded shuffle of the lines (with the brands this seed stocks)
    /// picks the line, so that names repeat only once a type has more products than names.
    package struct NameParts {
        package let brand: Int
        /// The brand's place among those the seed stocks.
        package let stocked: Int
        package let adjective: Int
        package let material: Int
        package let variant: Int
    }

    package var nameParts: NameParts {
        let words = self.words
        let order = context.productCatalog.lineOrders[type]
        let stocked = context.productCatalog.brands[category]
        let variants = words.variants.count
        var line = order.rank(of: place / variants % order.count)
        let brand = line % stocked.count
        line /= stocked.count
        let adjective = line % words.adjectives.count
        return NameParts(
            brand: stocked[brand], stocked: brand, adjective: adjective,
            material: line / words.adjectives.count, variant: place % variants)
    }

    /// The product line's place in its type's price band, 0 to 999: half its brand's tier and
    /// half the line's own (one brand, adjective and material), mostly at the low end, and no
    /// lower than the shop's positioning.
    package func lineQuality(_ parts: NameParts) -> Int {
        let catalog = context.productCatalog
        let line = parts.brand + 64 * (parts.adjective + 16 * parts.material)
        let own = catalog.lines.below(1000, UInt64(type) << 20 | UInt64(line))
        let mixed = (catalog.brandTiers[category][parts.stocked] + own) / 2
        let skewed = mixed * mixed / 1000
        return catalog.positioning + (999 - catalog.positioning) * skewed / 999
    }

    /// The price in cents: the type's band on a log scale, the line's quality picking the base
    /// and the variant's size (for sized variants) the step above it, with noise smaller than
    /// a step, then a retail ending (.99, .95, .49, whole dollars; big-ticket items in tens of
    /// dollars). A bigger variant of a line always costs more.
    package var priceCents: Int {
        let words = self.words
        let parts = nameParts
        let quality = lineQuality(parts)
        let span = ProductCatalog.variantPriceSpan
        let position: Int
        if words.variantSteps.isEmpty {
            position = quality
        } else {
            position = ((1000 - span) * quality + span * words.variantSteps[parts.variant]) / 1000
        }
        let noisy = min(1000, max(0, position + random.int(-10...10, Field.price.id)))
        let band = words.priceCents
        let raw =
            Double(band.lowerBound)
            * ProductDemand.power(
                Double(band.upperBound) / Double(band.lowerBound), per1024: noisy * 1024 / 1000)
        return ProductFacts.retailPrice(Int(raw), ending: random.below(100, Field.ending.id))
    }

    /// The shipping weight in hundredths of a pound. Sized variants weigh more the bigger they
    /// are (on a log scale of the type's band, the line and chance deciding a quarter); other
    /// products' weight follows their price's place in the band, half by chance.
    package func weightHundredths(priceCents price: Int) -> Int {
        let words = self.words
        let weights = words.weightHundredths
        let chance = random.below(1001, Field.weight.id)
        guard !words.variantSteps.isEmpty else {
            let band = words.priceCents
            let priceShare = min(
                1000, max(0, (price - band.lowerBound) * 1000 / max(1, band.count)))
            let share = (priceShare + chance) / 2
            return weights.lowerBound + (weights.count - 1) * share / 1000
        }
        let parts = nameParts
        let span = ProductCatalog.variantWeightSpan
        let line = context.productCatalog.lines.below(
            1000, 1 << 40 | UInt64(type) << 20 | UInt64(parts.brand + 64 * parts.material))
        let spread = (line * 3 + chance) / 4
        let position = ((1000 - span) * spread + span * words.variantSteps[parts.variant]) / 1000
        let raw =
            Double(weights.lowerBound)
            * ProductDemand.power(
                Double(weights.upperBound) / Double(weights.lowerBound),
                per1024: position * 1024 / 1000)
        return min(weights.upperBound, max(weights.lowerBound, Int(raw)))
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

    /// The cost in cents: the price ÷ its category's markup (electronics thin, clothing
    /// thick; an up-market shop a little thicker), rounded half up to cents.
    package func costCents(priceCents price: Int) -> Int {
        let markups = BusinessRules.categoryMarkupHundredths[category]
        let lift =
            context.productCatalog.positioning * BusinessRules.positionedMarkupMost
            / ProductCatalog.premiumMost
        let markup = min(
            BusinessRules.markupHundredths.upperBound,
            random.int(markups, Field.markup.id) + lift)
        return (price * 100 + markup / 2) / markup
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

    /// Writes the name: brand, adjective, material, noun and variant (`nameParts`).
    package func writeName<Encoder: RowEncoder>(into encoder: inout Encoder) {
        let words = self.words
        let parts = nameParts
        encoder.beginString()
        encoder.piece(context.lexicon.brands[category][parts.brand])
        encoder.piece(ascii: UInt8(ascii: " "))
        encoder.piece(words.adjectives[parts.adjective])
        encoder.piece(ascii: UInt8(ascii: " "))
        encoder.piece(words.materials[parts.material])
        encoder.piece(ascii: UInt8(ascii: " "))
        encoder.piece(words.noun)
        // A comma: through `piece(_:)`, so that CSV quotes the field.
        encoder.piece(", ")
        encoder.piece(words.variants[parts.variant])
        encoder.endString()
    }
}
