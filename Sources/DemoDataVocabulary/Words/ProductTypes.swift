/// The catalog of product types, about a hundred in all, and the invented brands of each
/// category.
///
/// Every adjective, material and variant of a type reads naturally with its noun and with
/// each other, so any combination makes a believable product; the price and weight bands are
/// those of such products in US shops.
package enum ProductTypes {
    /// Every product type, category by category in the order of `Domain.categories`.
    package static let all: [ProductType] = electronics + clothing + homeAndGarden + books + sports

    /// The brands (imprints, for books) of each category, in the order of
    /// `Domain.categories`. They are invented; none is shared between categories.
    package static let brands: [[String]] = [
        [
            "Voltix", "Cobaltline", "Nettaro", "Pixelfern", "Ampersun", "Kestrelon",
            "Zephyrix", "Halvora", "Ionwick", "Trelloq", "Orbitane", "Lumenvale", "Quarrix",
            "Sonderbyte", "Fluxwell", "Cirruma", "Veltrano", "Arcwright", "Norvicell",
            "Byteharbor", "Glintmark", "Tessavolt",
        ],
        [
            "Alder & Pine", "Hollis & Wren", "Marlow Threadworks", "Stitchfold", "Cobble & Kin",
            "Greyhaven Supply", "Wrenfield", "Tidewell", "Bramble Row", "Ferncroft", "Mossgate",
            "Saltmarsh Outfitters", "Linden & Loom", "Harrow Mill", "Calder & Finch", "Redwick",
            "Thimblecove", "Ashby Row", "Juniper Stitch", "Oakmere", "Larkfield & Co.",
            "Quill & Thread",
        ],
        [
            "Hearthwell", "Birchmoor", "Copperleaf Home", "Willowmere", "Greenhollow",
            "Stonebrook Living", "Meadowfold", "Thistledown Home", "Quiet Acre", "Brackenridge",
            "Elmstead", "Hollyhock Row", "Fernbrook", "Cedarwick", "Mossbank", "Brookhearth",
            "Tilth & Trowel", "Porchlight Goods", "Wickham & Vale", "Larchwood Home",
            "Sparrowgate", "Dovetail & Dune",
        ],
        [
            "Lantern Press", "Quill & Ember Books", "Harbor Light Press", "Inkwell House",
            "Greyfeather Books", "Marginalia Press", "Tallowmere Books", "Open Shelf Press",
            "Northbound Editions", "Saltwind Books", "Paperkite Press", "Cinderpath Books",
            "Foxglove Editions", "Kestrel Lane Books", "Amberleaf Press", "Dovecote Books",
            "Starling Row Press", "Pinecone Editions", "Copperkey Books", "Hollow Oak Press",
            "Brightquill Books", "Mapleshade Press",
        ],
        [
            "Summitcrest", "Trailforge", "Apexwell", "Ridgeback Athletic", "Stridemoor",
            "Peakward", "Torrentis", "Vantor", "Boulderline", "Fleetmere Athletic", "Crestlow",
            "Gritwell", "Ironpine", "Talonridge", "Kinevo", "Sprintvale", "Tideline Sport",
            "Anvilpeak", "Outmark", "Roamfield", "Zenara Active", "Hardwick Athletic",
        ],
    ]

    package static let electronics: [ProductType] = [
        ProductType(
            noun: "Phone Case", category: 0, share: 10,
            priceCents: 999...4999, weightHundredths: 10...40,
            adjectives: [
                "Slim", "Rugged", "Shockproof", "Magnetic", "Minimalist", "Grip-Textured",
                "Drop-Tested", "Ultra-Thin", "Low-Profile", "Everyday",
            ],
            materials: [
                "Silicone", "Leather", "Vegan Leather", "Polycarbonate", "Recycled Plastic",
            ],
            variants: ["Black", "Navy", "Forest Green", "Graphite", "Sand", "Burgundy"],
            sentences: [
                "Precise cutouts leave every button, port and camera lens within easy reach.",
                "A raised lip keeps the screen and lenses off the table when the phone lies flat.",
                "Snaps on in seconds and stays put through pockets, bags and busy days.",
                "Guards the corners and back against the bumps and scratches of everyday use.",
                "Works with wireless chargers without taking the case off.",
                "Made to fit the phone model named in the listing, so check yours before ordering.",
            ]),
        ProductType(
            noun: "USB-C Hub", category: 0, share: 6,
            priceCents: 1499...8999, weightHundredths: 15...60,
            adjectives: [
                "Compact", "Portable", "Travel", "Slim", "Plug-and-Play", "Low-Profile",
                "Braided-Cable", "Everyday", "Multi-Display",
            ],
            materials: ["Aluminum", "Recycled Aluminum", "Zinc Alloy", "Polycarbonate"],
            variants: ["4-Port", "5-Port", "6-Port", "7-Port", "8-Port", "10-Port"],
            variantSteps: [0, 150, 300, 450, 600, 1000],
            sentences: [
                "Turns a single USB-C port into the row of ports a thin laptop leaves out.",
                "Needs no drivers on Windows, macOS, ChromeOS or Linux; plug it in and it works.",
                "Keeps a keyboard, a mouse, a drive and a display connected through one cable.",
                "The attached cable is short enough to keep the hub tidy beside the laptop.",
                "A status light shows at a glance that the hub has power.",
            ]),
        ProductType(
            noun: "Wireless Earbuds", category: 0, share: 9,
            priceCents: 1999...29_999, weightHundredths: 20...60,
            adjectives: [
                "Noise-Canceling", "Sport", "Compact", "Lightweight", "Sweat-Resistant",
                "Low-Latency", "Everyday", "Studio-Tuned", "Secure-Fit", "Bass-Boosted",
            ],
            materials: [
                "Matte-Finish", "Soft-Touch", "Gloss-Finish", "Satin-Finish", "Recycled Plastic",
            ],
            variants: ["Black", "White", "Midnight Blue", "Sage", "Graphite", "Sand"],
            sentences: [
                "Pair once and they reconnect to your phone as soon as the case opens.",
                "The charging case tops up the buds between listens and slips into a pocket.",
                "Touch controls on each bud play, pause, skip tracks and answer calls.",
                "Built-in microphones pick up your voice for calls and voice assistants.",
                "Ear tips in several sizes come in the box for a snug, comfortable seal.",
            ]),
        ProductType(
            noun: "Wireless Headphones", category: 0, share: 6,
            priceCents: 2999...44_999, weightHundredths: 60...160,
            adjectives: [
                "Noise-Canceling", "Foldable", "Studio", "Lightweight", "Over-Ear", "Travel",
                "Bass-Boosted", "Plush", "Long-Battery", "Hi-Res",
            ],
            materials: [
                "Aluminum", "Vegan Leather", "Brushed Steel", "Soft-Touch", "Woven Fabric",
            ],
            variants: ["Black", "Silver", "Navy", "Sand", "Olive", "Rose Gold"],
            sentences: [
                "Cushioned ear pads and a padded headband stay comfortable for hours.",
                "Pairs over Bluetooth with phones, tablets and laptops and remembers each one.",
                "Controls on the ear cup change volume and tracks and answer calls.",
                "A built-in microphone keeps your voice clear on calls.",
                "An audio cable in the box keeps the music going when the battery runs low.",
            ]),
        ProductType(
            noun: "Laptop", category: 0, share: 3,
            priceCents: 34_900...249_900, weightHundredths: 350...800,
            adjectives: [
                "Ultra-Thin", "Lightweight", "Business", "Everyday", "Convertible", "Performance",
                "Student", "Creator", "Travel", "Long-Battery",
            ],
            materials: ["Aluminum", "Magnesium Alloy", "Carbon Fiber", "Polycarbonate"],
            variants: ["13.3-Inch", "14-Inch", "15.3-Inch", "15.6-Inch", "16-Inch"],
            variantSteps: [0, 250, 500, 700, 1000],
            sentences: [
                "Arrives with its operating system installed, ready to set up on first start.",
                "A precision touchpad supports gestures for scrolling, zooming and switching apps.",
                "Built-in Wi-Fi and Bluetooth connect to networks and accessories.",
                "The webcam and microphones are ready for video calls out of the box.",
                "Charges with its included power adapter and wakes from sleep in moments.",
            ]),
        ProductType(
            noun: "Monitor", category: 0, share: 4,
            priceCents: 9999...99_999, weightHundredths: 800...2800,
            adjectives: [
                "Frameless", "Anti-Glare", "Height-Adjustable", "Curved", "Flicker-Free",
                "Eye-Care", "High-Refresh", "Color-Accurate", "Office", "Gaming",
            ],
            materials: ["IPS", "VA", "Fast IPS", "Matte Black", "Brushed Silver"],
            variants: ["24-Inch", "27-Inch", "32-Inch", "34-Inch"],
            variantSteps: [0, 300, 700, 1000],
            sentences: [
                "HDMI and DisplayPort inputs connect a laptop, a desktop or a game console.",
                "The stand tilts, and the back fits a standard VESA wall or arm mount.",
                "Slim borders let a pair of them side by side read almost as one screen.",
                "On-screen menus adjust brightness, contrast and color settings.",
                "Ships with a power cable, a video cable and a stand that clicks on without tools.",
            ]),
        ProductType(
            noun: "Smart TV", category: 0, share: 3,
            priceCents: 12_999...199_999, weightHundredths: 1100...9500,
            adjectives: [
                "Ultra-Slim", "Frameless", "Anti-Glare", "High-Contrast", "Ultra HD",
                "Voice-Enabled", "Low-Latency", "Wide-Color", "Cinema-Tuned", "Bright-Room",
            ],
            materials: ["LED", "QLED", "Full-Array LED", "Edge-Lit LED"],
            variants: ["43-Inch", "50-Inch", "55-Inch", "65-Inch", "75-Inch"],
            variantSteps: [0, 250, 450, 750, 1000],
            sentences: [
                "Streaming apps are built in, so shows are a few clicks of the remote away.",
                "HDMI inputs connect a game console, a soundbar and a streaming box at once.",
                "Ships with a remote, batteries and a stand, and fits a standard VESA wall mount.",
                "Picture modes for sports, films and games suit the image to what is on.",
                "Connects to home Wi-Fi or a network cable and updates its software on its own.",
            ]),
        ProductType(
            noun: "Mirrorless Camera", category: 0, share: 2,
            priceCents: 49_900...249_900, weightHundredths: 150...400,
            adjectives: [
                "Compact", "Full-Frame", "Vlogging", "Travel", "Weather-Sealed", "Lightweight",
                "Retro-Style", "Hybrid", "Professional", "Entry-Level",
            ],
            materials: ["Magnesium Alloy", "Polycarbonate", "Aluminum", "Leatherette"],
            variants: [
                "Body Only", "Kit Lens Bundle", "Two-Lens Bundle", "Zoom Lens Bundle",
                "Creator Bundle",
            ],
            variantSteps: [0, 250, 500, 700, 1000],
            sentences: [
                "Interchangeable lenses mount and release with a quarter turn.",
                "The screen shows exactly how the photo will look before you press the shutter.",
                "Fast autofocus tracks faces and eyes for sharp portraits and video.",
                "Records high-definition video as well as stills.",
                "Transfers photos to a phone over Wi-Fi or Bluetooth for quick sharing.",
                "Comes with a rechargeable battery, a charger and a neck strap.",
            ]),
        ProductType(
            noun: "Security Camera", category: 0, share: 5,
            priceCents: 2999...24_999, weightHundredths: 40...200,
            adjectives: [
                "Weatherproof", "Wire-Free", "Pan-and-Tilt", "Wide-Angle", "Motion-Activated",
                "Compact", "Indoor-Outdoor", "Spotlight", "Person-Detecting", "High-Definition",
            ],
            materials: [
                "Polycarbonate", "Aluminum", "Matte White", "Matte Black", "Recycled Plastic",
            ],
            variants: ["1-Pack", "2-Pack", "3-Pack", "4-Pack"],
            variantSteps: [0, 500, 800, 1000],
            sentences: [
                "Sends an alert to your phone when it sees motion, with a clip of what happened.",
                "Sees in the dark with infrared night vision.",
                "Live view in the app shows what the camera sees from wherever you are.",
                "Joins your home Wi-Fi in a few minutes with step-by-step setup in the app.",
                "Recorded clips can be saved to a memory card or an optional cloud plan.",
                "A built-in speaker and microphone let you talk to whoever is at the camera.",
            ]),
        ProductType(
            noun: "Smart Speaker", category: 0, share: 5,
            priceCents: 2999...29_999, weightHundredths: 60...600,
            adjectives: [
                "Voice-Controlled", "Compact", "Room-Filling", "Hands-Free", "Stereo-Pairable",
                "Bedside", "Far-Field", "Bass-Rich", "Multi-Room", "Everyday",
            ],
            materials: ["Fabric-Wrapped", "Metal Mesh", "Soft-Touch", "Recycled Fabric"],
            variants: ["Charcoal", "Chalk", "Sage", "Sand", "Slate Blue", "Terracotta"],
            sentences: [
                "Answers questions, sets timers and plays music when you ask out loud.",
                "Its microphones hear a request from across the room, even with music playing.",
                "A button on top turns the microphones off whenever you want privacy.",
                "Controls compatible lights, plugs and thermostats around the home.",
                "Streams music, podcasts and radio from popular services over Wi-Fi.",
            ]),
        ProductType(
            noun: "USB-C Wall Charger", category: 0, share: 8,
            priceCents: 999...5999, weightHundredths: 10...50,
            adjectives: [
                "Compact", "Travel", "Fast", "Slim", "Foldable-Plug", "Dual-Port", "Multi-Device",
                "Pocket-Size", "Cool-Running", "Everyday",
            ],
            materials: ["GaN", "Polycarbonate", "Recycled Plastic", "Soft-Touch"],
            variants: ["20W", "30W", "45W", "65W", "100W", "140W"],
            variantSteps: [0, 200, 400, 600, 800, 1000],
            sentences: [
                "Charges phones, tablets, earbuds and laptops that take power over USB-C.",
                "Works out how much power each device can take and delivers no more than that.",
                "Guards against overheating, overcurrent and short circuits while devices charge.",
                "Accepts any household voltage, so it travels abroad with only a plug adapter.",
                "The cable is sold separately, so you can use the one you already have.",
            ]),
        ProductType(
            noun: "Power Bank", category: 0, share: 6,
            priceCents: 1499...9999, weightHundredths: 20...150,
            adjectives: [
                "Slim", "Compact", "Travel", "Fast-Charging", "Magnetic", "Rugged", "Lightweight",
                "Everyday", "Airline-Friendly", "Outdoor",
            ],
            materials: ["Aluminum", "Polycarbonate", "Soft-Touch", "Recycled Plastic"],
            variants: ["5,000 mAh", "10,000 mAh", "15,000 mAh", "20,000 mAh", "25,000 mAh"],
            variantSteps: [0, 400, 650, 850, 1000],
            sentences: [
                "Keeps a phone going through a long day away from an outlet.",
                "An indicator shows how much charge is left at the press of a button.",
                "Recharges itself over USB-C from any wall charger or laptop port.",
                "Protection against overheating and short circuits keeps it and your devices safe.",
                "Comes with a short USB-C cable for charging on the go.",
            ]),
        ProductType(
            noun: "Mechanical Keyboard", category: 0, share: 4,
            priceCents: 4999...19_999, weightHundredths: 150...400,
            adjectives: [
                "Hot-Swappable", "Backlit", "Low-Profile", "Wireless", "Quiet", "Gasket-Mounted",
                "Tactile", "Retro-Style", "Programmable", "Office",
            ],
            materials: ["Aluminum", "Polycarbonate", "Matte Plastic", "Walnut-Trimmed"],
            variants: ["Full-Size", "Tenkeyless", "75% Layout", "65% Layout", "60% Layout"],
            sentences: [
                "Each key has its own mechanical switch for a crisp, consistent press.",
                "Durable keycaps keep their legends sharp through years of typing.",
                "Works with Windows and macOS, with keys for the shortcuts of both.",
                "Every key registers, however many you press at once.",
                "Fold-out feet raise the back for a steeper typing angle.",
            ]),
        ProductType(
            noun: "Wireless Mouse", category: 0, share: 7,
            priceCents: 999...12_999, weightHundredths: 15...50,
            adjectives: [
                "Ergonomic", "Silent-Click", "Compact", "Travel", "Vertical", "Ambidextrous",
                "Rechargeable", "Precision", "Lightweight", "Multi-Device",
            ],
            materials: ["Soft-Touch", "Matte Plastic", "Recycled Plastic", "Rubberized"],
            variants: ["Black", "Graphite", "White", "Rose", "Pale Blue", "Sage"],
            sentences: [
                "Connects without wires and needs no software to start working.",
                "Smooth tracking works on most desk surfaces without a mouse pad.",
                "The scroll wheel moves through long pages in smooth, precise steps.",
                "Sleeps when idle to stretch the time between charges or battery changes.",
                "Shaped to rest comfortably under the hand through a full working day.",
            ]),
        ProductType(
            noun: "Tablet", category: 0, share: 4,
            priceCents: 12_999...129_900, weightHundredths: 80...250,
            adjectives: [
                "Lightweight", "Slim", "Family", "Everyday", "Performance", "Entertainment",
                "Student", "Portable", "Creator", "Travel",
            ],
            materials: ["Aluminum", "Polycarbonate", "Recycled Aluminum", "Magnesium Alloy"],
            variants: ["8-Inch", "10-Inch", "11-Inch", "12-Inch", "13-Inch"],
            variantSteps: [0, 300, 500, 750, 1000],
            sentences: [
                "A bright touchscreen makes reading, browsing and video a pleasure.",
                "Front and rear cameras handle video calls, quick photos and scanning documents.",
                "The battery lasts through a day of mixed use on a single charge.",
                "Connects to Wi-Fi networks and Bluetooth keyboards, headphones and speakers.",
                "Downloads apps, books and games from its app store.",
            ]),
        ProductType(
            noun: "Smartwatch", category: 0, share: 5,
            priceCents: 4999...49_999, weightHundredths: 20...80,
            adjectives: [
                "Fitness", "Rugged", "Slim", "Everyday", "Classic", "Sport", "Swim-Proof",
                "Lightweight", "Always-On", "GPS",
            ],
            materials: [
                "Aluminum", "Recycled Aluminum", "Stainless Steel", "Titanium", "Polycarbonate",
            ],
            variants: ["40 mm", "42 mm", "44 mm", "46 mm"],
            variantSteps: [0, 300, 650, 1000],
            sentences: [
                "Counts steps, tracks workouts and measures heart rate through the day.",
                "Shows calls, messages and calendar alerts from a paired phone at a glance.",
                "The band swaps out in seconds for another style or size.",
                "Water resistance stands up to rain, hand washing and a swim in the pool.",
                "Tracks sleep through the night and sums it up in the companion app each morning.",
                "Charges on a small magnetic puck that comes in the box.",
            ]),
        ProductType(
            noun: "All-in-One Printer", category: 0, share: 3,
            priceCents: 7999...49_999, weightHundredths: 1500...4500,
            adjectives: [
                "Wireless", "Compact", "Home-Office", "Duplex", "Quiet", "High-Speed",
                "Small-Business", "Mobile-Ready", "Everyday", "Energy-Saving",
            ],
            materials: ["Inkjet", "Laser", "Ink Tank", "Color Laser", "Monochrome Laser"],
            variants: ["White", "Black", "Light Gray", "Charcoal"],
            sentences: [
                "Prints, copies and scans from one machine that fits on a desk or shelf.",
                "Prints from phones, tablets and computers on the same home network.",
                "The flatbed glass scans pages, receipts and photos to your computer or phone.",
                "Comes with starter supplies, a power cord and a setup guide.",
                "The paper tray holds a good stack of plain letter paper.",
            ]),
        ProductType(
            noun: "Wi-Fi Router", category: 0, share: 4,
            priceCents: 4999...39_999, weightHundredths: 80...350,
            adjectives: [
                "Mesh-Ready", "Long-Range", "Gaming", "Whole-Home", "Compact", "Secure",
                "Easy-Setup", "Family-Safe", "High-Speed", "Low-Latency",
            ],
            materials: [
                "Matte White", "Matte Black", "Gloss White", "Graphite", "Recycled Plastic",
            ],
            variants: ["Wi-Fi 5", "Wi-Fi 6", "Wi-Fi 6E", "Wi-Fi 7"],
            variantSteps: [0, 350, 650, 1000],
            sentences: [
                "Covers a home in fast wireless internet and steers each device to its best band.",
                "Sets up in minutes from a phone app that walks you through each step.",
                "Ethernet ports on the back wire in a desktop, a console or a TV.",
                "Parental controls pause the internet for a device or a profile on a schedule.",
                "Installs security updates on its own to keep the network protected.",
                "Works with the cable, fiber or DSL modem you already have.",
            ]),
        ProductType(
            noun: "Portable SSD", category: 0, share: 5,
            priceCents: 4999...29_999, weightHundredths: 10...40,
            adjectives: [
                "Rugged", "Pocket-Size", "High-Speed", "Compact", "Drop-Resistant", "Travel",
                "Password-Protected", "Slim", "Creator", "Everyday",
            ],
            materials: [
                "Aluminum", "Recycled Aluminum", "Rubberized", "Polycarbonate", "Soft-Touch",
            ],
            variants: ["500 GB", "1 TB", "2 TB", "4 TB"],
            variantSteps: [0, 330, 670, 1000],
            sentences: [
                "Copies large files in a fraction of the time a spinning hard drive takes.",
                "Connects over USB-C, with a cable in the box.",
                "Has no moving parts inside, so it shrugs off the bumps of a bag or a pocket.",
                "Works with Windows, macOS, iPads and Android, after a quick reformat if needed.",
                "Draws its power from the computer it plugs into, so there is no adapter to carry.",
            ]),
        ProductType(
            noun: "Bluetooth Speaker", category: 0, share: 7,
            priceCents: 1999...29_999, weightHundredths: 40...500,
            adjectives: [
                "Portable", "Waterproof", "Rugged", "Compact", "Party", "Outdoor", "Bass-Boosted",
                "Clip-On", "Stereo", "Long-Play",
            ],
            materials: ["Fabric-Wrapped", "Silicone", "Rubberized", "Aluminum", "Recycled Fabric"],
            variants: ["Black", "Navy", "Red", "Teal", "Olive", "Stone"],
            sentences: [
                "Pairs with phones and tablets over Bluetooth in seconds.",
                "A rechargeable battery plays for hours away from an outlet.",
                "Buttons on top control volume, playback and pairing.",
                "Fills a room, a campsite or a picnic blanket with clear, full sound.",
                "Charges over USB-C with the cable in the box.",
            ]),
        ProductType(
            noun: "Webcam", category: 0, share: 4,
            priceCents: 2999...19_999, weightHundredths: 30...90,
            adjectives: [
                "Wide-Angle", "Autofocus", "Low-Light", "Streaming", "Compact", "Plug-and-Play",
                "Office", "Studio", "Conference", "High-Definition",
            ],
            materials: ["Aluminum", "Polycarbonate", "Matte Plastic", "Recycled Plastic"],
            variants: ["Black", "White", "Graphite", "Slate Blue", "Silver"],
            sentences: [
                "Clips onto a laptop lid or monitor edge and also threads onto a standard tripod.",
                "Built-in microphones pick up your voice clearly for calls and meetings.",
                "Works with popular video calling apps with no drivers to install.",
                "Automatic light correction keeps your face bright and evenly lit in a dim room.",
                "Connects with one USB cable that carries both power and video.",
            ]),
        ProductType(
            noun: "Soundbar", category: 0, share: 3,
            priceCents: 7999...79_999, weightHundredths: 500...2500,
            adjectives: [
                "Slim", "Compact", "Cinematic", "Dialogue-Enhancing", "Wall-Mountable",
                "Low-Profile", "Room-Filling", "Voice-Enabled", "Surround", "Home Theater",
            ],
            materials: [
                "Fabric-Wrapped", "Metal-Grille", "Matte Black", "Brushed Aluminum",
                "Recycled Fabric",
            ],
            variants: ["2.0-Channel", "2.1-Channel", "3.1-Channel", "5.1-Channel"],
            variantSteps: [0, 300, 600, 1000],
            sentences: [
                "Connects to the TV with one HDMI cable, so the TV remote controls its volume.",
                "Makes voices clearer and films fuller than the TV's own speakers.",
                "Plays music from a phone over Bluetooth when the TV is off.",
                "Sits in front of the TV or mounts on the wall beneath it.",
                "Sound modes for films, music and news tune the sound to what is playing.",
            ]),
        ProductType(
            noun: "USB-C Cable", category: 0, share: 9,
            priceCents: 599...2999, weightHundredths: 5...25,
            adjectives: [
                "Fast-Charging", "Tangle-Free", "Reinforced", "Right-Angle", "Travel", "Everyday",
                "Heavy-Duty", "High-Speed", "Flexible", "Kink-Resistant",
            ],
            materials: ["Nylon-Braided", "Silicone", "Recycled Plastic", "Soft-Touch"],
            variants: ["1 ft", "3 ft", "4 ft", "6 ft", "10 ft"],
            variantSteps: [0, 400, 550, 750, 1000],
            sentences: [
                "Charges phones, tablets and laptops and carries data between them.",
                "Strain relief at both plugs holds up to being bent and tugged day after day.",
                "Plugs in either way up, so there is no fumbling in the dark.",
                "A cable tie keeps it neatly coiled in a drawer or bag.",
                "Works with USB-C chargers, laptops, power banks and car adapters.",
            ]),
        ProductType(
            noun: "Video Doorbell", category: 0, share: 3,
            priceCents: 4999...24_999, weightHundredths: 50...200,
            adjectives: [
                "Wire-Free", "Weatherproof", "Wide-Angle", "Head-to-Toe", "Smart", "Slim",
                "Easy-Install", "Motion-Sensing", "Person-Detecting", "High-Definition",
            ],
            materials: ["Matte Black", "Satin Nickel", "Polycarbonate", "Aluminum"],
            variants: [
                "Standard Kit", "with Indoor Chime", "with Wedge Mount", "with Corner Mount",
                "with Chime and Mounts",
            ],
            sentences: [
                "Rings your phone when someone presses the button, so you can see and greet them.",
                "Motion alerts tell you when someone comes to the door, even if they never ring.",
                "Infrared night vision shows who is there after dark.",
                "Setup in the companion app takes a few minutes and a screwdriver.",
                "Recorded visits can be reviewed in the app on an optional plan.",
            ]),
        ProductType(
            noun: "Fitness Tracker", category: 0, share: 5,
            priceCents: 2499...17_999, weightHundredths: 10...40,
            adjectives: [
                "Slim", "Water-Resistant", "Lightweight", "Everyday", "Sport", "Minimalist",
                "Comfort-Fit", "Long-Battery", "Low-Profile", "Active",
            ],
            materials: ["Silicone", "Woven Fabric", "Aluminum", "Stainless Steel"],
            variants: ["Black", "Navy", "Lavender", "Mint", "Coral", "Slate"],
            sentences: [
                "Counts steps, distance and calories burned from the moment you put it on.",
                "Measures heart rate around the clock and during workouts.",
                "Tracks sleep and shows how long you spent in each stage in the companion app.",
                "A gentle buzz on the wrist announces calls, messages and alarms.",
                "Charges quickly on its own cable and then lasts for days.",
            ]),
    ]

    package static let clothing: [ProductType] = [
        ProductType(
            noun: "T-Shirt", category: 1, share: 10,
            priceCents: 999...3999, weightHundredths: 30...60,
            adjectives: [
                "Classic", "Relaxed-Fit", "Slim-Fit", "Everyday", "Vintage-Wash", "Heavyweight",
                "Lightweight", "Pocket", "Crewneck", "V-Neck",
            ],
            materials: ["Cotton", "Organic Cotton", "Pima Cotton", "Slub Cotton", "Cotton Jersey"],
            variants: ["White", "Black", "Heather Gray", "Navy", "Olive", "Washed Red"],
            sentences: [
                "Soft against the skin from the first wear and softer with every wash.",
                "Pre-shrunk, so it keeps its fit through the dryer.",
                "Stitched hems at the sleeves and bottom hold up to everyday wear.",
                "Easy to layer under a jacket or wear on its own.",
                "Machine washable; tumble dry low.",
            ]),
        ProductType(
            noun: "Jeans", category: 1, share: 8,
            priceCents: 2499...12_999, weightHundredths: 120...220,
            adjectives: [
                "Slim-Fit", "Straight-Leg", "Relaxed-Fit", "Bootcut", "Tapered", "High-Rise",
                "Mid-Rise", "Skinny", "Wide-Leg", "Classic",
            ],
            materials: [
                "Stretch Denim", "Rigid Denim", "Selvedge Denim", "Organic Cotton Denim",
                "Recycled Cotton Denim",
            ],
            variants: [
                "Dark Wash", "Medium Wash", "Light Wash", "Rinse Wash", "Washed Black",
                "Vintage Indigo",
            ],
            sentences: [
                "Sturdy pockets front and back, with rivets at the corners that take the strain.",
                "Softens and shapes itself to you over months of wear.",
                "Wash inside out in cold water to keep the color rich.",
                "Sold by waist and inseam; see the size chart for the fit of this cut.",
                "Pairs as easily with sneakers and a tee as with boots and a blazer.",
            ]),
        ProductType(
            noun: "Trench Coat", category: 1, share: 2,
            priceCents: 8999...39_999, weightHundredths: 250...550,
            adjectives: [
                "Double-Breasted", "Single-Breasted", "Belted", "Classic", "Tailored", "Longline",
                "Relaxed-Fit", "Oversized", "Heritage", "Lined",
            ],
            materials: [
                "Cotton Gabardine", "Cotton Twill", "Wool-Blend", "Wool", "Recycled Polyester",
            ],
            variants: ["Khaki", "Navy", "Black", "Stone", "Camel", "Olive"],
            sentences: [
                "A tie belt at the waist and buckled cuffs let you cinch it against the wind.",
                "Deep front pockets keep hands and a phone within easy reach.",
                "The collar turns up against rain and wind.",
                "Cut to layer over tailoring or a sweater in spring and fall.",
                "Dry clean to keep its shape and finish.",
            ]),
        ProductType(
            noun: "Crew Socks", category: 1, share: 9,
            priceCents: 499...2499, weightHundredths: 15...80,
            adjectives: [
                "Cushioned", "Athletic", "Everyday", "Moisture-Wicking", "Ribbed",
                "Arch-Supporting", "Breathable", "Lightweight", "Hiking", "Seamless-Toe",
            ],
            materials: ["Cotton", "Merino Wool", "Bamboo", "Combed Cotton", "Cotton-Blend"],
            variants: ["Small", "Medium", "Large", "X-Large"],
            sentences: [
                "A snug cuff stays up at mid-calf without pinching.",
                "Reinforced heels and toes stand up to long days on your feet.",
                "Soft, breathable knit keeps feet comfortable from morning to night.",
                "Machine wash and tumble dry; they keep their shape wash after wash.",
                "A close fit through the arch keeps them from bunching inside shoes.",
            ]),
        ProductType(
            noun: "Sneakers", category: 1, share: 6,
            priceCents: 3999...15_999, weightHundredths: 180...350,
            adjectives: [
                "Classic", "Low-Top", "High-Top", "Everyday", "Retro", "Lightweight", "Court",
                "Minimalist", "Platform", "Cushioned",
            ],
            materials: ["Canvas", "Leather", "Suede", "Knit", "Vegan Leather"],
            variants: ["White", "Black", "Off-White", "Gray", "Navy", "Tan"],
            sentences: [
                "A cushioned insole and a flexible sole stay comfortable from morning to night.",
                "The grippy outsole holds on to wet pavement and smooth floors.",
                "Padding around the ankle collar keeps heels from rubbing.",
                "Sized in US whole and half sizes, and true to size.",
                "Spot clean with a damp cloth and mild soap.",
            ]),
        ProductType(
            noun: "Hoodie", category: 1, share: 7,
            priceCents: 2499...8999, weightHundredths: 90...200,
            adjectives: [
                "Pullover", "Full-Zip", "Oversized", "Relaxed-Fit", "Classic", "Heavyweight",
                "Lightweight", "Cropped", "Garment-Dyed", "Everyday",
            ],
            materials: [
                "Cotton Fleece", "French Terry", "Organic Cotton", "Cotton-Blend",
                "Recycled Fleece",
            ],
            variants: ["Heather Gray", "Black", "Navy", "Forest Green", "Oatmeal", "Maroon"],
            sentences: [
                "A roomy hood with drawcords keeps the wind off on cool mornings.",
                "Ribbed cuffs and hem hold their shape and keep out drafts.",
                "Front pockets keep hands warm and a phone close.",
                "Soft on the inside, it is the layer you reach for first.",
                "Machine wash cold and tumble dry low to keep it soft.",
            ]),
        ProductType(
            noun: "Wrap Dress", category: 1, share: 5,
            priceCents: 2999...14_999, weightHundredths: 40...130,
            adjectives: [
                "Midi", "Maxi", "Knee-Length", "Long-Sleeve", "Short-Sleeve", "Flutter-Sleeve",
                "Ruffle-Hem", "Classic", "Printed", "Tiered",
            ],
            materials: ["Jersey", "Satin", "Crepe", "Linen", "Viscose", "Chiffon"],
            variants: ["Black", "Navy", "Emerald", "Rust", "Dusty Rose", "Ivory"],
            sentences: [
                "Ties at the waist, so the fit adjusts to you through the day.",
                "The wrap neckline flatters without fuss and sits securely in place.",
                "Dresses up with heels or down with sandals and a denim jacket.",
                "Moves easily and drapes softly from the waist.",
                "See the size chart for measurements; the tie makes it forgiving between sizes.",
            ]),
        ProductType(
            noun: "Scarf", category: 1, share: 5,
            priceCents: 1499...7999, weightHundredths: 15...80,
            adjectives: [
                "Oversized", "Lightweight", "Fringed", "Classic", "Plaid", "Striped", "Heritage",
                "Everyday", "Long", "Reversible",
            ],
            materials: ["Wool", "Cashmere", "Merino Wool", "Cotton", "Silk", "Alpaca-Blend"],
            variants: ["Camel", "Charcoal", "Navy", "Burgundy", "Ivory", "Forest Green"],
            sentences: [
                "Long enough to wrap around the neck and knot at the front.",
                "Folds small into a coat pocket or bag when the day warms up.",
                "Neatly finished, so it stays tidy wear after wear.",
                "Hand wash cold and lay flat to dry.",
                "A warm, easy finish for a winter coat or a light layer on cool evenings.",
            ]),
        ProductType(
            noun: "Winter Parka", category: 1, share: 3,
            priceCents: 9999...44_999, weightHundredths: 250...550,
            adjectives: [
                "Hooded", "Insulated", "Longline", "Quilted", "Waterproof", "Windproof",
                "Expedition", "Classic", "Fleece-Lined", "Heavyweight",
            ],
            materials: ["Down", "Recycled Down", "Synthetic-Fill", "Nylon", "Recycled Nylon"],
            variants: ["Black", "Navy", "Olive", "Charcoal", "Burgundy", "Camel"],
            sentences: [
                "Warm enough for long waits at the bus stop on the coldest days of the year.",
                "A high collar and an adjustable hood seal in warmth against wind and snow.",
                "Zippered hand pockets keep hands warm and valuables secure.",
                "Knit inner cuffs keep snow and drafts out of the sleeves.",
                "Falls past the hip to keep you warm when you sit.",
            ]),
        ProductType(
            noun: "One-Piece Swimsuit", category: 1, share: 4,
            priceCents: 2499...11_999, weightHundredths: 20...60,
            adjectives: [
                "Classic", "Scoop-Back", "Ruched", "High-Cut", "Tummy-Control", "Sporty",
                "Square-Neck", "Plunge", "Racerback", "Retro",
            ],
            materials: [
                "Nylon-Spandex", "Recycled Nylon", "Ribbed Knit", "Polyester-Spandex",
                "Textured Jersey",
            ],
            variants: ["Black", "Navy", "Cobalt", "Coral", "Emerald", "Floral Print"],
            sentences: [
                "A lined front gives coverage and comfort in and out of the water.",
                "Stretchy fabric dries quickly and holds its shape swim after swim.",
                "Rinse in cool fresh water after swimming and lay flat to dry.",
                "Resists fading from sun, salt water and pool chemicals.",
                "Sized by bust and hip; see the size chart before ordering.",
            ]),
        ProductType(
            noun: "Polo Shirt", category: 1, share: 6,
            priceCents: 1999...7999, weightHundredths: 40...80,
            adjectives: [
                "Classic", "Slim-Fit", "Relaxed-Fit", "Golf", "Short-Sleeve", "Long-Sleeve",
                "Heritage", "Everyday", "Tipped-Collar", "Pocket",
            ],
            materials: [
                "Cotton Pique", "Pima Cotton", "Jersey Knit", "Stretch Pique", "Organic Cotton",
            ],
            variants: ["White", "Navy", "Black", "Sky Blue", "Forest Green", "Red"],
            sentences: [
                "A sturdy ribbed collar stays crisp wash after wash.",
                "A buttoned placket lets you wear it open or closed.",
                "Dresses up for the office and down for the weekend.",
                "Side vents at the hem let it hang neatly untucked.",
                "Machine wash cold and tumble dry low.",
            ]),
        ProductType(
            noun: "Dress Shirt", category: 1, share: 5,
            priceCents: 2499...9999, weightHundredths: 50...100,
            adjectives: [
                "Slim-Fit", "Classic-Fit", "Tailored", "Spread-Collar", "Button-Down", "Non-Iron",
                "French-Cuff", "Athletic-Fit", "Everyday", "Business",
            ],
            materials: [
                "Cotton Poplin", "Oxford Cloth", "Twill", "Pinpoint Cotton", "Stretch Cotton",
            ],
            variants: [
                "White", "Light Blue", "Pale Pink", "Lavender", "Navy Stripe", "Blue Gingham",
            ],
            sentences: [
                "Sized by neck and sleeve for a fit that looks made for you.",
                "A sturdy collar sits neatly under a tie or open at the neck.",
                "A long tail stays tucked in through the working day.",
                "Holds a crisp line from the first meeting to the last.",
                "Machine wash and hang to dry; a quick press restores the finish.",
            ]),
        ProductType(
            noun: "Chinos", category: 1, share: 5,
            priceCents: 2999...9800, weightHundredths: 100...180,
            adjectives: [
                "Slim-Fit", "Straight-Fit", "Relaxed-Fit", "Tapered", "Classic", "Flat-Front",
                "Pleated", "Garment-Dyed", "Everyday", "Tailored",
            ],
            materials: [
                "Cotton Twill", "Stretch Twill", "Organic Cotton", "Brushed Cotton", "Linen-Blend",
            ],
            variants: ["Khaki", "Navy", "Olive", "Stone", "Charcoal", "Black"],
            sentences: [
                "Slant front pockets and buttoned back pockets keep essentials secure.",
                "Smart enough for the office and easy enough for the weekend.",
                "A zip fly and a button waist finish a clean front.",
                "Ordered by waist and leg length; the size chart shows how this cut fits.",
                "Machine wash cold; the color softens gently over time.",
            ]),
        ProductType(
            noun: "Sweater", category: 1, share: 5,
            priceCents: 2999...19_999, weightHundredths: 80...200,
            adjectives: [
                "Crewneck", "V-Neck", "Cable-Knit", "Ribbed", "Chunky", "Lightweight", "Oversized",
                "Classic", "Fisherman", "Turtleneck",
            ],
            materials: ["Wool", "Merino Wool", "Cashmere", "Cotton", "Lambswool", "Alpaca-Blend"],
            variants: ["Oatmeal", "Charcoal", "Navy", "Cream", "Forest Green", "Camel"],
            sentences: [
                "Ribbed cuffs and hem keep their stretch and hold the shape.",
                "Knit to layer over a shirt or wear alone on cool days.",
                "Soft against the skin, with no itch at the neck.",
                "Wash gently in cold water and dry flat to keep its shape.",
                "Keeps its warmth on a chilly commute and breathes indoors.",
            ]),
        ProductType(
            noun: "Leggings", category: 1, share: 6,
            priceCents: 1999...9800, weightHundredths: 30...70,
            adjectives: [
                "High-Waisted", "Full-Length", "Cropped", "Sculpting", "Everyday", "Fleece-Lined",
                "Ribbed", "Performance", "Side-Pocket", "Buttery-Soft",
            ],
            materials: [
                "Nylon-Spandex", "Cotton-Spandex", "Recycled Polyester", "Brushed Jersey",
                "Compression Knit",
            ],
            variants: ["Black", "Charcoal", "Navy", "Olive", "Plum", "Espresso"],
            sentences: [
                "A wide waistband stays put without rolling down.",
                "Stretches in every direction and moves with you through lunges and stairs.",
                "Stays opaque through every bend and squat.",
                "A hidden pocket in the waistband holds a key or a card.",
                "Machine wash cold with like colors and skip the fabric softener.",
            ]),
        ProductType(
            noun: "Rain Jacket", category: 1, share: 4,
            priceCents: 4999...24_999, weightHundredths: 70...180,
            adjectives: [
                "Packable", "Lightweight", "Hooded", "Breathable", "Windproof", "Seam-Sealed",
                "Hiking", "Urban", "Longline", "Classic",
            ],
            materials: ["Nylon", "Recycled Nylon", "Polyester", "Ripstop Nylon"],
            variants: ["Black", "Navy", "Yellow", "Forest Green", "Red", "Slate"],
            sentences: [
                "A waterproof shell with taped seams keeps out steady rain.",
                "An adjustable hood cinches down around the face in wind.",
                "Zippered pockets keep a phone and keys dry.",
                "Light enough to stash in a daypack for a forecast that might turn.",
                "Hang to dry, and renew the water-repellent finish in the wash now and then.",
            ]),
        ProductType(
            noun: "Beanie", category: 1, share: 6,
            priceCents: 999...3999, weightHundredths: 10...35,
            adjectives: [
                "Cuffed", "Slouchy", "Ribbed", "Fisherman", "Classic", "Chunky", "Pom-Pom",
                "Lightweight", "Waffle-Knit", "Everyday",
            ],
            materials: [
                "Wool", "Merino Wool", "Acrylic", "Cashmere-Blend", "Recycled Wool", "Cotton",
            ],
            variants: ["Black", "Charcoal", "Navy", "Oatmeal", "Mustard", "Forest Green"],
            sentences: [
                "Stretchy knit fits most adult heads snugly without squeezing.",
                "Covers the ears to keep the wind off on cold mornings.",
                "Folds flat into a coat pocket when you step inside.",
                "Hand wash cold and dry flat to keep its shape.",
                "A simple shape that goes with a parka, a peacoat or a running jacket.",
            ]),
        ProductType(
            noun: "Pajama Set", category: 1, share: 4,
            priceCents: 2499...8999, weightHundredths: 60...140,
            adjectives: [
                "Classic", "Button-Front", "Long-Sleeve", "Short-Sleeve", "Relaxed", "Piped",
                "Cozy", "Lightweight", "Notch-Collar", "Printed",
            ],
            materials: ["Cotton", "Flannel", "Satin", "Modal", "Jersey Knit", "Linen"],
            variants: ["Navy", "Blush", "Sage", "Charcoal", "Ivory", "Sky Blue"],
            sentences: [
                "A matching top and bottoms, cut roomy for sleeping and lounging.",
                "An elastic waistband with a drawstring stays comfortable all night.",
                "Soft on the skin, with seams that lie flat while you sleep.",
                "Machine wash on a gentle cycle and tumble dry low.",
                "An easy gift for anyone who likes a slow Sunday morning.",
            ]),
        ProductType(
            noun: "Boxer Briefs", category: 1, share: 7,
            priceCents: 1499...4999, weightHundredths: 20...80,
            adjectives: [
                "Classic", "Everyday", "Breathable", "Moisture-Wicking", "Anti-Chafe", "Long-Leg",
                "Low-Rise", "Athletic", "Tagless", "No-Ride-Up",
            ],
            materials: ["Stretch Cotton", "Modal", "Bamboo", "Microfiber", "Merino Wool"],
            variants: ["Small", "Medium", "Large", "X-Large", "XX-Large"],
            sentences: [
                "A soft waistband lies flat under trousers and never digs in.",
                "A contoured pouch gives support without pinching.",
                "The legs stay in place through a day of walking, sitting and commuting.",
                "Flat seams and a tag-free back keep skin from chafing.",
                "Machine wash warm with like colors; they keep their stretch over many washes.",
            ]),
        ProductType(
            noun: "Chelsea Boots", category: 1, share: 3,
            priceCents: 7999...24_999, weightHundredths: 300...500,
            adjectives: [
                "Classic", "Lug-Sole", "Water-Resistant", "Block-Heel", "Slim-Profile", "Rugged",
                "Everyday", "Cushioned", "Heritage", "Lightweight",
            ],
            materials: ["Leather", "Suede", "Nubuck", "Vegan Leather", "Waxed Leather"],
            variants: ["Black", "Dark Brown", "Tan", "Taupe", "Burgundy", "Cognac"],
            sentences: [
                "Elastic side panels and a pull tab make them easy to slip on and off.",
                "A padded footbed cushions every step from the office to the evening out.",
                "The sole grips wet pavement and city steps.",
                "Ordered in US sizes; most people take their usual size.",
                "Brush or wipe them down now and then to keep the finish looking new.",
            ]),
        ProductType(
            noun: "Cardigan", category: 1, share: 4,
            priceCents: 2999...12_999, weightHundredths: 60...180,
            adjectives: [
                "Button-Front", "Open-Front", "Cropped", "Longline", "Cable-Knit", "Ribbed",
                "Oversized", "Classic", "Chunky", "Lightweight",
            ],
            materials: ["Wool", "Merino Wool", "Cotton", "Cashmere", "Lambswool", "Mohair-Blend"],
            variants: ["Heather Gray", "Navy", "Cream", "Camel", "Black", "Moss"],
            sentences: [
                "An easy layer over a tee or a shirt that comes off when the room warms up.",
                "Ribbed trims along the front, cuffs and hem keep their shape.",
                "Warm like a jacket but softer and easier to wear indoors.",
                "Wash by hand or on the gentle cycle in cold water, then dry flat.",
                "Goes over a dress as easily as over jeans.",
            ]),
        ProductType(
            noun: "Baseball Cap", category: 1, share: 5,
            priceCents: 1299...3999, weightHundredths: 20...50,
            adjectives: [
                "Classic", "Curved-Brim", "Flat-Brim", "Unstructured", "Structured", "Low-Profile",
                "Vintage", "Washed", "Everyday", "Embroidered",
            ],
            materials: ["Cotton Twill", "Wool-Blend", "Canvas", "Corduroy", "Recycled Polyester"],
            variants: ["Black", "Navy", "Khaki", "Olive", "Stone", "Faded Red"],
            sentences: [
                "An adjustable strap at the back fits most adult heads.",
                "A sweatband inside keeps the brim comfortable on warm days.",
                "Shades the eyes on sunny walks and afternoons at the ballpark.",
                "Spot clean with a damp cloth to keep the shape of the crown.",
                "Easy to pair with a tee, a hoodie or a rain shell.",
            ]),
    ]

    package static let homeAndGarden: [ProductType] = [
        ProductType(
            noun: "Bird Feeder", category: 2, share: 5,
            priceCents: 1499...6999, weightHundredths: 80...400,
            adjectives: [
                "Hanging", "Squirrel-Resistant", "Weatherproof", "Seed-Saving", "Easy-Fill",
                "Easy-Clean", "Classic", "Cottage-Style", "Hopper-Style", "Roofed",
            ],
            materials: [
                "Cedar", "Recycled Plastic", "Powder-Coated Steel", "Copper-Topped",
                "Polycarbonate",
            ],
            variants: ["Small", "Medium", "Large", "Extra Large"],
            variantSteps: [0, 350, 700, 1000],
            sentences: [
                "Holds mixed seed, sunflower hearts or safflower for chickadees and cardinals.",
                "A roof sheds rain to keep the seed dry and fresh.",
                "Opens without tools for filling and comes apart for cleaning.",
                "Hangs from a tree branch or a shepherd's hook.",
                "Drainage holes let rainwater run out before it can spoil the seed.",
            ]),
        ProductType(
            noun: "Garden Hose", category: 2, share: 5,
            priceCents: 1999...8999, weightHundredths: 200...1400,
            adjectives: [
                "Kink-Free", "Heavy-Duty", "Lightweight", "Flexible", "Drinking-Water-Safe",
                "Crush-Resistant", "All-Weather", "Professional", "UV-Resistant", "Tangle-Free",
            ],
            materials: ["Rubber", "Hybrid Polymer", "Vinyl", "Reinforced Vinyl", "Polyurethane"],
            variants: ["25 ft", "50 ft", "75 ft", "100 ft"],
            variantSteps: [0, 450, 750, 1000],
            sentences: [
                "Crush-proof fittings screw onto any standard outdoor spigot and hose nozzle.",
                "Stays flexible on cold mornings and does not stiffen in the sun.",
                "Coils neatly onto a reel or hanger when you are done.",
                "Resists the kinks that cut off the flow when you pull it around a corner.",
                "Drain it and bring it in before a hard frost to make it last for many seasons.",
            ]),
        ProductType(
            noun: "Planter", category: 2, share: 7,
            priceCents: 1299...9999, weightHundredths: 100...2500,
            adjectives: [
                "Self-Watering", "Indoor-Outdoor", "Modern", "Classic", "Minimalist", "Tapered",
                "Footed", "Ribbed", "Rustic", "Textured",
            ],
            materials: [
                "Ceramic", "Terracotta", "Fiberstone", "Concrete", "Recycled Plastic", "Resin",
            ],
            variants: ["6-Inch", "8-Inch", "10-Inch", "12-Inch", "14-Inch"],
            variantSteps: [0, 250, 500, 750, 1000],
            sentences: [
                "Drains excess water so roots never sit soaked.",
                "The listed size is the width across the rim.",
                "Suits herbs, succulents, houseplants and young shrubs.",
                "Looks at home on a windowsill, a patio or a front step.",
                "Frost can crack a planter full of wet soil; empty it or bring it in for winter.",
            ]),
        ProductType(
            noun: "Cookware Set", category: 2, share: 3,
            priceCents: 7999...59_999, weightHundredths: 1200...4000,
            adjectives: [
                "Induction-Ready", "Oven-Safe", "Professional", "Everyday", "Essential", "Premium",
                "Stackable", "Heavy-Gauge", "Classic", "Starter",
            ],
            materials: [
                "Stainless Steel", "Tri-Ply Stainless Steel", "Hard-Anodized Aluminum",
                "Ceramic-Coated Aluminum", "Copper-Core Stainless Steel",
            ],
            variants: ["5-Piece", "7-Piece", "10-Piece", "12-Piece"],
            variantSteps: [0, 300, 700, 1000],
            sentences: [
                "Heats evenly across the base and up the sides, with no scorched spots.",
                "Riveted handles stay cool on the stovetop and hold firm for years.",
                "Tight-fitting lids lock in moisture for braises and steaming.",
                "Works on gas, electric and ceramic glass cooktops.",
                "Covers frying, simmering, boiling and braising for everyday cooking.",
            ]),
        ProductType(
            noun: "Coffee Mug", category: 2, share: 10,
            priceCents: 799...2999, weightHundredths: 60...160,
            adjectives: [
                "Classic", "Oversized", "Handmade", "Speckled", "Stackable", "Diner-Style",
                "Modern", "Rustic", "Everyday", "Minimalist",
            ],
            materials: ["Stoneware", "Ceramic", "Porcelain", "Earthenware"],
            variants: ["White", "Charcoal", "Sage", "Cobalt", "Oatmeal", "Terracotta"],
            sentences: [
                "Dishwasher and microwave safe for everyday use.",
                "A roomy handle leaves space for your fingers and stays cool to hold.",
                "Holds a generous pour of coffee or tea with room for milk.",
                "Keeps coffee warm long enough to finish the first page of the paper.",
                "Glazed inside, so it rinses clean and resists stains.",
            ]),
        ProductType(
            noun: "Bath Towel", category: 2, share: 8,
            priceCents: 999...4999, weightHundredths: 60...200,
            adjectives: [
                "Plush", "Quick-Dry", "Lightweight", "Oversized", "Absorbent", "Hotel-Style",
                "Waffle-Weave", "Ribbed", "Classic", "Everyday",
            ],
            materials: [
                "Cotton", "Turkish Cotton", "Egyptian Cotton", "Organic Cotton", "Bamboo-Blend",
            ],
            variants: ["White", "Ivory", "Gray", "Navy", "Sage", "Blush"],
            sentences: [
                "Soaks up water quickly and dries between uses.",
                "Gets softer and more absorbent over its first few washes.",
                "Stitched hems resist fraying through years of washing.",
                "Wash warm before first use and skip fabric softener to keep it thirsty.",
                "Generous enough to wrap around you after a shower.",
            ]),
        ProductType(
            noun: "Duvet", category: 2, share: 4,
            priceCents: 4999...29_999, weightHundredths: 300...900,
            adjectives: [
                "All-Season", "Lightweight", "Hypoallergenic", "Box-Stitched", "Quilted",
                "Hotel-Style", "Cooling", "Plush", "Classic", "Breathable",
            ],
            materials: ["Down", "Down-Alternative", "Goose Down", "Wool", "Silk"],
            variants: ["Twin", "Full", "Queen", "King", "California King"],
            sentences: [
                "Corner loops tie to a duvet cover and keep the filling from shifting inside it.",
                "Stitched pockets keep the fill evenly spread from edge to edge.",
                "Keeps you warm without overheating through the night.",
                "Shake it out every few days and air it on a dry day to keep it lofty.",
                "Sized to hang over the sides of a mattress of the same name.",
            ]),
        ProductType(
            noun: "Table Lamp", category: 2, share: 6,
            priceCents: 2499...14_999, weightHundredths: 300...1200,
            adjectives: [
                "Modern", "Mid-Century", "Classic", "Dimmable", "Minimalist", "Farmhouse",
                "Bedside", "Touch-Control", "Sculptural", "Coastal",
            ],
            materials: ["Ceramic", "Brass", "Glass", "Wood", "Concrete"],
            variants: ["White Shade", "Linen Shade", "Black Shade", "Pleated Shade", "Drum Shade"],
            sentences: [
                "Takes a standard bulb, sold separately.",
                "Casts a warm, even glow for reading and evening light.",
                "A weighted base keeps it steady on a nightstand or side table.",
                "The cord is long enough to reach an outlet behind the furniture.",
                "A felt pad under the base protects furniture from scratches.",
            ]),
        ProductType(
            noun: "Area Rug", category: 2, share: 4,
            priceCents: 4999...59_999, weightHundredths: 300...4500,
            adjectives: [
                "Plush", "Low-Pile", "Flatweave", "Vintage-Style", "Geometric", "Distressed",
                "Bohemian", "Traditional", "Modern", "Bordered",
            ],
            materials: ["Wool", "Cotton", "Polypropylene", "Wool-Blend", "Recycled Polyester"],
            variants: ["2 x 3 ft", "4 x 6 ft", "5 x 8 ft", "8 x 10 ft", "9 x 12 ft"],
            variantSteps: [0, 350, 550, 850, 1000],
            sentences: [
                "Softens footsteps and warms up a hard floor.",
                "A rug pad underneath keeps it from sliding.",
                "Vacuum regularly and blot spills right away with a clean cloth.",
                "Grounds a seating area and pulls the colors of a room together.",
                "Arrives rolled; any curl at the edges relaxes once it lies flat for a while.",
            ]),
        ProductType(
            noun: "Patio Chair", category: 2, share: 3,
            priceCents: 4999...29_999, weightHundredths: 800...6000,
            adjectives: [
                "Stackable", "Folding", "Cushioned", "Weather-Resistant", "Modern", "Classic",
                "Bistro", "Reclining", "Low-Back", "High-Back",
            ],
            materials: [
                "Teak", "Acacia Wood", "Aluminum", "Recycled Plastic", "Wrought Iron",
                "Resin Wicker",
            ],
            variants: ["Single", "Set of 2", "Set of 4", "Set of 6"],
            variantSteps: [0, 400, 750, 1000],
            sentences: [
                "Built to sit out on a deck or patio through sun and rain.",
                "Protective feet keep it steady on decking, pavers and lawn.",
                "Wipe down with mild soapy water and let it dry in the sun.",
                "Comfortable for a morning coffee or a long evening outdoors.",
                "Store it under cover in winter to keep it looking new for years.",
            ]),
        ProductType(
            noun: "Lawn Mower", category: 2, share: 2,
            priceCents: 19_999...79_999, weightHundredths: 3500...11_000,
            adjectives: [
                "Self-Propelled", "Push", "Mulching", "Lightweight", "Rear-Bagging",
                "Heavy-Duty", "Easy-Start", "Fold-Flat", "High-Wheel", "Residential",
            ],
            materials: ["Cordless Electric", "Gas-Powered", "Corded Electric", "Steel-Deck"],
            variants: ["16-Inch", "19-Inch", "20-Inch", "21-Inch", "22-Inch"],
            variantSteps: [0, 400, 600, 800, 1000],
            sentences: [
                "Cutting height adjusts with a lever for a neat lawn through the season.",
                "Collects clippings in a rear bag or returns them to the lawn as mulch.",
                "Large rear wheels roll easily over bumps and thick grass.",
                "The handle folds down for storage in a shed or garage corner.",
                "Arrives mostly assembled, with the handle and bag to attach.",
            ]),
        ProductType(
            noun: "Gas Grill", category: 2, share: 2,
            priceCents: 19_999...149_900, weightHundredths: 6000...20_000,
            adjectives: [
                "Cart-Style", "Deluxe", "Classic", "Heavy-Duty", "Backyard", "Freestanding",
                "Side-Shelf", "Even-Heat", "Easy-Clean", "Patio",
            ],
            materials: [
                "Stainless Steel", "Powder-Coated Steel", "Cast Aluminum", "Enameled Steel",
            ],
            variants: ["2-Burner", "3-Burner", "4-Burner", "5-Burner", "6-Burner"],
            variantSteps: [0, 250, 500, 750, 1000],
            sentences: [
                "Push-button ignition lights the burners without matches.",
                "A lid thermometer shows the heat inside without lifting the lid.",
                "Grease drains into a removable tray for easy cleanup.",
                "Runs on a standard propane tank, sold separately.",
                "Wheels let you roll it into place or under cover.",
            ]),
        ProductType(
            noun: "Vegetable Seed Collection", category: 2, share: 5,
            priceCents: 799...3999, weightHundredths: 10...50,
            adjectives: [
                "Heirloom", "Non-GMO", "Open-Pollinated", "Easy-Grow", "Beginner",
                "Container-Friendly", "Kitchen-Garden", "Family", "High-Yield",
                "Pollinator-Friendly",
            ],
            materials: ["Organic", "Untreated", "Pelleted", "Hand-Packed", "Gift-Boxed"],
            variants: [
                "Salad Greens", "Salsa Garden", "Root Vegetables", "Beans and Peas", "Pizza Garden",
                "Summer Squash",
            ],
            sentences: [
                "Each packet is printed with sowing depth, spacing and days to harvest.",
                "Tested for germination and packed for the current growing season.",
                "Store unopened packets somewhere cool and dry until planting time.",
                "Grows in raised beds, in-ground rows or large containers.",
                "A planting guide explains when to sow for your region.",
            ]),
        ProductType(
            noun: "Bed Pillow", category: 2, share: 6,
            priceCents: 1999...8999, weightHundredths: 150...500,
            adjectives: [
                "Hotel-Style", "Cooling", "Hypoallergenic", "Adjustable", "Side-Sleeper",
                "Back-Sleeper", "Plush", "Firm", "Medium-Firm", "Supportive",
            ],
            materials: [
                "Down", "Down-Alternative", "Memory Foam", "Shredded Memory Foam", "Latex",
            ],
            variants: [
                "Standard", "Queen", "King", "Standard 2-Pack", "Queen 2-Pack", "King 2-Pack",
            ],
            variantSteps: [0, 150, 300, 600, 800, 1000],
            sentences: [
                "Keeps its shape night after night and springs back after a quick fluff.",
                "A soft, breathable cover feels cool against the cheek.",
                "Sized to match pillowcases of the same name.",
                "Arrives compressed; give it time to expand fully before use.",
                "Spot clean the cover, and use a pillow protector to keep it fresh longer.",
            ]),
        ProductType(
            noun: "Sheet Set", category: 2, share: 7,
            priceCents: 2999...19_999, weightHundredths: 200...600,
            adjectives: [
                "Deep-Pocket", "Cooling", "Breathable", "Hotel-Style", "Classic", "Lightweight",
                "Luxury", "Everyday", "Soft-Washed", "Heritage",
            ],
            materials: [
                "Percale", "Sateen", "Linen", "Lyocell", "Organic Cotton", "Egyptian Cotton",
            ],
            variants: ["Twin", "Full", "Queen", "King", "California King"],
            sentences: [
                "A flat sheet, a fitted sheet and pillowcases to match the size of the bed.",
                "Elastic all the way around the fitted sheet keeps it snug on the mattress.",
                "Breathes through warm nights and stays cozy when it turns cool.",
                "Wash warm and tumble dry low; it softens a little more each time.",
                "Labels on the fitted sheet mark the long and short sides for quick bed-making.",
            ]),
        ProductType(
            noun: "Chef's Knife", category: 2, share: 5,
            priceCents: 1999...17_999, weightHundredths: 40...150,
            adjectives: [
                "Forged", "Professional", "Classic", "Lightweight", "Western-Style",
                "Japanese-Style", "Full-Tang", "Razor-Sharp", "Everyday", "Chef-Grade",
            ],
            materials: [
                "Stainless Steel", "High-Carbon Stainless", "Damascus Steel", "Carbon Steel",
                "German Steel",
            ],
            variants: ["6-Inch", "7-Inch", "8-Inch", "10-Inch"],
            variantSteps: [0, 300, 550, 1000],
            sentences: [
                "A finely honed edge glides through onions, herbs and squash.",
                "The handle is shaped to sit comfortably in a pinch grip.",
                "Hand wash and dry it right away to protect the edge.",
                "Hone it now and then, and it keeps its edge between sharpenings.",
                "Balanced between blade and handle, so long prep sessions feel easier.",
            ]),
        ProductType(
            noun: "Dinnerware Set", category: 2, share: 4,
            priceCents: 3999...19_999, weightHundredths: 1000...4500,
            adjectives: [
                "Classic", "Modern", "Rustic", "Speckled", "Stackable", "Rimmed", "Minimalist",
                "Farmhouse", "Everyday", "Reactive-Glaze",
            ],
            materials: ["Stoneware", "Porcelain", "Ceramic", "Earthenware"],
            variants: ["12-Piece", "16-Piece", "18-Piece", "24-Piece", "32-Piece"],
            variantSteps: [0, 250, 400, 650, 1000],
            sentences: [
                "Dinner plates, side plates and bowls in matching place settings.",
                "Safe in the dishwasher and microwave, from reheating to cleanup.",
                "Stacks neatly in a cabinet or on open shelves.",
                "Sturdy enough for busy weeknights and handsome enough for holiday tables.",
                "Packed with dividers so every piece arrives intact.",
            ]),
        ProductType(
            noun: "Scented Candle", category: 2, share: 7,
            priceCents: 999...4999, weightHundredths: 50...250,
            adjectives: [
                "Hand-Poured", "Long-Burning", "Clean-Burning", "Cozy", "Seasonal", "Wood-Wick",
                "Relaxing", "Artisan", "Small-Batch", "Classic",
            ],
            materials: [
                "Soy Wax", "Coconut Wax", "Coconut-Soy Wax", "Rapeseed Wax", "Beeswax-Blend",
            ],
            variants: [
                "Lavender", "Cedar and Sage", "Fresh Linen", "Vanilla Bean", "Sea Salt",
                "Fig and Amber",
            ],
            sentences: [
                "Trim the wick before each lighting for an even flame and less soot.",
                "Let the first burn melt across the whole surface to prevent tunneling.",
                "The fragrance carries across a room without overpowering it.",
                "Poured into a vessel that makes a pretty catch-all once the candle is gone.",
                "Never leave it burning unattended; keep it away from drafts, pets and children.",
            ]),
        ProductType(
            noun: "Watering Can", category: 2, share: 5,
            priceCents: 1499...4999, weightHundredths: 60...300,
            adjectives: [
                "Long-Spout", "Classic", "Easy-Pour", "Cottage-Style", "Modern", "Lightweight",
                "Sturdy", "French-Style", "Heritage", "Balanced",
            ],
            materials: [
                "Galvanized Steel", "Powder-Coated Steel", "Recycled Plastic",
                "Copper-Plated Steel",
            ],
            variants: ["Half-Gallon", "1 Gallon", "1.5 Gallon", "2 Gallon", "2.5 Gallon"],
            variantSteps: [0, 350, 600, 800, 1000],
            sentences: [
                "A removable rose sprinkles a gentle shower that will not wash out seedlings.",
                "The handle sits where the weight balances, so a full can tips easily.",
                "Fills quickly under an outdoor tap or a kitchen faucet.",
                "Store it upside down after use to keep it clean inside.",
                "Waters pots, window boxes and beds with a steady stream.",
            ]),
        ProductType(
            noun: "Throw Blanket", category: 2, share: 7,
            priceCents: 1999...7999, weightHundredths: 100...400,
            adjectives: [
                "Cozy", "Lightweight", "Oversized", "Reversible", "Plaid", "Striped", "Heirloom",
                "Classic", "Everyday", "Textured",
            ],
            materials: ["Cotton", "Fleece", "Wool", "Cotton-Blend", "Flannel"],
            variants: ["Cream", "Charcoal", "Sage", "Rust", "Navy", "Blush"],
            sentences: [
                "Sized to cover you from shoulders to toes on the sofa.",
                "Drapes over the arm of a couch or the foot of a bed as an easy accent.",
                "Soft enough for afternoon naps and warm enough for movie nights.",
                "Machine wash cold on gentle, then tumble dry low or line dry.",
                "Makes an easy gift for a housewarming or a birthday.",
            ]),
        ProductType(
            noun: "Pruning Shears", category: 2, share: 5,
            priceCents: 1499...5999, weightHundredths: 30...100,
            adjectives: [
                "Bypass", "Anvil", "Ratcheting", "Ergonomic", "Heavy-Duty", "Lightweight",
                "Precision", "Professional", "Compact", "Everyday",
            ],
            materials: [
                "Stainless Steel", "High-Carbon Steel", "Titanium-Coated", "Forged Steel",
                "Aluminum-Handled",
            ],
            variants: ["Small", "Medium", "Large", "Left-Handed"],
            sentences: [
                "Cuts cleanly through live stems and twiggy branches.",
                "A safety lock keeps the blades closed in a pocket or tool bag.",
                "The spring opens the blades after each cut to spare your hand.",
                "Cushioned grips stay comfortable through an afternoon of deadheading.",
                "Wipe the blades after use and oil the pivot now and then.",
            ]),
        ProductType(
            noun: "Cordless Stick Vacuum", category: 2, share: 3,
            priceCents: 9999...59_999, weightHundredths: 600...1500,
            adjectives: [
                "Lightweight", "Pet-Hair", "Compact", "Quiet", "Multi-Surface", "Anti-Tangle",
                "Everyday", "Slim", "Deep-Clean", "Convertible",
            ],
            materials: ["Graphite", "Matte White", "Slate Blue", "Sage"],
            variants: [
                "Standard Kit", "with Pet Tools", "with Spare Battery", "with Wall Dock",
                "Complete Kit",
            ],
            sentences: [
                "Converts to a handheld for stairs, car seats and shelves.",
                "The brush roll lifts dust and crumbs from carpet and hard floors.",
                "Empties over the bin at the press of a button, with no bags to buy.",
                "A washable filter traps fine dust instead of blowing it back into the room.",
                "Recharges on its dock or from a wall outlet between cleanings.",
            ]),
    ]

    /// Formats that every kind of novel is published in.
    private static let novelFormats = [
        "Hardcover", "Paperback", "Trade Paperback", "Mass-Market Paperback", "Large Print",
    ]
    /// Where a novel stands in its series, or that it is a new printing of an old one.
    private static let novelVariants = [
        "Book 1", "Book 2", "Book 3", "Book 4", "Book 5", "Reissue",
    ]

    package static let books: [ProductType] = [
        ProductType(
            noun: "Mystery Novel", category: 3, share: 10,
            priceCents: 799...2899, weightHundredths: 40...220,
            adjectives: [
                "Bestselling", "Award-Winning", "Acclaimed", "Gripping", "Cozy", "Twisty",
                "Atmospheric", "Page-Turning", "Clever", "Classic",
            ],
            materials: novelFormats,
            variants: novelVariants,
            sentences: [
                "A puzzling crime, a cast of suspects and a solution that plays fair.",
                "Clues are laid out in plain sight for readers who like to solve along.",
                "Short chapters make it hard to put down at bedtime.",
                "A satisfying reveal ties every thread together by the final page.",
                "Stands on its own, with recurring characters for readers of the series.",
            ]),
        ProductType(
            noun: "Thriller", category: 3, share: 8,
            priceCents: 799...2999, weightHundredths: 40...220,
            adjectives: [
                "Bestselling", "Pulse-Pounding", "Relentless", "Acclaimed", "Gripping",
                "Explosive", "Dark", "Psychological", "Page-Turning", "Breakneck",
            ],
            materials: novelFormats,
            variants: novelVariants,
            sentences: [
                "The stakes rise with every chapter and the clock never stops.",
                "A protagonist pushed to the edge must decide whom to trust.",
                "Twists arrive just when you think you have it figured out.",
                "Built for late nights and long flights.",
                "Tight pacing keeps readers turning pages long past midnight.",
            ]),
        ProductType(
            noun: "Romance Novel", category: 3, share: 8,
            priceCents: 799...2799, weightHundredths: 40...200,
            adjectives: [
                "Heartwarming", "Swoon-Worthy", "Steamy", "Sweet", "Bestselling", "Witty",
                "Feel-Good", "Charming", "Emotional", "Small-Town",
            ],
            materials: novelFormats,
            variants: novelVariants,
            sentences: [
                "A pair who seem all wrong for each other discover they might be exactly right.",
                "Banter, longing and a slow-building attraction drive every chapter.",
                "Ends with the happily-ever-after that readers of the genre expect.",
                "A warm cast of friends and family keeps the story lively between the big moments.",
                "The perfect companion for a beach chair or a rainy afternoon.",
            ]),
        ProductType(
            noun: "Science Fiction Novel", category: 3, share: 5,
            priceCents: 799...2999, weightHundredths: 40...240,
            adjectives: [
                "Award-Winning", "Bestselling", "Visionary", "Mind-Bending", "Acclaimed", "Epic",
                "Thought-Provoking", "Near-Future", "Classic", "Character-Driven",
            ],
            materials: novelFormats,
            variants: novelVariants,
            sentences: [
                "Takes a bold idea about science and follows it to its human consequences.",
                "Rich world-building that never slows the story down.",
                "Characters face choices that test what they believe and whom they love.",
                "Asks big questions about where we are headed, and leaves you thinking about them.",
                "A fine way into the genre for newcomers and a treat for seasoned readers.",
            ]),
        ProductType(
            noun: "Fantasy Novel", category: 3, share: 6,
            priceCents: 799...3299, weightHundredths: 40...260,
            adjectives: [
                "Epic", "Sweeping", "Award-Winning", "Bestselling", "Enchanting", "Dark",
                "Magical", "Immersive", "Classic", "Cozy",
            ],
            materials: novelFormats,
            variants: novelVariants,
            sentences: [
                "A richly imagined world with its own history, magic and politics.",
                "An unlikely hero is drawn into a struggle far larger than themselves.",
                "Friendships, betrayals and hard-won victories carry the story.",
                "Its magic follows rules, so every victory feels earned.",
                "Perfect for readers who like to get lost in another world for a while.",
            ]),
        ProductType(
            noun: "Historical Novel", category: 3, share: 5,
            priceCents: 799...2999, weightHundredths: 40...240,
            adjectives: [
                "Sweeping", "Acclaimed", "Award-Winning", "Bestselling", "Moving",
                "Richly Detailed", "Epic", "Evocative", "Unforgettable", "Classic",
            ],
            materials: novelFormats,
            variants: novelVariants,
            sentences: [
                "Brings a vanished time and place to life through the people who lived there.",
                "Carefully researched, with real events woven through a fictional story.",
                "An author's note separates fact from invention.",
                "Ordinary lives meet the upheavals of their age.",
                "A rewarding choice for book clubs, with plenty to talk about.",
            ]),
        ProductType(
            noun: "Young Adult Novel", category: 3, share: 6,
            priceCents: 999...2299, weightHundredths: 50...200,
            adjectives: [
                "Bestselling", "Award-Winning", "Heartfelt", "Coming-of-Age", "Funny",
                "Gripping", "Honest", "Unforgettable", "Acclaimed", "Thrilling",
            ],
            materials: ["Hardcover", "Paperback", "Trade Paperback", "Sprayed-Edge Hardcover"],
            variants: novelVariants,
            sentences: [
                "Teenage characters face first loves, hard choices and who they want to be.",
                "Written for readers from their early teens up, and enjoyed by plenty of adults.",
                "A voice that feels honest about what growing up is really like.",
                "Punchy chapters keep even reluctant readers turning pages.",
                "Ideal for classrooms and book clubs, with themes worth discussing.",
            ]),
        ProductType(
            noun: "Cookbook", category: 3, share: 6,
            priceCents: 1499...3999, weightHundredths: 100...400,
            adjectives: [
                "Illustrated", "Bestselling", "Award-Winning", "Everyday", "Comprehensive",
                "Beginner-Friendly", "Weeknight", "Family-Style", "Seasonal", "Essential",
            ],
            materials: ["Hardcover", "Paperback", "Spiral-Bound", "Lay-Flat Hardcover"],
            variants: [
                "1st Edition", "2nd Edition", "3rd Edition", "Revised Edition",
                "Anniversary Edition", "Updated Edition",
            ],
            sentences: [
                "Recipes are written in clear steps with ingredients from a regular grocery store.",
                "Photographs throughout show how finished dishes should look.",
                "Tips on shopping, storage and make-ahead steps help on busy weeknights.",
                "An index by ingredient makes it easy to use up what is already in the fridge.",
                "A note with each recipe explains what makes it work.",
            ]),
        ProductType(
            noun: "Picture Book", category: 3, share: 6,
            priceCents: 799...2199, weightHundredths: 30...200,
            adjectives: [
                "Bedtime", "Rhyming", "Award-Winning", "Bestselling", "Heartwarming", "Funny",
                "Classic", "Gentle", "Read-Aloud", "Beloved",
            ],
            materials: ["Hardcover", "Paperback", "Oversized Hardcover", "Library-Bound"],
            variants: [
                "Anniversary Edition", "Gift Edition", "Bilingual Edition", "Signed Edition",
                "Reissue",
            ],
            sentences: [
                "Full-page pictures invite little ones to point, name and giggle.",
                "Simple text with a rhythm that makes it fun to read aloud again and again.",
                "A story young children will ask for night after night.",
                "Sized for a lap, so a child can follow every picture as you read.",
                "A lovely gift for a birthday, a new sibling or a first bookshelf.",
            ]),
        ProductType(
            noun: "Board Book", category: 3, share: 5,
            priceCents: 599...1299, weightHundredths: 30...100,
            adjectives: [
                "Bedtime", "Rhyming", "First-Words", "Bestselling", "Classic", "Gentle",
                "Sing-Along", "Animal", "Peekaboo", "Counting",
            ],
            materials: ["Padded", "Lift-the-Flap", "Touch-and-Feel", "Chunky", "Die-Cut"],
            variants: [
                "Anniversary Edition", "Gift Edition", "Bilingual Edition", "Boxed Set", "Reissue",
            ],
            sentences: [
                "Thick cardboard pages stand up to chewing, tugging and sticky fingers.",
                "Rounded corners make it safe for the smallest hands.",
                "Made for babies and toddlers to explore on their own or on a lap.",
                "Bold pictures and very few words make it an ideal first book to share.",
                "Easy to tuck into a diaper bag for the waiting room or the car.",
            ]),
        ProductType(
            noun: "Biography", category: 3, share: 5,
            priceCents: 1299...3499, weightHundredths: 40...250,
            adjectives: [
                "Acclaimed", "Bestselling", "Award-Winning", "Definitive", "Intimate", "Revealing",
                "Authorized", "Illustrated", "Candid", "Sweeping",
            ],
            materials: ["Hardcover", "Paperback", "Trade Paperback", "Large Print"],
            variants: [
                "1st Edition", "2nd Edition", "Revised Edition", "Updated Edition",
                "Anniversary Edition",
            ],
            sentences: [
                "Traces a remarkable life from early years to lasting legacy.",
                "Draws on letters, interviews and archival records.",
                "Places its subject's choices in the history of their time.",
                "Reads like a novel while staying true to the record.",
                "Endnotes and an index make it useful to students as well as general readers.",
            ]),
        ProductType(
            noun: "Travel Guide", category: 3, share: 5,
            priceCents: 1499...2999, weightHundredths: 50...150,
            adjectives: [
                "Pocket", "Illustrated", "Essential", "Complete", "Insider's", "Budget", "Family",
                "Comprehensive", "Practical", "Offbeat",
            ],
            materials: ["Paperback", "Flexibound", "Spiral-Bound", "Laminated Paperback"],
            variants: [
                "Japan", "Italy", "Portugal", "Mexico", "Iceland", "National Parks",
                "New York City", "Pacific Northwest",
            ],
            sentences: [
                "Maps and neighborhood overviews help you plan ahead and find your way there.",
                "Suggested itineraries suit a long weekend or a longer stay.",
                "Lists where to eat, sleep and explore across a range of budgets.",
                "Practical notes cover transport, tipping, safety and the best time to visit.",
                "Researched on the ground by writers who return for each new edition.",
            ]),
        ProductType(
            noun: "Textbook", category: 3, share: 3,
            priceCents: 4999...24_999, weightHundredths: 150...550,
            adjectives: [
                "Introductory", "Comprehensive", "Illustrated", "Annotated", "Student", "Concise",
                "Practical", "Modern", "Essential", "Core",
            ],
            materials: ["Hardcover", "Paperback", "Loose-Leaf", "Spiral-Bound"],
            variants: [
                "Biology", "Calculus", "Economics", "Psychology", "Chemistry", "US History",
                "Statistics",
            ],
            sentences: [
                "Each chapter opens with learning goals and closes with review questions.",
                "Worked examples and practice exercises build understanding step by step.",
                "A glossary and index make it quick to look up terms before an exam.",
                "Written for college courses and suited to motivated high school students.",
                "Clear figures and summary tables gather the key ideas in one place.",
            ]),
        ProductType(
            noun: "Self-Help Book", category: 3, share: 4,
            priceCents: 1299...2999, weightHundredths: 40...200,
            adjectives: [
                "Bestselling", "Practical", "Life-Changing", "Inspiring", "Compassionate",
                "Science-Backed", "Empowering", "Encouraging", "Down-to-Earth", "No-Nonsense",
            ],
            materials: ["Hardcover", "Paperback", "Trade Paperback", "Large Print"],
            variants: [
                "1st Edition", "Revised Edition", "Updated Edition", "Anniversary Edition",
                "Workbook Edition",
            ],
            sentences: [
                "Small habits and clear exercises turn good intentions into lasting change.",
                "Real stories show the ideas at work in everyday lives.",
                "Chapters close with questions to reflect on or discuss.",
                "Written in a warm, direct voice that respects the reader's time.",
                "Easy to dip into again whenever you need a reminder.",
            ]),
        ProductType(
            noun: "History Book", category: 3, share: 4,
            priceCents: 1499...3999, weightHundredths: 60...300,
            adjectives: [
                "Acclaimed", "Award-Winning", "Bestselling", "Definitive", "Illustrated",
                "Sweeping", "Authoritative", "Vivid", "Groundbreaking", "Accessible",
            ],
            materials: ["Hardcover", "Paperback", "Trade Paperback", "Large Print"],
            variants: [
                "1st Edition", "2nd Edition", "Revised Edition", "Updated Edition",
                "Anniversary Edition",
            ],
            sentences: [
                "Tells the story of a turning point through the people who lived it.",
                "Built on archives, diaries and the latest scholarship.",
                "Maps and a timeline help readers keep events in order.",
                "Written for curious general readers, with notes for those who want to dig deeper.",
                "Connects the past to questions that still matter today.",
            ]),
    ]

    package static let sports: [ProductType] = [
        ProductType(
            noun: "Treadmill", category: 4, share: 1,
            priceCents: 49_900...349_900, weightHundredths: 15_000...32_000,
            adjectives: [
                "Folding", "Compact", "Cushioned", "Quiet", "Auto-Incline", "Home", "Heavy-Duty",
                "Connected", "Space-Saving", "Performance",
            ],
            materials: [
                "Steel-Frame", "Aluminum-Frame", "Powder-Coated Steel", "Heavy-Gauge Steel",
            ],
            variants: ["2.0 HP", "2.5 HP", "3.0 HP", "3.5 HP", "4.0 HP"],
            variantSteps: [0, 250, 500, 750, 1000],
            sentences: [
                "A cushioned deck absorbs impact to go easier on knees and ankles.",
                "The console shows speed, time, distance and calories at a glance.",
                "Preset programs change the pace for intervals and steady runs.",
                "A safety key stops the belt at once if you slip or step off.",
                "Transport wheels help roll it into place, and setup needs a second pair of hands.",
            ]),
        ProductType(
            noun: "Yoga Mat", category: 4, share: 9,
            priceCents: 1999...9999, weightHundredths: 150...700,
            adjectives: [
                "Non-Slip", "Cushioned", "Eco-Friendly", "Premium", "Reversible",
                "Sweat-Resistant", "Alignment-Line", "Studio", "Everyday", "Grip-Textured",
            ],
            materials: ["Natural Rubber", "TPE", "Polyurethane", "Jute-Blend", "Recycled Foam"],
            variants: ["Black", "Sage", "Plum", "Ocean Blue", "Sand", "Charcoal"],
            sentences: [
                "Grips the floor and your hands so poses stay steady, even as you warm up.",
                "Cushions knees and wrists on hard floors.",
                "Rolls up tightly and fits a standard yoga strap or bag.",
                "Wipe clean after practice with a damp cloth and let it air dry.",
                "Long enough for tall people to lie flat from head to heel.",
            ]),
        ProductType(
            noun: "Dumbbell Set", category: 4, share: 3,
            priceCents: 2999...49_999, weightHundredths: 2200...16_000,
            adjectives: [
                "Hex", "Round", "Adjustable", "Compact", "Home-Gym", "Knurled-Grip", "Classic",
                "Space-Saving", "Ergonomic", "Heavy-Duty",
            ],
            materials: ["Rubber-Coated", "Cast Iron", "Urethane-Coated", "Chrome-Plated Steel"],
            variants: [
                "20 lb Total", "40 lb Total", "60 lb Total", "100 lb Total", "150 lb Total",
            ],
            variantSteps: [0, 350, 550, 800, 1000],
            sentences: [
                "Textured handles give a secure grip through sweaty sets.",
                "Covers presses, rows, curls and lunges for a full-body routine at home.",
                "Weights are clearly marked so you can pick up the right pair fast.",
                "Sturdy ends stand up to being set down hard.",
                "Stores neatly on a rack or in a corner between workouts.",
            ]),
        ProductType(
            noun: "Hybrid Bike", category: 4, share: 2,
            priceCents: 29_900...149_900, weightHundredths: 3000...5500,
            adjectives: [
                "Lightweight", "Commuter", "Step-Through", "Fitness", "City", "Comfort", "Urban",
                "Everyday", "Trail-Ready", "Classic",
            ],
            materials: ["Aluminum", "Steel", "Chromoly Steel", "Carbon Fiber"],
            variants: ["X-Small", "Small", "Medium", "Large", "X-Large"],
            sentences: [
                "An upright riding position keeps you comfortable and able to see traffic.",
                "A wide range of gears handles hills, headwinds and flat bike paths.",
                "Mounts for a rack and fenders make it ready to carry a commute.",
                "Tires roll quickly on pavement and keep their footing on packed gravel.",
                "Ships mostly assembled; a bike shop can finish the job if you prefer.",
            ]),
        ProductType(
            noun: "Tennis Racket", category: 4, share: 4,
            priceCents: 2999...27_999, weightHundredths: 60...150,
            adjectives: [
                "Lightweight", "Oversize-Head", "Control", "Power", "Beginner", "Performance",
                "All-Court", "Spin-Friendly", "Comfort", "Classic",
            ],
            materials: [
                "Graphite", "Aluminum", "Carbon Fiber", "Graphite-Composite", "Titanium-Graphite",
            ],
            variants: ["Grip Size 1", "Grip Size 2", "Grip Size 3", "Grip Size 4"],
            sentences: [
                "Balanced to swing easily through groundstrokes and volleys.",
                "A forgiving sweet spot keeps off-center hits in play.",
                "A cushioned grip soaks up vibration from hard-hit balls.",
                "Approved for play under the rules of tennis.",
                "Restring it as many times a year as you play in a week.",
            ]),
        ProductType(
            noun: "Basketball", category: 4, share: 6,
            priceCents: 1499...6999, weightHundredths: 130...250,
            adjectives: [
                "Indoor-Outdoor", "Grip-Textured", "Deep-Channel", "Game", "Training", "Street",
                "Classic", "Everyday", "Durable", "Driveway",
            ],
            materials: [
                "Composite Leather", "Rubber", "Microfiber Composite", "Synthetic Leather",
                "Soft-Touch Composite",
            ],
            variants: ["Size 3", "Size 5", "Size 6", "Size 7"],
            variantSteps: [0, 450, 700, 1000],
            sentences: [
                "A pebbled surface gives a sure grip for dribbling and shooting.",
                "Holds air well, so it stays game-ready between top-ups.",
                "Arrives inflated; top it up with a needle pump when the bounce softens.",
                "Bounces true on hardwood and blacktop alike.",
                "League sizes cover youth through adult play; check yours before ordering.",
            ]),
        ProductType(
            noun: "Running Shoes", category: 4, share: 6,
            priceCents: 5999...17_999, weightHundredths: 180...320,
            adjectives: [
                "Lightweight", "Cushioned", "Responsive", "Stability", "Neutral", "Trail",
                "Everyday", "Max-Cushion", "Breathable", "Tempo",
            ],
            materials: ["Engineered Mesh", "Knit", "Recycled Mesh", "Synthetic Mesh"],
            variants: ["Black", "White", "Navy", "Gray", "Coral", "Volt Yellow"],
            sentences: [
                "A foam midsole softens landings and returns energy with every stride.",
                "A padded heel collar and tongue keep the fit secure without rubbing.",
                "A grippy outsole holds on over wet ground and tight corners.",
                "Sized in US men's and women's sizes; most runners take their usual size.",
                "Worth replacing after a few hundred miles, when the cushioning starts to flatten.",
            ]),
        ProductType(
            noun: "Camping Tent", category: 4, share: 3,
            priceCents: 7999...49_999, weightHundredths: 400...2400,
            adjectives: [
                "Freestanding", "Weatherproof", "Easy-Pitch", "Three-Season", "Dome", "Instant",
                "Roomy", "Well-Ventilated", "Full-Fly", "Sturdy",
            ],
            materials: ["Polyester", "Ripstop Nylon", "Ripstop Polyester", "Coated Polyester"],
            variants: ["2-Person", "3-Person", "4-Person", "6-Person", "8-Person"],
            variantSteps: [0, 250, 450, 750, 1000],
            sentences: [
                "A rainfly and taped seams keep the inside dry through an overnight storm.",
                "Color-coded poles and clips make pitching quick, even at dusk.",
                "Mesh panels let air through and keep bugs out on warm nights.",
                "Interior pockets hold a headlamp, a phone and glasses off the floor.",
                "Packs into its own carry bag with stakes and guylines included.",
            ]),
        ProductType(
            noun: "Kayak", category: 4, share: 1,
            priceCents: 29_900...149_900, weightHundredths: 2500...7500,
            adjectives: [
                "Sit-On-Top", "Sit-Inside", "Recreational", "Touring", "Stable", "Lightweight",
                "Fishing", "Versatile", "Beginner", "Easy-Paddling",
            ],
            materials: [
                "Polyethylene", "Rotomolded Polyethylene", "Inflatable PVC", "Thermoformed Plastic",
            ],
            variants: ["8 ft", "9 ft", "10 ft", "12 ft", "14 ft"],
            variantSteps: [0, 200, 400, 700, 1000],
            sentences: [
                "Tracks straight and turns easily, so new paddlers feel in control quickly.",
                "A padded, adjustable seat supports your back on long paddles.",
                "Storage spaces with bungee lacing keep a dry bag and water bottle close.",
                "The paddle and life jacket are sold separately.",
                "Steady on calm lakes, slow rivers and sheltered bays.",
            ]),
        ProductType(
            noun: "Fishing Rod", category: 4, share: 5,
            priceCents: 2499...24_999, weightHundredths: 80...400,
            adjectives: [
                "Spinning", "Casting", "Ultralight", "Sensitive", "Travel", "Freshwater",
                "Inshore", "All-Purpose", "Fast-Action", "Moderate-Action",
            ],
            materials: ["Graphite", "Fiberglass", "Composite", "Carbon Fiber"],
            variants: ["5 ft 6 in", "6 ft", "6 ft 6 in", "7 ft", "7 ft 6 in"],
            variantSteps: [0, 250, 500, 750, 1000],
            sentences: [
                "Smooth guides let line run freely for longer, quieter casts.",
                "A comfortable grip stays secure even with wet hands.",
                "Feels a light bite and still has the backbone to land the fish.",
                "Pairs with a reel of matching size, sold separately.",
                "A hook keeper near the grip holds the lure safely between spots.",
            ]),
        ProductType(
            noun: "Golf Balls", category: 4, share: 6,
            priceCents: 1499...5999, weightHundredths: 100...380,
            adjectives: [
                "Soft-Feel", "Distance", "Low-Compression", "Spin-Control", "Straight-Flight",
                "Practice", "Premium", "Everyday", "All-Around", "Durable",
            ],
            materials: [
                "Urethane-Cover", "Ionomer-Cover", "Two-Piece", "Three-Piece", "Multilayer",
            ],
            variants: [
                "White 12-Pack", "Yellow 12-Pack", "White 24-Pack", "Yellow 24-Pack",
                "Matte Orange 12-Pack", "White 36-Pack",
            ],
            sentences: [
                "A dimple pattern built for a steady, penetrating flight in the wind.",
                "Conforms to the Rules of Golf for tournaments and casual rounds alike.",
                "An alignment line on the side helps you line up putts.",
                "Reacts predictably around the green on chips and pitches.",
                "Holds up to cart-path bounces and tree knocks with barely a scuff.",
            ]),
        ProductType(
            noun: "Swim Goggles", category: 4, share: 6,
            priceCents: 999...3999, weightHundredths: 10...40,
            adjectives: [
                "Anti-Fog", "Mirrored", "Competition", "Training", "Wide-View", "Leak-Proof",
                "Low-Profile", "Comfort-Fit", "Open-Water", "Racing",
            ],
            materials: ["Silicone", "Polycarbonate", "Soft-Gasket", "Liquid Silicone"],
            variants: ["Black", "Navy", "Aqua", "Pink", "White", "Lime"],
            sentences: [
                "A split strap adjusts quickly for a snug fit.",
                "Seals gently around the eyes to keep water out lap after lap.",
                "The lenses block ultraviolet light on outdoor swims.",
                "Rinse in fresh water, dry out of the sun, and never rub the inside of the lenses.",
                "Sits low and light, so you forget them until the next turn.",
            ]),
        ProductType(
            noun: "Sleeping Bag", category: 4, share: 4,
            priceCents: 3999...34_999, weightHundredths: 200...600,
            adjectives: [
                "Mummy", "Rectangular", "Backpacking", "Lightweight", "Packable", "Roomy", "Camp",
                "Hooded", "Contoured", "Classic",
            ],
            materials: ["Down", "Synthetic-Fill", "Recycled Synthetic", "Water-Resistant Down"],
            variants: ["0°F", "15°F", "20°F", "30°F", "40°F"],
            variantSteps: [1000, 700, 550, 300, 0],
            sentences: [
                "A full-length zipper with a draft tube keeps warmth in and cold out.",
                "Stuffs into the included sack for the trip to camp.",
                "Store it loose, not compressed, so the fill keeps its loft.",
                "Pair it with a sleeping pad, which keeps the cold ground from stealing warmth.",
                "A soft lining feels good against the skin on warm and cool nights alike.",
            ]),
        ProductType(
            noun: "Soccer Ball", category: 4, share: 6,
            priceCents: 1499...5999, weightHundredths: 80...180,
            adjectives: [
                "Match", "Training", "All-Weather", "Machine-Stitched", "Hand-Stitched",
                "Thermal-Bonded", "Club", "Turf", "Street", "High-Visibility",
            ],
            materials: [
                "Synthetic Leather", "Polyurethane", "TPU", "PVC", "Soft-Touch Polyurethane",
            ],
            variants: ["Size 1", "Size 3", "Size 4", "Size 5"],
            variantSteps: [0, 400, 700, 1000],
            sentences: [
                "Holds its shape and air through a full season of games and practices.",
                "A panel design that flies true off the foot and is easy to control.",
                "Inflate with a needle pump to the pressure printed by the valve.",
                "A textured cover gives a sure touch in wet or dry conditions.",
                "Pick the size your age group plays with; youth leagues list theirs.",
            ]),
        ProductType(
            noun: "Resistance Bands", category: 4, share: 7,
            priceCents: 999...3999, weightHundredths: 20...150,
            adjectives: [
                "Heavy-Duty", "Non-Slip", "Portable", "Travel", "Home-Gym", "Beginner",
                "Progressive", "Snap-Resistant", "Versatile", "Workout",
            ],
            materials: ["Latex", "Natural Latex", "Fabric", "TPE"],
            variants: ["Set of 3", "Set of 4", "Set of 5", "Set of 6", "Set of 8"],
            variantSteps: [0, 250, 450, 650, 1000],
            sentences: [
                "Graded levels of resistance let you progress as you get stronger.",
                "Adds resistance to squats, rows, presses and stretches without any weights.",
                "Packs flat into the carry pouch for workouts in a hotel room or a park.",
                "Check for nicks before each use and retire any band that shows wear.",
                "A printed guide shows a full-body routine to start with.",
            ]),
        ProductType(
            noun: "Insulated Water Bottle", category: 4, share: 9,
            priceCents: 1499...4999, weightHundredths: 40...150,
            adjectives: [
                "Leak-Proof", "Wide-Mouth", "Sport", "Everyday", "Travel", "Lightweight",
                "Rugged", "Straw-Lid", "Trail", "Classic",
            ],
            materials: [
                "Stainless Steel", "Powder-Coated Steel", "Copper-Lined Steel", "Brushed Stainless",
            ],
            variants: ["12 oz", "18 oz", "24 oz", "32 oz", "40 oz"],
            variantSteps: [0, 250, 450, 750, 1000],
            sentences: [
                "Vacuum insulation keeps drinks cold for a full day and hot through the morning.",
                "Stays dry on the outside, so it leaves no rings on a desk.",
                "The lid screws on tight and comes apart for cleaning.",
                "Hand wash to keep the finish and the seals in good shape.",
                "Leaves no metallic taste, so water tastes like water.",
            ]),
        ProductType(
            noun: "Hiking Daypack", category: 4, share: 5,
            priceCents: 2999...14_999, weightHundredths: 80...300,
            adjectives: [
                "Lightweight", "Ventilated", "Hydration-Ready", "Packable", "Trail", "Everyday",
                "Rugged", "Minimalist", "Water-Resistant", "Adventure",
            ],
            materials: ["Ripstop Nylon", "Recycled Polyester", "Nylon", "Polyester"],
            variants: ["15 L", "20 L", "24 L", "28 L", "32 L"],
            variantSteps: [0, 300, 500, 750, 1000],
            sentences: [
                "Padded shoulder straps and a sternum strap carry the load comfortably for hours.",
                "Side pockets hold water bottles within reach on the move.",
                "Zippered pockets keep snacks, keys and a map organized.",
                "Loops and lash points carry trekking poles or a jacket outside.",
                "Light enough to forget on your back and sturdy enough for rocky trails.",
            ]),
        ProductType(
            noun: "Baseball Glove", category: 4, share: 3,
            priceCents: 1999...24_999, weightHundredths: 80...250,
            adjectives: [
                "Utility", "Pro-Style", "Game-Ready", "Classic", "Lightweight", "All-Position",
                "Heritage", "Tournament", "Deep-Pocket", "Durable",
            ],
            materials: ["Leather", "Full-Grain Leather", "Steerhide", "Synthetic Leather"],
            variants: [
                "11-Inch Right-Hand Throw", "11.5-Inch Right-Hand Throw",
                "12-Inch Right-Hand Throw", "11.5-Inch Left-Hand Throw", "12-Inch Left-Hand Throw",
            ],
            sentences: [
                "Sturdy lacing holds the shape of the pocket game after game.",
                "Softens with play and forms a pocket that fits your hand.",
                "The wrist closure adjusts for a snug fit.",
                "Choose the throw of your throwing arm; the glove goes on the other hand.",
                "Wipe off dirt after games and let it dry naturally, away from heaters.",
            ]),
    ]
}
