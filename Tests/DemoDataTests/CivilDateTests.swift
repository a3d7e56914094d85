import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

@Suite struct CivilDateTests {
    @Test func convertsKnownDays() {
        #expect(CivilDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(CivilDate(daysSinceEpoch: 19_723).description == "2024-01-01")
        #expect(CivilDate(daysSinceEpoch: -1).description == "1969-12-31")
        #expect(CivilDate(year: 2000, month: 2, day: 29)?.daysSinceEpoch == 11_016)
    }

    @Test func roundTripsEveryDayOfFourCenturies() {
        for day in stride(from: -150_000, through: 150_000, by: 1) {
            #expect(CivilDate(daysSinceEpoch: day).daysSinceEpoch == day)
        }
    }

    @Test(arguments: [
        "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-01-01", "2026/01/01",
        "tomorrow", "2026-1-01", "", "0000-01-01", "2026-01-0a",
    ])
    func rejectsImpossibleOrMalformedDates(_ text: String) {
        #expect(CivilDate(parsing: text) == nil)
    }

    @Test func parsesLeapDaysAndOrdersDates() throws {
        let leap = try #require(CivilDate(parsing: "2024-02-29"))
        #expect(leap.description == "2024-02-29")
        #expect(CivilDate(parsing: "1900-02-29") == nil)
        #expect(leap < CivilDate(daysSinceEpoch: leap.daysSinceEpoch + 1))
    }

    @Test func weekdaysStartOnSunday() throws {
        // 1970-01-01 was a Thursday; 2026-11-26 is a Thursday too.
        #expect(CivilDate.weekday(daysSinceEpoch: 0) == 4)
        let day = try #require(CivilDate(parsing: "2026-11-29")).daysSinceEpoch
        #expect(CivilDate.weekday(daysSinceEpoch: day) == 0)
        #expect(CivilDate.weekday(daysSinceEpoch: -1) == 3)
    }

    @Test func quietHolidaysAreNewYearThanksgivingAndChristmas() throws {
        func quiet(_ text: String) throws -> Bool {
            let date = try #require(CivilDate(parsing: text))
            return date.isQuietHoliday(
                weekday: CivilDate.weekday(daysSinceEpoch: date.daysSinceEpoch))
        }
        #expect(try quiet("2026-01-01"))
        #expect(try quiet("2025-12-25"))
        #expect(try quiet("2026-11-26"))  // the fourth Thursday of November 2026
        #expect(try quiet("2025-11-27"))
        #expect(try !quiet("2026-11-19"))  // the third Thursday
        #expect(try !quiet("2026-11-27"))  // the Friday after
        #expect(try !quiet("2026-12-24"))
    }
}
