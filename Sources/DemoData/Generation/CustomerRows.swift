/// Customers: a tier, a realistic name and a unique email, status, credit limit and notes.
struct CustomerRows: TableRows {
    let context: DataContext

    private enum Field {
        static let firstName: UInt64 = 10
        static let lastName: UInt64 = 11
        static let emailStyle: UInt64 = 12
        static let emailDomain: UInt64 = 13
        static let areaCode: UInt64 = 14
        static let phoneLine: UInt64 = 15
        static let status: UInt64 = 16
        static let creditBase: UInt64 = 17
        static let hasNotes: UInt64 = 18
        static let note: UInt64 = 19
        static let updated: UInt64 = 20
    }

    static let statusWeights = WeightTable(Domain.customerStatusChoices.map(\.share))

    func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for index in roots {
            let facts = CustomerFacts(context, index)
            let random = facts.random
            let tier = facts.tier
            encoder.beginRow()
            encoder.uuid(random.uuid(0))
            encoder.uuid(context.id(.customerTypes, tier))
            let first = random.below(lexicon.firstNames.count, Field.firstName)
            let last = random.below(lexicon.lastNames.count, Field.lastName)
            encoder.beginString()
            encoder.piece(lexicon.firstNames[first])
            encoder.piece(ascii: UInt8(ascii: " "))
            encoder.piece(lexicon.lastNames[last])
            encoder.endString()
            writeEmail(index, first: first, last: last, random, &encoder)
            writePhone(random, &encoder)
            encoder.string(
                lexicon.customerStatuses[random.weighted(Self.statusWeights, Field.status)])
            // A base of $2,500 to $10,000 in steps of $100, times the tier's multiplier.
            let step = BusinessRules.creditBaseStepDollars
            let steps =
                BusinessRules.creditBaseDollars.lowerBound / step...BusinessRules.creditBaseDollars
                .upperBound / step
            let baseCents = random.int(steps, Field.creditBase) * step * 100
            encoder.decimal(
                baseCents * Domain.tiers[tier].creditMultiplierHundredths / 100, scale: 2)
            if random.percent(35, Field.hasNotes) {
                encoder.string(
                    lexicon.customerNotes[random.below(lexicon.customerNotes.count, Field.note)])
            } else {
                encoder.null()
            }
            let created = facts.createdAt
            encoder.timestamp(created)
            encoder.timestamp(
                DataContext.moment(from: created, to: context.asOfEnd, random, Field.updated))
            encoder.endRow()
        }
    }

    /// `first.last123@example.com` in one of four common shapes; the customer's index ends the
    /// local part, and names hold no digits, so emails are unique by construction.
    private func writeEmail<Encoder: RowEncoder>(
        _ index: Int, first: Int, last: Int, _ random: RowRandom, _ encoder: inout Encoder
    ) {
        let lexicon = context.lexicon
        let firstText = lexicon.firstNamesForEmail[first]
        let lastText = lexicon.lastNamesForEmail[last]
        encoder.beginString()
        switch random.below(4, Field.emailStyle) {
        case 0:
            encoder.piece(firstText)
            encoder.piece(ascii: UInt8(ascii: "."))
            encoder.piece(lastText)
        case 1:
            encoder.piece(ascii: firstText.start[0])
            encoder.piece(lastText)
        case 2:
            encoder.piece(firstText)
            encoder.piece(ascii: UInt8(ascii: "_"))
            encoder.piece(lastText)
        default:
            encoder.piece(lastText)
            encoder.piece(ascii: UInt8(ascii: "."))
            encoder.piece(firstText)
        }
        encoder.piece(number: index, width: 1)
        encoder.piece(ascii: UInt8(ascii: "@"))
        encoder.piece(lexicon.emailDomains[random.below(3, Field.emailDomain)])
        encoder.endString()
    }

    /// `(AAA) 555-01NN`: a plausible area code and a line in the range reserved for fiction.
    private func writePhone<Encoder: RowEncoder>(_ random: RowRandom, _ encoder: inout Encoder) {
        var area = random.int(201...989, Field.areaCode)
        if area % 100 == 11 {
            area += 1
        }
        encoder.beginString()
        encoder.piece(ascii: UInt8(ascii: "("))
        encoder.piece(number: area, width: 3)
        encoder.piece(ascii: UInt8(ascii: ")"))
        encoder.piece(ascii: UInt8(ascii: " "))
        encoder.piece(number: 555, width: 3)
        encoder.piece(ascii: UInt8(ascii: "-"))
        encoder.piece(number: 100 + random.below(100, Field.phoneLine), width: 4)
        encoder.endString()
    }
}
