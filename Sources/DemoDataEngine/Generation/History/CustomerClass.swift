/// How actively a customer buys, and for how long: the customers of one class buy at about
/// the same rate while they are customers, and stay for a lifetime drawn around the class's
/// mean (businesses stay longer than households).
///
/// A class owns a fixed number of the slots of every block of `CustomerClass.blockSize`
/// consecutive customers (which slots is a seeded shuffle), so that the customers of a class
/// who had joined by a day are counted and drawn without a table of customers.
package struct CustomerClass: Sendable {
    /// Slots of each block of `blockSize` customers.
    package let slots: Int
    /// Orders per year while a customer, relative to the other classes (tenths), of a
    /// household and of a business.
    package let householdIntensity: Int
    package let businessIntensity: Int
    /// The share of the class that are businesses, in percent.
    package let businessPercent: Int
    /// The mean lifetime as a customer, in days, of a household and of a business.
    package let householdLifetimeDays: Int
    package let businessLifetimeDays: Int

    package static let blockSize = 1024

    /// Most active first. A few accounts (mostly businesses) buy every week or two; most
    /// customers are households that buy a few times and lapse within a year or two.
    package static let all = [
        CustomerClass(
            slots: 4, householdIntensity: 80, businessIntensity: 100, businessPercent: 95,
            householdLifetimeDays: 2500, businessLifetimeDays: 3650),
        CustomerClass(
            slots: 16, householdIntensity: 60, businessIntensity: 70, businessPercent: 80,
            householdLifetimeDays: 2000, businessLifetimeDays: 3000),
        CustomerClass(
            slots: 52, householdIntensity: 40, businessIntensity: 40, businessPercent: 50,
            householdLifetimeDays: 1800, businessLifetimeDays: 2400),
        CustomerClass(
            slots: 132, householdIntensity: 4, businessIntensity: 20, businessPercent: 15,
            householdLifetimeDays: 1500, businessLifetimeDays: 1800),
        CustomerClass(
            slots: 256, householdIntensity: 2, businessIntensity: 8, businessPercent: 6,
            householdLifetimeDays: 800, businessLifetimeDays: 1200),
        CustomerClass(
            slots: 564, householdIntensity: 1, businessIntensity: 3, businessPercent: 3,
            householdLifetimeDays: 250, businessLifetimeDays: 600),
    ]

    /// The expected lifetime-weighted buying of one customer of the class joining, split
    /// into households and businesses, in intensity tenths × days.
    package var householdShare: Double {
        Double(slots) * Double(100 - businessPercent) / 100 * Double(householdIntensity)
    }
    package var businessShare: Double {
        Double(slots) * Double(businessPercent) / 100 * Double(businessIntensity)
    }
}
