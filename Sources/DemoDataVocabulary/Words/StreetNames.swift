/// Street names, USPS street suffixes and secondary unit designators for US addresses.
package enum StreetNames {
    /// Street names without a suffix, such as "Maple" or "Old Mill".
    package static let names: [String] = [
        // Trees and plants
        "Maple", "Oak", "Pine", "Cedar", "Elm", "Walnut", "Chestnut", "Birch", "Willow",
        "Spruce", "Hickory", "Sycamore", "Magnolia", "Dogwood", "Juniper", "Cypress",
        "Aspen", "Poplar", "Laurel", "Holly", "Redwood", "Cherry", "Cottonwood", "Mesquite",
        "Palmetto", "Pecan", "Peachtree", "Live Oak", "White Oak", "Red Oak", "Olive",
        "Jasmine", "Lilac", "Rose", "Tulip", "Iris", "Lavender", "Primrose", "Honeysuckle",
        "Clover", "Ivy", "Fern", "Heather", "Wisteria", "Azalea", "Camellia", "Gardenia",
        "Sagebrush", "Palo Verde", "Ironwood",
        // Presidents and historical figures
        "Washington", "Lincoln", "Jefferson", "Madison", "Monroe", "Adams", "Jackson",
        "Franklin", "Hamilton", "Grant", "Roosevelt", "Kennedy", "Wilson", "Harrison",
        "Cleveland", "Taylor", "Polk", "Pierce", "Tyler", "Van Buren", "Martin Luther King Jr",
        "Cesar Chavez", "Edison", "Crockett", "Boone", "Houston", "Bowie", "Custer",
        "Sheridan", "Sherman", "Hancock", "Revere", "Hawthorne", "Emerson", "Whitman",
        "Longfellow", "Audubon", "Carver", "Douglass", "Tubman", "Lafayette", "Marion",
        "Putnam", "Jay",
        // Landscape and town features
        "Main", "Park", "Lake", "Hill", "River", "Church", "Mill", "School", "Spring",
        "Center", "High", "Union", "Market", "Water", "Bridge", "Railroad", "Depot",
        "Commerce", "Industrial", "Broad", "Front", "Bay", "Harbor", "Ocean", "Beach",
        "Shore", "Forest", "Meadow", "Valley", "Ridge", "Summit", "Highland", "Sunset",
        "Sunrise", "Hillcrest", "Lakeview", "Riverside", "Fairview", "Parkview",
        "Mountain View", "Pleasant", "Prospect", "Liberty", "Independence", "Heritage",
        "Colonial", "Pioneer", "Frontier", "Orchard", "Vineyard", "Country Club", "College",
        "University", "Academy", "Chapel", "Airport", "Canyon", "Arroyo", "Prairie",
        "Harvest", "Granite", "Quarry", "Copper", "Silver", "Crystal", "Diamond",
        "Homestead", "Cottage", "Manor", "Ranch", "Stagecoach", "Wagon Wheel", "Horseshoe",
        "Saddle", "Bridle", "Old Post", "Windmill", "Timber", "Stadium", "Garden",
        // Compound and subdivision names
        "Old Mill", "Cedar Ridge", "Oak Hollow", "Willow Creek", "Pine Valley",
        "Maple Grove", "Elm Ridge", "Stonebridge", "Fox Hollow", "Deer Creek", "Eagle Crest",
        "Hawk Ridge", "Quail Hollow", "Shady Grove", "Green Valley", "Spring Valley",
        "Cherry Hill", "Pleasant Hill", "Rolling Hills", "Mill Pond", "Millstone",
        "Briarwood", "Brookside", "Brookfield", "Fieldstone", "Glenwood", "Greenwood",
        "Wildwood", "Woodland", "Woodside", "Westwood", "Eastwood", "Edgewood", "Lakewood",
        "Ridgewood", "Rosewood", "Sherwood", "Kingswood", "Oakwood", "Pinewood",
        "Beechwood", "Elmwood", "Maplewood", "Lynwood", "Wedgewood", "Deerfield",
        "Springfield", "Fairfield", "Brookhaven", "Fairmont", "Belmont", "Piedmont",
        "Hearthstone", "Cornerstone", "Desert Willow", "Falcon Ridge", "Heron Bay",
        "Bluebird", "Cardinal", "Robin", "Meadowlark", "Sparrow",
        // Spanish-language names
        "Alameda", "Vista", "Mesa", "Sierra", "Alta Vista", "Del Mar", "Buena Vista",
        "La Paloma", "San Pedro", "Santa Rosa", "Rio Grande", "Camino Real", "Las Palmas",
        // Places
        "Princeton", "Oxford", "Cambridge", "Yale", "Harvard", "Dartmouth", "Berkeley",
        "Stanford", "Devonshire", "Kensington", "Windsor", "Canterbury", "Nottingham",
        "Buckingham", "Brighton", "Dover", "Bristol", "Chester", "Hampton", "Lexington",
        "Concord", "Salem", "Plymouth", "Providence", "Hartford", "Trenton", "Richmond",
        "Charleston", "Savannah", "Augusta", "Raleigh", "Columbia", "Dayton", "Denver",
        "Yorktown", "Gettysburg", "Valley Forge", "Shiloh", "Bunker Hill", "Mayflower",
        "Potomac", "Shenandoah", "Susquehanna", "Allegheny", "Chesapeake", "Mohawk",
        "Seneca", "Cherokee", "Shawnee", "Hudson",
        // States
        "Vermont", "Delaware", "Ohio", "Michigan", "Indiana", "Illinois", "Kentucky",
        "Tennessee", "Virginia", "Carolina", "Georgia", "Florida", "Texas", "Colorado",
        "Nevada", "Oregon", "Dakota", "Montana", "Wyoming", "Arizona", "Alabama",
        "Louisiana", "Missouri", "Iowa", "Kansas", "Nebraska", "Maryland", "Pennsylvania",
        // Directions
        "North", "South", "East", "West",
        // Numbered streets
        "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th",
        "13th", "14th", "15th", "16th", "17th", "18th", "19th", "20th", "21st", "22nd",
        "23rd", "24th", "25th", "30th", "31st", "32nd", "33rd", "42nd", "51st", "63rd",
        "72nd", "88th", "101st", "103rd", "111th", "122nd", "125th",
    ]

    /// Full-word USPS street suffixes, with how many of a thousand US addresses are on a
    /// street of each (Road, Street, Drive, Avenue and Lane hold about three in four; Pike, Row
    /// and Square are rare).
    package static let suffixes: [(suffix: String, perMille: Int)] = [
        ("Street", 215), ("Avenue", 145), ("Road", 180), ("Lane", 75), ("Drive", 170),
        ("Court", 55), ("Boulevard", 25), ("Way", 35), ("Place", 22), ("Terrace", 8),
        ("Circle", 22), ("Parkway", 10), ("Trail", 12), ("Highway", 9), ("Pike", 2),
        ("Square", 1), ("Loop", 5), ("Run", 3), ("Path", 2), ("Crossing", 2), ("Point", 1),
        ("Row", 1),
    ]

    /// The unit designators of households' second lines: apartments and units.
    package static let householdUnits: [String] = ["Apt", "Unit"]

    /// The unit designators of businesses' second lines: suites (also written "Ste"), floors,
    /// units and buildings.
    package static let businessUnits: [String] = ["Suite", "Ste", "Floor", "Unit", "Building"]

    /// Every secondary unit designator in use, such as "Apt" in "Apt 4B".
    package static let secondaryUnits: [String] =
        householdUnits + businessUnits.filter { !householdUnits.contains($0) }
}
