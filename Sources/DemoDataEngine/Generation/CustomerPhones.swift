import DemoDataCore
import DemoDataVocabulary

/// The phone number of every customer, `(AAA) 555-01NN`: an area code of its billing ZIP and
/// one of the hundred lines the numbering plan reserves for fiction, so that no real person is
/// ever called.
///
/// A hundred lines per area code are few, so lines are handed out rather than drawn: the
/// customers of an area code take its lines in a seeded order of its own, and a customer whose
/// area code has none left takes a free line of another area code of its state. No two
/// customers share a number until every line of their state is taken. The numbers are worked
/// out once per generation (O(customers), four bytes each); past `maximumAllocated` customers
/// (more than the 30,000-odd numbers the range has in all) each draws its line instead.
package struct CustomerPhones: Sendable {
    /// The most customers whose numbers are handed out.
    package static let maximumAllocated = 200_000

    /// Each customer's area code × 100 + line (0–99), or empty when lines are drawn.
    private let numbers: [Int32]

    package init(customers: Int, random: RandomSource, lexicon: Lexicon) {
        guard customers <= Self.maximumAllocated else {
            numbers = []
            return
        }
        var used = [Int](repeating: 0, count: 1000)
        // Per state, the first of its area codes that may still have a free line.
        var spill = [Int](repeating: 0, count: lexicon.stateAreaCodes.count)
        // Drawn from a row before the stream's first, far from the context's shuffles (-1, -2, …).
        let bits = random.row(.customers, -1000).bits(CustomerField.phoneLine.id)
        let order = RankOrder(count: customers, bits: bits)
        let salt = Int((bits >> 48) % 100)
        var numbers = [Int32](repeating: 0, count: customers)
        // Customers are served in a seeded order, so that the ones left to another area code
        // do not follow row order.
        for rank in 0..<customers {
            let customer = order.index(of: rank)
            let row = random.row(.customers, customer)
            let zip = CustomerFacts.billingZIP(row, lexicon)
            let codes = lexicon.zipAreaCodes[zip]
            var area = lexicon.areaCodes[
                codes.lowerBound + row.below(codes.count, CustomerField.areaCode.id)]
            if used[area] >= 100 {
                let state = lexicon.cityStates[lexicon.zipCities[zip]]
                let others = lexicon.stateAreaCodes[state]
                while spill[state] < others.count, used[others[spill[state]]] >= 100 {
                    spill[state] += 1
                }
                if spill[state] < others.count {
                    area = others[spill[state]]
                }
            }
            let taken = used[area]
            used[area] += 1
            numbers[customer] = Int32(area * 100 + Self.line(taken % 100, area: area, salt: salt))
        }
        self.numbers = numbers
    }

    /// The line (0–99) that the `taken`-th customer of an area code gets: a shuffle of the
    /// hundred lines of its own for each area code and seed (`salt`, 0–99).
    private static func line(_ taken: Int, area: Int, salt: Int) -> Int {
        // Multipliers coprime to 100 make the shuffle a bijection of 0..<100.
        let multipliers = [3, 7, 11, 13, 17, 19, 21, 23, 27, 29, 31, 33, 37, 39, 41, 43]
        return (taken * multipliers[(area + salt) % multipliers.count] + area * 7 + salt) % 100
    }

    /// The area code and line of customer `index` (`facts` its facts).
    @inline(__always)
    package func number(of facts: CustomerFacts) -> (area: Int, line: Int) {
        if numbers.isEmpty {
            let lexicon = facts.context.lexicon
            let codes = lexicon.zipAreaCodes[facts.billingZIP]
            let area = lexicon.areaCodes[
                codes.lowerBound + facts.random.below(codes.count, CustomerField.areaCode.id)]
            return (area, facts.random.below(100, CustomerField.phoneLine.id))
        }
        let number = Int(numbers[facts.index])
        return (number / 100, number % 100)
    }
}
