/// How many US adults there are of each age: the 2020 Census resident population by
/// five-year age group, spread evenly over the group's years. A customer who is a person is of
/// an age drawn from these weights, and is given a name of the decade that age was born in.
package enum AdultAges {
    /// The youngest and the oldest age a customer may be.
    package static let ages = 18...85

    /// Residents of each five-year age group from 15–19 to 80–84, and of 85 and over, in
    /// hundred thousands (2020 Census).
    package static let groupResidents = [
        219, 214, 223, 225, 218, 208, 200, 209, 219, 208, 178, 142, 98, 63, 64,
    ]

    /// The weight of each age of `ages`, youngest first: its group's residents over the
    /// group's five years (85 and over spread over eight years).
    package static let weights: [Int] = ages.map { age in
        age >= 85 ? groupResidents[14] * 10 / 8 : groupResidents[(age - 15) / 5] * 10 / 5
    }
}
