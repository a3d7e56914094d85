/// The 50 US states plus the District of Columbia, sorted by USPS code.
package enum USStates {
    /// Sales tax rates are the 2024 state-level general rates. Rates with a half hundredth
    /// (Minnesota 6.875%, Missouri 4.225%, New Jersey 6.625%, New Mexico 4.875%) are rounded
    /// up. Utah (6.10%) and Virginia (5.30%) include their statewide mandatory local add-on.
    /// ZIP prefix ranges are the USPS blocks of each state and may include a few unassigned
    /// prefixes. Florida skips 340 (military APO AA) and Oklahoma skips 733 (Austin, Texas);
    /// New York includes 005 (Holtsville IRS) and 063 (Fishers Island, shared with Connecticut).
    package static let all: [USState] = [
        USState(code: "AK", name: "Alaska", salesTaxHundredths: 0, zipPrefixes: [995...999]),
        USState(code: "AL", name: "Alabama", salesTaxHundredths: 400, zipPrefixes: [350...369]),
        USState(code: "AR", name: "Arkansas", salesTaxHundredths: 650, zipPrefixes: [716...729]),
        USState(code: "AZ", name: "Arizona", salesTaxHundredths: 560, zipPrefixes: [850...865]),
        USState(
            code: "CA", name: "California", salesTaxHundredths: 725, zipPrefixes: [900...961]),
        USState(code: "CO", name: "Colorado", salesTaxHundredths: 290, zipPrefixes: [800...816]),
        USState(
            code: "CT", name: "Connecticut", salesTaxHundredths: 635, zipPrefixes: [060...069]),
        USState(
            code: "DC",
            name: "District of Columbia",
            salesTaxHundredths: 600,
            zipPrefixes: [200...200, 202...205, 569...569]
        ),
        USState(code: "DE", name: "Delaware", salesTaxHundredths: 0, zipPrefixes: [197...199]),
        USState(
            code: "FL", name: "Florida", salesTaxHundredths: 600,
            zipPrefixes: [320...339, 341...349]),
        USState(
            code: "GA", name: "Georgia", salesTaxHundredths: 400,
            zipPrefixes: [300...319, 398...399]),
        USState(code: "HI", name: "Hawaii", salesTaxHundredths: 400, zipPrefixes: [967...968]),
        USState(code: "IA", name: "Iowa", salesTaxHundredths: 600, zipPrefixes: [500...528]),
        USState(code: "ID", name: "Idaho", salesTaxHundredths: 600, zipPrefixes: [832...838]),
        USState(code: "IL", name: "Illinois", salesTaxHundredths: 625, zipPrefixes: [600...629]),
        USState(code: "IN", name: "Indiana", salesTaxHundredths: 700, zipPrefixes: [460...479]),
        USState(code: "KS", name: "Kansas", salesTaxHundredths: 650, zipPrefixes: [660...679]),
        USState(code: "KY", name: "Kentucky", salesTaxHundredths: 600, zipPrefixes: [400...427]),
        USState(code: "LA", name: "Louisiana", salesTaxHundredths: 445, zipPrefixes: [700...714]),
        USState(
            code: "MA", name: "Massachusetts", salesTaxHundredths: 625,
            zipPrefixes: [010...027, 055...055]),
        USState(code: "MD", name: "Maryland", salesTaxHundredths: 600, zipPrefixes: [206...219]),
        USState(code: "ME", name: "Maine", salesTaxHundredths: 550, zipPrefixes: [039...049]),
        USState(code: "MI", name: "Michigan", salesTaxHundredths: 600, zipPrefixes: [480...499]),
        USState(code: "MN", name: "Minnesota", salesTaxHundredths: 688, zipPrefixes: [550...567]),
        USState(code: "MO", name: "Missouri", salesTaxHundredths: 423, zipPrefixes: [630...658]),
        USState(
            code: "MS", name: "Mississippi", salesTaxHundredths: 700, zipPrefixes: [386...397]),
        USState(code: "MT", name: "Montana", salesTaxHundredths: 0, zipPrefixes: [590...599]),
        USState(
            code: "NC", name: "North Carolina", salesTaxHundredths: 475, zipPrefixes: [270...289]),
        USState(
            code: "ND", name: "North Dakota", salesTaxHundredths: 500, zipPrefixes: [580...588]),
        USState(code: "NE", name: "Nebraska", salesTaxHundredths: 550, zipPrefixes: [680...693]),
        USState(
            code: "NH", name: "New Hampshire", salesTaxHundredths: 0, zipPrefixes: [030...038]),
        USState(
            code: "NJ", name: "New Jersey", salesTaxHundredths: 663, zipPrefixes: [070...089]),
        USState(
            code: "NM", name: "New Mexico", salesTaxHundredths: 488, zipPrefixes: [870...884]),
        USState(code: "NV", name: "Nevada", salesTaxHundredths: 685, zipPrefixes: [889...898]),
        USState(
            code: "NY", name: "New York", salesTaxHundredths: 400,
            zipPrefixes: [005...005, 063...063, 100...149]),
        USState(code: "OH", name: "Ohio", salesTaxHundredths: 575, zipPrefixes: [430...459]),
        USState(
            code: "OK", name: "Oklahoma", salesTaxHundredths: 450,
            zipPrefixes: [730...731, 734...749]),
        USState(code: "OR", name: "Oregon", salesTaxHundredths: 0, zipPrefixes: [970...979]),
        USState(
            code: "PA", name: "Pennsylvania", salesTaxHundredths: 600, zipPrefixes: [150...196]),
        USState(
            code: "RI", name: "Rhode Island", salesTaxHundredths: 700, zipPrefixes: [028...029]),
        USState(
            code: "SC", name: "South Carolina", salesTaxHundredths: 600, zipPrefixes: [290...299]),
        USState(
            code: "SD", name: "South Dakota", salesTaxHundredths: 420, zipPrefixes: [570...577]),
        USState(code: "TN", name: "Tennessee", salesTaxHundredths: 700, zipPrefixes: [370...385]),
        USState(
            code: "TX", name: "Texas", salesTaxHundredths: 625,
            zipPrefixes: [733...733, 750...799, 885...885]),
        USState(code: "UT", name: "Utah", salesTaxHundredths: 610, zipPrefixes: [840...847]),
        USState(
            code: "VA", name: "Virginia", salesTaxHundredths: 530,
            zipPrefixes: [201...201, 220...246]),
        USState(
            code: "VT", name: "Vermont", salesTaxHundredths: 600,
            zipPrefixes: [050...054, 056...059]),
        USState(code: "WA", name: "Washington", salesTaxHundredths: 650, zipPrefixes: [980...994]),
        USState(code: "WI", name: "Wisconsin", salesTaxHundredths: 500, zipPrefixes: [530...549]),
        USState(
            code: "WV", name: "West Virginia", salesTaxHundredths: 600, zipPrefixes: [247...268]),
        USState(code: "WY", name: "Wyoming", salesTaxHundredths: 400, zipPrefixes: [820...831]),
    ]
}
