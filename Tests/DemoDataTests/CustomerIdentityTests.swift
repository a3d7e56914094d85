import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Customers read like real people and firms: segments, names, phones and addresses, checked
/// on the rows of a large archive of two seeds.
@Suite struct CustomerIdentityTests {
    static let seeds: [UInt64] = [3, 12345]

    private func rows(_ table: Table, seed: UInt64) throws -> [[String: Any]] {
        try GeneratedArchive(volume: .large, seed: seed).rows(table)
    }

    private static func words(_ name: String) -> [String] {
        name.replacingOccurrences(of: "& Sons", with: "&Sons").split(separator: " ")
            .map(String.init).filter { $0 != "&" }
    }

    @Test("Segments are household or business, and business names are firms'", arguments: seeds)
    func segments(seed: UInt64) throws {
        let customers = try rows(.customers, seed: seed)
        var businesses = 0
        for customer in customers {
            let segment = try #require(customer["segment"] as? String)
            let name = try #require(customer["name"] as? String)
            #expect(Domain.customerSegments.contains(segment))
            if segment == "business" {
                businesses += 1
            } else {
                #expect(
                    Self.words(name).count == 2, "household \(name) is a given name and surname")
            }
        }
        // Most customers are households; the most active are mostly businesses.
        #expect((customers.count / 20...customers.count / 2).contains(businesses))
    }

    @Test("No name has a word twice or two legal forms", arguments: seeds)
    func namesHaveNoDoubledWords(seed: UInt64) throws {
        let forms: Set<String> =
            Set(BusinessWords.legalForms.map { $0.form.replacingOccurrences(of: " ", with: "") })
            .union(BusinessWords.firmWords)
        var legal = 0
        var llcOrInc = 0
        var businesses = 0
        for customer in try rows(.customers, seed: seed) {
            let name = try #require(customer["name"] as? String)
            let words = Self.words(name)
            #expect(Set(words).count == words.count, "\(name) has a word twice")
            guard customer["segment"] as? String == "business" else { continue }
            businesses += 1
            let last = words.suffix(2)
            #expect(!(last.count == 2 && last.allSatisfy(forms.contains)), "\(name) stacks forms")
            if forms.contains(words.last ?? "") {
                legal += 1
            }
            if ["LLC", "Inc."].contains(words.last ?? "") {
                llcOrInc += 1
            }
        }
        // Most US firms are LLCs or corporations.
        #expect(llcOrInc * 2 > businesses, "\(llcOrInc) of \(businesses) are LLC or Inc.")
        #expect(legal < businesses, "some businesses have no legal form")
    }

    @Test("Given names follow the birth years of today's adults", arguments: seeds)
    func givenNamesOfAdults(seed: UInt64) throws {
        var given: [String: Int] = [:]
        for customer in try rows(.customers, seed: seed)
        where customer["segment"] as? String == "household" {
            let words = Self.words(try #require(customer["name"] as? String))
            #expect(words.first != words.last, "\(words) has its surname as given name")
            given[words[0], default: 0] += 1
        }
        // Names of the babies of 1975–1995 are far more common among adults than those of the
        // babies before 1940 (about eight times, by the SSA counts and 2020 Census ages).
        let millennial = [
            "Jennifer", "Jessica", "Ashley", "Amanda", "Sarah", "Christopher",
            "Joshua", "Matthew",
        ].reduce(0) { $0 + given[$1, default: 0] }
        let silent = [
            "Dorothy", "Mildred", "Betty", "Doris", "Gladys", "Harold", "Walter",
            "Ralph",
        ].reduce(0) { $0 + given[$1, default: 0] }
        #expect(millennial > 3 * silent, "\(millennial) millennial names, \(silent) silent")
    }

    @Test("No two customers share a phone number while lines are free", arguments: seeds)
    func phonesAreUnique(seed: UInt64) throws {
        let customers = try rows(.customers, seed: seed)
        let phones = try customers.map { try #require($0["phone"] as? String) }
        #expect(Set(phones).count == phones.count)
        for phone in phones {
            #expect(phone.wholeMatch(of: /\([2-9][0-9]{2}\) 555-01[0-9]{2}/) != nil, "\(phone)")
        }
    }

    @Test("Second lines fit the segment; suffixes follow real streets", arguments: seeds)
    func addressLines(seed: UInt64) throws {
        let segments = Dictionary(
            uniqueKeysWithValues: try rows(.customers, seed: seed).map {
                ($0["id"] as? String ?? "", $0["segment"] as? String ?? "")
            })
        let addresses = try rows(.customerAddresses, seed: seed)
        var top = 0
        for address in addresses {
            let street = try #require(address["street"] as? String)
            if ["Street", "Avenue", "Road", "Drive", "Lane"].contains(Self.words(street).last) {
                top += 1
            }
            guard let second = address["street2"] as? String else { continue }
            let words = Self.words(second)
            let number = Int(words.last?.prefix { $0.isNumber } ?? "") ?? 0
            #expect((1...999).contains(number), "\(second)")
            let household = segments[address["customer_id"] as? String ?? ""] == "household"
            let units = household ? StreetNames.householdUnits : StreetNames.businessUnits
            #expect(units.contains(words.first ?? ""), "\(second) on a \(household) address")
        }
        #expect(top * 10 > addresses.count * 7, "\(top) of \(addresses.count) on the top 5")
    }

    @Test func handedOutLinesAreUniqueUntilAStateIsFull() {
        let parameters = GenerationParameters(volume: .huge, seed: 99, asOf: TestDates.asOfDate)
        let context = DataContext(parameters: parameters)
        var seen: Set<Int> = []
        for index in 0..<context.customerCount {
            let number = context.customerPhones.number(of: CustomerFacts(context, index))
            #expect((0..<100).contains(number.line))
            #expect(seen.insert(number.area * 100 + number.line).inserted)
        }
    }

    /// Past `maximumAllocated` customers (far more than the range has numbers) each customer
    /// draws a line of an area code of its billing ZIP, with nothing held per customer.
    @Test func manyCustomersDrawTheirLines() {
        let parameters = GenerationParameters(
            volume: .huge, seed: 5, asOf: TestDates.asOfDate,
            counts: CountOverrides(customers: CustomerPhones.maximumAllocated + 1))
        let context = DataContext(parameters: parameters)
        let lexicon = context.lexicon
        var lines: Set<Int> = []
        for index in stride(from: 0, to: context.customerCount, by: 997) {
            let facts = CustomerFacts(context, index)
            let number = context.customerPhones.number(of: facts)
            let codes = lexicon.zipAreaCodes[facts.billingZIP]
            #expect(lexicon.areaCodes[codes].contains(number.area))
            #expect((0..<100).contains(number.line))
            lines.insert(number.line)
        }
        #expect(lines.count > 50)
    }
}
