# ruff: noqa: E501 - prose and translations stay one string per line so they can be reviewed whole.
"""Demo activities for Newham Connect: pure data, loaded by demo.activities.seed().

ACTIVITIES are kinds of activity (what happens, who for, cost); SERIES put one of them on at a
venue (directory demo venue slugs) for a partner organisation (directory demo organisation
slugs) with a schedule. Dates that must stay in the future (one-off events, cancellations)
are given as days from today, so the demo always has something coming up.

Schedule shorthand:
  ("weekly", [days], "10:00", "11:30")           days: 0 = Monday … 6 = Sunday
  ("fortnightly", [days], "10:00", "11:30")
  ("monthly", week, [days], "10:00", "11:30")    week: 1-4, or -1 for the last one
  ("dates", [days from today], "10:00", "11:30")
"""

# Recurring schedules started on this (fixed) Monday, so re-running the seed changes nothing.
SCHEDULE_START = "2025-01-06"

CAMPAIGNS = [
    {
        "slug": "newham-heritage-month",
        "name": {
            "en": "Newham Heritage Month",
            "bn": "নিউহ্যাম ঐতিহ্য মাস",
            "ur": "نیوہیم ورثہ مہینہ",
            "pl": "Miesiąc Dziedzictwa Newham",
        },
        "description": {
            "en": "A month of walks, talks, music and food celebrating the people and places of Newham, past and present."
        },
    },
    {
        "slug": "black-history-month",
        "name": {
            "en": "Black History Month",
            "bn": "ব্ল্যাক হিস্ট্রি মাস",
            "ur": "بلیک ہسٹری مہینہ",
            "pl": "Miesiąc Historii Czarnoskórych",
        },
        "description": {
            "en": "Events celebrating the history, culture and achievements of Black people in Newham and beyond."
        },
    },
    {
        "slug": "warm-welcome",
        "name": {
            "en": "Warm Welcome spaces",
            "bn": "উষ্ণ অভ্যর্থনার জায়গা",
            "ur": "گرم خوش آمدید کی جگہیں",
            "pl": "Ciepłe miejsca",
        },
        "description": {
            "en": "Free, warm places to spend time in winter, with a hot drink and friendly company."
        },
    },
]

# Kinds of activity. "types" are OpenActive Activity List notations; "categories" are codes of
# the directory's "newham-categories" vocabulary.
ACTIVITIES = {
    "coffee-morning": {
        "name": {
            "en": "Coffee morning",
            "bn": "সকালের কফি আড্ডা",
            "ur": "صبح کی کافی کی محفل",
            "pl": "Poranek przy kawie",
        },
        "description": {
            "en": "A friendly cup of tea or coffee and a chat. Come on your own or bring a friend: someone will always say hello."
        },
        "types": [],
        "categories": ["lunch-clubs"],
        "meet": True,
        "how_to_join": {"en": "Just turn up. Tea, coffee and biscuits are free."},
    },
    "lunch-club": {
        "name": {
            "en": "Lunch club for over-60s",
            "bn": "৬০ বছরের বেশি বয়সীদের লাঞ্চ ক্লাব",
            "ur": "60 سال سے زائد عمر کے افراد کے لیے لنچ کلب",
            "pl": "Klub obiadowy dla osób 60+",
        },
        "description": {
            "en": "A hot two-course lunch cooked on site, followed by bingo or a quiz. A good way to meet people in your area."
        },
        "types": [],
        "categories": ["lunch-clubs", "older-people", "community-meals"],
        "min_age": 60,
        "price": "3.00",
        "price_note": {"en": "£3 for lunch and a hot drink."},
        "booking": True,
        "meet": True,
        "how_to_join": {
            "en": "Ring by the Monday before to book your lunch, so the cook knows how many to expect."
        },
    },
    "health-walk": {
        "name": {
            "en": "Health walk",
            "bn": "স্বাস্থ্যের জন্য হাঁটা",
            "ur": "صحت کے لیے چہل قدمی",
            "pl": "Spacer dla zdrowia",
        },
        "description": {
            "en": "A gentle hour-long walk led by a trained volunteer, at an easy pace, finishing with a cup of tea."
        },
        "types": ["walking"],
        "categories": ["physical-activity"],
        "meet": True,
        "how_to_join": {"en": "Meet at the main entrance five minutes before the start."},
        "what_to_bring": {"en": "Comfortable shoes and a bottle of water."},
    },
    "womens-walk": {
        "name": {
            "en": "Women's walking group",
            "bn": "নারীদের হাঁটার দল",
            "ur": "خواتین کا واکنگ گروپ",
            "pl": "Grupa spacerowa dla kobiet",
        },
        "description": {"en": "A relaxed walk and talk for women, led by women. Buggies welcome."},
        "types": ["walking"],
        "categories": ["physical-activity", "women-groups"],
        "gender": "female",
        "min_age": 16,
        "meet": True,
        "languages": ["en", "ur", "bn", "pa"],
    },
    "nordic-walking": {
        "name": {"en": "Nordic walking for beginners", "pl": "Nordic walking dla początkujących"},
        "description": {
            "en": "Learn to walk with poles: a full-body workout that is kind to your knees. Poles are provided."
        },
        "types": ["nordic_walking"],
        "categories": ["physical-activity"],
        "price": "2.00",
        "booking": True,
    },
    "chair-yoga": {
        "name": {
            "en": "Chair yoga",
            "bn": "চেয়ার যোগব্যায়াম",
            "ur": "کرسی پر یوگا",
            "pl": "Joga na krześle",
        },
        "description": {
            "en": "Gentle stretching and breathing, sitting on or holding a chair. Good for stiff joints and for balance."
        },
        "types": ["chair_yoga"],
        "categories": ["physical-activity", "older-people"],
        "min_age": 50,
        "price": "2.00",
        "price_note": {"en": "Free for carers."},
        "meet": True,
    },
    "seated-exercise": {
        "name": {
            "en": "Seated exercise and falls prevention",
            "bn": "বসে ব্যায়াম ও পড়ে যাওয়া প্রতিরোধ",
            "ur": "بیٹھ کر ورزش اور گرنے سے بچاؤ",
            "pl": "Ćwiczenia na siedząco i zapobieganie upadkom",
        },
        "description": {
            "en": "Strength and balance exercises led by an NHS-trained instructor, to help you stay steady on your feet."
        },
        "types": ["chair_based_exercise", "falls_and_exercise_management"],
        "categories": ["physical-activity", "older-people"],
        "min_age": 60,
        "booking": True,
    },
    "tai-chi": {
        "name": {
            "en": "Tai chi in the park",
            "bn": "পার্কে তাই চি",
            "ur": "پارک میں تائی چی",
            "pl": "Tai chi w parku",
        },
        "description": {
            "en": "Slow, flowing movements in the fresh air. Calming, good for balance, and no experience needed."
        },
        "types": ["tai_chi", "qigong"],
        "categories": ["physical-activity"],
        "meet": True,
    },
    "gentle-yoga": {
        "name": {
            "en": "Gentle yoga",
            "bn": "সহজ যোগব্যায়াম",
            "ur": "ہلکا پھلکا یوگا",
            "pl": "Łagodna joga",
        },
        "description": {"en": "A slow-paced yoga class for all abilities. Mats are provided."},
        "types": ["yoga"],
        "categories": ["physical-activity", "mental-health"],
        "price": "4.00",
        "price_note": {"en": "£2 if you get benefits."},
        "what_to_bring": {"en": "Loose clothes. A blanket if you like to be warm at the end."},
    },
    "zumba-gold": {
        "name": {"en": "Zumba Gold", "pl": "Zumba Gold"},
        "description": {
            "en": "Easy-to-follow dance fitness to Latin music, at a pace for older adults and beginners."
        },
        "types": ["zumba_gold"],
        "categories": ["physical-activity", "older-people"],
        "min_age": 50,
        "price": "3.00",
    },
    "bollywood-dance": {
        "name": {
            "en": "Bollywood dance",
            "bn": "বলিউড নাচ",
            "ur": "بالی وڈ ڈانس",
            "pl": "Taniec Bollywood",
        },
        "description": {
            "en": "Learn a Bollywood routine to the latest film songs. Great fun and a good workout."
        },
        "types": ["bollywood", "dance"],
        "categories": ["physical-activity", "arts-and-culture"],
        "price": "3.00",
        "meet": True,
        "languages": ["en", "hi", "ur"],
    },
    "bhangra": {
        "name": {
            "en": "Bhangra for all ages",
            "ur": "ہر عمر کے لیے بھنگڑا",
            "bn": "সব বয়সের জন্য ভাংড়া",
        },
        "description": {"en": "High-energy Punjabi folk dance with live dhol. Families welcome."},
        "types": ["bhangra"],
        "categories": ["physical-activity", "arts-and-culture"],
        "languages": ["pa", "en"],
    },
    "tea-dance": {
        "name": {
            "en": "Tea dance",
            "bn": "চা ও নাচের আসর",
            "ur": "چائے اور رقص کی محفل",
            "pl": "Potańcówka przy herbacie",
        },
        "description": {
            "en": "Waltz, foxtrot and a sing-along to the old favourites, with tea and cake. Partners not needed."
        },
        "types": ["tea_dance"],
        "categories": ["older-people", "lunch-clubs"],
        "min_age": 55,
        "price": "2.00",
        "meet": True,
    },
    "line-dancing": {
        "name": {"en": "Line dancing", "pl": "Taniec liniowy"},
        "description": {
            "en": "Country and pop line dances taught step by step. No partner needed."
        },
        "types": ["line_dancing"],
        "categories": ["physical-activity"],
        "price": "3.50",
        "meet": True,
    },
    "community-gardening": {
        "name": {
            "en": "Community gardening",
            "bn": "কমিউনিটি বাগান করা",
            "ur": "کمیونٹی باغبانی",
            "pl": "Wspólne ogrodnictwo",
        },
        "description": {
            "en": "Grow fruit, vegetables and flowers with neighbours. Tools and gloves provided; take home what you grow."
        },
        "types": ["gardening"],
        "categories": ["community-growing", "volunteering"],
        "meet": True,
        "what_to_bring": {"en": "Clothes you do not mind getting muddy."},
    },
    "table-tennis": {
        "name": {"en": "Table tennis drop-in", "pl": "Tenis stołowy"},
        "description": {
            "en": "Tables, bats and balls are out: play a friendly game with whoever is there."
        },
        "types": ["table_tennis"],
        "categories": ["physical-activity"],
        "price": "1.00",
        "meet": True,
    },
    "walking-football": {
        "name": {
            "en": "Walking football",
            "bn": "ওয়াকিং ফুটবল",
            "ur": "واکنگ فٹ بال",
            "pl": "Piłka nożna w marszu",
        },
        "description": {
            "en": "Football with no running and no tackling: the friendly way to keep playing the game you love."
        },
        "types": ["walking_football"],
        "categories": ["physical-activity", "older-people"],
        "min_age": 50,
        "price": "3.00",
        "meet": True,
    },
    "youth-football": {
        "name": {
            "en": "Youth football",
            "bn": "তরুণদের ফুটবল",
            "ur": "نوجوانوں کا فٹ بال",
            "pl": "Piłka nożna dla młodzieży",
        },
        "description": {
            "en": "Coached football sessions for young people of every ability, with a match at the end."
        },
        "types": ["football"],
        "categories": ["youth-activities", "physical-activity"],
        "min_age": 11,
        "max_age": 16,
        "languages": ["en", "pt", "so"],
    },
    "girls-football": {
        "name": {
            "en": "Girls' football",
            "bn": "মেয়েদের ফুটবল",
            "ur": "لڑکیوں کا فٹ بال",
            "pl": "Piłka nożna dla dziewczyn",
        },
        "description": {"en": "Football for girls, coached by women. Beginners very welcome."},
        "types": ["football"],
        "categories": ["youth-activities", "physical-activity"],
        "gender": "female",
        "min_age": 8,
        "max_age": 16,
    },
    "street-cricket": {
        "name": {"en": "Street cricket", "ur": "اسٹریٹ کرکٹ", "bn": "স্ট্রিট ক্রিকেট"},
        "description": {"en": "Fast, fun tape-ball cricket for young people. All kit provided."},
        "types": ["cricket"],
        "categories": ["youth-activities", "physical-activity"],
        "min_age": 8,
        "max_age": 18,
    },
    "womens-swim": {
        "name": {
            "en": "Women-only swimming",
            "bn": "শুধু নারীদের সাঁতার",
            "ur": "صرف خواتین کے لیے تیراکی",
            "pl": "Pływanie tylko dla kobiet",
        },
        "description": {
            "en": "A women-only session with female lifeguards and covered windows. Burkinis and leggings welcome."
        },
        "types": ["swimming"],
        "categories": ["physical-activity", "women-groups"],
        "gender": "female",
        "min_age": 16,
        "price": "3.50",
        "booking": True,
    },
    "aqua-aerobics": {
        "name": {"en": "Aqua aerobics", "pl": "Aerobik w wodzie"},
        "description": {
            "en": "Exercise in the shallow end: the water supports your joints. You do not need to swim."
        },
        "types": ["aqua_aerobics"],
        "categories": ["physical-activity"],
        "price": "4.50",
        "booking": True,
    },
    "boccia": {
        "name": {"en": "Boccia club", "pl": "Klub boccia"},
        "description": {
            "en": "An inclusive ball game you can play seated: for disabled and non-disabled people together."
        },
        "types": ["boccia"],
        "categories": ["disability-support", "physical-activity"],
        "meet": True,
        "languages": ["en", "bfi"],
        "accessibility": ["bsl-interpreter-on-request"],
    },
    "community-choir": {
        "name": {
            "en": "Community choir",
            "bn": "কমিউনিটি গায়কদল",
            "ur": "کمیونٹی کوئر",
            "pl": "Chór sąsiedzki",
        },
        "description": {
            "en": "Sing pop, soul and gospel songs together. No auditions and no need to read music."
        },
        "types": ["singing"],
        "categories": ["arts-and-culture"],
        "meet": True,
    },
    "african-drumming": {
        "name": {"en": "African drumming workshop", "pl": "Warsztaty bębnów afrykańskich"},
        "description": {"en": "Learn West African rhythms on djembe drums. Drums provided."},
        "types": ["drumming"],
        "categories": ["arts-and-culture"],
        "languages": ["en", "yo", "tw"],
    },
    "mindfulness": {
        "name": {
            "en": "Mindfulness and meditation",
            "bn": "মাইন্ডফুলনেস ও ধ্যান",
            "ur": "ذہن سازی اور مراقبہ",
            "pl": "Uważność i medytacja",
        },
        "description": {
            "en": "Simple breathing and relaxation you can use at home when things feel too much."
        },
        "types": ["meditation", "breathwork"],
        "categories": ["mental-health"],
        "min_age": 16,
    },
    "learn-to-ride": {
        "name": {
            "en": "Learn to ride a bike (adults)",
            "bn": "সাইকেল চালানো শিখুন (প্রাপ্তবয়স্ক)",
            "ur": "سائیکل چلانا سیکھیں (بالغ)",
            "pl": "Nauka jazdy na rowerze (dorośli)",
        },
        "description": {
            "en": "Never learned to ride? Patient instructors and bikes provided, in a quiet traffic-free space."
        },
        "types": ["learn_to_ride"],
        "categories": ["physical-activity"],
        "min_age": 16,
        "booking": True,
    },
    "family-bike-ride": {
        "name": {"en": "Family bike ride", "pl": "Rodzinna przejażdżka rowerowa"},
        "description": {
            "en": "A slow, led ride on quiet paths for families. Bikes can be borrowed if you book."
        },
        "types": ["recreational_cycling"],
        "categories": ["physical-activity", "holiday-activities"],
        "booking": True,
    },
    "running-club": {
        "name": {"en": "Beginners' running club", "pl": "Klub biegowy dla początkujących"},
        "description": {
            "en": "From walking to running 5km in nine weeks, with a friendly group that waits for everyone."
        },
        "types": ["running", "jogging"],
        "categories": ["physical-activity"],
        "min_age": 16,
        "meet": True,
    },
    "walking-netball": {
        "name": {"en": "Walking netball", "pl": "Netball w marszu"},
        "description": {"en": "Netball at walking pace, for women of any age and fitness."},
        "types": ["walking_netball"],
        "categories": ["physical-activity", "women-groups"],
        "gender": "female",
        "price": "2.50",
    },
    "pilates": {
        "name": {"en": "Pilates", "pl": "Pilates"},
        "description": {
            "en": "Core strength and posture exercises on a mat, with options for every level."
        },
        "types": ["pilates"],
        "categories": ["physical-activity"],
        "price": "5.00",
        "booking": True,
    },
    "kabaddi": {
        "name": {"en": "Kabaddi club", "bn": "কাবাডি ক্লাব", "ur": "کبڈی کلب"},
        "description": {
            "en": "The fast South Asian tag game. Learn the rules and play in a friendly team."
        },
        "types": ["kabaddi"],
        "categories": ["youth-activities", "physical-activity"],
        "min_age": 12,
        "max_age": 25,
        "languages": ["en", "pa", "bn"],
    },
    "stay-and-play": {
        "name": {
            "en": "Stay and play",
            "bn": "থাকুন ও খেলুন",
            "ur": "ٹھہریں اور کھیلیں",
            "pl": "Zabawa z rodzicami",
        },
        "description": {
            "en": "Toys, songs and messy play for babies and toddlers, with their parents or carers."
        },
        "types": ["early_years_play"],
        "categories": ["under-fives"],
        "max_age": 5,
        "meet": True,
        "languages": ["en", "bn", "ur", "ro"],
    },
    "carpet-bowls": {
        "name": {"en": "Carpet bowls", "pl": "Kręgle na dywanie"},
        "description": {"en": "Indoor bowls on a roll-out carpet: sociable and gentle."},
        "types": ["carpet_bowls"],
        "categories": ["older-people"],
        "min_age": 55,
        "price": "1.50",
        "meet": True,
    },
    "self-defence": {
        "name": {
            "en": "Women's self-defence",
            "bn": "নারীদের আত্মরক্ষা",
            "ur": "خواتین کا اپنا دفاع",
            "pl": "Samoobrona dla kobiet",
        },
        "description": {
            "en": "Practical skills to feel safer, taught by a woman instructor in a supportive group."
        },
        "types": ["self_defence"],
        "categories": ["women-groups"],
        "gender": "female",
        "min_age": 16,
        "booking": True,
    },
    "youth-boxing": {
        "name": {"en": "Youth boxing fitness", "pl": "Boks fitness dla młodzieży"},
        "description": {
            "en": "Pads, skipping and circuits: non-contact boxing training with qualified coaches."
        },
        "types": ["boxing_fitness"],
        "categories": ["youth-activities"],
        "min_age": 11,
        "max_age": 19,
    },
    "basketball": {
        "name": {"en": "Basketball drop-in", "pl": "Koszykówka"},
        "description": {
            "en": "Shoot hoops and play short games. Coaches on hand for anyone who wants tips."
        },
        "types": ["basketball"],
        "categories": ["youth-activities"],
        "min_age": 11,
        "max_age": 19,
    },
    "this-girl-can": {
        "name": {
            "en": "This Girl Can fitness",
            "bn": "দিস গার্ল ক্যান ফিটনেস",
            "ur": "دِس گرل کین فٹنس",
        },
        "description": {
            "en": "A welcoming, women-only fitness class for every shape, size and ability."
        },
        "types": ["this_girl_can_classes"],
        "categories": ["women-groups", "physical-activity"],
        "gender": "female",
        "min_age": 16,
    },
    "laughter-yoga": {
        "name": {"en": "Laughter yoga", "pl": "Joga śmiechu"},
        "description": {
            "en": "Laughing together for no reason, with breathing exercises. It works, and it is fun."
        },
        "types": ["laughter_yoga"],
        "categories": ["mental-health"],
        "meet": True,
    },
    "forest-school": {
        "name": {"en": "Forest school for families", "pl": "Leśna szkoła dla rodzin"},
        "description": {
            "en": "Den building, bug hunts and stories outdoors for children and their grown-ups."
        },
        "types": ["forest_school"],
        "categories": ["under-fives", "holiday-activities"],
        "max_age": 11,
        "booking": True,
    },
    "kathak": {
        "name": {"en": "Kathak dance class", "bn": "কত্থক নাচের ক্লাস", "ur": "کتھک رقص کی کلاس"},
        "description": {"en": "Classical North Indian dance: footwork, spins and storytelling."},
        "types": ["kathak"],
        "categories": ["arts-and-culture"],
        "min_age": 7,
        "price": "5.00",
    },
    "carers-walk": {
        "name": {
            "en": "Carers' walk and talk",
            "bn": "পরিচর্যাকারীদের হাঁটা ও গল্প",
            "ur": "دیکھ بھال کرنے والوں کی واک اور گفتگو",
        },
        "description": {
            "en": "Time for yourself: a short walk and a chat with other unpaid carers, who understand."
        },
        "types": ["walking"],
        "categories": ["carers-support"],
        "min_age": 18,
        "meet": True,
    },
    "english-conversation": {
        "name": {
            "en": "English conversation club",
            "bn": "ইংরেজি কথোপকথন ক্লাব",
            "ur": "انگریزی بات چیت کلب",
            "pl": "Klub konwersacji po angielsku",
        },
        "description": {
            "en": "Practise speaking English in small, friendly groups with volunteers. All levels welcome."
        },
        "types": [],
        "categories": ["esol"],
        "min_age": 16,
        "meet": True,
        "languages": ["en"],
    },
    "digital-drop-in": {
        "name": {
            "en": "Digital skills drop-in",
            "bn": "ডিজিটাল দক্ষতার ড্রপ-ইন",
            "ur": "ڈیجیٹل مہارتوں کا ڈراپ اِن",
            "pl": "Pomoc z komputerem i telefonem",
        },
        "description": {
            "en": "Bring your phone, tablet or laptop and get help with email, apps, online forms and staying safe online."
        },
        "types": [],
        "categories": ["getting-online"],
        "languages": ["en", "bn", "ur", "pl"],
        "what_to_bring": {"en": "Your device and any passwords you need."},
    },
    "knit-and-natter": {
        "name": {"en": "Knit and natter", "pl": "Robótki i pogaduszki"},
        "description": {
            "en": "Knitting, crochet and sewing with tea and a natter. Wool and needles to borrow."
        },
        "types": [],
        "categories": ["arts-and-culture", "lunch-clubs"],
        "meet": True,
    },
    "craft-club": {
        "name": {
            "en": "Craft club",
            "bn": "হস্তশিল্প ক্লাব",
            "ur": "دستکاری کلب",
            "pl": "Klub rękodzieła",
        },
        "description": {
            "en": "A different craft each week: cards, collage, clay and more. All materials provided."
        },
        "types": [],
        "categories": ["arts-and-culture"],
        "meet": True,
    },
    "homework-club": {
        "name": {
            "en": "Homework club",
            "bn": "হোমওয়ার্ক ক্লাব",
            "ur": "ہوم ورک کلب",
            "pl": "Klub pracy domowej",
        },
        "description": {
            "en": "A quiet place with computers and volunteer tutors to help with homework."
        },
        "types": [],
        "categories": ["homework-clubs"],
        "min_age": 8,
        "max_age": 16,
        "languages": ["en", "so", "ar"],
    },
    "youth-club": {
        "name": {"en": "Youth club", "bn": "যুব ক্লাব", "ur": "یوتھ کلب", "pl": "Klub młodzieżowy"},
        "description": {
            "en": "Pool, table tennis, games consoles, music and a youth worker to talk to."
        },
        "types": ["multisports"],
        "categories": ["youth-activities"],
        "min_age": 11,
        "max_age": 19,
        "meet": True,
    },
    "carers-cafe": {
        "name": {
            "en": "Carers' café",
            "bn": "পরিচর্যাকারীদের ক্যাফে",
            "ur": "دیکھ بھال کرنے والوں کا کیفے",
            "pl": "Kawiarenka dla opiekunów",
        },
        "description": {
            "en": "Cake, a cuppa and advice for unpaid carers, with a benefits adviser on the first visit of the month."
        },
        "types": [],
        "categories": ["carers-support"],
        "min_age": 18,
        "meet": True,
        "languages": ["en", "bn", "ur", "gu"],
    },
    "wellbeing-cafe": {
        "name": {
            "en": "Wellbeing café",
            "bn": "সুস্থতার ক্যাফে",
            "ur": "ویل بیئنگ کیفے",
            "pl": "Kawiarenka dobrego samopoczucia",
        },
        "description": {
            "en": "A calm space to talk about how you are feeling, with trained peer supporters. No appointment."
        },
        "types": [],
        "categories": ["mental-health"],
        "min_age": 18,
        "meet": True,
    },
    "heritage-walk": {
        "name": {
            "en": "Newham heritage walk",
            "bn": "নিউহ্যাম ঐতিহ্য ভ্রমণ",
            "ur": "نیوہیم ورثہ واک",
            "pl": "Spacer po historii Newham",
        },
        "description": {
            "en": "A guided walk through the history of the docks, markets and people who made Newham."
        },
        "types": ["walking"],
        "categories": ["arts-and-culture"],
        "kind": "Event",
        "booking": True,
        "meet": True,
    },
    "history-talk": {
        "name": {
            "en": "Black history talk and film",
            "pl": "Wykład i film o historii czarnoskórych",
        },
        "description": {
            "en": "A short film and a talk on Black Londoners in the East End, with time for questions and refreshments."
        },
        "types": [],
        "categories": ["arts-and-culture"],
        "kind": "Event",
        "meet": True,
    },
    "carnival-dance": {
        "name": {"en": "Carnival dance workshop", "pl": "Warsztaty tańca karnawałowego"},
        "description": {
            "en": "Learn a carnival routine with costume-making, ready for the Newham parade."
        },
        "types": ["carnival", "african_dance"],
        "categories": ["arts-and-culture"],
        "kind": "Event",
        "min_age": 8,
    },
    "swimming-course": {
        "name": {
            "en": "Adult swimming course",
            "bn": "প্রাপ্তবয়স্কদের সাঁতার কোর্স",
            "ur": "بالغوں کے لیے تیراکی کا کورس",
            "pl": "Kurs pływania dla dorosłych",
        },
        "description": {
            "en": "Ten weekly lessons for adults who cannot swim or are nervous in water."
        },
        "types": ["swimming_lessons"],
        "categories": ["physical-activity"],
        "kind": "CourseInstance",
        "min_age": 18,
        "price": "30.00",
        "price_note": {"en": "£30 for the whole course of 10 lessons."},
        "booking": True,
    },
    "online-english": {
        "name": {
            "en": "English conversation online",
            "bn": "অনলাইনে ইংরেজি কথোপকথন",
            "ur": "آن لائن انگریزی بات چیت",
            "pl": "Konwersacje po angielsku online",
        },
        "description": {
            "en": "Practise English from home on a video call, in small groups with a volunteer."
        },
        "types": [],
        "categories": ["esol"],
        "min_age": 16,
        "online": True,
        "meet": True,
    },
    "online-chair-exercise": {
        "name": {
            "en": "Chair exercise at home (online)",
            "bn": "ঘরে বসে চেয়ার ব্যায়াম (অনলাইন)",
            "ur": "گھر پر کرسی کی ورزش (آن لائن)",
            "pl": "Ćwiczenia na krześle w domu (online)",
        },
        "description": {
            "en": "Follow a live seated exercise class from your living room. The instructor can see and help you."
        },
        "types": ["chair_based_exercise"],
        "categories": ["older-people", "physical-activity"],
        "min_age": 60,
        "online": True,
    },
    "online-mindfulness": {
        "name": {"en": "Mindfulness online", "pl": "Uważność online"},
        "description": {"en": "A 30-minute guided relaxation on a video call. Camera off is fine."},
        "types": ["meditation"],
        "categories": ["mental-health"],
        "min_age": 16,
        "online": True,
    },
}

# Where and when each activity happens: (activity, organisation, venue or None for online,
# schedule, extras). extras: "cancel_next" (the next date is cancelled), "campaigns", "status",
# "name_suffix" (to tell two series of one activity apart), "end_in_days".
SERIES = [
    (
        "coffee-morning",
        "beckton-over-60s-club",
        "beckton-globe-library",
        ("weekly", [1], "10:00", "12:00"),
        {"campaigns": ["warm-welcome"]},
    ),
    (
        "coffee-morning",
        "east-ham-mutual-aid-network",
        "wall-end-community-centre",
        ("weekly", [3], "10:30", "12:00"),
        {},
    ),
    (
        "coffee-morning",
        "custom-house-tenants-and-residents-association",
        "custom-house-community-centre",
        ("weekly", [4], "10:00", "11:30"),
        {"cancel_next": True},
    ),
    (
        "coffee-morning",
        "stratford-churches-together",
        "st-johns-church-stratford",
        ("weekly", [2], "10:00", "12:00"),
        {"campaigns": ["warm-welcome"]},
    ),
    (
        "coffee-morning",
        "maryland-and-stratford-residents-association",
        "maryland-community-hall",
        ("fortnightly", [0], "10:30", "12:00"),
        {},
    ),
    (
        "coffee-morning",
        "silvertown-and-north-woolwich-mutual-aid",
        "britannia-village-hall",
        ("weekly", [5], "10:00", "12:00"),
        {},
    ),
    (
        "lunch-club",
        "beckton-over-60s-club",
        "beckton-globe-library",
        ("weekly", [3], "12:00", "14:30"),
        {},
    ),
    (
        "lunch-club",
        "forest-gate-tamil-elders-group",
        "forest-gate-library",
        ("weekly", [2], "12:00", "14:00"),
        {"languages": ["ta", "en"]},
    ),
    (
        "lunch-club",
        "newham-gujarati-seniors-mandal",
        "manor-park-hindu-mandir",
        ("weekly", [1], "12:00", "14:00"),
        {"languages": ["gu", "hi", "en"]},
    ),
    (
        "lunch-club",
        "custom-house-community-kitchen",
        "custom-house-library",
        ("monthly", 1, [0], "12:00", "14:00"),
        {},
    ),
    (
        "health-walk",
        "west-ham-park-volunteers",
        "west-ham-park",
        ("weekly", [2], "10:00", "11:00"),
        {},
    ),
    (
        "health-walk",
        "newham-wellbeing-cafe",
        "central-park-east-ham",
        ("weekly", [4], "11:00", "12:00"),
        {},
    ),
    (
        "health-walk",
        "royal-docks-community-garden",
        "thames-barrier-park",
        ("weekly", [6], "10:00", "11:00"),
        {"cancel_next": True},
    ),
    (
        "health-walk",
        "forest-gate-mutual-aid",
        "little-ilford-park",
        ("weekly", [0], "10:00", "11:00"),
        {},
    ),
    (
        "womens-walk",
        "plashet-womens-walking-group",
        "plashet-park",
        ("weekly", [1, 4], "10:00", "11:00"),
        {},
    ),
    (
        "womens-walk",
        "stratford-bangladeshi-womens-association",
        "lister-gardens",
        ("weekly", [3], "10:30", "11:30"),
        {"languages": ["bn", "en"]},
    ),
    (
        "nordic-walking",
        "west-ham-park-volunteers",
        "beckton-district-park",
        ("weekly", [5], "09:30", "10:30"),
        {},
    ),
    (
        "chair-yoga",
        "newham-gujarati-seniors-mandal",
        "manor-park-community-centre",
        ("weekly", [3], "11:00", "12:00"),
        {"languages": ["gu", "en"]},
    ),
    (
        "chair-yoga",
        "east-ham-mutual-aid-network",
        "east-ham-library",
        ("weekly", [0], "14:00", "15:00"),
        {},
    ),
    (
        "chair-yoga",
        "forest-gate-tamil-elders-group",
        "lord-lister-health-centre",
        ("weekly", [4], "10:00", "11:00"),
        {"languages": ["ta", "en"]},
    ),
    (
        "seated-exercise",
        "newham-carers-support-service",
        "vicarage-lane-health-centre",
        ("weekly", [1], "14:00", "15:00"),
        {},
    ),
    (
        "seated-exercise",
        "beckton-over-60s-club",
        "beckton-globe-library",
        ("weekly", [4], "10:30", "11:30"),
        {"cancel_next": True},
    ),
    ("tai-chi", "west-ham-park-volunteers", "west-ham-park", ("weekly", [5], "09:00", "10:00"), {}),
    (
        "tai-chi",
        "royal-docks-community-garden",
        "thames-barrier-park",
        ("weekly", [2], "09:30", "10:30"),
        {},
    ),
    ("tai-chi", "newham-wellbeing-cafe", "plaistow-park", ("weekly", [1], "09:30", "10:30"), {}),
    (
        "gentle-yoga",
        "newham-wellbeing-cafe",
        "stratford-library",
        ("weekly", [0], "18:30", "19:30"),
        {},
    ),
    (
        "gentle-yoga",
        "plashet-womens-walking-group",
        "green-street-library",
        ("weekly", [2], "18:00", "19:00"),
        {"gender": "female"},
    ),
    (
        "zumba-gold",
        "east-ham-mutual-aid-network",
        "east-ham-leisure-centre",
        ("weekly", [2], "11:00", "12:00"),
        {},
    ),
    (
        "zumba-gold",
        "newham-gujarati-seniors-mandal",
        "manor-park-library",
        ("weekly", [4], "11:00", "12:00"),
        {},
    ),
    (
        "bollywood-dance",
        "upton-park-mosque-community-services",
        "boleyn-community-hall",
        ("weekly", [3], "18:00", "19:00"),
        {
            "gender": "female",
            "name_suffix": {"en": "(women only)", "ur": "(صرف خواتین)", "bn": "(শুধু নারীদের জন্য)"},
        },
    ),
    (
        "bollywood-dance",
        "stratford-bangladeshi-womens-association",
        "stratford-library",
        ("weekly", [5], "11:00", "12:00"),
        {},
    ),
    (
        "bhangra",
        "east-ham-gurdwara-langar-seva",
        "gurdwara-sahib-east-ham",
        ("weekly", [6], "15:00", "16:30"),
        {},
    ),
    (
        "bhangra",
        "boleyn-youth-hub",
        "boleyn-community-hall",
        ("weekly", [4], "17:00", "18:00"),
        {"min_age": 8, "max_age": 18},
    ),
    (
        "tea-dance",
        "beckton-over-60s-club",
        "beckton-globe-library",
        ("monthly", -1, [4], "14:00", "16:00"),
        {},
    ),
    (
        "tea-dance",
        "stratford-churches-together",
        "all-saints-church-west-ham",
        ("monthly", 1, [2], "14:00", "16:00"),
        {"cancel_next": True},
    ),
    (
        "line-dancing",
        "wall-end-tenants-and-residents-association",
        "wall-end-community-centre",
        ("weekly", [1], "19:00", "20:30"),
        {},
    ),
    (
        "community-gardening",
        "royal-docks-community-garden",
        "britannia-village-hall",
        ("weekly", [5], "10:00", "13:00"),
        {},
    ),
    (
        "community-gardening",
        "west-ham-park-volunteers",
        "west-ham-park",
        ("fortnightly", [6], "10:00", "12:30"),
        {},
    ),
    (
        "community-gardening",
        "plaistow-community-pantry",
        "plaistow-park",
        ("weekly", [2], "14:00", "16:00"),
        {},
    ),
    (
        "table-tennis",
        "canning-town-youth-football-club",
        "canning-town-library",
        ("weekly", [1, 3], "16:00", "18:00"),
        {},
    ),
    (
        "table-tennis",
        "newham-wellbeing-cafe",
        "star-lane-community-hall",
        ("weekly", [0], "13:00", "15:00"),
        {},
    ),
    (
        "walking-football",
        "canning-town-youth-football-club",
        "hermit-road-recreation-ground",
        ("weekly", [2], "11:00", "12:00"),
        {},
    ),
    (
        "walking-football",
        "east-ham-mutual-aid-network",
        "central-park-east-ham",
        ("weekly", [4], "10:00", "11:00"),
        {},
    ),
    (
        "youth-football",
        "canning-town-youth-football-club",
        "hermit-road-recreation-ground",
        ("weekly", [5], "10:00", "12:00"),
        {},
    ),
    ("youth-football", "boleyn-youth-hub", "plashet-park", ("weekly", [2], "17:00", "18:30"), {}),
    (
        "girls-football",
        "canning-town-youth-football-club",
        "newham-leisure-centre",
        ("weekly", [3], "17:30", "18:30"),
        {},
    ),
    (
        "street-cricket",
        "boleyn-youth-hub",
        "green-street-library",
        ("weekly", [6], "14:00", "16:00"),
        {},
    ),
    (
        "street-cricket",
        "upton-park-mosque-community-services",
        "plashet-park",
        ("weekly", [5], "14:00", "16:00"),
        {},
    ),
    (
        "womens-swim",
        "upton-park-mosque-community-services",
        "atherton-leisure-centre",
        ("weekly", [6], "18:00", "19:00"),
        {},
    ),
    (
        "womens-swim",
        "stratford-bangladeshi-womens-association",
        "london-aquatics-centre",
        ("weekly", [2], "19:00", "20:00"),
        {},
    ),
    (
        "aqua-aerobics",
        "newham-carers-support-service",
        "london-aquatics-centre",
        ("weekly", [1], "10:00", "10:45"),
        {},
    ),
    (
        "aqua-aerobics",
        "east-ham-mutual-aid-network",
        "east-ham-leisure-centre",
        ("weekly", [4], "11:00", "11:45"),
        {},
    ),
    (
        "boccia",
        "newham-deaf-community-group",
        "newham-leisure-centre",
        ("weekly", [1], "13:00", "15:00"),
        {},
    ),
    (
        "boccia",
        "newham-carers-support-service",
        "sir-ludwig-guttmann-health-centre",
        ("fortnightly", [3], "13:30", "15:00"),
        {},
    ),
    (
        "community-choir",
        "stratford-churches-together",
        "st-johns-church-stratford",
        ("weekly", [3], "19:00", "20:30"),
        {},
    ),
    (
        "community-choir",
        "manor-park-mandir-community-trust",
        "manor-park-library",
        ("weekly", [0], "18:30", "20:00"),
        {},
    ),
    (
        "african-drumming",
        "silvertown-and-north-woolwich-mutual-aid",
        "north-woolwich-library",
        ("fortnightly", [4], "18:00", "19:30"),
        {"campaigns": ["black-history-month"]},
    ),
    (
        "mindfulness",
        "newham-wellbeing-cafe",
        "vicarage-lane-health-centre",
        ("weekly", [2], "12:30", "13:30"),
        {},
    ),
    (
        "mindfulness",
        "newham-carers-support-service",
        "manor-park-community-centre",
        ("monthly", 2, [1], "18:00", "19:00"),
        {},
    ),
    (
        "learn-to-ride",
        "royal-docks-community-garden",
        "uel-docklands-campus",
        ("weekly", [6], "10:00", "12:00"),
        {},
    ),
    (
        "family-bike-ride",
        "west-ham-park-volunteers",
        "beckton-district-park",
        ("monthly", 1, [6], "10:30", "12:00"),
        {},
    ),
    (
        "running-club",
        "forest-gate-mutual-aid",
        "west-ham-park",
        ("weekly", [1], "18:30", "19:30"),
        {},
    ),
    (
        "running-club",
        "newham-wellbeing-cafe",
        "lister-gardens",
        ("weekly", [5], "09:00", "10:00"),
        {},
    ),
    (
        "walking-netball",
        "plashet-womens-walking-group",
        "east-ham-leisure-centre",
        ("weekly", [0], "19:00", "20:00"),
        {},
    ),
    (
        "pilates",
        "newham-wellbeing-cafe",
        "atherton-leisure-centre",
        ("weekly", [3], "18:30", "19:30"),
        {},
    ),
    (
        "kabaddi",
        "east-ham-gurdwara-langar-seva",
        "newham-leisure-centre",
        ("weekly", [5], "15:00", "17:00"),
        {},
    ),
    (
        "stay-and-play",
        "manor-park-stay-and-play",
        "manor-park-library",
        ("weekly", [1, 3], "10:00", "11:30"),
        {},
    ),
    (
        "stay-and-play",
        "newham-romanian-families-network",
        "canning-town-library",
        ("weekly", [4], "10:00", "11:30"),
        {"languages": ["ro", "en"]},
    ),
    (
        "stay-and-play",
        "canning-town-baby-bank",
        "hallsville-community-room",
        ("weekly", [0], "10:00", "11:30"),
        {},
    ),
    (
        "carpet-bowls",
        "wall-end-tenants-and-residents-association",
        "wall-end-community-centre",
        ("weekly", [2], "13:30", "15:30"),
        {},
    ),
    (
        "self-defence",
        "plashet-womens-walking-group",
        "newvic-sixth-form-college",
        ("weekly", [6], "11:00", "12:30"),
        {},
    ),
    (
        "youth-boxing",
        "boleyn-youth-hub",
        "boleyn-community-hall",
        ("weekly", [1, 3], "17:30", "18:30"),
        {},
    ),
    (
        "basketball",
        "canning-town-youth-football-club",
        "newvic-sixth-form-college",
        ("weekly", [4], "18:00", "20:00"),
        {},
    ),
    (
        "this-girl-can",
        "stratford-bangladeshi-womens-association",
        "maryland-community-hall",
        ("weekly", [0], "11:00", "12:00"),
        {},
    ),
    (
        "laughter-yoga",
        "newham-wellbeing-cafe",
        "plaistow-library",
        ("fortnightly", [3], "14:00", "15:00"),
        {},
    ),
    (
        "forest-school",
        "manor-park-stay-and-play",
        "little-ilford-park",
        ("monthly", 2, [5], "10:00", "12:00"),
        {},
    ),
    (
        "kathak",
        "manor-park-mandir-community-trust",
        "manor-park-hindu-mandir",
        ("weekly", [5], "16:00", "17:00"),
        {},
    ),
    (
        "carers-walk",
        "newham-carers-support-service",
        "central-park-east-ham",
        ("monthly", 1, [2], "10:30", "12:00"),
        {},
    ),
    (
        "english-conversation",
        "newham-adult-learning-service",
        "stratford-library",
        ("weekly", [1], "14:00", "15:30"),
        {},
    ),
    (
        "english-conversation",
        "stratford-bangladeshi-womens-association",
        "west-ham-park",
        ("weekly", [2], "13:00", "14:30"),
        {"gender": "female"},
    ),
    (
        "english-conversation",
        "newham-portuguese-speaking-families-project",
        "custom-house-library",
        ("weekly", [3], "10:00", "11:30"),
        {"languages": ["en", "pt"]},
    ),
    (
        "english-conversation",
        "newham-migrant-advice-project",
        "queens-market",
        ("weekly", [0], "11:00", "12:30"),
        {"cancel_next": True},
    ),
    (
        "digital-drop-in",
        "newham-digital-inclusion-hub",
        "east-ham-library",
        ("weekly", [2], "10:00", "12:00"),
        {},
    ),
    (
        "digital-drop-in",
        "newham-digital-inclusion-hub",
        "beckton-globe-library",
        ("weekly", [4], "14:00", "16:00"),
        {},
    ),
    (
        "digital-drop-in",
        "newham-digital-inclusion-hub",
        "green-street-library",
        ("monthly", 1, [5], "10:00", "12:00"),
        {},
    ),
    (
        "digital-drop-in",
        "newham-employment-support-service",
        "newham-dockside",
        ("weekly", [1], "13:00", "15:00"),
        {},
    ),
    (
        "knit-and-natter",
        "forest-gate-mutual-aid",
        "forest-gate-library",
        ("weekly", [3], "14:00", "16:00"),
        {"campaigns": ["warm-welcome"]},
    ),
    (
        "knit-and-natter",
        "custom-house-tenants-and-residents-association",
        "custom-house-community-centre",
        ("fortnightly", [1], "13:30", "15:30"),
        {},
    ),
    (
        "craft-club",
        "manor-park-mandir-community-trust",
        "manor-park-community-centre",
        ("weekly", [5], "11:00", "13:00"),
        {},
    ),
    (
        "homework-club",
        "newham-somali-community-forum",
        "plaistow-library",
        ("weekly", [0, 2], "16:00", "18:00"),
        {},
    ),
    (
        "youth-club",
        "boleyn-youth-hub",
        "boleyn-community-hall",
        ("weekly", [4], "18:30", "21:00"),
        {},
    ),
    (
        "youth-club",
        "custom-house-community-kitchen",
        "custom-house-community-centre",
        ("weekly", [2], "18:00", "20:30"),
        {},
    ),
    (
        "carers-cafe",
        "newham-carers-support-service",
        "plaistow-library",
        ("monthly", 1, [3], "11:00", "13:00"),
        {},
    ),
    (
        "wellbeing-cafe",
        "newham-wellbeing-cafe",
        "stratford-library",
        ("weekly", [3], "17:00", "19:00"),
        {"campaigns": ["warm-welcome"]},
    ),
    (
        "heritage-walk",
        "west-ham-park-volunteers",
        "north-woolwich-library",
        ("dates", [9, 23], "11:00", "13:00"),
        {"campaigns": ["newham-heritage-month"]},
    ),
    (
        "heritage-walk",
        "stratford-churches-together",
        "stratford-library",
        ("dates", [16], "14:00", "16:00"),
        {"campaigns": ["newham-heritage-month"], "name_suffix": {"en": "(Stratford)"}},
    ),
    (
        "history-talk",
        "newham-somali-community-forum",
        "east-ham-library",
        ("dates", [12], "18:00", "20:00"),
        {"campaigns": ["black-history-month"]},
    ),
    (
        "history-talk",
        "stratford-churches-together",
        "st-johns-church-stratford",
        ("dates", [19], "18:30", "20:30"),
        {
            "campaigns": ["black-history-month", "newham-heritage-month"],
            "name_suffix": {"en": "(Stratford)"},
        },
    ),
    (
        "carnival-dance",
        "silvertown-and-north-woolwich-mutual-aid",
        "britannia-village-hall",
        ("dates", [6, 13, 20], "14:00", "16:00"),
        {"campaigns": ["black-history-month"]},
    ),
    (
        "swimming-course",
        "newham-adult-learning-service",
        "london-aquatics-centre",
        ("weekly", [3], "19:00", "20:00"),
        {"end_in_days": 70, "start_in_days": 0},
    ),
    (
        "online-english",
        "newham-adult-learning-service",
        None,
        ("weekly", [3], "18:00", "19:00"),
        {},
    ),
    (
        "online-chair-exercise",
        "newham-carers-support-service",
        None,
        ("weekly", [1], "11:00", "11:45"),
        {},
    ),
    (
        "online-mindfulness",
        "newham-wellbeing-cafe",
        None,
        ("weekly", [6], "20:00", "20:30"),
        {"cancel_next": True},
    ),
    # Waiting for the council's review, and a draft: not shown to residents.
    (
        "craft-club",
        "green-street-traders-association",
        "queens-market",
        ("weekly", [5], "12:00", "14:00"),
        {"status": "submitted"},
    ),
    (
        "line-dancing",
        "newham-lithuanian-community-association",
        "plaistow-library",
        ("weekly", [4], "18:00", "19:30"),
        {"status": "submitted"},
    ),
    (
        "gentle-yoga",
        "stratford-olympic-park-residents-forum",
        "sir-ludwig-guttmann-health-centre",
        ("weekly", [1], "18:00", "19:00"),
        {"status": "draft"},
    ),
]
