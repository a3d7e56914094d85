/// The 50 US states plus the District of Columbia, sorted by USPS code.
package enum USStates {
    /// Sales tax rates are the 2024 state-level general rates. Rates with a half hundredth
    /// (Minnesota 6.875%, Missouri 4.225%, New Jersey 6.625%, New Mexico 4.875%) are rounded
    /// up. Utah (6.10%) and Virginia (5.30%) include their statewide mandatory local add-on.
    /// Populations are the 2020 Census resident counts (April 1, 2020).
    /// ZIP prefix ranges are the USPS blocks of each state and may include a few unassigned
    /// prefixes. Florida skips 340 (military APO AA) and Oklahoma skips 733 (Austin, Texas);
    /// New York includes 005 (Holtsville IRS) and 063 (Fishers Island, shared with Connecticut).
    package static let all: [USState] = [
        USState(
            code: "AK", name: "Alaska", population: 733_391, salesTaxHundredths: 0,
            zipPrefixes: [995...999]),
        USState(
            code: "AL", name: "Alabama", population: 5_024_279, salesTaxHundredths: 400,
            zipPrefixes: [350...369]),
        USState(
            code: "AR", name: "Arkansas", population: 3_011_524, salesTaxHundredths: 650,
            zipPrefixes: [716...729]),
        USState(
            code: "AZ", name: "Arizona", population: 7_151_502, salesTaxHundredths: 560,
            zipPrefixes: [850...865]),
        USState(
            code: "CA", name: "California", population: 39_538_223, salesTaxHundredths: 725,
            zipPrefixes: [900...961]),
        USState(
            code: "CO", name: "Colorado", population: 5_773_714, salesTaxHundredths: 290,
            zipPrefixes: [800...816]),
        USState(
            code: "CT", name: "Connecticut", population: 3_605_944, salesTaxHundredths: 635,
            zipPrefixes: [060...069]),
        USState(
            code: "DC",
            name: "District of Columbia",
            population: 689_545, salesTaxHundredths: 600,
            zipPrefixes: [200...200, 202...205, 569...569]
        ),
        USState(
            code: "DE", name: "Delaware", population: 989_948, salesTaxHundredths: 0,
            zipPrefixes: [197...199]),
        USState(
            code: "FL", name: "Florida", population: 21_538_187, salesTaxHundredths: 600,
            zipPrefixes: [320...339, 341...349]),
        USState(
            code: "GA", name: "Georgia", population: 10_711_908, salesTaxHundredths: 400,
            zipPrefixes: [300...319, 398...399]),
        USState(
            code: "HI", name: "Hawaii", population: 1_455_271, salesTaxHundredths: 400,
            zipPrefixes: [967...968]),
        USState(
            code: "IA", name: "Iowa", population: 3_190_369, salesTaxHundredths: 600,
            zipPrefixes: [500...528]),
        USState(
            code: "ID", name: "Idaho", population: 1_839_106, salesTaxHundredths: 600,
            zipPrefixes: [832...838]),
        USState(
            code: "IL", name: "Illinois", population: 12_812_508, salesTaxHundredths: 625,
            zipPrefixes: [600...629]),
        USState(
            code: "IN", name: "Indiana", population: 6_785_528, salesTaxHundredths: 700,
            zipPrefixes: [460...479]),
        USState(
            code: "KS", name: "Kansas", population: 2_937_880, salesTaxHundredths: 650,
            zipPrefixes: [660...679]),
        USState(
            code: "KY", name: "Kentucky", population: 4_505_836, salesTaxHundredths: 600,
            zipPrefixes: [400...427]),
        USState(
            code: "LA", name: "Louisiana", population: 4_657_757, salesTaxHundredths: 445,
            zipPrefixes: [700...714]),
        USState(
            code: "MA", name: "Massachusetts", population: 7_029_917, salesTaxHundredths: 625,
            zipPrefixes: [010...027, 055...055]),
        USState(
            code: "MD", name: "Maryland", population: 6_177_224, salesTaxHundredths: 600,
            zipPrefixes: [206...219]),
        USState(
            code: "ME", name: "Maine", population: 1_362_359, salesTaxHundredths: 550,
            zipPrefixes: [039...049]),
        USState(
            code: "MI", name: "Michigan", population: 10_077_331, salesTaxHundredths: 600,
            zipPrefixes: [480...499]),
        USState(
            code: "MN", name: "Minnesota", population: 5_706_494, salesTaxHundredths: 688,
            zipPrefixes: [550...567]),
        USState(
            code: "MO", name: "Missouri", population: 6_154_913, salesTaxHundredths: 423,
            zipPrefixes: [630...658]),
        USState(
            code: "MS", name: "Mississippi", population: 2_961_279, salesTaxHundredths: 700,
            zipPrefixes: [386...397]),
        USState(
            code: "MT", name: "Montana", population: 1_084_225, salesTaxHundredths: 0,
            zipPrefixes: [590...599]),
        USState(
            code: "NC", name: "North Carolina", population: 10_439_388, salesTaxHundredths: 475,
            zipPrefixes: [270...289]),
        USState(
            code: "ND", name: "North Dakota", population: 779_094, salesTaxHundredths: 500,
            zipPrefixes: [580...588]),
        USState(
            code: "NE", name: "Nebraska", population: 1_961_504, salesTaxHundredths: 550,
            zipPrefixes: [680...693]),
        USState(
            code: "NH", name: "New Hampshire", population: 1_377_529, salesTaxHundredths: 0,
            zipPrefixes: [030...038]),
        USState(
            code: "NJ", name: "New Jersey", population: 9_288_994, salesTaxHundredths: 663,
            zipPrefixes: [070...089]),
        USState(
            code: "NM", name: "New Mexico", population: 2_117_522, salesTaxHundredths: 488,
            zipPrefixes: [870...884]),
        USState(
            code: "NV", name: "Nevada", population: 3_104_614, salesTaxHundredths: 685,
            zipPrefixes: [889...898]),
        USState(
            code: "NY", name: "New York", population: 20_201_249, salesTaxHundredths: 400,
            zipPrefixes: [005...005, 063...063, 100...149]),
        USState(
            code: "OH", name: "Ohio", population: 11_799_448, salesTaxHundredths: 575,
            zipPrefixes: [430...459]),
        USState(
            code: "OK", name: "Oklahoma", population: 3_959_353, salesTaxHundredths: 450,
            zipPrefixes: [730...731, 734...749]),
        USState(
            code: "OR", name: "Oregon", population: 4_237_256, salesTaxHundredths: 0,
            zipPrefixes: [970...979]),
        USState(
            code: "PA", name: "Pennsylvania", population: 13_002_700, salesTaxHundredths: 600,
            zipPrefixes: [150...196]),
        USState(
            code: "RI", name: "Rhode Island", population: 1_097_379, salesTaxHundredths: 700,
            zipPrefixes: [028...029]),
        USState(
            code: "SC", name: "South Carolina", population: 5_118_425, salesTaxHundredths: 600,
            zipPrefixes: [290...299]),
        USState(
            code: "SD", name: "South Dakota", population: 886_667, salesTaxHundredths: 420,
            zipPrefixes: [570...577]),
        USState(
            code: "TN", name: "Tennessee", population: 6_910_840, salesTaxHundredths: 700,
            zipPrefixes: [370...385]),
        USState(
            code: "TX", name: "Texas", population: 29_145_505, salesTaxHundredths: 625,
            zipPrefixes: [733...733, 750...799, 885...885]),
        USState(
            code: "UT", name: "Utah", population: 3_271_616, salesTaxHundredths: 610,
            zipPrefixes: [840...847]),
        USState(
            code: "VA", name: "Virginia", population: 8_631_393, salesTaxHundredths: 530,
            zipPrefixes: [201...201, 220...246]),
        USState(
            code: "VT", name: "Vermont", population: 643_077, salesTaxHundredths: 600,
            zipPrefixes: [050...054, 056...059]),
        USState(
            code: "WA", name: "Washington", population: 7_705_281, salesTaxHundredths: 650,
            zipPrefixes: [980...994]),
        USState(
            code: "WI", name: "Wisconsin", population: 5_893_718, salesTaxHundredths: 500,
            zipPrefixes: [530...549]),
        USState(
            code: "WV", name: "West Virginia", population: 1_793_716, salesTaxHundredths: 600,
            zipPrefixes: [247...268]),
        USState(
            code: "WY", name: "Wyoming", population: 576_851, salesTaxHundredths: 400,
            zipPrefixes: [820...831]),
    ]
}
