import DemoDataCore
import DemoDataVocabulary

/// A customer's notes, composed from sentences: those that state a fact (tax exemption, the
/// account's closing or hold, terms, the year it opened, its credit limit) state the
/// customer's own, and the rest (delivery and contact preferences) state none.
package struct CustomerNotes {
    package let facts: CustomerFacts

    private typealias Field = CustomerField

    package func write<Encoder: RowEncoder>(into encoder: inout Encoder) {
        let random = facts.random
        let context = facts.context
        let lexicon = context.lexicon
        let months = lexicon.monthAbbreviations
        let business = facts.isBusiness
        let taxExempt = facts.isTaxExempt
        let (status, lastOrder) = facts.account
        let terms = facts.terms
        let termsNote =
            business && Domain.paymentTerms[terms].days > 0 && random.percent(40, Field.notes.id)
        let sinceNote = random.percent(business ? 30 : 20, Field.notes[1])
        let creditNote = business && random.percent(25, Field.notes[2])
        let neutral = random.percent(business ? 70 : 30, Field.notes[3])
        guard
            taxExempt || status != Domain.CustomerStatus.active || termsNote || sinceNote
                || creditNote || neutral
        else {
            encoder.null()
            return
        }
        var first = true
        encoder.beginString()
        if taxExempt {
            encoder.beginSentence(first: &first)
            encoder.piece("Tax-exempt; resale certificate on file.")
        }
        if status == Domain.CustomerStatus.inactive {
            encoder.beginSentence(first: &first)
            encoder.piece("Account closed on ")
            encoder.piece(day: lastOrder, months: months)
            encoder.piece("; no orders since.")
        } else if status == Domain.CustomerStatus.suspended {
            encoder.beginSentence(first: &first)
            encoder.piece("On credit hold since ")
            encoder.piece(day: lastOrder, months: months)
            encoder.piece(ascii: UInt8(ascii: "."))
        }
        let created = facts.createdDay
        if termsNote {
            encoder.beginSentence(first: &first)
            encoder.piece(lexicon.paymentTerms[terms])
            encoder.piece(" terms approved in ")
            let approved =
                created + random.below(min(60, context.asOfDay - created + 1), Field.notes[4])
            encoder.piece(monthOf: approved, months: months)
            encoder.piece(ascii: UInt8(ascii: "."))
        }
        if creditNote {
            encoder.beginSentence(first: &first)
            encoder.piece("Credit limit set at ")
            encoder.piece(dollars: facts.creditLimitCents / 100)
            encoder.piece(ascii: UInt8(ascii: "."))
        }
        if neutral {
            let notes = business ? lexicon.customerNotes : lexicon.householdNotes
            encoder.sentence(notes[random.below(notes.count, Field.notes[5])], first: &first)
        }
        if sinceNote {
            encoder.beginSentence(first: &first)
            encoder.piece("Customer since ")
            encoder.piece(number: CivilDate(daysSinceEpoch: created).year, width: 4)
            encoder.piece(ascii: UInt8(ascii: "."))
        }
        encoder.endString()
    }
}
