import DemoDataCore
import DemoDataVocabulary

// The products table: its columns, random stream and fields, registry entry and generator.

extension Table {
    package static let productColumns: [Column] = [
        Column("id", .uuid),
        Column("category_id", .uuid, references: .productCategories),
        Column("name", .string, maximumLength: 200),
        Column("sku", .string, unique: true, maximumLength: 40),
        Column("description", .string, maximumLength: 400),
        Column("price", .money, check: .between("0.01", "9999999999.99")),
        Column("cost", .money, check: .between("0.01", "9999999999.99")),
        Column("weight", .decimal(precision: 8, scale: 2), check: .between("0.01", "999999.99")),
        Column("active", .boolean),
        Column("created_at", .timestamp),
        Column("updated_at", .timestamp),
    ]
}

extension RandomStream {
    /// The products' own random values: id 5, never reused.
    package static var products: RandomStream { RandomStream(5) }
}

/// `ProductFacts` (2–9) and `ProductRows` (20–25).
package enum ProductField: UInt64, RandomFieldSet {
    case uuid = 0
    case price = 2
    case ending = 3
    case markup = 4
    case createdDay = 5
    case createdTime = 6
    case active = 8
    case inactiveDay = 9
    case firstSentence = 20
    case secondSentence = 21
    case weight = 22
    case updated = 24

    package var width: UInt64 {
        switch self {
        case .uuid, .createdTime, .updated: 2
        default: 1
        }
    }
}

extension TableSpec {
    package static let products = TableSpec(
        table: .products, noun: RowNoun("product", "products"),
        columns: Table.productColumns, root: .products, isFoundation: false,
        randomStream: .products, randomFields: ProductField.allocations, rootsPerChunk: 256,
        bytesPerRoot: 600,
        rootCount: .perVolume(small: 100, medium: 500, large: 2000, huge: 20000),
        // Enough for the longest invoice, whose lines have distinct products.
        leastCount: { $0.lineItemsPerInvoice.upperBound },
        rowsPerRoot: nil,
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 4756, gzipPerTenThousand: 3145),
        csvSize: MeasuredSize(bytesPerRowTenths: 3516, gzipPerTenThousand: 3466),
        encodeNDJSON: { ProductRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { ProductRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { ProductRows(context: $0).encode(roots: $1, into: &$2) })
}

/// Products: a type within a category, a name built from the type's words, a unique SKU, a
/// description of the type, a retail price and a cost under it, a weight of the type, and an
/// active flag (an inactive product's last update is when it went inactive).
package struct ProductRows: TableRows {
    package let context: DataContext

    private typealias Field = ProductField

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for index in roots {
            let facts = ProductFacts(context, index)
            let random = facts.random
            let words = facts.words
            encoder.beginRow()
            encoder.uuid(random.uuid(RandomFields.uuid))
            encoder.uuid(context.id(.productCategories, facts.category))
            facts.writeName(into: &encoder)
            // The category code and a shuffled number: unique by construction.
            encoder.beginString()
            encoder.piece(lexicon.categoryCodes[facts.category])
            encoder.piece(ascii: UInt8(ascii: "-"))
            encoder.piece(number: context.skuNumbers.rank(of: index), width: 7)
            encoder.endString()
            let count = words.sentences.count
            let first = random.below(count, Field.firstSentence.id)
            let second = (first + 1 + random.below(count - 1, Field.secondSentence.id)) % count
            encoder.beginString()
            encoder.piece(words.sentences[first])
            encoder.piece(ascii: UInt8(ascii: " "))
            encoder.piece(words.sentences[second])
            encoder.endString()
            let price = facts.priceCents
            encoder.decimal(price, scale: 2)
            encoder.decimal(facts.costCents(priceCents: price), scale: 2)
            encoder.decimal(facts.weightHundredths(priceCents: price), scale: 2)
            let inactiveDay = facts.inactiveDay
            encoder.boolean(inactiveDay == nil)
            let created = facts.createdAt
            encoder.timestamp(created)
            if let inactiveDay {
                let moment =
                    DataContext.startOfDay(inactiveDay)
                    + DataContext.businessTime(random, Field.updated.id)
                encoder.timestamp(max(created, min(moment, context.asOfEnd)))
            } else {
                encoder.timestamp(
                    DataContext.moment(from: created, to: context.asOfEnd, random, Field.updated.id)
                )
            }
            encoder.endRow()
        }
    }
}
