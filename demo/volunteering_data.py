"""Demo volunteering data for Newham: real kinds of roles at the directory's demo organisations.

Organisations, venues, categories and languages are referred to by the directory demo's slugs
and codes. Some roles are translated into Bengali, Urdu and Polish; the rest show English with
the "not translated yet" note, as real listings would.
"""

# Defaults every opportunity starts from; each entry below only says what differs.
DEFAULTS = {
    "time_commitment": "regular",
    "when": [],
    "location": None,
    "from_home": False,
    "minimum_age": 18,
    "dbs": False,
    "training": True,
    "expenses": True,
    "access": [],
    "languages": [],
    "groups": False,
    "teams": False,
    "mutual_aid": False,
    "places": None,
    "start": None,
    "end": None,
    "closing": None,
    "skills": [],
    "causes": [],
}

OPPORTUNITIES = [
    {
        "slug": "food-bank-warehouse-helper",
        "organisation": "beckton-community-food-bank",
        "title": {
            "en": "Food bank warehouse helper",
            "bn": "ফুড ব্যাংকের গুদামে সাহায্যকারী",
            "ur": "فوڈ بینک گودام میں مددگار",
            "pl": "Pomocnik w magazynie banku żywności",
        },
        "description": {
            "en": "Sort donated food, check dates and pack parcels for families. You work in a "
            "friendly team; no experience needed.",
            "bn": "দান করা খাবার বাছাই করুন, মেয়াদ দেখুন এবং পরিবারের জন্য প্যাকেট তৈরি করুন। "
            "কোনো অভিজ্ঞতা লাগবে না।",
            "ur": "عطیہ کیا گیا کھانا چھانٹیں، تاریخیں دیکھیں اور خاندانوں کے لیے پارسل بنائیں۔ "
            "کسی تجربے کی ضرورت نہیں۔",
            "pl": "Sortuj podarowaną żywność, sprawdzaj daty i pakuj paczki dla rodzin. "
            "Doświadczenie nie jest potrzebne.",
        },
        "benefits": {"en": "Food hygiene training, a reference after three months, new friends."},
        "schedule": {"en": "Tuesdays and Thursdays, 10am to 1pm"},
        "causes": ["food-banks", "cost-of-living-support"],
        "skills": ["sorting", "welcoming"],
        "when": ["weekdays"],
        "location": "beckton-globe-library",
        "minimum_age": 16,
        "groups": True,
        "teams": True,
        "places": 12,
        "languages": ["bn", "pl", "so", "lt"],
        "access": ["step-free-access", "accessible-toilet"],
    },
    {
        "slug": "food-bank-delivery-driver",
        "organisation": "beckton-community-food-bank",
        "title": {"en": "Delivery driver for food parcels", "pl": "Kierowca dowożący paczki"},
        "description": {
            "en": "Use the food bank's van to take parcels to people who cannot travel. You need "
            "a full driving licence held for two years."
        },
        "schedule": {"en": "Saturday mornings"},
        "causes": ["food-banks"],
        "skills": ["driving"],
        "when": ["weekends"],
        "location": "beckton-globe-library",
        "minimum_age": 21,
        "dbs": True,
    },
    {
        "slug": "phone-befriender-from-home",
        "organisation": "east-ham-mutual-aid-network",
        "title": {
            "en": "Phone befriender (from home)",
            "ur": "فون پر دوست (گھر سے)",
            "bn": "ফোনে বন্ধু (বাড়ি থেকে)",
        },
        "description": {
            "en": "Call an older neighbour once a week for a chat. Many of our neighbours speak "
            "Urdu, Punjabi or Gujarati and would love to talk in their language.",
            "ur": "ہفتے میں ایک بار کسی بزرگ پڑوسی کو فون کریں اور بات کریں۔ بہت سے پڑوسی "
            "اردو، پنجابی یا گجراتی میں بات کرنا پسند کریں گے۔",
        },
        "benefits": {"en": "Feel part of your community; training on listening well."},
        "schedule": {"en": "One hour a week, when it suits you"},
        "causes": ["mutual-aid", "older-people"],
        "skills": ["befriending", "interpreting"],
        "time_commitment": "flexible",
        "when": ["weekdays", "evenings", "weekends"],
        "from_home": True,
        "mutual_aid": True,
        "expenses": False,
        "languages": ["ur", "pa", "gu"],
    },
    {
        "slug": "east-ham-shopping-helper",
        "organisation": "east-ham-mutual-aid-network",
        "title": {"en": "Shopping helper for neighbours", "ur": "پڑوسیوں کے لیے خریداری میں مدد"},
        "description": {
            "en": "Pick up shopping or a prescription for a neighbour who cannot get out. "
            "Help when you can; we match you with someone near you."
        },
        "causes": ["mutual-aid"],
        "skills": ["welcoming"],
        "time_commitment": "flexible",
        "when": ["weekdays", "evenings", "weekends"],
        "location": "east-ham-library",
        "mutual_aid": True,
        "minimum_age": 16,
    },
    {
        "slug": "forest-gate-street-champion",
        "organisation": "forest-gate-mutual-aid",
        "title": {"en": "Street champion", "pl": "Opiekun ulicy"},
        "description": {
            "en": "Be the friendly contact for your street: share news of local help, check on "
            "neighbours in cold weather and let us know if someone needs support.",
            "pl": "Bądź życzliwym kontaktem na swojej ulicy: przekazuj informacje o lokalnej "
            "pomocy i sprawdzaj, czy sąsiedzi czegoś nie potrzebują.",
        },
        "causes": ["mutual-aid"],
        "skills": ["welcoming", "befriending"],
        "time_commitment": "flexible",
        "when": ["evenings", "weekends"],
        "from_home": True,
        "mutual_aid": True,
        "expenses": False,
        "training": False,
        "languages": ["pl", "ur"],
    },
    {
        "slug": "silvertown-community-fridge",
        "organisation": "silvertown-and-north-woolwich-mutual-aid",
        "title": {"en": "Community fridge helper"},
        "description": {
            "en": "Collect surplus food from local shops and stock the community fridge so "
            "nothing goes to waste."
        },
        "causes": ["mutual-aid", "food-banks"],
        "skills": ["sorting"],
        "when": ["evenings"],
        "location": "north-woolwich-library",
        "mutual_aid": True,
        "minimum_age": 14,
        "groups": True,
    },
    {
        "slug": "langar-kitchen-seva",
        "organisation": "east-ham-gurdwara-langar-seva",
        "title": {"en": "Langar kitchen helper (seva)", "pa": "ਲੰਗਰ ਰਸੋਈ ਸੇਵਾ"},
        "description": {
            "en": "Help cook and serve free vegetarian meals to everyone who comes, whatever "
            "their faith. Families and groups are welcome."
        },
        "causes": ["community-meals"],
        "skills": ["cooking", "welcoming"],
        "when": ["weekends"],
        "location": "gurdwara-sahib-east-ham",
        "minimum_age": 12,
        "groups": True,
        "teams": True,
        "places": 20,
        "expenses": False,
        "languages": ["pa", "hi"],
        "access": ["step-free-access"],
    },
    {
        "slug": "community-kitchen-cook",
        "organisation": "custom-house-community-kitchen",
        "title": {"en": "Volunteer cook", "bn": "স্বেচ্ছাসেবী রাঁধুনি"},
        "description": {
            "en": "Cook a hot lunch for 40 people with our chef. Learn to cook in bulk and get "
            "your Level 2 food hygiene certificate."
        },
        "benefits": {"en": "Level 2 food hygiene certificate; a reference for catering jobs."},
        "schedule": {"en": "Wednesdays, 9.30am to 2pm"},
        "causes": ["community-meals", "training-and-skills"],
        "skills": ["cooking"],
        "when": ["weekdays"],
        "location": "custom-house-community-centre",
        "places": 4,
    },
    {
        "slug": "community-kitchen-team-day",
        "organisation": "custom-house-community-kitchen",
        "title": {"en": "Team day: deep-clean and paint the kitchen"},
        "description": {
            "en": "A one-day challenge for a work team of up to 10: deep-clean the community "
            "kitchen and repaint the dining room."
        },
        "causes": ["community-meals"],
        "skills": ["sorting", "arts"],
        "time_commitment": "one_off",
        "when": ["weekdays"],
        "location": "custom-house-community-centre",
        "groups": True,
        "teams": True,
        "places": 10,
        "start": "2027-03-01",
        "end": "2027-06-30",
        "closing": "2027-06-15",
    },
    {
        "slug": "community-garden-grower",
        "organisation": "royal-docks-community-garden",
        "title": {
            "en": "Community garden grower",
            "bn": "কমিউনিটি বাগানের চাষি",
            "ur": "کمیونٹی باغ میں کاشت کار",
            "pl": "Ogrodnik w ogrodzie społecznym",
        },
        "description": {
            "en": "Plant, water and harvest vegetables by the docks. Take some home! All tools "
            "and gloves provided.",
            "pl": "Sadź, podlewaj i zbieraj warzywa nad dokami. Część możesz zabrać do domu! "
            "Narzędzia i rękawice zapewniamy.",
        },
        "causes": ["community-growing"],
        "skills": ["gardening"],
        "time_commitment": "flexible",
        "when": ["weekdays", "weekends"],
        "location": "thames-barrier-park",
        "minimum_age": 10,
        "groups": True,
        "teams": True,
        "places": 15,
        "access": ["step-free-access", "seating-available"],
        "languages": ["pt"],
    },
    {
        "slug": "corporate-planting-day",
        "organisation": "royal-docks-community-garden",
        "title": {"en": "Employer team planting day"},
        "description": {
            "en": "Bring your colleagues for a day building raised beds and planting fruit trees. "
            "Lunch from our garden kitchen included."
        },
        "causes": ["community-growing"],
        "skills": ["gardening"],
        "time_commitment": "one_off",
        "when": ["weekdays"],
        "location": "thames-barrier-park",
        "groups": True,
        "teams": True,
        "places": 25,
        "start": "2027-03-15",
        "end": "2027-05-28",
    },
    {
        "slug": "park-conservation-volunteer",
        "organisation": "west-ham-park-volunteers",
        "title": {"en": "Park conservation volunteer"},
        "description": {
            "en": "Look after West Ham Park's wildlife areas: clear paths, plant bulbs and "
            "build bug hotels."
        },
        "schedule": {"en": "First Saturday of the month, 10am to 1pm"},
        "causes": ["community-growing", "volunteering"],
        "skills": ["gardening"],
        "when": ["weekends"],
        "location": "west-ham-park",
        "minimum_age": 10,
        "groups": True,
        "teams": True,
        "training": False,
    },
    {
        "slug": "digital-buddy",
        "organisation": "newham-digital-inclusion-hub",
        "title": {
            "en": "Digital buddy",
            "bn": "ডিজিটাল বন্ধু",
            "ur": "ڈیجیٹل ساتھی",
            "pl": "Cyfrowy pomocnik",
        },
        "description": {
            "en": "Help people use their phone or laptop: email, video calls, online forms and "
            "staying safe online. Patience matters more than expertise.",
            "bn": "মানুষকে ফোন বা ল্যাপটপ ব্যবহারে সাহায্য করুন: ইমেল, ভিডিও কল ও অনলাইন ফর্ম।",
            "ur": "لوگوں کو فون یا لیپ ٹاپ استعمال کرنے میں مدد دیں: ای میل، ویڈیو کال اور "
            "آن لائن فارم۔",
            "pl": "Pomagaj ludziom korzystać z telefonu lub laptopa: e-mail, rozmowy wideo "
            "i formularze online.",
        },
        "causes": ["getting-online"],
        "skills": ["digital", "teaching", "interpreting"],
        "when": ["weekdays"],
        "location": "stratford-library",
        "minimum_age": 16,
        "languages": ["bn", "ur", "pl", "lt", "ro"],
        "access": ["step-free-access", "lift", "hearing-loop"],
    },
    {
        "slug": "laptop-refurbisher",
        "organisation": "newham-digital-inclusion-hub",
        "title": {"en": "Laptop refurbisher (from home or hub)"},
        "description": {
            "en": "Wipe and set up donated laptops for families who need one. Work from home "
            "or at the hub."
        },
        "causes": ["device-lending"],
        "skills": ["digital"],
        "time_commitment": "flexible",
        "when": ["weekdays", "evenings", "weekends"],
        "from_home": True,
        "location": "stratford-library",
    },
    {
        "slug": "esol-conversation-partner",
        "organisation": "stratford-bangladeshi-womens-association",
        "title": {
            "en": "English conversation partner for women",
            "bn": "মহিলাদের জন্য ইংরেজি কথোপকথন সঙ্গী",
        },
        "description": {
            "en": "Chat in English with women who are learning, in a relaxed group. Women "
            "volunteers only; Bengali speakers especially welcome.",
            "bn": "ইংরেজি শিখছেন এমন মহিলাদের সাথে আরামদায়ক পরিবেশে ইংরেজিতে কথা বলুন। "
            "শুধু মহিলা স্বেচ্ছাসেবী।",
        },
        "causes": ["esol", "women-groups"],
        "skills": ["teaching", "befriending"],
        "when": ["weekdays"],
        "location": "maryland-community-hall",
        "languages": ["bn"],
    },
    {
        "slug": "saturday-school-assistant",
        "organisation": "plaistow-polish-saturday-club",
        "title": {"en": "Saturday school assistant", "pl": "Asystent w szkole sobotniej"},
        "description": {
            "en": "Help teachers at our Polish Saturday school with reading, crafts and games.",
            "pl": "Pomagaj nauczycielom w naszej polskiej szkole sobotniej przy czytaniu, "
            "zajęciach plastycznych i grach.",
        },
        "causes": ["supplementary-schools", "youth-activities"],
        "skills": ["teaching", "childcare", "arts"],
        "when": ["weekends"],
        "location": "plaistow-library",
        "minimum_age": 16,
        "dbs": True,
        "languages": ["pl"],
    },
    {
        "slug": "homework-club-helper",
        "organisation": "newham-somali-community-forum",
        "title": {"en": "Homework club helper"},
        "description": {
            "en": "Support children aged 8 to 14 with maths and reading after school. Somali "
            "and Arabic speakers welcome."
        },
        "causes": ["homework-clubs"],
        "skills": ["teaching"],
        "when": ["evenings"],
        "location": "green-street-library",
        "minimum_age": 17,
        "dbs": True,
        "languages": ["so", "ar"],
    },
    {
        "slug": "advice-centre-receptionist",
        "organisation": "green-street-advice-centre",
        "title": {"en": "Advice centre receptionist", "ur": "ایڈوائس سینٹر میں استقبالیہ"},
        "description": {
            "en": "Welcome people, book appointments and help them find the right adviser. "
            "Speaking a community language is a big help."
        },
        "benefits": {"en": "Office experience and a reference; good for job seekers."},
        "causes": ["benefits-advice", "debt-advice"],
        "skills": ["welcoming", "admin", "interpreting"],
        "when": ["weekdays"],
        "location": "green-street-library",
        "languages": ["ur", "bn", "pa", "gu", "ta"],
        "access": ["step-free-access", "hearing-loop"],
    },
    {
        "slug": "youth-football-coach",
        "organisation": "canning-town-youth-football-club",
        "title": {"en": "Youth football coach assistant"},
        "description": {
            "en": "Help run training for under-12s and under-14s. We pay for your FA Playmaker "
            "course."
        },
        "benefits": {"en": "FA Playmaker coaching course, paid for."},
        "causes": ["physical-activity", "youth-activities"],
        "skills": ["sport", "childcare"],
        "when": ["evenings", "weekends"],
        "location": "newham-leisure-centre",
        "minimum_age": 16,
        "dbs": True,
        "languages": ["pt", "so"],
    },
    {
        "slug": "mandir-festival-steward",
        "organisation": "manor-park-mandir-community-trust",
        "title": {"en": "Festival steward (Diwali)"},
        "description": {
            "en": "Welcome visitors and keep everyone safe at our Diwali celebration. Training "
            "on the day."
        },
        "causes": ["arts-and-culture", "places-of-worship"],
        "skills": ["welcoming"],
        "time_commitment": "one_off",
        "when": ["evenings"],
        "location": "manor-park-hindu-mandir",
        "minimum_age": 16,
        "groups": True,
        "places": 30,
        "start": "2027-10-29",
        "end": "2027-10-29",
        "languages": ["ta", "gu", "hi"],
    },
    {
        "slug": "ramadan-iftar-helper",
        "organisation": "upton-park-mosque-community-services",
        "title": {"en": "Community iftar helper", "ur": "کمیونٹی افطار میں مدد"},
        "description": {
            "en": "Set up, serve and clear up at our open community iftars, where neighbours of "
            "every faith share a meal.",
            "ur": "کمیونٹی افطار میں انتظام، کھانا پیش کرنے اور صفائی میں مدد کریں، جہاں ہر "
            "مذہب کے پڑوسی ساتھ کھانا کھاتے ہیں۔",
        },
        "causes": ["community-meals", "places-of-worship"],
        "skills": ["cooking", "welcoming"],
        "time_commitment": "one_off",
        "when": ["evenings"],
        "location": "upton-park-mosque",
        "minimum_age": 14,
        "groups": True,
        "teams": True,
        "start": "2027-02-08",
        "end": "2027-03-09",
        "languages": ["ur", "bn", "ar", "so"],
    },
    {
        "slug": "family-welcome-volunteer",
        "organisation": "newham-romanian-families-network",
        "title": {"en": "Family welcome volunteer", "ro": "Voluntar pentru primirea familiilor"},
        "description": {
            "en": "Meet families who have just arrived, help them register with a GP and "
            "a school, and show them around."
        },
        "causes": ["eu-settlement", "under-fives"],
        "skills": ["interpreting", "befriending"],
        "time_commitment": "flexible",
        "when": ["weekdays", "evenings"],
        "location": "custom-house-library",
        "languages": ["ro"],
    },
    {
        "slug": "carers-cafe-host",
        "organisation": "newham-carers-support-service",
        "title": {"en": "Carers' café host", "bn": "কেয়ারারদের ক্যাফের হোস্ট"},
        "description": {
            "en": "Make tea, chat and help unpaid carers take a well-earned break once a month."
        },
        "causes": ["carers-support"],
        "skills": ["welcoming", "befriending"],
        "when": ["weekdays"],
        "location": "east-ham-library",
        "access": ["step-free-access", "accessible-toilet", "quiet-room"],
        "languages": ["bn", "ur", "gu", "pa", "ta"],
    },
    {
        "slug": "learner-support-volunteer",
        "organisation": "newham-adult-learning-service",
        "title": {"en": "Classroom learner support"},
        "description": {
            "en": "Support adult learners in English and maths classes. Ideal if you are "
            "thinking about teaching."
        },
        "causes": ["adult-learning", "esol"],
        "skills": ["teaching"],
        "when": ["weekdays", "evenings"],
        "location": "newham-college-east-ham",
        "closing": "2027-09-01",
    },
    {
        "slug": "lunch-club-volunteer",
        "organisation": "beckton-over-60s-club",
        "title": {"en": "Lunch club volunteer"},
        "description": {
            "en": "Serve lunch, play bingo and chat with members of our over-60s club."
        },
        "causes": ["older-people", "lunch-clubs"],
        "skills": ["befriending", "cooking"],
        "when": ["weekdays"],
        "location": "beckton-globe-library",
        "minimum_age": 14,
        "training": False,
    },
    {
        "slug": "pantry-till-volunteer",
        "organisation": "plaistow-community-pantry",
        "title": {"en": "Pantry shop volunteer", "pl": "Wolontariusz w sklepie spiżarni"},
        "description": {
            "en": "Run the till and restock shelves at our low-cost community pantry.",
            "pl": "Obsługuj kasę i uzupełniaj półki w naszej taniej spiżarni społecznej.",
        },
        "causes": ["food-banks", "cost-of-living-support"],
        "skills": ["welcoming", "sorting"],
        "when": ["weekdays", "weekends"],
        "location": "plaistow-library",
        "minimum_age": 16,
        "languages": ["pl", "ro", "bn"],
    },
    {
        "slug": "baby-bank-sorter",
        "organisation": "canning-town-baby-bank",
        "title": {"en": "Baby bank sorter"},
        "description": {
            "en": "Check, sort and bag donated baby clothes, toys and equipment for families."
        },
        "causes": ["under-fives", "cost-of-living-support"],
        "skills": ["sorting"],
        "time_commitment": "flexible",
        "when": ["weekdays", "evenings"],
        "location": "canning-town-library",
        "minimum_age": 14,
        "groups": True,
        "teams": True,
        "places": 8,
    },
    {
        "slug": "tenants-newsletter-editor",
        "organisation": "custom-house-tenants-and-residents-association",
        "title": {"en": "Newsletter writer (from home)"},
        "description": {
            "en": "Write and design our quarterly newsletter for residents, from home."
        },
        "causes": ["tenants-and-residents"],
        "skills": ["admin", "arts", "digital"],
        "time_commitment": "flexible",
        "when": ["evenings", "weekends"],
        "from_home": True,
        "expenses": False,
        "minimum_age": 16,
    },
    {
        "slug": "youth-hub-mentor",
        "organisation": "boleyn-youth-hub",
        "title": {"en": "Youth mentor"},
        "description": {
            "en": "Meet a young person once a week to help them set goals for school and work."
        },
        "causes": ["youth-activities"],
        "skills": ["befriending", "teaching"],
        "when": ["evenings"],
        "location": "boleyn-community-hall",
        "minimum_age": 21,
        "dbs": True,
    },
    {
        "slug": "young-leaders-holiday-club",
        "organisation": "boleyn-youth-hub",
        "title": {"en": "Young leader at holiday club"},
        "description": {
            "en": "Aged 14 to 17? Help run games and sports at our summer holiday club and earn "
            "hours for your Duke of Edinburgh award."
        },
        "benefits": {"en": "Hours for Duke of Edinburgh, a certificate and a reference."},
        "causes": ["holiday-activities", "youth-activities"],
        "skills": ["sport", "childcare"],
        "time_commitment": "one_off",
        "when": ["weekdays"],
        "location": "boleyn-community-hall",
        "minimum_age": 14,
        "start": "2027-07-26",
        "end": "2027-08-27",
    },
    {
        "slug": "wellbeing-cafe-peer-supporter",
        "organisation": "newham-wellbeing-cafe",
        "title": {"en": "Peer supporter", "ur": "ہم منصب معاون"},
        "description": {
            "en": "Been through hard times yourself? Listen to and support people at our "
            "drop-in wellbeing café. Full training given."
        },
        "causes": ["mental-health"],
        "skills": ["befriending"],
        "when": ["weekdays", "evenings"],
        "location": "stratford-library",
        "access": ["step-free-access", "quiet-room"],
        "languages": ["bn", "ur", "pl"],
    },
    {
        "slug": "bsl-social-helper",
        "organisation": "newham-deaf-community-group",
        "title": {"en": "Social club helper (BSL users welcome)"},
        "description": {
            "en": "Help set up and run our monthly social for Deaf people. British Sign "
            "Language users especially welcome; we can teach you the basics."
        },
        "causes": ["disability-support"],
        "skills": ["welcoming", "interpreting"],
        "when": ["evenings"],
        "location": "east-ham-library",
        "languages": ["bfi"],
        "access": ["step-free-access", "hearing-loop", "bsl-interpreter-on-request"],
    },
    {
        "slug": "winter-night-shelter",
        "organisation": "stratford-churches-together",
        "title": {"en": "Winter night shelter volunteer"},
        "description": {
            "en": "Cook, serve and chat with guests at our winter shelter for people sleeping "
            "rough. Evening or overnight shifts."
        },
        "causes": ["homelessness", "community-meals"],
        "skills": ["cooking", "befriending"],
        "when": ["evenings", "weekends"],
        "location": "st-johns-church-stratford",
        "start": "2026-12-01",
        "end": "2027-03-31",
        "groups": True,
        "teams": True,
    },
    {
        "slug": "interpreter-volunteer",
        "organisation": "newham-migrant-advice-project",
        "title": {"en": "Volunteer interpreter", "pl": "Wolontariusz tłumacz"},
        "description": {
            "en": "Help people understand their advice appointment by interpreting between "
            "English and your language. Phone or in person.",
            "pl": "Pomagaj ludziom zrozumieć poradę, tłumacząc między angielskim a Twoim "
            "językiem. Telefonicznie lub osobiście.",
        },
        "causes": ["immigration-advice", "eu-settlement"],
        "skills": ["interpreting"],
        "time_commitment": "flexible",
        "when": ["weekdays"],
        "from_home": True,
        "location": "forest-gate-library",
        "languages": ["ro", "pl", "pt", "so", "ar", "lt"],
    },
    {
        "slug": "portuguese-families-homework",
        "organisation": "newham-portuguese-speaking-families-project",
        "title": {
            "en": "Bilingual homework helper",
            "pt": "Ajudante bilingue de trabalhos de casa",
        },
        "description": {
            "en": "Help Portuguese-speaking children with homework in English and Portuguese."
        },
        "causes": ["homework-clubs"],
        "skills": ["teaching", "interpreting"],
        "when": ["evenings"],
        "location": "forest-gate-library",
        "minimum_age": 17,
        "dbs": True,
        "languages": ["pt"],
    },
    {
        "slug": "walking-group-leader",
        "organisation": "plashet-womens-walking-group",
        "title": {"en": "Walk leader", "ur": "واک لیڈر", "bn": "হাঁটার দলের নেতা"},
        "description": {
            "en": "Lead a gentle one-hour walk for women in Plashet Park. We train you as a "
            "walk leader."
        },
        "causes": ["physical-activity", "women-groups"],
        "skills": ["sport", "befriending"],
        "when": ["weekdays", "weekends"],
        "location": "plashet-park",
        "languages": ["ur", "bn", "pa"],
        "access": ["seating-available"],
    },
    {
        "slug": "tamil-elders-lunch-driver",
        "organisation": "forest-gate-tamil-elders-group",
        "title": {
            "en": "Minibus escort for elders' lunch",
            "ta": "முதியோர் மதிய உணவு பேருந்து உதவியாளர்",
        },
        "description": {
            "en": "Travel on our minibus and help elders get on and off safely on the way to "
            "our Friday lunch."
        },
        "causes": ["older-people", "lunch-clubs"],
        "skills": ["befriending", "driving"],
        "when": ["weekdays"],
        "location": "forest-gate-library",
        "dbs": True,
        "languages": ["ta"],
    },
]

# Expressions of interest in the first demo organisation's roles, so the back office and the
# reminders have something to show. The people are made up.
INTERESTS = [
    # (key, opportunity slug, name, email, phone, status, days ago, hours logged)
    ("amina", "food-bank-warehouse-helper", "Amina Rahman", "amina@example.org", "", "new", 1, []),
    ("tomasz", "food-bank-warehouse-helper", "Tomasz Nowak", "", "07700 900123", "new", 5, []),
    (
        "grace",
        "food-bank-warehouse-helper",
        "Grace Okafor",
        "grace@example.org",
        "",
        "contacted",
        8,
        [],
    ),
    (
        "ravi",
        "food-bank-warehouse-helper",
        "Ravi Patel",
        "ravi@example.org",
        "",
        "active",
        40,
        [(30, "3"), (23, "3"), (16, "2.5")],
    ),
    (
        "jonas",
        "food-bank-delivery-driver",
        "Jonas Petrauskas",
        "jonas@example.org",
        "",
        "finished",
        120,
        [(100, "4"), (93, "4")],
    ),
]
