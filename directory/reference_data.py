# ruff: noqa: E501 - prose and translations stay one string per line so they can be reviewed whole.
"""Reference data the directory needs in production: pure data, loaded by
directory.reference.load() (`manage.py load_reference_data`).

Newham's 24 wards, the languages people in the borough speak, the accessibility features venues
describe and the borough's categories are real, not demo content. Translated fields are dicts
keyed by language code ({"en": ..., "bn": ..., "ur": ..., "pl": ...}); a language left out stays
empty and the site falls back to English.
"""

# The 24 wards of the London Borough of Newham (boundaries from May 2022): (name, slug).
WARDS = [
    ("Beckton", "beckton"),
    ("Boleyn", "boleyn"),
    ("Canning Town North", "canning-town-north"),
    ("Canning Town South", "canning-town-south"),
    ("Custom House", "custom-house"),
    ("East Ham", "east-ham"),
    ("East Ham South", "east-ham-south"),
    ("Forest Gate North", "forest-gate-north"),
    ("Forest Gate South", "forest-gate-south"),
    ("Green Street East", "green-street-east"),
    ("Green Street West", "green-street-west"),
    ("Little Ilford", "little-ilford"),
    ("Manor Park", "manor-park"),
    ("Maryland", "maryland"),
    ("Plaistow North", "plaistow-north"),
    ("Plaistow South", "plaistow-south"),
    ("Plaistow West & Canning Town East", "plaistow-west-canning-town-east"),
    ("Plashet", "plashet"),
    ("Royal Albert", "royal-albert"),
    ("Royal Victoria", "royal-victoria"),
    ("Stratford", "stratford"),
    ("Stratford Olympic Park", "stratford-olympic-park"),
    ("Wall End", "wall-end"),
    ("West Ham", "west-ham"),
]

# Languages services are delivered in: ISO 639-1 where there is one, ISO 639-3 otherwise.
SPOKEN_LANGUAGES = [
    {
        "code": "en",
        "endonym": "English",
        "name": {"en": "English", "bn": "ইংরেজি", "ur": "انگریزی", "pl": "Angielski"},
    },
    {
        "code": "bn",
        "endonym": "বাংলা",
        "name": {"en": "Bengali", "bn": "বাংলা", "ur": "بنگالی", "pl": "Bengalski"},
    },
    {
        "code": "ur",
        "endonym": "اردو",
        "name": {"en": "Urdu", "bn": "উর্দু", "ur": "اردو", "pl": "Urdu"},
    },
    {
        "code": "gu",
        "endonym": "ગુજરાતી",
        "name": {"en": "Gujarati", "bn": "গুজরাটি", "ur": "گجراتی", "pl": "Gudźarati"},
    },
    {
        "code": "pa",
        "endonym": "ਪੰਜਾਬੀ",
        "name": {"en": "Punjabi", "bn": "পাঞ্জাবি", "ur": "پنجابی", "pl": "Pendżabski"},
    },
    {
        "code": "ta",
        "endonym": "தமிழ்",
        "name": {"en": "Tamil", "bn": "তামিল", "ur": "تامل", "pl": "Tamilski"},
    },
    {
        "code": "pl",
        "endonym": "Polski",
        "name": {"en": "Polish", "bn": "পোলিশ", "ur": "پولش", "pl": "Polski"},
    },
    {
        "code": "ro",
        "endonym": "Română",
        "name": {"en": "Romanian", "bn": "রোমানীয়", "ur": "رومانیائی", "pl": "Rumuński"},
    },
    {
        "code": "pt",
        "endonym": "Português",
        "name": {"en": "Portuguese", "bn": "পর্তুগিজ", "ur": "پرتگالی", "pl": "Portugalski"},
    },
    {
        "code": "lt",
        "endonym": "Lietuvių",
        "name": {"en": "Lithuanian", "bn": "লিথুয়ানীয়", "ur": "لتھوینیائی", "pl": "Litewski"},
    },
    {
        "code": "so",
        "endonym": "Soomaali",
        "name": {"en": "Somali", "bn": "সোমালি", "ur": "صومالی", "pl": "Somalijski"},
    },
    {
        "code": "ar",
        "endonym": "العربية",
        "name": {"en": "Arabic", "bn": "আরবি", "ur": "عربی", "pl": "Arabski"},
    },
    {
        "code": "hi",
        "endonym": "हिन्दी",
        "name": {"en": "Hindi", "bn": "হিন্দি", "ur": "ہندی", "pl": "Hindi"},
    },
    {
        "code": "tr",
        "endonym": "Türkçe",
        "name": {"en": "Turkish", "bn": "তুর্কি", "ur": "ترکی", "pl": "Turecki"},
    },
    {
        "code": "yo",
        "endonym": "Yorùbá",
        "name": {"en": "Yoruba", "bn": "ইয়োরুবা", "ur": "یوروبا", "pl": "Joruba"},
    },
    {"code": "tw", "endonym": "Twi", "name": {"en": "Twi", "bn": "টুই", "ur": "ٹوی", "pl": "Twi"}},
    {
        "code": "fr",
        "endonym": "Français",
        "name": {"en": "French", "bn": "ফরাসি", "ur": "فرانسیسی", "pl": "Francuski"},
    },
    {
        "code": "ml",
        "endonym": "മലയാളം",
        "name": {"en": "Malayalam", "bn": "মালয়ালম", "ur": "ملیالم", "pl": "Malajalam"},
    },
    {
        "code": "bfi",
        "endonym": "BSL",
        "name": {
            "en": "British Sign Language",
            "bn": "ব্রিটিশ সাংকেতিক ভাষা",
            "ur": "برٹش سائن لینگویج",
            "pl": "Brytyjski język migowy",
        },
    },
]

ACCESSIBILITY_FEATURES = [
    {
        "code": "step-free-access",
        "name": {
            "en": "Step-free access",
            "bn": "সিঁড়ি ছাড়া প্রবেশের ব্যবস্থা",
            "ur": "سیڑھیوں کے بغیر رسائی",
            "pl": "Dostęp bez schodów",
        },
        "description": {
            "en": "You can get in and move around the parts of the building we use without steps or stairs."
        },
    },
    {
        "code": "wheelchair-accessible-entrance",
        "name": {
            "en": "Wheelchair-accessible entrance",
            "bn": "হুইলচেয়ার-উপযোগী প্রবেশপথ",
            "ur": "وہیل چیئر کے لیے موزوں داخلی راستہ",
            "pl": "Wejście dostępne dla wózków",
        },
        "description": {
            "en": "The main entrance is wide enough for a wheelchair and has a ramp or level threshold."
        },
    },
    {
        "code": "accessible-toilet",
        "name": {
            "en": "Accessible toilet",
            "bn": "প্রতিবন্ধীবান্ধব শৌচাগার",
            "ur": "معذور افراد کے لیے بیت الخلا",
            "pl": "Toaleta dla osób z niepełnosprawnościami",
        },
        "description": {
            "en": "A toilet with space for a wheelchair, grab rails and an emergency alarm cord."
        },
    },
    {
        "code": "lift",
        "name": {"en": "Lift", "bn": "লিফট", "ur": "لفٹ", "pl": "Winda"},
        "description": {"en": "A lift to every floor used by the public."},
    },
    {
        "code": "hearing-loop",
        "name": {
            "en": "Hearing loop",
            "bn": "হিয়ারিং লুপ",
            "ur": "ہیئرنگ لوپ",
            "pl": "Pętla indukcyjna",
        },
        "description": {
            "en": "An induction loop for hearing aid users at the reception desk or in the main room."
        },
    },
    {
        "code": "bsl-interpreter-on-request",
        "name": {
            "en": "BSL interpreter on request",
            "bn": "অনুরোধ করলে ব্রিটিশ সাংকেতিক ভাষার দোভাষী",
            "ur": "درخواست پر برٹش سائن لینگویج کا مترجم",
            "pl": "Tłumacz BSL na życzenie",
        },
        "description": {
            "en": "Ask at least a week ahead and we will book a British Sign Language interpreter."
        },
    },
    {
        "code": "large-print",
        "name": {
            "en": "Large print",
            "bn": "বড় অক্ষরে লেখা তথ্য",
            "ur": "بڑے حروف میں معلومات",
            "pl": "Duży druk",
        },
        "description": {"en": "Leaflets, forms and timetables are available in large print."},
    },
    {
        "code": "blue-badge-parking",
        "name": {
            "en": "Blue Badge parking",
            "bn": "ব্লু ব্যাজ পার্কিং",
            "ur": "بلیو بیج پارکنگ",
            "pl": "Parking dla posiadaczy Blue Badge",
        },
        "description": {"en": "Parking bays for Blue Badge holders close to the entrance."},
    },
    {
        "code": "baby-changing",
        "name": {
            "en": "Baby changing",
            "bn": "শিশুর ন্যাপি বদলানোর জায়গা",
            "ur": "بچوں کا ڈائپر بدلنے کی جگہ",
            "pl": "Przewijak",
        },
        "description": {"en": "A baby changing table, open to parents and carers of any gender."},
    },
    {
        "code": "quiet-room",
        "name": {
            "en": "Quiet room",
            "bn": "নিরিবিলি কক্ষ",
            "ur": "پُرسکون کمرہ",
            "pl": "Cichy pokój",
        },
        "description": {
            "en": "A calm space to take a break, pray or feed a baby, away from noise and crowds."
        },
    },
    {
        "code": "seating-available",
        "name": {
            "en": "Seating available",
            "bn": "বসার ব্যবস্থা আছে",
            "ur": "بیٹھنے کی جگہ دستیاب ہے",
            "pl": "Miejsca siedzące",
        },
        "description": {"en": "Chairs or benches where you can rest, including while you wait."},
    },
    {
        "code": "assistance-dogs-welcome",
        "name": {
            "en": "Assistance dogs welcome",
            "bn": "সহায়ক কুকুর নিয়ে আসা যাবে",
            "ur": "معاون کتوں کو آنے کی اجازت ہے",
            "pl": "Psy asystujące mile widziane",
        },
        "description": {
            "en": "Guide dogs, hearing dogs and other assistance dogs are welcome everywhere in the venue."
        },
    },
]

# Vocabulary "newham-categories": top-level categories, each with its children.
TAXONOMY = "newham-categories"
CATEGORIES = [
    {
        "code": "money-and-debt",
        "name": {
            "en": "Money and debt",
            "bn": "টাকা-পয়সা ও ঋণ",
            "ur": "پیسہ اور قرض",
            "pl": "Pieniądze i długi",
        },
        "description": {"en": "Help with benefits, debts, bills and the cost of living."},
        "children": [
            {
                "code": "benefits-advice",
                "name": {
                    "en": "Benefits advice",
                    "bn": "সরকারি ভাতা বিষয়ে পরামর্শ",
                    "ur": "بینیفٹس کے بارے میں مشورہ",
                    "pl": "Porady dotyczące zasiłków",
                },
            },
            {
                "code": "debt-advice",
                "name": {
                    "en": "Debt advice",
                    "bn": "ঋণ বিষয়ে পরামর্শ",
                    "ur": "قرض کے بارے میں مشورہ",
                    "pl": "Porady w sprawie długów",
                },
            },
            {
                "code": "cost-of-living-support",
                "name": {
                    "en": "Help with the cost of living",
                    "bn": "জীবনযাত্রার খরচ মেটাতে সহায়তা",
                    "ur": "مہنگائی میں گزارے کے لیے مدد",
                    "pl": "Pomoc w związku z kosztami życia",
                },
            },
            {
                "code": "energy-bills",
                "name": {
                    "en": "Help with energy bills",
                    "bn": "বিদ্যুৎ ও গ্যাস বিলে সহায়তা",
                    "ur": "بجلی اور گیس کے بلوں میں مدد",
                    "pl": "Pomoc z rachunkami za energię",
                },
            },
        ],
    },
    {
        "code": "food",
        "name": {"en": "Food", "bn": "খাবার", "ur": "کھانا", "pl": "Żywność"},
        "description": {"en": "Food banks, pantries, community meals and growing your own."},
        "children": [
            {
                "code": "food-banks",
                "name": {
                    "en": "Food banks and pantries",
                    "bn": "ফুড ব্যাংক ও প্যান্ট্রি",
                    "ur": "فوڈ بینک اور پینٹریاں",
                    "pl": "Banki żywności i spiżarnie",
                },
            },
            {
                "code": "community-meals",
                "name": {
                    "en": "Community meals",
                    "bn": "কমিউনিটি খাবার",
                    "ur": "کمیونٹی کھانے",
                    "pl": "Wspólne posiłki",
                },
            },
            {
                "code": "community-growing",
                "name": {
                    "en": "Community gardens and growing",
                    "bn": "কমিউনিটি বাগান ও চাষাবাদ",
                    "ur": "کمیونٹی باغات اور باغبانی",
                    "pl": "Ogrody społeczne i uprawy",
                },
            },
        ],
    },
    {
        "code": "housing",
        "name": {"en": "Housing", "bn": "বাসস্থান", "ur": "رہائش", "pl": "Mieszkanie"},
        "description": {
            "en": "Advice on renting, repairs and homelessness, and residents' groups."
        },
        "children": [
            {
                "code": "housing-advice",
                "name": {
                    "en": "Housing advice",
                    "bn": "বাসস্থান বিষয়ে পরামর্শ",
                    "ur": "رہائش کے بارے میں مشورہ",
                    "pl": "Porady mieszkaniowe",
                },
            },
            {
                "code": "homelessness",
                "name": {
                    "en": "Homelessness support",
                    "bn": "গৃহহীন মানুষের জন্য সহায়তা",
                    "ur": "بے گھر افراد کے لیے مدد",
                    "pl": "Pomoc dla osób w kryzysie bezdomności",
                },
            },
            {
                "code": "tenants-and-residents",
                "name": {
                    "en": "Tenants and residents",
                    "bn": "ভাড়াটে ও বাসিন্দা",
                    "ur": "کرایہ دار اور رہائشی",
                    "pl": "Najemcy i mieszkańcy",
                },
            },
        ],
    },
    {
        "code": "health-and-wellbeing",
        "name": {
            "en": "Health and wellbeing",
            "bn": "স্বাস্থ্য ও সুস্থতা",
            "ur": "صحت اور تندرستی",
            "pl": "Zdrowie i samopoczucie",
        },
        "description": {"en": "Mental health, keeping active, disability and support for carers."},
        "children": [
            {
                "code": "mental-health",
                "name": {
                    "en": "Mental health",
                    "bn": "মানসিক স্বাস্থ্য",
                    "ur": "ذہنی صحت",
                    "pl": "Zdrowie psychiczne",
                },
            },
            {
                "code": "physical-activity",
                "name": {
                    "en": "Sport and physical activity",
                    "bn": "খেলাধুলা ও শরীরচর্চা",
                    "ur": "کھیل اور جسمانی سرگرمی",
                    "pl": "Sport i aktywność fizyczna",
                },
            },
            {
                "code": "carers-support",
                "name": {
                    "en": "Support for carers",
                    "bn": "পরিচর্যাকারীদের জন্য সহায়তা",
                    "ur": "دیکھ بھال کرنے والوں کے لیے مدد",
                    "pl": "Wsparcie dla opiekunów",
                },
            },
            {
                "code": "disability-support",
                "name": {
                    "en": "Disability support",
                    "bn": "প্রতিবন্ধী মানুষের জন্য সহায়তা",
                    "ur": "معذور افراد کے لیے مدد",
                    "pl": "Wsparcie dla osób z niepełnosprawnościami",
                },
            },
        ],
    },
    {
        "code": "learning-and-english",
        "name": {
            "en": "Learning and English",
            "bn": "শিক্ষা ও ইংরেজি",
            "ur": "تعلیم اور انگریزی",
            "pl": "Nauka i język angielski",
        },
        "description": {"en": "English classes, courses for adults and help with homework."},
        "children": [
            {
                "code": "esol",
                "name": {
                    "en": "English classes (ESOL)",
                    "bn": "ইংরেজি শেখার ক্লাস (ESOL)",
                    "ur": "انگریزی کی کلاسیں (ESOL)",
                    "pl": "Lekcje angielskiego (ESOL)",
                },
            },
            {
                "code": "adult-learning",
                "name": {
                    "en": "Adult learning",
                    "bn": "প্রাপ্তবয়স্কদের শিক্ষা",
                    "ur": "بالغوں کی تعلیم",
                    "pl": "Edukacja dorosłych",
                },
            },
            {
                "code": "homework-clubs",
                "name": {
                    "en": "Homework clubs",
                    "bn": "হোমওয়ার্ক ক্লাব",
                    "ur": "ہوم ورک کلب",
                    "pl": "Pomoc w odrabianiu lekcji",
                },
            },
        ],
    },
    {
        "code": "work-and-volunteering",
        "name": {
            "en": "Work and volunteering",
            "bn": "কাজ ও স্বেচ্ছাসেবা",
            "ur": "روزگار اور رضاکارانہ کام",
            "pl": "Praca i wolontariat",
        },
        "description": {"en": "Finding a job, training and giving your time as a volunteer."},
        "children": [
            {
                "code": "job-search",
                "name": {
                    "en": "Finding work",
                    "bn": "কাজ খোঁজা",
                    "ur": "ملازمت کی تلاش",
                    "pl": "Szukanie pracy",
                },
            },
            {
                "code": "training-and-skills",
                "name": {
                    "en": "Training and skills",
                    "bn": "প্রশিক্ষণ ও দক্ষতা",
                    "ur": "تربیت اور ہنر",
                    "pl": "Szkolenia i umiejętności",
                },
            },
            {
                "code": "volunteering",
                "name": {
                    "en": "Volunteering",
                    "bn": "স্বেচ্ছাসেবা",
                    "ur": "رضاکارانہ کام",
                    "pl": "Wolontariat",
                },
            },
        ],
    },
    {
        "code": "social-and-community",
        "name": {
            "en": "Social and community",
            "bn": "সামাজিক ও কমিউনিটি",
            "ur": "سماجی اور کمیونٹی",
            "pl": "Spotkania i społeczność",
        },
        "description": {
            "en": "Groups and clubs to meet people, and neighbours helping each other."
        },
        "children": [
            {
                "code": "older-people",
                "name": {
                    "en": "Older people",
                    "bn": "বয়স্ক মানুষ",
                    "ur": "بزرگ افراد",
                    "pl": "Osoby starsze",
                },
            },
            {
                "code": "lunch-clubs",
                "name": {
                    "en": "Lunch clubs and coffee mornings",
                    "bn": "লাঞ্চ ক্লাব ও সকালের কফি আড্ডা",
                    "ur": "لنچ کلب اور صبح کی کافی کی محفلیں",
                    "pl": "Kluby obiadowe i poranki przy kawie",
                },
            },
            {
                "code": "women-groups",
                "name": {
                    "en": "Women's groups",
                    "bn": "নারীদের দল",
                    "ur": "خواتین کے گروپ",
                    "pl": "Grupy dla kobiet",
                },
            },
            {
                "code": "mutual-aid",
                "name": {
                    "en": "Mutual aid",
                    "bn": "পারস্পরিক সহায়তা",
                    "ur": "باہمی امداد",
                    "pl": "Pomoc sąsiedzka",
                },
            },
        ],
    },
    {
        "code": "family-and-children",
        "name": {
            "en": "Family and children",
            "bn": "পরিবার ও শিশু",
            "ur": "خاندان اور بچے",
            "pl": "Rodzina i dzieci",
        },
        "description": {
            "en": "Activities and support for babies, children, young people and parents."
        },
        "children": [
            {
                "code": "under-fives",
                "name": {
                    "en": "Under-fives and parents",
                    "bn": "পাঁচ বছরের কম বয়সী শিশু ও অভিভাবক",
                    "ur": "پانچ سال سے کم عمر بچے اور والدین",
                    "pl": "Dzieci do lat pięciu i rodzice",
                },
            },
            {
                "code": "youth-activities",
                "name": {
                    "en": "Activities for young people",
                    "bn": "তরুণদের জন্য কার্যক্রম",
                    "ur": "نوجوانوں کے لیے سرگرمیاں",
                    "pl": "Zajęcia dla młodzieży",
                },
            },
            {
                "code": "holiday-activities",
                "name": {
                    "en": "School holiday activities",
                    "bn": "স্কুল ছুটির সময়ের কার্যক্রম",
                    "ur": "اسکول کی چھٹیوں کی سرگرمیاں",
                    "pl": "Zajęcia w czasie ferii i wakacji",
                },
            },
        ],
    },
    {
        "code": "advice-and-rights",
        "name": {
            "en": "Advice and rights",
            "bn": "পরামর্শ ও অধিকার",
            "ur": "مشورہ اور حقوق",
            "pl": "Porady i prawa",
        },
        "description": {"en": "Free advice on immigration, the law and your rights."},
        "children": [
            {
                "code": "immigration-advice",
                "name": {
                    "en": "Immigration advice",
                    "bn": "অভিবাসন বিষয়ে পরামর্শ",
                    "ur": "امیگریشن کے بارے میں مشورہ",
                    "pl": "Porady imigracyjne",
                },
            },
            {
                "code": "eu-settlement",
                "name": {
                    "en": "EU Settlement Scheme help",
                    "bn": "ইইউ সেটেলমেন্ট স্কিমে সহায়তা",
                    "ur": "ای یو سیٹلمنٹ اسکیم میں مدد",
                    "pl": "Pomoc z EU Settlement Scheme",
                },
            },
            {
                "code": "legal-advice",
                "name": {
                    "en": "Legal advice",
                    "bn": "আইনি পরামর্শ",
                    "ur": "قانونی مشورہ",
                    "pl": "Porady prawne",
                },
            },
        ],
    },
    {
        "code": "faith-and-culture",
        "name": {
            "en": "Faith and culture",
            "bn": "ধর্ম ও সংস্কৃতি",
            "ur": "مذہب اور ثقافت",
            "pl": "Wiara i kultura",
        },
        "description": {"en": "Places of worship, arts, festivals and community language schools."},
        "children": [
            {
                "code": "places-of-worship",
                "name": {
                    "en": "Places of worship",
                    "bn": "উপাসনালয়",
                    "ur": "عبادت گاہیں",
                    "pl": "Miejsca kultu",
                },
            },
            {
                "code": "arts-and-culture",
                "name": {
                    "en": "Arts and culture",
                    "bn": "শিল্প ও সংস্কৃতি",
                    "ur": "فنون اور ثقافت",
                    "pl": "Sztuka i kultura",
                },
            },
            {
                "code": "supplementary-schools",
                "name": {
                    "en": "Supplementary and language schools",
                    "bn": "সম্পূরক ও ভাষা শিক্ষার স্কুল",
                    "ur": "اضافی اور زبان سکھانے والے اسکول",
                    "pl": "Szkoły sobotnie i językowe",
                },
            },
        ],
    },
    {
        "code": "digital-skills",
        "name": {
            "en": "Digital skills",
            "bn": "ডিজিটাল দক্ষতা",
            "ur": "ڈیجیٹل مہارتیں",
            "pl": "Umiejętności cyfrowe",
        },
        "description": {
            "en": "Help to get online, use a phone or computer, and get a free device or data."
        },
        "children": [
            {
                "code": "getting-online",
                "name": {
                    "en": "Getting online",
                    "bn": "অনলাইনে যুক্ত হওয়া",
                    "ur": "آن لائن ہونا سیکھیں",
                    "pl": "Korzystanie z internetu",
                },
            },
            {
                "code": "device-lending",
                "name": {
                    "en": "Free devices and data",
                    "bn": "বিনামূল্যে ডিভাইস ও ডেটা",
                    "ur": "مفت ڈیوائسز اور ڈیٹا",
                    "pl": "Bezpłatny sprzęt i internet",
                },
            },
        ],
    },
]
