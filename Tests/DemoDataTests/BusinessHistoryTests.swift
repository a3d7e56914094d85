import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The time model: invoices follow time, customers join in order and stop, the calendar and
/// the clock of households and businesses.
@Suite struct BusinessHistoryTests {
    static func context(seed: UInt64, volume: Volume = .large, asOf: String = "2026-06-30")
        throws -> DataContext
    {
        let date = try #require(CivilDate(parsing: asOf))
        return DataContext(parameters: GenerationParameters(volume: volume, seed: seed, asOf: date))
    }

    @Test(arguments: [3, 11, 12345, 99] as [UInt64])
    func invoicesAreNumberedInTheOrderTheyWereMade(seed: UInt64) throws {
        let context = try Self.context(seed: seed)
        var last = Int64.min
        for index in 0..<context.invoiceCount {
            let facts = InvoiceFacts(context, index)
            #expect(
                facts.createdAt >= last, "invoice \(index) was made before invoice \(index - 1)")
            #expect(
                facts.customer.createdAt < facts.createdAt,
                "invoice \(index)'s customer joined after it")
            #expect(facts.customer.buys(on: facts.day), "invoice \(index)'s customer had stopped")
            last = facts.createdAt
        }
    }

    @Test(arguments: ["2026-06-30", "2024-01-01", "1970-01-01", "2031-12-31"])
    func historyCoversThreeYearsBeforeTheAsOfYear(asOf: String) throws {
        let context = try Self.context(seed: 5, volume: .medium, asOf: asOf)
        let date = try #require(CivilDate(parsing: asOf))
        let first = CivilDate(daysSinceEpoch: context.firstInvoiceDay)
        #expect(first.year == date.year - 3 && first.month == 1 && first.day == 1)
        let days = (0..<context.invoiceCount).map { context.history.invoiceMoment(of: $0).day }
        #expect(days.allSatisfy { (context.firstInvoiceDay...context.asOfDay).contains($0) })
        #expect(days.first == days.min() && days.last == days.max())
        let joined = (0..<context.customerCount).map { CustomerFacts(context, $0).createdAt }
        #expect(joined == joined.sorted(), "customers are numbered in the order they joined")
        #expect(joined.last.map { $0 <= context.asOfEnd } == true)
    }

    @Test func dayScaleCountsAgreeWithPlaces() {
        let weights = (0..<400).map { Double(1 + ($0 * 37) % 11) }
        for count in [1, 2, 7, 400, 1001, 65_537] {
            let scale = DayScale(firstDay: 100, weights: weights, count: count)
            var onOrBefore = Array(repeating: 0, count: weights.count)
            var previous = (day: Int.min, fraction: 0.0)
            for item in 0..<count {
                let place = scale.place(item)
                #expect(place.day > previous.day || place.fraction >= previous.fraction)
                #expect((0..<1).contains(place.fraction))
                onOrBefore[place.day - 100] += 1
                previous = place
            }
            var running = 0
            for (offset, items) in onOrBefore.enumerated() {
                running += items
                #expect(scale.count(through: 100 + offset) == running)
            }
            #expect(scale.count(through: 99) == 0)
        }
    }

    @Test func plainMathAgreesWithTheLibrary() {
        for x in stride(from: -30.0, through: 30.0, by: 0.37) {
            #expect(abs(PlainMath.exp(x) / Foundation.exp(x) - 1) < 1e-13)
        }
        for x in [1e-9, 0.001, 0.3, 0.5, 1, 1.5, 2, 10, 12345.678, 1e12] {
            #expect(
                abs(PlainMath.ln(x) - Foundation.log(x)) < 1e-12 * max(1, abs(Foundation.log(x))))
        }
    }

    @Test func daylightSavingFollowsTheUSRules() throws {
        func day(_ text: String) throws -> Int {
            try #require(CivilDate(parsing: text)).daysSinceEpoch
        }
        #expect(try !USTimeZone.isDaylightSaving(day("2026-03-07")))
        #expect(try USTimeZone.isDaylightSaving(day("2026-03-08")))
        #expect(try USTimeZone.isDaylightSaving(day("2026-10-31")))
        #expect(try !USTimeZone.isDaylightSaving(day("2026-11-01")))
        #expect(USTimeZone.arizona.offsetHours(daylight: true) == 7)
        #expect(USTimeZone.pacific.offsetHours(daylight: true) == 7)
        #expect(USTimeZone.of(stateCode: "TX") == .central)
        #expect(USTimeZone.of(stateCode: "NY") == .eastern)
    }

    @Test(arguments: [2023, 2024, 2025, 2026])
    func blackFridayAndCyberMondayAreHouseholdsBusiestDays(year: Int) throws {
        // Thanksgiving is the fourth Thursday of November.
        let first = try #require(CivilDate(year: year, month: 11, day: 1)).daysSinceEpoch
        let thanksgiving = first + (4 - CivilDate.weekday(daysSinceEpoch: first) + 7) % 7 + 21
        func percent(_ day: Int) -> Int {
            BuyingHabits.householdDayPercent(
                CivilDate(daysSinceEpoch: day), weekday: CivilDate.weekday(daysSinceEpoch: day))
        }
        #expect(percent(thanksgiving + 1) >= 200, "Black Friday")
        #expect(percent(thanksgiving + 4) >= 200, "Cyber Monday")
        #expect(percent(thanksgiving) < 100)
        #expect(percent(thanksgiving + 8) == 100)
        let christmas = try #require(CivilDate(year: year, month: 12, day: 25))
        #expect(
            BuyingHabits.businessDayPercent(
                christmas, weekday: CivilDate.weekday(daysSinceEpoch: christmas.daysSinceEpoch))
                < 10)
    }

    @Test func customersStopAndStatusesFollow() throws {
        let context = try Self.context(seed: 21, volume: .huge)
        var inactive = 0
        for index in stride(from: 0, to: context.customerCount, by: 7) {
            let customer = CustomerFacts(context, index)
            let status = customer.status
            if status == Domain.CustomerStatus.inactive {
                inactive += 1
                #expect(customer.lastOrderDay < context.asOfDay - CustomerFacts.closedAfterDays)
            }
            #expect(customer.lastOrderDay >= customer.createdDay || status != 0)
            #expect(customer.lastOrderDay <= context.asOfDay)
        }
        // Most customers of five years lapse; many are still buying.
        let share = Double(inactive) / Double((context.customerCount + 6) / 7)
        #expect((0.25...0.7).contains(share), "inactive share \(share)")
    }
}
