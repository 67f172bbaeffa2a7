# ruff: noqa: E501 - prose and translations stay one string per line so they can be reviewed whole.
"""Demo data for Newham Connect: pure data, loaded by directory.demo.seed().

Translated fields are dicts keyed by language code ({"en": ..., "bn": ..., "ur": ..., "pl": ...});
a language left out stays empty and the site falls back to English.

Places (wards, libraries, parks, leisure centres, well-known churches) are real; the partner
organisations are invented, with contact details on example.org and 020 7946 0xxx numbers
(Ofcom's range reserved for drama), so nobody real is ever contacted from the demo.
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

# Shorthand for accessibility lists below.
_LIBRARY_ACCESS = [
    "step-free-access",
    "wheelchair-accessible-entrance",
    "accessible-toilet",
    "lift",
    "hearing-loop",
    "large-print",
    "baby-changing",
    "seating-available",
    "assistance-dogs-welcome",
]
_PARK_ACCESS = ["step-free-access", "seating-available", "assistance-dogs-welcome"]

# Venues. Coordinates are WGS84 decimal degrees; every ward has at least one venue.
LOCATIONS = [
    # Libraries
    {
        "slug": "stratford-library",
        "kind": "library",
        "name": {"en": "Stratford Library"},
        "description": {
            "en": "Newham's largest library, with study space, public computers and a children's library."
        },
        "address": "3 The Grove",
        "postcode": "E15 1EL",
        "ward": "stratford",
        "latitude": "51.543100",
        "longitude": "0.001900",
        "accessibility": [*_LIBRARY_ACCESS, "quiet-room", "bsl-interpreter-on-request"],
    },
    {
        "slug": "canning-town-library",
        "kind": "library",
        "name": {"en": "Canning Town Library"},
        "description": {
            "en": "Library and community rooms on Barking Road, close to Canning Town station."
        },
        "address": "105-107 Barking Road",
        "postcode": "E16 4HQ",
        "ward": "canning-town-south",
        "latitude": "51.514900",
        "longitude": "0.017600",
        "accessibility": _LIBRARY_ACCESS,
    },
    {
        "slug": "east-ham-library",
        "kind": "library",
        "name": {"en": "East Ham Library"},
        "description": {
            "en": "Library in the East Ham service centre next to the town hall, open six days a week."
        },
        "address": "328 Barking Road",
        "postcode": "E6 2RT",
        "ward": "east-ham",
        "latitude": "51.533000",
        "longitude": "0.054300",
        "accessibility": [*_LIBRARY_ACCESS, "blue-badge-parking"],
    },
    {
        "slug": "beckton-globe-library",
        "kind": "library",
        "name": {"en": "Beckton Globe Library"},
        "description": {
            "en": "Library inside the Beckton Globe community building, with a café and meeting rooms."
        },
        "address": "1 Kingsford Way",
        "postcode": "E6 5JQ",
        "ward": "beckton",
        "latitude": "51.516300",
        "longitude": "0.062200",
        "accessibility": [*_LIBRARY_ACCESS, "blue-badge-parking"],
    },
    {
        "slug": "custom-house-library",
        "kind": "library",
        "name": {"en": "Custom House Library"},
        "description": {
            "en": "Neighbourhood library on Prince Regent Lane with a homework club after school."
        },
        "address": "Prince Regent Lane",
        "postcode": "E16 3JJ",
        "ward": "custom-house",
        "latitude": "51.510800",
        "longitude": "0.030700",
        "accessibility": [
            "step-free-access",
            "wheelchair-accessible-entrance",
            "accessible-toilet",
            "large-print",
            "seating-available",
        ],
    },
    {
        "slug": "forest-gate-library",
        "kind": "library",
        "name": {"en": "Forest Gate Library"},
        "description": {"en": "Library at the corner of Woodgrange Road and Romford Road."},
        "address": "2-4 Woodgrange Road",
        "postcode": "E7 0QH",
        "ward": "forest-gate-south",
        "latitude": "51.546700",
        "longitude": "0.024000",
        "accessibility": [
            "step-free-access",
            "wheelchair-accessible-entrance",
            "accessible-toilet",
            "hearing-loop",
            "large-print",
            "seating-available",
        ],
    },
    {
        "slug": "green-street-library",
        "kind": "library",
        "name": {"en": "Green Street Library"},
        "description": {
            "en": "Library on Green Street, a short walk from Upton Park station and Queen's Market."
        },
        "address": "337-341 Green Street",
        "postcode": "E13 9AR",
        "ward": "green-street-east",
        "latitude": "51.533400",
        "longitude": "0.036800",
        "accessibility": [
            "step-free-access",
            "accessible-toilet",
            "large-print",
            "seating-available",
            "assistance-dogs-welcome",
        ],
    },
    {
        "slug": "manor-park-library",
        "kind": "library",
        "name": {"en": "Manor Park Library"},
        "description": {
            "en": "Edwardian library on Romford Road with a children's corner and public computers."
        },
        "address": "685 Romford Road",
        "postcode": "E12 5AD",
        "ward": "manor-park",
        "latitude": "51.551300",
        "longitude": "0.050800",
        "accessibility": ["wheelchair-accessible-entrance", "large-print", "seating-available"],
    },
    {
        "slug": "plaistow-library",
        "kind": "library",
        "name": {"en": "Plaistow Library"},
        "description": {"en": "Library on North Street in the centre of Plaistow."},
        "address": "North Street",
        "postcode": "E13 9HL",
        "ward": "plaistow-north",
        "latitude": "51.531200",
        "longitude": "0.024800",
        "accessibility": [
            "step-free-access",
            "accessible-toilet",
            "hearing-loop",
            "large-print",
            "seating-available",
        ],
    },
    {
        "slug": "north-woolwich-library",
        "kind": "library",
        "name": {"en": "North Woolwich Library"},
        "description": {
            "en": "Small library by the Woolwich Ferry, serving North Woolwich and the Royal Docks."
        },
        "address": "5 Pier Parade",
        "postcode": "E16 2LJ",
        "ward": "royal-albert",
        "latitude": "51.500200",
        "longitude": "0.062900",
        "accessibility": ["step-free-access", "large-print", "seating-available"],
    },
    # Parks and open spaces
    {
        "slug": "west-ham-park",
        "kind": "park",
        "name": {"en": "West Ham Park"},
        "description": {
            "en": "Large park with a playground, sports pitches, tennis courts and ornamental gardens."
        },
        "address": "Upton Lane",
        "postcode": "E7 9PU",
        "ward": "west-ham",
        "latitude": "51.539300",
        "longitude": "0.021700",
        "accessibility": [*_PARK_ACCESS, "accessible-toilet", "baby-changing"],
    },
    {
        "slug": "central-park-east-ham",
        "kind": "park",
        "name": {"en": "Central Park, East Ham"},
        "description": {
            "en": "Park with a café, playground, outdoor gym and a lake, on High Street South."
        },
        "address": "High Street South",
        "postcode": "E6 3DL",
        "ward": "east-ham-south",
        "latitude": "51.527800",
        "longitude": "0.054600",
        "accessibility": [*_PARK_ACCESS, "accessible-toilet"],
    },
    {
        "slug": "plashet-park",
        "kind": "park",
        "name": {"en": "Plashet Park"},
        "description": {
            "en": "Neighbourhood park with a playground, tennis courts and a community garden."
        },
        "address": "Plashet Grove",
        "postcode": "E6 1DQ",
        "ward": "plashet",
        "latitude": "51.536800",
        "longitude": "0.047200",
        "accessibility": _PARK_ACCESS,
    },
    {
        "slug": "beckton-district-park",
        "kind": "park",
        "name": {"en": "Beckton District Park"},
        "description": {
            "en": "Newham's largest park, with a lake, woodland walks and a play area."
        },
        "address": "Tollgate Road",
        "postcode": "E6 5JP",
        "ward": "beckton",
        "latitude": "51.519500",
        "longitude": "0.064800",
        "accessibility": [*_PARK_ACCESS, "blue-badge-parking"],
    },
    {
        "slug": "lister-gardens",
        "kind": "park",
        "name": {"en": "Lister Gardens"},
        "description": {"en": "Small green space with benches and a children's play area."},
        "address": "Queens Road West",
        "postcode": "E13 0PJ",
        "ward": "plaistow-west-canning-town-east",
        "latitude": "51.521800",
        "longitude": "0.019800",
        "accessibility": _PARK_ACCESS,
    },
    {
        "slug": "little-ilford-park",
        "kind": "park",
        "name": {"en": "Little Ilford Park"},
        "description": {
            "en": "Park beside the River Roding path, with sports pitches and a playground."
        },
        "address": "Church Road",
        "postcode": "E12 6HA",
        "ward": "little-ilford",
        "latitude": "51.548500",
        "longitude": "0.061000",
        "accessibility": _PARK_ACCESS,
    },
    {
        "slug": "thames-barrier-park",
        "kind": "park",
        "name": {"en": "Thames Barrier Park"},
        "description": {
            "en": "Riverside park with views of the Thames Barrier, a sunken garden and water fountains."
        },
        "address": "North Woolwich Road",
        "postcode": "E16 2HP",
        "ward": "royal-victoria",
        "latitude": "51.502300",
        "longitude": "0.028000",
        "accessibility": [*_PARK_ACCESS, "accessible-toilet", "baby-changing"],
    },
    {
        "slug": "plaistow-park",
        "kind": "park",
        "name": {"en": "Plaistow Park"},
        "description": {"en": "Local park with a playground, basketball court and outdoor gym."},
        "address": "Greengate Street",
        "postcode": "E13 0AS",
        "ward": "plaistow-north",
        "latitude": "51.532500",
        "longitude": "0.026600",
        "accessibility": _PARK_ACCESS,
    },
    {
        "slug": "hermit-road-recreation-ground",
        "kind": "park",
        "name": {"en": "Hermit Road Recreation Ground"},
        "description": {
            "en": "Recreation ground with football pitches and a multi-use games area."
        },
        "address": "Hermit Road",
        "postcode": "E16 4LF",
        "ward": "canning-town-north",
        "latitude": "51.519200",
        "longitude": "0.014300",
        "accessibility": ["step-free-access", "seating-available"],
    },
    # Community centres
    {
        "slug": "maryland-community-hall",
        "kind": "community_centre",
        "name": {"en": "Maryland Community Hall"},
        "description": {
            "en": "Hall and kitchen for hire near Maryland station, home to several community groups."
        },
        "address": "60 Leytonstone Road",
        "postcode": "E15 1SQ",
        "ward": "maryland",
        "latitude": "51.547000",
        "longitude": "0.004200",
        "accessibility": [
            "step-free-access",
            "wheelchair-accessible-entrance",
            "accessible-toilet",
            "seating-available",
        ],
    },
    {
        "slug": "boleyn-community-hall",
        "kind": "community_centre",
        "name": {"en": "Boleyn Community Hall"},
        "description": {
            "en": "Community hall on Barking Road used for youth clubs, advice sessions and celebrations."
        },
        "address": "496 Barking Road",
        "postcode": "E13 8QB",
        "ward": "boleyn",
        "latitude": "51.530600",
        "longitude": "0.040200",
        "accessibility": [
            "step-free-access",
            "accessible-toilet",
            "hearing-loop",
            "seating-available",
        ],
    },
    {
        "slug": "hallsville-community-room",
        "kind": "community_centre",
        "name": {"en": "Hallsville Community Room"},
        "description": {
            "en": "Ground-floor community room in the Hallsville Quarter, next to Canning Town station."
        },
        "address": "12 Hallsville Road",
        "postcode": "E16 1EE",
        "ward": "canning-town-south",
        "latitude": "51.513600",
        "longitude": "0.010500",
        "accessibility": [
            "step-free-access",
            "wheelchair-accessible-entrance",
            "accessible-toilet",
            "baby-changing",
        ],
    },
    {
        "slug": "custom-house-community-centre",
        "kind": "community_centre",
        "name": {"en": "Custom House Community Centre"},
        "description": {
            "en": "Community centre with a training kitchen, a hall and rooms for small groups."
        },
        "address": "Freemasons Road",
        "postcode": "E16 3NA",
        "ward": "custom-house",
        "latitude": "51.512200",
        "longitude": "0.027400",
        "accessibility": [
            "step-free-access",
            "accessible-toilet",
            "baby-changing",
            "seating-available",
        ],
    },
    {
        "slug": "britannia-village-hall",
        "kind": "community_centre",
        "name": {"en": "Britannia Village Hall"},
        "description": {
            "en": "Village hall in West Silvertown, used for classes, clubs and residents' meetings."
        },
        "address": "65 Evelyn Road",
        "postcode": "E16 1TU",
        "ward": "royal-victoria",
        "latitude": "51.503700",
        "longitude": "0.030500",
        "accessibility": [
            "step-free-access",
            "accessible-toilet",
            "hearing-loop",
            "blue-badge-parking",
        ],
    },
    {
        "slug": "wall-end-community-centre",
        "kind": "community_centre",
        "name": {"en": "Wall End Community Centre"},
        "description": {
            "en": "Community centre in north-east East Ham with a hall, garden and meeting rooms."
        },
        "address": "2 Kempton Road",
        "postcode": "E6 2NF",
        "ward": "wall-end",
        "latitude": "51.535900",
        "longitude": "0.068800",
        "accessibility": [
            "step-free-access",
            "wheelchair-accessible-entrance",
            "accessible-toilet",
            "seating-available",
        ],
    },
    {
        "slug": "manor-park-community-centre",
        "kind": "community_centre",
        "name": {"en": "Manor Park Community Centre"},
        "description": {
            "en": "Community centre with a children's play room and a hall for events."
        },
        "address": "Browning Road",
        "postcode": "E12 6RP",
        "ward": "manor-park",
        "latitude": "51.549000",
        "longitude": "0.053400",
        "accessibility": ["step-free-access", "accessible-toilet", "baby-changing", "quiet-room"],
    },
    {
        "slug": "star-lane-community-hall",
        "kind": "community_centre",
        "name": {"en": "Star Lane Community Hall"},
        "description": {
            "en": "Small hall on Star Lane used by residents' groups and a weekly lunch club."
        },
        "address": "Star Lane",
        "postcode": "E16 4JH",
        "ward": "plaistow-west-canning-town-east",
        "latitude": "51.522500",
        "longitude": "0.012400",
        "accessibility": ["step-free-access", "seating-available"],
    },
    # Leisure centres
    {
        "slug": "newham-leisure-centre",
        "kind": "leisure_centre",
        "name": {"en": "Newham Leisure Centre"},
        "description": {"en": "Swimming pool, gym, sports hall and studios on Prince Regent Lane."},
        "address": "281 Prince Regent Lane",
        "postcode": "E13 8SD",
        "ward": "plaistow-south",
        "latitude": "51.520700",
        "longitude": "0.033600",
        "accessibility": [
            "step-free-access",
            "wheelchair-accessible-entrance",
            "accessible-toilet",
            "lift",
            "blue-badge-parking",
            "baby-changing",
        ],
    },
    {
        "slug": "east-ham-leisure-centre",
        "kind": "leisure_centre",
        "name": {"en": "East Ham Leisure Centre"},
        "description": {
            "en": "Leisure centre with a pool, gym and classes, next to East Ham town hall."
        },
        "address": "324 Barking Road",
        "postcode": "E6 2RT",
        "ward": "east-ham",
        "latitude": "51.532700",
        "longitude": "0.053700",
        "accessibility": [
            "step-free-access",
            "wheelchair-accessible-entrance",
            "accessible-toilet",
            "lift",
            "hearing-loop",
            "baby-changing",
        ],
    },
    {
        "slug": "atherton-leisure-centre",
        "kind": "leisure_centre",
        "name": {"en": "Atherton Leisure Centre"},
        "description": {"en": "Leisure centre on Romford Road with a swimming pool and a gym."},
        "address": "189 Romford Road",
        "postcode": "E7 9HL",
        "ward": "forest-gate-south",
        "latitude": "51.544400",
        "longitude": "0.016900",
        "accessibility": ["step-free-access", "accessible-toilet", "baby-changing"],
    },
    {
        "slug": "london-aquatics-centre",
        "kind": "leisure_centre",
        "name": {"en": "London Aquatics Centre"},
        "description": {
            "en": "The Olympic swimming pools in Queen Elizabeth Olympic Park, open to the public."
        },
        "address": "Queen Elizabeth Olympic Park",
        "postcode": "E20 2ZQ",
        "ward": "stratford-olympic-park",
        "latitude": "51.540500",
        "longitude": "-0.010500",
        "accessibility": [
            "step-free-access",
            "wheelchair-accessible-entrance",
            "accessible-toilet",
            "lift",
            "hearing-loop",
            "baby-changing",
            "assistance-dogs-welcome",
        ],
    },
    # Places of worship
    {
        "slug": "upton-park-mosque",
        "kind": "faith_building",
        "name": {"en": "Upton Park Mosque and Community Centre"},
        "description": {
            "en": "Mosque with a community hall and classrooms; visitors of all faiths are welcome."
        },
        "address": "20 Shrewsbury Road",
        "postcode": "E7 8QP",
        "ward": "green-street-east",
        "latitude": "51.540200",
        "longitude": "0.040100",
        "accessibility": ["step-free-access", "accessible-toilet", "quiet-room"],
    },
    {
        "slug": "gurdwara-sahib-east-ham",
        "kind": "faith_building",
        "name": {"en": "Gurdwara Sahib East Ham"},
        "description": {
            "en": "Sikh gurdwara serving free langar (community meals) to everyone every day."
        },
        "address": "68 Plashet Grove",
        "postcode": "E6 1AE",
        "ward": "plashet",
        "latitude": "51.537600",
        "longitude": "0.044000",
        "accessibility": [
            "step-free-access",
            "wheelchair-accessible-entrance",
            "accessible-toilet",
            "seating-available",
        ],
    },
    {
        "slug": "manor-park-hindu-mandir",
        "kind": "faith_building",
        "name": {"en": "Manor Park Hindu Mandir"},
        "description": {
            "en": "Hindu temple with a community hall used for festivals, classes and weddings."
        },
        "address": "150 Church Road",
        "postcode": "E12 6AQ",
        "ward": "little-ilford",
        "latitude": "51.546200",
        "longitude": "0.058900",
        "accessibility": ["step-free-access", "seating-available"],
    },
    {
        "slug": "st-johns-church-stratford",
        "kind": "faith_building",
        "name": {"en": "St John's Church, Stratford"},
        "description": {
            "en": "Parish church on Stratford Broadway, open daily, with a community café."
        },
        "address": "Stratford Broadway",
        "postcode": "E15 4BQ",
        "ward": "stratford",
        "latitude": "51.541700",
        "longitude": "0.000900",
        "accessibility": [
            "step-free-access",
            "accessible-toilet",
            "hearing-loop",
            "seating-available",
        ],
    },
    {
        "slug": "all-saints-church-west-ham",
        "kind": "faith_building",
        "name": {"en": "All Saints Church, West Ham"},
        "description": {
            "en": "West Ham's medieval parish church, also used for concerts and a food collection point."
        },
        "address": "Church Street",
        "postcode": "E15 3HU",
        "ward": "west-ham",
        "latitude": "51.535400",
        "longitude": "0.007900",
        "accessibility": ["step-free-access", "hearing-loop", "seating-available"],
    },
    {
        "slug": "st-mary-magdalene-east-ham",
        "kind": "faith_building",
        "name": {"en": "St Mary Magdalene Church, East Ham"},
        "description": {"en": "Norman church set in a large churchyard nature reserve."},
        "address": "Norman Road",
        "postcode": "E6 6HN",
        "ward": "east-ham-south",
        "latitude": "51.523900",
        "longitude": "0.062000",
        "accessibility": ["seating-available", "assistance-dogs-welcome"],
    },
    # Health
    {
        "slug": "sir-ludwig-guttmann-health-centre",
        "kind": "health",
        "name": {"en": "Sir Ludwig Guttmann Health and Wellbeing Centre"},
        "description": {
            "en": "GP practice, pharmacy and community health services in East Village."
        },
        "address": "40 Liberty Bridge Road",
        "postcode": "E20 1AS",
        "ward": "stratford-olympic-park",
        "latitude": "51.546000",
        "longitude": "-0.009300",
        "accessibility": [
            "step-free-access",
            "wheelchair-accessible-entrance",
            "accessible-toilet",
            "lift",
            "hearing-loop",
            "baby-changing",
            "bsl-interpreter-on-request",
        ],
    },
    {
        "slug": "lord-lister-health-centre",
        "kind": "health",
        "name": {"en": "Lord Lister Health Centre"},
        "description": {"en": "GP surgeries and community clinics on Woodgrange Road."},
        "address": "121 Woodgrange Road",
        "postcode": "E7 0EP",
        "ward": "forest-gate-north",
        "latitude": "51.550200",
        "longitude": "0.025500",
        "accessibility": [
            "step-free-access",
            "accessible-toilet",
            "lift",
            "hearing-loop",
            "bsl-interpreter-on-request",
        ],
    },
    {
        "slug": "vicarage-lane-health-centre",
        "kind": "health",
        "name": {"en": "Vicarage Lane Health Centre"},
        "description": {"en": "GP practice and community health services near Stratford Park."},
        "address": "10 Vicarage Lane",
        "postcode": "E15 4ES",
        "ward": "stratford",
        "latitude": "51.540300",
        "longitude": "0.006500",
        "accessibility": ["step-free-access", "accessible-toilet", "hearing-loop", "baby-changing"],
    },
    # Schools and colleges
    {
        "slug": "uel-docklands-campus",
        "kind": "school",
        "name": {"en": "University of East London, Docklands Campus"},
        "description": {
            "en": "University campus on the Royal Albert Dock, with a library and sports centre."
        },
        "address": "4-6 University Way",
        "postcode": "E16 2RD",
        "ward": "royal-albert",
        "latitude": "51.507500",
        "longitude": "0.065000",
        "accessibility": [
            "step-free-access",
            "wheelchair-accessible-entrance",
            "accessible-toilet",
            "lift",
            "hearing-loop",
            "blue-badge-parking",
        ],
    },
    {
        "slug": "newham-college-east-ham",
        "kind": "school",
        "name": {"en": "Newham College, East Ham Campus"},
        "description": {
            "en": "Further education college offering ESOL, vocational and adult courses."
        },
        "address": "High Street South",
        "postcode": "E6 6ER",
        "ward": "east-ham-south",
        "latitude": "51.525900",
        "longitude": "0.055700",
        "accessibility": ["step-free-access", "accessible-toilet", "lift", "hearing-loop"],
    },
    {
        "slug": "newvic-sixth-form-college",
        "kind": "school",
        "name": {"en": "Newham Sixth Form College (NewVIc)"},
        "description": {
            "en": "Sixth form college on Prince Regent Lane; its sports hall is used by community clubs."
        },
        "address": "Prince Regent Lane",
        "postcode": "E13 8SG",
        "ward": "plaistow-south",
        "latitude": "51.521900",
        "longitude": "0.030800",
        "accessibility": ["step-free-access", "accessible-toilet", "lift"],
    },
    # Council offices and other venues
    {
        "slug": "newham-dockside",
        "kind": "office",
        "name": {"en": "Newham Dockside (council offices)"},
        "description": {
            "en": "Newham Council's main offices, with a customer service point on the ground floor."
        },
        "address": "1000 Dockside Road",
        "postcode": "E16 2QU",
        "ward": "royal-albert",
        "latitude": "51.508300",
        "longitude": "0.054500",
        "accessibility": [
            "step-free-access",
            "wheelchair-accessible-entrance",
            "accessible-toilet",
            "lift",
            "hearing-loop",
            "bsl-interpreter-on-request",
            "blue-badge-parking",
            "quiet-room",
        ],
    },
    {
        "slug": "queens-market",
        "kind": "other",
        "name": {"en": "Queen's Market"},
        "description": {
            "en": "Covered street market with fresh food, fabrics and household goods from around the world."
        },
        "address": "Green Street",
        "postcode": "E13 9BA",
        "ward": "green-street-west",
        "latitude": "51.534600",
        "longitude": "0.034900",
        "accessibility": ["step-free-access", "seating-available"],
    },
]

# Partner organisations (invented). Wards empty = serves the whole borough.
ORGANISATIONS = [
    {
        "slug": "beckton-community-food-bank",
        "kind": "food_bank",
        "status": "published",
        "name": {
            "en": "Beckton Community Food Bank",
            "bn": "বেকটন কমিউনিটি ফুড ব্যাংক",
            "ur": "بیکٹن کمیونٹی فوڈ بینک",
            "pl": "Bank Żywności Beckton",
        },
        "description": {
            "en": "Emergency food parcels for people in Beckton and Royal Albert who have been referred by a support worker, GP or advice service. We also give out toiletries and baby items, and can put you in touch with free advice on money and benefits.",
            "bn": "বেকটন ও রয়্যাল অ্যালবার্টের যেসব মানুষকে কোনো সহায়তাকর্মী, জিপি বা পরামর্শ সেবা আমাদের কাছে পাঠিয়েছে, তাদের জন্য জরুরি খাদ্য পার্সেল। আমরা প্রসাধন সামগ্রী ও শিশুর প্রয়োজনীয় জিনিসও দিই, এবং টাকা-পয়সা ও সরকারি ভাতা নিয়ে বিনামূল্যে পরামর্শ পেতে আপনাকে সাহায্য করতে পারি।",
            "ur": "بیکٹن اور رائل البرٹ کے اُن لوگوں کے لیے ہنگامی کھانے کے پارسل جنہیں کسی سپورٹ ورکر، جی پی یا مشاورتی ادارے نے ہمارے پاس بھیجا ہو۔ ہم صفائی ستھرائی کا سامان اور بچوں کی ضروری اشیاء بھی دیتے ہیں، اور پیسے اور بینیفٹس کے بارے میں مفت مشورہ حاصل کرنے میں آپ کی مدد کر سکتے ہیں۔",
            "pl": "Paczki żywnościowe w nagłych sytuacjach dla mieszkańców Beckton i Royal Albert skierowanych przez pracownika wsparcia, lekarza rodzinnego (GP) lub poradnię. Wydajemy też środki higieniczne i artykuły dla niemowląt oraz pomagamy skontaktować się z bezpłatnym doradztwem w sprawie pieniędzy i zasiłków.",
        },
        "email": "hello@beckton-foodbank.example.org",
        "phone": "020 7946 0101",
        "website": "https://beckton-foodbank.example.org",
        "charity_number": "1178452",
        "wards": ["beckton", "royal-albert"],
        "languages": ["en", "bn", "pl", "so", "lt"],
        "categories": ["food-banks", "cost-of-living-support"],
    },
    {
        "slug": "forest-gate-tamil-elders-group",
        "kind": "community_group",
        "status": "published",
        "name": {
            "en": "Forest Gate Tamil Elders Group",
            "bn": "ফরেস্ট গেট তামিল প্রবীণ দল",
            "ur": "فاریسٹ گیٹ تامل بزرگوں کا گروپ",
            "pl": "Grupa Tamilskich Seniorów z Forest Gate",
        },
        "description": {
            "en": "A weekly social group for Tamil-speaking older people in Forest Gate, with conversation, gentle chair exercise, a hot lunch and help with letters and forms.",
            "bn": "ফরেস্ট গেটে তামিলভাষী বয়স্ক মানুষদের জন্য একটি সাপ্তাহিক সামাজিক দল। এখানে গল্পগুজব, চেয়ারে বসে হালকা ব্যায়াম, গরম দুপুরের খাবার এবং চিঠি ও ফর্ম পূরণে সাহায্য পাওয়া যায়।",
            "ur": "فاریسٹ گیٹ میں تامل بولنے والے بزرگوں کے لیے ہفتہ وار سماجی گروپ، جہاں بات چیت، کرسی پر بیٹھ کر ہلکی ورزش، دوپہر کا گرم کھانا اور خطوط اور فارم پُر کرنے میں مدد ملتی ہے۔",
            "pl": "Cotygodniowe spotkania dla starszych osób mówiących po tamilsku w Forest Gate: rozmowy, łagodne ćwiczenia na krzesłach, ciepły obiad i pomoc w sprawie listów i formularzy.",
        },
        "email": "hello@fg-tamil-elders.example.org",
        "phone": "020 7946 0102",
        "website": "https://fg-tamil-elders.example.org",
        "charity_number": "",
        "wards": ["forest-gate-north", "forest-gate-south"],
        "languages": ["ta", "en"],
        "categories": ["older-people", "lunch-clubs"],
    },
    {
        "slug": "custom-house-tenants-and-residents-association",
        "kind": "tenants_association",
        "status": "published",
        "name": {
            "en": "Custom House Tenants and Residents Association",
            "bn": "কাস্টম হাউস ভাড়াটে ও বাসিন্দা সমিতি",
            "ur": "کسٹم ہاؤس کرایہ داروں اور رہائشیوں کی انجمن",
            "pl": "Stowarzyszenie Najemców i Mieszkańców Custom House",
        },
        "description": {
            "en": "Residents of Custom House working together on repairs, safety and the regeneration of the area. Our monthly meetings are open to everyone who lives locally.",
            "bn": "কাস্টম হাউসের বাসিন্দারা মেরামত, নিরাপত্তা এবং এলাকার পুনর্গঠন নিয়ে একসাথে কাজ করেন। এলাকার যেকোনো বাসিন্দা আমাদের মাসিক সভায় আসতে পারেন।",
            "ur": "کسٹم ہاؤس کے رہائشی مرمت، حفاظت اور علاقے کی ازسرِنو تعمیر کے لیے مل کر کام کرتے ہیں۔ ہمارے ماہانہ اجلاس میں علاقے کا ہر رہائشی شرکت کر سکتا ہے۔",
            "pl": "Mieszkańcy Custom House wspólnie dbają o naprawy, bezpieczeństwo i rewitalizację okolicy. Nasze comiesięczne zebrania są otwarte dla wszystkich mieszkańców.",
        },
        "email": "chair@customhouse-tra.example.org",
        "phone": "020 7946 0103",
        "website": "https://customhouse-tra.example.org",
        "charity_number": "",
        "wards": ["custom-house"],
        "languages": ["en", "bn", "ro"],
        "categories": ["tenants-and-residents", "housing-advice"],
    },
    {
        "slug": "east-ham-mutual-aid-network",
        "kind": "mutual_aid",
        "status": "published",
        "name": {
            "en": "East Ham Mutual Aid Network",
            "bn": "ইস্ট হ্যাম পারস্পরিক সহায়তা নেটওয়ার্ক",
            "ur": "ایسٹ ہیم باہمی امداد نیٹ ورک",
            "pl": "Sieć Pomocy Sąsiedzkiej East Ham",
        },
        "description": {
            "en": "Neighbours helping neighbours: shopping and prescription collection, lifts to appointments and a telephone befriending scheme for people who feel isolated.",
            "bn": "প্রতিবেশীরা প্রতিবেশীদের পাশে: বাজার করে দেওয়া ও প্রেসক্রিপশনের ওষুধ এনে দেওয়া, অ্যাপয়েন্টমেন্টে গাড়িতে পৌঁছে দেওয়া, এবং যারা একাকী বোধ করেন তাদের সাথে নিয়মিত ফোনে কথা বলার ব্যবস্থা।",
            "ur": "پڑوسی پڑوسیوں کی مدد کرتے ہیں: سودا سلف اور نسخے کی دوائیں لا کر دینا، ڈاکٹر یا دیگر ملاقاتوں تک گاڑی میں پہنچانا، اور تنہائی محسوس کرنے والوں سے باقاعدگی سے فون پر بات چیت۔",
            "pl": "Sąsiedzi pomagają sąsiadom: zakupy i odbiór leków na receptę, podwózki na wizyty oraz regularne rozmowy telefoniczne z osobami, które czują się samotne.",
        },
        "email": "hello@eastham-mutualaid.example.org",
        "phone": "020 7946 0104",
        "website": "https://eastham-mutualaid.example.org",
        "charity_number": "",
        "wards": ["east-ham", "east-ham-south", "wall-end"],
        "languages": ["en", "ur", "pa", "gu"],
        "categories": ["mutual-aid", "older-people"],
    },
    {
        "slug": "stratford-bangladeshi-womens-association",
        "kind": "charity",
        "status": "published",
        "name": {
            "en": "Stratford Bangladeshi Women's Association",
            "bn": "স্ট্র্যাটফোর্ড বাংলাদেশি মহিলা সমিতি",
            "ur": "اسٹریٹفورڈ بنگلہ دیشی خواتین ایسوسی ایشن",
            "pl": "Stowarzyszenie Kobiet Bangladeskich w Stratford",
        },
        "description": {
            "en": "A women-led group offering English conversation classes, sewing and cooking sessions, and a safe, friendly space to talk about health, money and family life.",
            "bn": "নারীদের নেতৃত্বে পরিচালিত একটি দল। এখানে ইংরেজিতে কথা বলার ক্লাস, সেলাই ও রান্নার সেশন হয়, এবং স্বাস্থ্য, টাকা-পয়সা ও পারিবারিক জীবন নিয়ে কথা বলার একটি নিরাপদ ও বন্ধুত্বপূর্ণ জায়গা রয়েছে।",
            "ur": "خواتین کی زیرِ قیادت ایک گروپ جو انگریزی بول چال کی کلاسیں، سلائی اور کھانا پکانے کے سیشن، اور صحت، پیسے اور گھریلو زندگی پر بات کرنے کے لیے ایک محفوظ اور دوستانہ ماحول فراہم کرتا ہے۔",
            "pl": "Grupa prowadzona przez kobiety: konwersacje po angielsku, zajęcia z szycia i gotowania oraz bezpieczne, przyjazne miejsce do rozmowy o zdrowiu, pieniądzach i życiu rodzinnym.",
        },
        "email": "info@stratford-bwa.example.org",
        "phone": "020 7946 0105",
        "website": "https://stratford-bwa.example.org",
        "charity_number": "1169034",
        "wards": ["stratford", "maryland", "west-ham"],
        "languages": ["bn", "en"],
        "categories": ["women-groups", "esol"],
    },
    {
        "slug": "plaistow-polish-saturday-club",
        "kind": "community_group",
        "status": "published",
        "name": {
            "en": "Plaistow Polish Saturday Club",
            "bn": "প্লেইস্টো পোলিশ শনিবারের ক্লাব",
            "ur": "پلیسٹو پولش سنیچر کلب",
            "pl": "Polski Klub Sobotni w Plaistow",
        },
        "description": {
            "en": "Saturday lessons in Polish language, history and culture for children aged 5 to 16, with a coffee corner for parents.",
            "bn": "৫ থেকে ১৬ বছর বয়সী শিশুদের জন্য প্রতি শনিবার পোলিশ ভাষা, ইতিহাস ও সংস্কৃতির পাঠ, সঙ্গে অভিভাবকদের জন্য কফি কর্নার।",
            "ur": "5 سے 16 سال کے بچوں کے لیے ہر سنیچر کو پولش زبان، تاریخ اور ثقافت کے اسباق، اور ساتھ ہی والدین کے لیے کافی کارنر۔",
            "pl": "Sobotnie lekcje języka polskiego, historii i kultury dla dzieci w wieku od 5 do 16 lat oraz kącik kawowy dla rodziców.",
        },
        "email": "hello@plaistow-polish-club.example.org",
        "phone": "020 7946 0106",
        "website": "https://plaistow-polish-club.example.org",
        "charity_number": "",
        "wards": ["plaistow-north", "plaistow-south"],
        "languages": ["pl", "en"],
        "categories": ["supplementary-schools", "youth-activities"],
    },
    {
        "slug": "newham-somali-community-forum",
        "kind": "charity",
        "status": "published",
        "name": {
            "en": "Newham Somali Community Forum",
            "bn": "নিউহ্যাম সোমালি কমিউনিটি ফোরাম",
            "ur": "نیوہیم صومالی کمیونٹی فورم",
            "pl": "Forum Społeczności Somalijskiej w Newham",
        },
        "description": {
            "en": "Advice, homework support and family events for Somali families across Newham. We help with school admissions, benefits and housing letters.",
            "bn": "নিউহ্যাম জুড়ে সোমালি পরিবারগুলোর জন্য পরামর্শ, হোমওয়ার্কে সহায়তা ও পারিবারিক অনুষ্ঠান। স্কুলে ভর্তি, সরকারি ভাতা এবং বাসস্থান সংক্রান্ত চিঠিপত্রে আমরা সাহায্য করি।",
            "ur": "پورے نیوہیم میں صومالی خاندانوں کے لیے مشورہ، ہوم ورک میں مدد اور خاندانی تقریبات۔ ہم اسکول میں داخلے، بینیفٹس اور رہائش سے متعلق خطوط میں مدد کرتے ہیں۔",
            "pl": "Porady, pomoc w odrabianiu lekcji i wydarzenia rodzinne dla somalijskich rodzin w całym Newham. Pomagamy w zapisach do szkół, w sprawach zasiłków i w pismach dotyczących mieszkania.",
        },
        "email": "hello@newham-somali-forum.example.org",
        "phone": "020 7946 0107",
        "website": "https://newham-somali-forum.example.org",
        "charity_number": "1152687",
        "wards": [],
        "languages": ["so", "ar", "en"],
        "categories": ["homework-clubs", "benefits-advice"],
    },
    {
        "slug": "green-street-advice-centre",
        "kind": "charity",
        "status": "published",
        "name": {
            "en": "Green Street Advice Centre",
            "bn": "গ্রিন স্ট্রিট পরামর্শ কেন্দ্র",
            "ur": "گرین اسٹریٹ مشاورتی مرکز",
            "pl": "Centrum Porad przy Green Street",
        },
        "description": {
            "en": "Free, confidential advice on benefits, debt, housing and employment rights. Drop in or book an appointment; interpreters are available.",
            "bn": "সরকারি ভাতা, ঋণ, বাসস্থান ও চাকরির অধিকার নিয়ে বিনামূল্যে ও গোপনীয় পরামর্শ। সরাসরি চলে আসুন অথবা অ্যাপয়েন্টমেন্ট নিন; দোভাষীর ব্যবস্থা আছে।",
            "ur": "بینیفٹس، قرض، رہائش اور ملازمت کے حقوق کے بارے میں مفت اور رازدارانہ مشورہ۔ بغیر وقت لیے آ جائیں یا ملاقات کا وقت طے کریں؛ مترجم دستیاب ہیں۔",
            "pl": "Bezpłatne i poufne porady w sprawie zasiłków, długów, mieszkania i praw pracowniczych. Przyjdź bez umawiania się albo zarezerwuj wizytę; dostępni są tłumacze.",
        },
        "email": "advice@greenstreet-advice.example.org",
        "phone": "020 7946 0108",
        "website": "https://greenstreet-advice.example.org",
        "charity_number": "1093318",
        "wards": ["green-street-east", "green-street-west", "boleyn"],
        "languages": ["en", "ur", "bn", "pa", "gu", "ta"],
        "categories": ["benefits-advice", "debt-advice", "housing-advice"],
    },
    {
        "slug": "canning-town-youth-football-club",
        "kind": "community_group",
        "status": "published",
        "name": {"en": "Canning Town Youth Football Club"},
        "description": {
            "en": "Free and low-cost football training for boys and girls aged 6 to 17 at Hermit Road Recreation Ground. Boots and kit can be borrowed.",
        },
        "email": "coach@ct-youth-football.example.org",
        "phone": "020 7946 0109",
        "website": "https://ct-youth-football.example.org",
        "charity_number": "",
        "wards": ["canning-town-north", "canning-town-south", "plaistow-west-canning-town-east"],
        "languages": ["en", "pt", "so"],
        "categories": ["physical-activity", "youth-activities"],
    },
    {
        "slug": "east-ham-gurdwara-langar-seva",
        "kind": "faith_group",
        "status": "published",
        "name": {
            "en": "East Ham Gurdwara Langar Seva",
            "bn": "ইস্ট হ্যাম গুরুদুয়ারা লঙ্গর সেবা",
            "ur": "ایسٹ ہیم گوردوارہ لنگر سیوا",
            "pl": "Langar Seva przy Gurdwarze w East Ham",
        },
        "description": {
            "en": "A free vegetarian community kitchen (langar) open to everyone, whatever their faith or background. Volunteers cook and serve hot meals every day.",
            "bn": "সবার জন্য খোলা বিনামূল্যের নিরামিষ কমিউনিটি রান্নাঘর (লঙ্গর); যেকোনো ধর্ম বা পটভূমির মানুষ আসতে পারেন। স্বেচ্ছাসেবকেরা প্রতিদিন গরম খাবার রান্না করে পরিবেশন করেন।",
            "ur": "سب کے لیے کھلا مفت سبزی خور کمیونٹی باورچی خانہ (لنگر)، چاہے آپ کا مذہب یا پس منظر کچھ بھی ہو۔ رضاکار ہر روز گرم کھانا پکاتے اور پیش کرتے ہیں۔",
            "pl": "Bezpłatna wegetariańska kuchnia społeczna (langar) otwarta dla wszystkich, bez względu na wyznanie i pochodzenie. Wolontariusze codziennie gotują i wydają ciepłe posiłki.",
        },
        "email": "langar@eastham-gurdwara.example.org",
        "phone": "020 7946 0110",
        "website": "https://eastham-gurdwara.example.org",
        "charity_number": "1124570",
        "wards": ["plashet", "east-ham", "manor-park"],
        "languages": ["pa", "hi", "en"],
        "categories": ["community-meals", "places-of-worship"],
    },
    {
        "slug": "manor-park-mandir-community-trust",
        "kind": "faith_group",
        "status": "published",
        "name": {"en": "Manor Park Mandir Community Trust"},
        "description": {
            "en": "Runs the Hindu temple on Church Road and its community hall: festivals, yoga, Tamil and Gujarati classes, and a weekly food bank collection.",
        },
        "email": "office@manorpark-mandir.example.org",
        "phone": "020 7946 0111",
        "website": "https://manorpark-mandir.example.org",
        "charity_number": "1140218",
        "wards": ["little-ilford", "manor-park"],
        "languages": ["ta", "gu", "hi", "en"],
        "categories": ["places-of-worship", "arts-and-culture", "supplementary-schools"],
    },
    {
        "slug": "upton-park-mosque-community-services",
        "kind": "faith_group",
        "status": "published",
        "name": {
            "en": "Upton Park Mosque Community Services",
            "bn": "আপটন পার্ক মসজিদ কমিউনিটি সেবা",
            "ur": "اپٹن پارک مسجد کمیونٹی سروسز",
            "pl": "Usługi Społeczne Meczetu Upton Park",
        },
        "description": {
            "en": "Weekly food parcels, Qur'an and Arabic classes for children, and a women's wellbeing circle at the mosque on Shrewsbury Road.",
            "bn": "শ্রুসবেরি রোডের মসজিদে সাপ্তাহিক খাদ্য পার্সেল, শিশুদের জন্য কুরআন ও আরবি ক্লাস, এবং নারীদের সুস্থতা নিয়ে আলোচনার আসর।",
            "ur": "شروزبری روڈ کی مسجد میں ہفتہ وار کھانے کے پارسل، بچوں کے لیے قرآن اور عربی کی کلاسیں، اور خواتین کی صحت و تندرستی کا حلقہ۔",
            "pl": "Cotygodniowe paczki żywnościowe, lekcje Koranu i arabskiego dla dzieci oraz spotkania dla kobiet poświęcone dobremu samopoczuciu, w meczecie przy Shrewsbury Road.",
        },
        "email": "community@uptonpark-mosque.example.org",
        "phone": "020 7946 0112",
        "website": "https://uptonpark-mosque.example.org",
        "charity_number": "1107741",
        "wards": ["green-street-east", "green-street-west", "plashet"],
        "languages": ["ur", "bn", "ar", "so", "en"],
        "categories": ["places-of-worship", "food-banks", "women-groups"],
    },
    {
        "slug": "newham-romanian-families-network",
        "kind": "community_group",
        "status": "published",
        "name": {"en": "Newham Romanian Families Network"},
        "description": {
            "en": "Helps Romanian-speaking families settle in Newham: EU Settlement Scheme questions, school places, registering with a GP, and Sunday meet-ups for parents and children.",
        },
        "email": "salut@newham-romanian-families.example.org",
        "phone": "020 7946 0113",
        "website": "https://newham-romanian-families.example.org",
        "charity_number": "",
        "wards": [],
        "languages": ["ro", "en"],
        "categories": ["eu-settlement", "under-fives"],
    },
    {
        "slug": "royal-docks-community-garden",
        "kind": "social_enterprise",
        "status": "published",
        "name": {"en": "Royal Docks Community Garden"},
        "description": {
            "en": "A community garden beside the water where anyone can grow vegetables, learn about composting and take home seasonal produce. Volunteer days on Wednesdays and Saturdays.",
        },
        "email": "grow@royaldocks-garden.example.org",
        "phone": "020 7946 0114",
        "website": "https://royaldocks-garden.example.org",
        "charity_number": "",
        "wards": ["royal-victoria", "royal-albert"],
        "languages": ["en", "pt"],
        "categories": ["community-growing", "volunteering"],
    },
    {
        "slug": "newham-digital-inclusion-hub",
        "kind": "social_enterprise",
        "status": "published",
        "name": {
            "en": "Newham Digital Inclusion Hub",
            "bn": "নিউহ্যাম ডিজিটাল অন্তর্ভুক্তি কেন্দ্র",
            "ur": "نیوہیم ڈیجیٹل شمولیت مرکز",
            "pl": "Centrum Włączenia Cyfrowego Newham",
        },
        "description": {
            "en": "Free help to get online: one-to-one sessions in local libraries, refurbished laptops, and free SIM cards with data for people on low incomes.",
            "bn": "অনলাইনে যুক্ত হতে বিনামূল্যে সাহায্য: স্থানীয় লাইব্রেরিতে একজনের সাথে একজন সেশন, মেরামত করা ল্যাপটপ, এবং কম আয়ের মানুষদের জন্য ডেটাসহ বিনামূল্যের সিম কার্ড।",
            "ur": "آن لائن ہونے کے لیے مفت مدد: مقامی لائبریریوں میں انفرادی سیشن، مرمت شدہ لیپ ٹاپ، اور کم آمدنی والے افراد کے لیے ڈیٹا والے مفت سم کارڈ۔",
            "pl": "Bezpłatna pomoc w korzystaniu z internetu: indywidualne spotkania w lokalnych bibliotekach, odnowione laptopy oraz darmowe karty SIM z pakietem danych dla osób o niskich dochodach.",
        },
        "email": "hello@newham-digital.example.org",
        "phone": "020 7946 0115",
        "website": "https://newham-digital.example.org",
        "charity_number": "",
        "wards": [],
        "languages": ["en", "bn", "ur", "pl", "lt", "ro"],
        "categories": ["getting-online", "device-lending"],
    },
    {
        "slug": "west-ham-park-volunteers",
        "kind": "community_group",
        "status": "published",
        "name": {"en": "West Ham Park Volunteers"},
        "description": {
            "en": "Volunteers who help look after West Ham Park: litter picks, planting, and nature walks for families. No experience needed and tools are provided.",
        },
        "email": "volunteer@westhampark-volunteers.example.org",
        "phone": "020 7946 0116",
        "website": "https://westhampark-volunteers.example.org",
        "charity_number": "",
        "wards": ["west-ham", "forest-gate-south"],
        "languages": ["en"],
        "categories": ["volunteering", "community-growing"],
    },
    {
        "slug": "newham-carers-support-service",
        "kind": "public_service",
        "status": "published",
        "name": {
            "en": "Newham Carers' Support Service",
            "bn": "নিউহ্যাম পরিচর্যাকারী সহায়তা সেবা",
            "ur": "نیوہیم کیئررز سپورٹ سروس",
            "pl": "Wsparcie dla Opiekunów w Newham",
        },
        "description": {
            "en": "Support for unpaid carers of any age: carers' assessments, short breaks, peer support groups and advice on Carer's Allowance.",
            "bn": "যেকোনো বয়সের অবৈতনিক পরিচর্যাকারীদের জন্য সহায়তা: কেয়ারার্স অ্যাসেসমেন্ট (পরিচর্যাকারীর চাহিদা যাচাই), অল্প সময়ের বিরতি, একই অভিজ্ঞতার মানুষদের সহায়তা দল এবং কেয়ারার্স অ্যালাউন্স নিয়ে পরামর্শ।",
            "ur": "ہر عمر کے بلا معاوضہ دیکھ بھال کرنے والوں کے لیے مدد: کیئرر اسیسمنٹ (ضروریات کا جائزہ)، مختصر وقفے، ایک جیسے تجربے والے لوگوں کے سپورٹ گروپ، اور کیئررز الاؤنس کے بارے میں مشورہ۔",
            "pl": "Wsparcie dla niepłatnych opiekunów w każdym wieku: ocena potrzeb opiekuna (carer's assessment), krótkie przerwy w opiece, grupy wsparcia i porady dotyczące zasiłku Carer's Allowance.",
        },
        "email": "carers@newham-services.example.org",
        "phone": "020 7946 0117",
        "website": "https://carers.newham-services.example.org",
        "charity_number": "",
        "wards": [],
        "languages": ["en", "bn", "ur", "gu", "pa", "ta"],
        "categories": ["carers-support", "benefits-advice"],
    },
    {
        "slug": "newham-adult-learning-service",
        "kind": "public_service",
        "status": "published",
        "name": {"en": "Newham Adult Learning Service"},
        "description": {
            "en": "Council courses for adults in English (ESOL), maths, digital skills and family learning, held in libraries and community centres across the borough. Many courses are free.",
        },
        "email": "learning@newham-services.example.org",
        "phone": "020 7946 0118",
        "website": "https://learning.newham-services.example.org",
        "charity_number": "",
        "wards": [],
        "languages": ["en"],
        "categories": ["esol", "adult-learning", "training-and-skills"],
    },
    {
        "slug": "newham-employment-support-service",
        "kind": "public_service",
        "status": "published",
        "name": {"en": "Newham Employment Support Service"},
        "description": {
            "en": "Free help to find work: CV writing, interview practice, job fairs and introductions to local employers, including jobs in the Royal Docks.",
        },
        "email": "jobs@newham-services.example.org",
        "phone": "020 7946 0119",
        "website": "https://jobs.newham-services.example.org",
        "charity_number": "",
        "wards": [],
        "languages": ["en", "bn", "ur", "pl", "ro"],
        "categories": ["job-search", "training-and-skills"],
    },
    {
        "slug": "beckton-over-60s-club",
        "kind": "community_group",
        "status": "published",
        "name": {"en": "Beckton Over 60s Club"},
        "description": {
            "en": "A friendly social club for people over 60: bingo, day trips, chair exercise and a hot lunch every Thursday at Beckton Globe.",
        },
        "email": "hello@beckton-over60s.example.org",
        "phone": "020 7946 0120",
        "website": "https://beckton-over60s.example.org",
        "charity_number": "",
        "wards": ["beckton"],
        "languages": ["en"],
        "categories": ["older-people", "lunch-clubs"],
    },
    {
        "slug": "plaistow-community-pantry",
        "kind": "food_bank",
        "status": "published",
        "name": {
            "en": "Plaistow Community Pantry",
            "bn": "প্লেইস্টো কমিউনিটি প্যান্ট্রি",
            "ur": "پلیسٹو کمیونٹی پینٹری",
            "pl": "Spiżarnia Społeczna w Plaistow",
        },
        "description": {
            "en": "A community pantry where members pay £4 a week and choose groceries worth much more, including fresh fruit and vegetables. Open to anyone who lives in Newham.",
            "bn": "একটি কমিউনিটি প্যান্ট্রি, যেখানে সদস্যরা সপ্তাহে £৪ দিয়ে তার চেয়ে অনেক বেশি দামের মুদিপণ্য বেছে নিতে পারেন, তাজা ফল ও সবজিসহ। নিউহ্যামে বসবাসকারী যে কেউ সদস্য হতে পারেন।",
            "ur": "ایک کمیونٹی پینٹری جہاں ممبران ہفتے میں £4 دے کر اس سے کہیں زیادہ مالیت کا سودا، بشمول تازہ پھل اور سبزیاں، خود چن سکتے ہیں۔ نیوہیم میں رہنے والا کوئی بھی شخص ممبر بن سکتا ہے۔",
            "pl": "Spiżarnia społeczna, w której członkowie płacą 4 funty tygodniowo i wybierają zakupy o znacznie większej wartości, w tym świeże owoce i warzywa. Może do niej dołączyć każdy mieszkaniec Newham.",
        },
        "email": "pantry@plaistow-pantry.example.org",
        "phone": "020 7946 0121",
        "website": "https://plaistow-pantry.example.org",
        "charity_number": "",
        "wards": ["plaistow-north", "plaistow-south", "plaistow-west-canning-town-east"],
        "languages": ["en", "bn", "pl", "ro"],
        "categories": ["food-banks", "cost-of-living-support"],
    },
    {
        "slug": "canning-town-baby-bank",
        "kind": "charity",
        "status": "published",
        "name": {"en": "Canning Town Baby Bank"},
        "description": {
            "en": "Free clothes, prams, cots and baby essentials for families who need them, by referral from a health visitor, midwife or social worker.",
        },
        "email": "hello@ct-babybank.example.org",
        "phone": "020 7946 0122",
        "website": "https://ct-babybank.example.org",
        "charity_number": "1187320",
        "wards": ["canning-town-north", "canning-town-south", "custom-house"],
        "languages": ["en", "ro", "pt", "so"],
        "categories": ["under-fives", "cost-of-living-support"],
    },
    {
        "slug": "maryland-and-stratford-residents-association",
        "kind": "tenants_association",
        "status": "published",
        "name": {"en": "Maryland and Stratford Residents' Association"},
        "description": {
            "en": "The residents' voice on planning, traffic and street cleaning around Maryland and Stratford town centre. We run clean-up days and a winter coat swap.",
        },
        "email": "residents@maryland-stratford.example.org",
        "phone": "020 7946 0123",
        "website": "https://maryland-stratford.example.org",
        "charity_number": "",
        "wards": ["maryland", "stratford"],
        "languages": ["en"],
        "categories": ["tenants-and-residents"],
    },
    {
        "slug": "stratford-olympic-park-residents-forum",
        "kind": "tenants_association",
        "status": "draft",
        "name": {"en": "Stratford Olympic Park Residents' Forum"},
        "description": {
            "en": "A forum for residents of East Village and the new neighbourhoods around the Olympic Park to raise issues with landlords and the council, and to organise community events.",
        },
        "email": "forum@sop-residents.example.org",
        "phone": "020 7946 0124",
        "website": "https://sop-residents.example.org",
        "charity_number": "",
        "wards": ["stratford-olympic-park"],
        "languages": ["en"],
        "categories": ["tenants-and-residents"],
    },
    {
        "slug": "wall-end-tenants-and-residents-association",
        "kind": "tenants_association",
        "status": "published",
        "name": {"en": "Wall End Tenants and Residents Association"},
        "description": {
            "en": "Tenants and residents in Wall End getting repairs done, keeping streets safe and clean, and running a summer fun day for local families.",
        },
        "email": "hello@wallend-tra.example.org",
        "phone": "020 7946 0125",
        "website": "https://wallend-tra.example.org",
        "charity_number": "",
        "wards": ["wall-end"],
        "languages": ["en", "ur", "pa"],
        "categories": ["tenants-and-residents", "housing-advice"],
    },
    {
        "slug": "forest-gate-mutual-aid",
        "kind": "mutual_aid",
        "status": "published",
        "name": {"en": "Forest Gate Mutual Aid"},
        "description": {
            "en": "A network of volunteers on streets all over Forest Gate. We share spare food, lend tools and help people who are ill or cannot get out.",
        },
        "email": "help@forestgate-mutualaid.example.org",
        "phone": "020 7946 0126",
        "website": "https://forestgate-mutualaid.example.org",
        "charity_number": "",
        "wards": ["forest-gate-north", "forest-gate-south"],
        "languages": ["en", "pl", "ur"],
        "categories": ["mutual-aid"],
    },
    {
        "slug": "silvertown-and-north-woolwich-mutual-aid",
        "kind": "mutual_aid",
        "status": "published",
        "name": {"en": "Silvertown and North Woolwich Mutual Aid"},
        "description": {
            "en": "Neighbours in Silvertown and North Woolwich sharing food, checking in on older residents and organising lifts to the shops and the doctor.",
        },
        "email": "hello@silvertown-mutualaid.example.org",
        "phone": "020 7946 0127",
        "website": "https://silvertown-mutualaid.example.org",
        "charity_number": "",
        "wards": ["royal-victoria", "royal-albert"],
        "languages": ["en", "yo", "tw"],
        "categories": ["mutual-aid", "food-banks"],
    },
    {
        "slug": "newham-lithuanian-community-association",
        "kind": "community_group",
        "status": "submitted",
        "name": {"en": "Newham Lithuanian Community Association"},
        "description": {
            "en": "A Lithuanian Saturday school, a folk dance group, and help with settled status and official letters for Lithuanian families in Newham.",
        },
        "email": "labas@newham-lithuanians.example.org",
        "phone": "020 7946 0128",
        "website": "https://newham-lithuanians.example.org",
        "charity_number": "",
        "wards": [],
        "languages": ["lt", "en"],
        "categories": ["supplementary-schools", "eu-settlement", "arts-and-culture"],
    },
    {
        "slug": "newham-portuguese-speaking-families-project",
        "kind": "charity",
        "status": "published",
        "name": {"en": "Newham Portuguese-Speaking Families Project"},
        "description": {
            "en": "Advice and activities for Portuguese-speaking families from Portugal, Brazil, Angola and Mozambique: help with benefits and housing, English classes and a children's homework club.",
        },
        "email": "ola@newham-lusofonia.example.org",
        "phone": "020 7946 0129",
        "website": "https://newham-lusofonia.example.org",
        "charity_number": "1176049",
        "wards": [],
        "languages": ["pt", "en"],
        "categories": ["benefits-advice", "esol", "homework-clubs"],
    },
    {
        "slug": "newham-gujarati-seniors-mandal",
        "kind": "community_group",
        "status": "published",
        "name": {"en": "Newham Gujarati Seniors Mandal"},
        "description": {
            "en": "Weekly gatherings for Gujarati-speaking older people, with bhajans, yoga, health talks and festival celebrations.",
        },
        "email": "mandal@gujarati-seniors.example.org",
        "phone": "020 7946 0130",
        "website": "https://gujarati-seniors.example.org",
        "charity_number": "",
        "wards": ["east-ham", "little-ilford", "manor-park"],
        "languages": ["gu", "hi", "en"],
        "categories": ["older-people", "arts-and-culture"],
    },
    {
        "slug": "boleyn-youth-hub",
        "kind": "charity",
        "status": "published",
        "name": {"en": "Boleyn Youth Hub"},
        "description": {
            "en": "An after-school and holiday club for 11 to 19 year olds: sport, music production, cooking, homework help and mentoring.",
        },
        "email": "hello@boleyn-youth.example.org",
        "phone": "020 7946 0131",
        "website": "https://boleyn-youth.example.org",
        "charity_number": "1158863",
        "wards": ["boleyn", "green-street-east", "east-ham-south"],
        "languages": ["en"],
        "categories": ["youth-activities", "holiday-activities", "homework-clubs"],
    },
    {
        "slug": "newham-wellbeing-cafe",
        "kind": "charity",
        "status": "published",
        "name": {
            "en": "Newham Wellbeing Café",
            "bn": "নিউহ্যাম সুস্থতা ক্যাফে",
            "ur": "نیوہیم ویل بیئنگ کیفے",
            "pl": "Kawiarnia Dobrego Samopoczucia w Newham",
        },
        "description": {
            "en": "A drop-in for anyone feeling low, anxious or lonely. Talk to trained volunteers over a cup of tea, join a walking group, or get help finding NHS talking therapies.",
            "bn": "মন খারাপ, দুশ্চিন্তা বা একাকিত্বে ভুগছেন এমন যে কেউ সরাসরি চলে আসতে পারেন। এক কাপ চায়ের সাথে প্রশিক্ষিত স্বেচ্ছাসেবকদের সাথে কথা বলুন, হাঁটার দলে যোগ দিন, অথবা এনএইচএস-এর টকিং থেরাপি খুঁজে পেতে সাহায্য নিন।",
            "ur": "اداس، پریشان یا تنہا محسوس کرنے والا کوئی بھی شخص بغیر وقت لیے آ سکتا ہے۔ چائے کے کپ پر تربیت یافتہ رضاکاروں سے بات کریں، پیدل چلنے والے گروپ میں شامل ہوں، یا NHS کی ٹاکنگ تھراپی تلاش کرنے میں مدد لیں۔",
            "pl": "Miejsce otwarte dla każdego, kto czuje się przygnębiony, niespokojny lub samotny. Porozmawiaj z przeszkolonymi wolontariuszami przy herbacie, dołącz do grupy spacerowej albo uzyskaj pomoc w znalezieniu bezpłatnej terapii w ramach NHS Talking Therapies.",
        },
        "email": "hello@newham-wellbeing-cafe.example.org",
        "phone": "020 7946 0132",
        "website": "https://newham-wellbeing-cafe.example.org",
        "charity_number": "1190472",
        "wards": [],
        "languages": ["en", "bn", "ur", "pl"],
        "categories": ["mental-health"],
    },
    {
        "slug": "custom-house-community-kitchen",
        "kind": "social_enterprise",
        "status": "published",
        "name": {"en": "Custom House Community Kitchen"},
        "description": {
            "en": "Pay-what-you-can lunches on weekdays, cooked by local volunteers, and cooking courses that lead to a food hygiene certificate.",
        },
        "email": "kitchen@customhouse-kitchen.example.org",
        "phone": "020 7946 0133",
        "website": "https://customhouse-kitchen.example.org",
        "charity_number": "",
        "wards": ["custom-house", "canning-town-south"],
        "languages": ["en"],
        "categories": ["community-meals", "training-and-skills"],
    },
    {
        "slug": "newham-deaf-community-group",
        "kind": "community_group",
        "status": "published",
        "name": {"en": "Newham Deaf Community Group"},
        "description": {
            "en": "A social and information group run by and for Deaf people who use British Sign Language: monthly meet-ups, BSL taster classes and help getting access to services.",
        },
        "email": "hello@newham-deaf.example.org",
        "phone": "020 7946 0134",
        "website": "https://newham-deaf.example.org",
        "charity_number": "",
        "wards": [],
        "languages": ["bfi", "en"],
        "categories": ["disability-support", "arts-and-culture"],
    },
    {
        "slug": "stratford-churches-together",
        "kind": "faith_group",
        "status": "published",
        "name": {"en": "Stratford Churches Together"},
        "description": {
            "en": "Churches in Stratford working together on a winter night shelter, a Tuesday community lunch and a clothes bank.",
        },
        "email": "office@stratford-churches.example.org",
        "phone": "020 7946 0135",
        "website": "https://stratford-churches.example.org",
        "charity_number": "1131956",
        "wards": ["stratford", "stratford-olympic-park", "west-ham"],
        "languages": ["en", "pt", "yo", "tw"],
        "categories": ["homelessness", "community-meals"],
    },
    {
        "slug": "newham-migrant-advice-project",
        "kind": "charity",
        "status": "published",
        "name": {
            "en": "Newham Migrant Advice Project",
            "bn": "নিউহ্যাম অভিবাসী পরামর্শ প্রকল্প",
            "ur": "نیوہیم تارکینِ وطن مشاورتی پروجیکٹ",
            "pl": "Projekt Porad dla Migrantów w Newham",
        },
        "description": {
            "en": "Free, regulated immigration advice, help with EU Settlement Scheme applications, and referrals to solicitors for more complex cases.",
            "bn": "বিনামূল্যে অনুমোদিত উপদেষ্টাদের অভিবাসন পরামর্শ, ইইউ সেটেলমেন্ট স্কিমের আবেদনে সহায়তা, এবং জটিল বিষয়ে সলিসিটরের কাছে পাঠানোর ব্যবস্থা।",
            "ur": "مستند مشیروں کی طرف سے مفت امیگریشن مشورہ، ای یو سیٹلمنٹ اسکیم کی درخواستوں میں مدد، اور پیچیدہ معاملات میں سولیسٹرز کے پاس بھیجنے کی سہولت۔",
            "pl": "Bezpłatne porady imigracyjne udzielane przez uprawnionych doradców, pomoc we wnioskach do EU Settlement Scheme oraz kierowanie do prawników (solicitors) w bardziej złożonych sprawach.",
        },
        "email": "advice@newham-migrant-advice.example.org",
        "phone": "020 7946 0136",
        "website": "https://newham-migrant-advice.example.org",
        "charity_number": "1166302",
        "wards": [],
        "languages": ["en", "ro", "pl", "pt", "so", "ar", "lt"],
        "categories": ["immigration-advice", "eu-settlement", "legal-advice"],
    },
    {
        "slug": "green-street-traders-association",
        "kind": "business",
        "status": "submitted",
        "name": {"en": "Green Street Traders' Association"},
        "description": {
            "en": "Shops and market traders on Green Street and at Queen's Market working together on safety and clean streets, and on late-night shopping for Eid and Diwali.",
        },
        "email": "traders@greenstreet-traders.example.org",
        "phone": "020 7946 0137",
        "website": "https://greenstreet-traders.example.org",
        "charity_number": "",
        "wards": ["green-street-east", "green-street-west"],
        "languages": ["en", "ur", "bn", "gu", "pa"],
        "categories": ["arts-and-culture"],
    },
    {
        "slug": "east-ham-energy-advice-cooperative",
        "kind": "social_enterprise",
        "status": "submitted",
        "name": {"en": "East Ham Energy Advice Co-operative"},
        "description": {
            "en": "Free home energy visits and advice: understanding your bills, dealing with prepayment meters, and applying for grants and the Warm Home Discount.",
        },
        "email": "energy@eastham-energy.example.org",
        "phone": "020 7946 0138",
        "website": "https://eastham-energy.example.org",
        "charity_number": "",
        "wards": ["east-ham", "east-ham-south", "wall-end", "beckton"],
        "languages": ["en", "bn", "ur", "pl"],
        "categories": ["energy-bills", "cost-of-living-support"],
    },
    {
        "slug": "manor-park-stay-and-play",
        "kind": "community_group",
        "status": "published",
        "name": {"en": "Manor Park Stay and Play"},
        "description": {
            "en": "Free stay-and-play sessions for children under five and their parents or carers: songs, stories and messy play, in English, Bengali and Urdu.",
        },
        "email": "play@manorpark-stayandplay.example.org",
        "phone": "020 7946 0139",
        "website": "https://manorpark-stayandplay.example.org",
        "charity_number": "",
        "wards": ["manor-park", "little-ilford"],
        "languages": ["en", "bn", "ur"],
        "categories": ["under-fives"],
    },
    {
        "slug": "plashet-womens-walking-group",
        "kind": "community_group",
        "status": "published",
        "name": {"en": "Plashet Women's Walking Group"},
        "description": {
            "en": "Gentle group walks for women in Plashet Park and Central Park, at a pace everyone can manage, followed by tea and a chat.",
        },
        "email": "walk@plashet-walkers.example.org",
        "phone": "020 7946 0140",
        "website": "https://plashet-walkers.example.org",
        "charity_number": "",
        "wards": ["plashet", "green-street-east"],
        "languages": ["en", "ur", "bn", "pa"],
        "categories": ["physical-activity", "women-groups"],
    },
]

# Services (issue 4). Left-out keys take defaults in demo.seed(): status "published", phone,
# email and website from the organisation, wards and languages from the organisation ("wards": []
# means all of Newham), delivery in person, free. Schedules: (BYDAY, opens, closes[, note]) with
# "1SA" style days meaning every month; a dict adds "venue", "valid_from", "valid_to".
ASSURED = "2025-10-14"  # the demo's "details last checked" date
SERVICES = [
    {
        "slug": "beckton-food-bank-parcels",
        "organisation": "beckton-community-food-bank",
        "name": {
            "en": "Emergency food parcels",
            "bn": "জরুরি খাদ্য পার্সেল",
            "ur": "ہنگامی کھانے کے پارسل",
            "pl": "Paczki żywnościowe w nagłej potrzebie",
        },
        "description": {
            "en": "Three days of food for you and your family, with toiletries and baby items if you need them. Bring your food bank voucher.",
            "bn": "আপনার ও আপনার পরিবারের জন্য তিন দিনের খাবার, প্রয়োজনে প্রসাধন সামগ্রী ও শিশুর জিনিসসহ। আপনার ফুড ব্যাংক ভাউচার সঙ্গে আনুন।",
            "ur": "آپ اور آپ کے خاندان کے لیے تین دن کا کھانا، اور ضرورت ہو تو صفائی کا سامان اور بچوں کی اشیاء۔ اپنا فوڈ بینک واؤچر ساتھ لائیں۔",
            "pl": "Żywność na trzy dni dla Ciebie i rodziny, a w razie potrzeby także środki higieniczne i artykuły dla niemowląt. Przynieś skierowanie (voucher) do banku żywności.",
        },
        "application_process": {
            "en": "Ask your GP, support worker, school or advice centre for a food bank voucher, then come along in opening hours."
        },
        "eligibility_description": {"en": "Anyone in crisis who has a voucher."},
        "categories": ["food-banks", "cost-of-living-support"],
        "groups": ["low_income"],
        "venues": ["beckton-globe-library"],
        "schedules": [("TU,FR", "10:00", "13:00", "Closed on bank holidays")],
        "funding": "Donations from local people, churches and businesses",
    },
    {
        "slug": "beckton-food-bank-money-advice",
        "organisation": "beckton-community-food-bank",
        "name": {"en": "Money advice at the food bank"},
        "description": {
            "en": "A trained adviser checks you are getting all the benefits you can, and helps with debts and bills, while you wait for your parcel."
        },
        "categories": ["benefits-advice", "debt-advice"],
        "delivery": ["in_person", "phone"],
        "venues": ["beckton-globe-library"],
        "schedules": [("FR", "10:00", "13:00")],
    },
    {
        "slug": "tamil-elders-lunch-club",
        "organisation": "forest-gate-tamil-elders-group",
        "name": {
            "en": "Tamil elders' lunch club",
            "bn": "তামিল প্রবীণদের লাঞ্চ ক্লাব",
            "ur": "تامل بزرگوں کا لنچ کلب",
            "pl": "Klub obiadowy dla tamilskich seniorów",
        },
        "description": {
            "en": "A hot South Indian lunch, chair exercise and a chat every Wednesday. Volunteers help with letters and forms.",
            "bn": "প্রতি বুধবার গরম দক্ষিণ ভারতীয় দুপুরের খাবার, চেয়ারে বসে ব্যায়াম আর গল্পগুজব। স্বেচ্ছাসেবকরা চিঠি ও ফর্ম পূরণে সাহায্য করেন।",
            "ur": "ہر بدھ کو جنوبی ہندوستانی گرم کھانا، کرسی پر ورزش اور گپ شپ۔ رضاکار خطوط اور فارم میں مدد کرتے ہیں۔",
            "pl": "W każdą środę ciepły obiad po południowoindyjsku, ćwiczenia na krzesłach i rozmowy. Wolontariusze pomagają w sprawie listów i formularzy.",
        },
        "categories": ["lunch-clubs", "older-people"],
        "groups": ["older_people"],
        "minimum_age": 60,
        "free": False,
        "fees": {"en": "£3 for lunch. Nobody is turned away."},
        "cost_options": [("Lunch", "3.00", "per person")],
        "venues": ["forest-gate-library"],
        "schedules": [("WE", "11:00", "14:00")],
    },
    {
        "slug": "custom-house-repairs-surgery",
        "organisation": "custom-house-tenants-and-residents-association",
        "name": {"en": "Housing repairs surgery"},
        "description": {
            "en": "Bring your repair problems with the council or a housing association. We help you report them, chase them and complain if nothing happens."
        },
        "categories": ["housing-advice", "tenants-and-residents"],
        "groups": [],
        "venues": ["custom-house-community-centre"],
        "schedules": [("1TU", "18:00", "20:00", "First Tuesday of the month")],
    },
    {
        "slug": "east-ham-shopping-and-prescriptions",
        "organisation": "east-ham-mutual-aid-network",
        "name": {
            "en": "Shopping and prescription collection",
            "bn": "বাজার ও প্রেসক্রিপশনের ওষুধ এনে দেওয়া",
            "ur": "خریداری اور نسخے کی دوائیں لانا",
            "pl": "Zakupy i odbiór leków na receptę",
        },
        "description": {
            "en": "If you cannot get out, a checked volunteer from your street will do your shopping or collect your medicine.",
            "bn": "আপনি বাইরে যেতে না পারলে, আপনার এলাকার যাচাই করা একজন স্বেচ্ছাসেবক আপনার বাজার করে দেবেন বা ওষুধ এনে দেবেন।",
            "ur": "اگر آپ باہر نہیں جا سکتے تو آپ کی گلی کا ایک تصدیق شدہ رضاکار آپ کی خریداری کرے گا یا دوا لے آئے گا۔",
            "pl": "Jeśli nie możesz wyjść z domu, sprawdzony wolontariusz z Twojej okolicy zrobi zakupy lub odbierze leki.",
        },
        "application_process": {
            "en": "Phone us and we will match you with a volunteer, usually within two days."
        },
        "categories": ["mutual-aid", "older-people"],
        "groups": ["older_people", "disabled_people"],
        "delivery": ["phone"],
        "schedules": [("MO,TU,WE,TH,FR", "09:00", "17:00", "Phone line hours")],
    },
    {
        "slug": "east-ham-befriending-calls",
        "organisation": "east-ham-mutual-aid-network",
        "name": {"en": "Befriending phone calls"},
        "description": {
            "en": "A friendly volunteer rings you once or twice a week for a chat, in English, Urdu, Punjabi or Gujarati."
        },
        "categories": ["older-people", "mental-health"],
        "groups": ["older_people"],
        "delivery": ["phone"],
        "wards": [],
        "schedules": [("MO,TU,WE,TH,FR", "10:00", "16:00", "When volunteers call")],
    },
    {
        "slug": "stratford-esol-for-women",
        "organisation": "stratford-bangladeshi-womens-association",
        "name": {
            "en": "English classes for women",
            "bn": "নারীদের জন্য ইংরেজি ক্লাস",
            "ur": "خواتین کے لیے انگریزی کی کلاسیں",
            "pl": "Lekcje angielskiego dla kobiet",
        },
        "description": {
            "en": "Friendly English classes for beginners, taught by women, with a free crèche for children under five.",
            "bn": "নতুনদের জন্য বন্ধুত্বপূর্ণ ইংরেজি ক্লাস, নারী শিক্ষিকারা পড়ান। পাঁচ বছরের কম বয়সী শিশুদের জন্য বিনামূল্যে ক্রেশ আছে।",
            "ur": "ابتدائی سطح کی دوستانہ انگریزی کلاسیں جو خواتین پڑھاتی ہیں، اور پانچ سال سے کم عمر بچوں کے لیے مفت کریش۔",
            "pl": "Przyjazne lekcje angielskiego dla początkujących, prowadzone przez kobiety, z bezpłatną opieką nad dziećmi do lat pięciu.",
        },
        "categories": ["esol", "women-groups"],
        "groups": ["women", "refugees_migrants"],
        "minimum_age": 16,
        "venues": ["maryland-community-hall"],
        "schedules": [("MO,WE", "10:00", "12:00", "Term time only")],
    },
    {
        "slug": "stratford-womens-wellbeing-circle",
        "organisation": "stratford-bangladeshi-womens-association",
        "name": {"en": "Women's wellbeing circle"},
        "description": {
            "en": "A safe, relaxed space to talk about stress, loneliness and family life over tea, with a counsellor once a month."
        },
        "categories": ["mental-health", "women-groups"],
        "groups": ["women"],
        "venues": ["maryland-community-hall"],
        "schedules": [("TH", "13:00", "15:00")],
    },
    {
        "slug": "plaistow-polish-saturday-school",
        "organisation": "plaistow-polish-saturday-club",
        "name": {"en": "Polish Saturday school", "pl": "Polska Szkoła Sobotnia"},
        "description": {
            "en": "Polish language, history and culture for children, with GCSE and A level Polish for older pupils.",
            "pl": "Język polski, historia i kultura dla dzieci, a dla starszych uczniów przygotowanie do GCSE i A level z polskiego.",
        },
        "categories": ["supplementary-schools"],
        "groups": ["children", "young_people"],
        "minimum_age": 5,
        "maximum_age": 18,
        "free": False,
        "fees": {
            "en": "£120 a term. Ask about help with fees.",
            "pl": "120 funtów za semestr. Zapytaj o zniżki.",
        },
        "cost_options": [
            ("Each child", "120.00", "per term"),
            ("Second child", "90.00", "per term"),
        ],
        "venues": ["newvic-sixth-form-college"],
        "schedules": [("SA", "09:30", "13:30", "Term time only")],
    },
    {
        "slug": "somali-homework-club",
        "organisation": "newham-somali-community-forum",
        "name": {"en": "After-school homework club"},
        "description": {
            "en": "Help with homework, reading and maths from volunteer tutors, with a snack. Parents can get advice at the same time."
        },
        "categories": ["homework-clubs"],
        "groups": ["children", "young_people"],
        "minimum_age": 7,
        "maximum_age": 16,
        "venues": ["green-street-library"],
        "schedules": [("TU,TH", "16:00", "18:00", "Term time only")],
    },
    {
        "slug": "somali-benefits-advice",
        "organisation": "newham-somali-community-forum",
        "name": {"en": "Benefits advice in Somali and Arabic"},
        "description": {
            "en": "Help to claim Universal Credit, Pension Credit and disability benefits, and to answer letters from the DWP, in Somali, Arabic or English."
        },
        "categories": ["benefits-advice"],
        "groups": ["refugees_migrants"],
        "delivery": ["in_person", "phone"],
        "venues": ["canning-town-library"],
        "schedules": [("MO", "10:00", "13:00")],
    },
    {
        "slug": "green-street-benefits-advice",
        "organisation": "green-street-advice-centre",
        "name": {
            "en": "Benefits advice drop-in",
            "bn": "সরকারি ভাতা বিষয়ে পরামর্শ (ড্রপ-ইন)",
            "ur": "بینیفٹس کے بارے میں مشورہ (بغیر وقت لیے)",
            "pl": "Porady w sprawie zasiłków (bez umawiania)",
        },
        "description": {
            "en": "Free, confidential advice on Universal Credit, PIP, Council Tax Support and appeals. Advisers speak Urdu, Bengali, Punjabi, Gujarati and Tamil.",
            "bn": "ইউনিভার্সাল ক্রেডিট, পিআইপি, কাউন্সিল ট্যাক্স সাপোর্ট ও আপিল বিষয়ে বিনামূল্যে গোপনীয় পরামর্শ। পরামর্শদাতারা উর্দু, বাংলা, পাঞ্জাবি, গুজরাটি ও তামিল বলেন।",
            "ur": "یونیورسل کریڈٹ، پی آئی پی، کونسل ٹیکس سپورٹ اور اپیلوں کے بارے میں مفت اور رازدارانہ مشورہ۔ مشیر اردو، بنگالی، پنجابی، گجراتی اور تامل بولتے ہیں۔",
            "pl": "Bezpłatne, poufne porady w sprawie Universal Credit, PIP, Council Tax Support i odwołań.",
        },
        "application_process": {
            "en": "Just turn up. Bring any letters you have. Arrive early on Mondays."
        },
        "categories": ["benefits-advice"],
        "delivery": ["in_person", "phone"],
        "wards": [],
        "venues": ["green-street-library"],
        "schedules": [("MO,TU,TH", "10:00", "16:00")],
        "funding": "National Lottery Community Fund and Newham Council",
    },
    {
        "slug": "green-street-debt-advice",
        "organisation": "green-street-advice-centre",
        "name": {"en": "Debt advice by appointment"},
        "description": {
            "en": "An accredited debt adviser looks at everything you owe, deals with the people you owe money to, and helps you make a plan you can afford."
        },
        "application_process": {
            "en": "Phone or fill in the form on our website to book. Appointments by phone or video too."
        },
        "categories": ["debt-advice"],
        "delivery": ["in_person", "phone", "online"],
        "wards": [],
        "venues": ["boleyn-community-hall"],
        "schedules": [("WE", "10:00", "15:00")],
    },
    {
        "slug": "green-street-housing-advice",
        "organisation": "green-street-advice-centre",
        "name": {"en": "Housing and homelessness advice"},
        "description": {
            "en": "Advice if you are being evicted, have problems with a landlord or repairs, or are at risk of losing your home."
        },
        "categories": ["housing-advice", "homelessness"],
        "venues": ["green-street-library"],
        "schedules": [("TH", "13:00", "17:00")],
    },
    {
        "slug": "green-street-energy-bills",
        "organisation": "green-street-advice-centre",
        "name": {"en": "Help with gas and electricity bills"},
        "description": {
            "en": "Find out about grants, warm home discounts and fairer tariffs, and get help if you are behind with energy bills. Stall inside Queen's Market."
        },
        "categories": ["energy-bills", "cost-of-living-support"],
        "groups": ["low_income"],
        "delivery": ["in_person", "phone"],
        "venues": ["queens-market"],
        "schedules": [("SA", "10:00", "14:00")],
    },
    {
        "slug": "canning-town-youth-football",
        "organisation": "canning-town-youth-football-club",
        "name": {"en": "Youth football sessions"},
        "description": {
            "en": "Coached football for girls and boys of all abilities. Boots can be borrowed."
        },
        "categories": ["physical-activity", "youth-activities"],
        "groups": ["children", "young_people"],
        "minimum_age": 8,
        "maximum_age": 16,
        "free": False,
        "fees": {"en": "£2 a session, free for children on free school meals."},
        "cost_options": [("Each session", "2.00", "per child")],
        "venues": ["hermit-road-recreation-ground"],
        "schedules": [("SA", "10:00", "12:00"), ("WE", "17:30", "19:00")],
    },
    {
        "slug": "gurdwara-langar",
        "organisation": "east-ham-gurdwara-langar-seva",
        "name": {
            "en": "Free community kitchen (langar)",
            "bn": "বিনামূল্যে কমিউনিটি রান্নাঘর (লঙ্গর)",
            "ur": "مفت کمیونٹی لنگر",
            "pl": "Bezpłatna kuchnia społeczna (langar)",
        },
        "description": {
            "en": "A free hot vegetarian meal for anyone, every day. Please cover your head and take off your shoes; head scarves are provided.",
            "bn": "যে কারও জন্য প্রতিদিন বিনামূল্যে গরম নিরামিষ খাবার। অনুগ্রহ করে মাথা ঢেকে ও জুতা খুলে আসুন; মাথা ঢাকার কাপড় দেওয়া হয়।",
            "ur": "ہر روز ہر کسی کے لیے مفت گرم سبزی والا کھانا۔ براہ کرم سر ڈھانپیں اور جوتے اتاریں؛ سر ڈھانپنے کے لیے کپڑا دیا جاتا ہے۔",
            "pl": "Bezpłatny ciepły posiłek wegetariański dla każdego, codziennie. Prosimy o nakrycie głowy i zdjęcie butów; chusty są na miejscu.",
        },
        "categories": ["community-meals", "places-of-worship"],
        "wards": [],
        "venues": ["gurdwara-sahib-east-ham"],
        "schedules": [("MO,TU,WE,TH,FR,SA,SU", "11:00", "15:00")],
    },
    {
        "slug": "mandir-tamil-classes",
        "organisation": "manor-park-mandir-community-trust",
        "name": {"en": "Tamil and Gujarati language classes"},
        "description": {
            "en": "Weekend classes in reading and writing Tamil or Gujarati, with music and dance for festivals."
        },
        "categories": ["supplementary-schools", "arts-and-culture"],
        "groups": ["children"],
        "minimum_age": 5,
        "maximum_age": 14,
        "service_status": "temporarily closed",
        "alert": {"en": "No classes until the hall is repaired. Phone to join the waiting list."},
        "free": False,
        "fees": {"en": "£5 a class."},
        "cost_options": [("Each class", "5.00", "per child")],
        "venues": ["manor-park-hindu-mandir"],
        "schedules": [("SU", "10:00", "12:00")],
    },
    {
        "slug": "mandir-yoga-for-seniors",
        "organisation": "manor-park-mandir-community-trust",
        "status": "draft",
        "name": {"en": "Gentle yoga for over 55s"},
        "description": {"en": "Chair-based and standing yoga at a gentle pace."},
        "categories": ["physical-activity", "older-people"],
        "groups": ["older_people"],
        "minimum_age": 55,
        "venues": ["manor-park-hindu-mandir"],
        "schedules": [("TU", "10:00", "11:00")],
    },
    {
        "slug": "upton-park-mosque-food-pantry",
        "organisation": "upton-park-mosque-community-services",
        "name": {
            "en": "Friday food pantry",
            "bn": "শুক্রবারের খাদ্য ভান্ডার",
            "ur": "جمعہ کی فوڈ پینٹری",
            "pl": "Piątkowa spiżarnia",
        },
        "description": {
            "en": "Fresh fruit and vegetables, tins and halal meat for families who are struggling. No referral needed; open to people of all faiths and none.",
            "bn": "যেসব পরিবার কষ্টে আছে তাদের জন্য তাজা ফল ও সবজি, টিনজাত খাবার ও হালাল মাংস। রেফারেল লাগে না; সব ধর্মের ও ধর্মহীন সবার জন্য খোলা।",
            "ur": "مشکل میں گھرے خاندانوں کے لیے تازہ پھل اور سبزیاں، ڈبہ بند کھانا اور حلال گوشت۔ کسی ریفرل کی ضرورت نہیں؛ ہر مذہب کے اور بے مذہب سب لوگوں کے لیے کھلا ہے۔",
            "pl": "Świeże owoce i warzywa, konserwy i mięso halal dla rodzin w trudnej sytuacji. Bez skierowania; dla osób każdego wyznania i niewierzących.",
        },
        "categories": ["food-banks"],
        "groups": ["low_income", "families"],
        "venues": ["upton-park-mosque"],
        "schedules": [("FR", "14:00", "17:00")],
    },
    {
        "slug": "upton-park-mosque-sisters-circle",
        "organisation": "upton-park-mosque-community-services",
        "name": {"en": "Sisters' circle"},
        "description": {
            "en": "A weekly get-together for women: talks on health and parenting, crafts, and a chance to make friends."
        },
        "categories": ["women-groups"],
        "groups": ["women"],
        "venues": ["upton-park-mosque"],
        "schedules": [("SA", "11:00", "13:00")],
    },
    {
        "slug": "romanian-eu-settlement-help",
        "organisation": "newham-romanian-families-network",
        "name": {"en": "EU Settlement Scheme help in Romanian"},
        "description": {
            "en": "Help to apply, update your details, move from pre-settled to settled status or prove your rights to an employer or landlord."
        },
        "categories": ["eu-settlement", "immigration-advice"],
        "groups": ["refugees_migrants"],
        "delivery": ["in_person", "phone", "online"],
        "venues": ["east-ham-library"],
        "schedules": [("2SA", "10:00", "14:00", "Second Saturday of the month")],
    },
    {
        "slug": "romanian-stay-and-play",
        "organisation": "newham-romanian-families-network",
        "name": {"en": "Romanian stay and play"},
        "description": {
            "en": "Songs, stories and play in Romanian and English for babies and toddlers with their parents or carers."
        },
        "categories": ["under-fives"],
        "groups": ["families", "children"],
        "maximum_age": 5,
        "venues": ["canning-town-library"],
        "schedules": [("TH", "10:00", "11:30")],
    },
    {
        "slug": "royal-docks-garden-volunteering",
        "organisation": "royal-docks-community-garden",
        "name": {"en": "Community garden sessions"},
        "description": {
            "en": "Grow vegetables and herbs with neighbours by the river. No experience needed; gloves, tools and tea provided. Take some of the harvest home."
        },
        "categories": ["community-growing", "volunteering"],
        "venues": ["thames-barrier-park"],
        "schedules": [("WE,SA", "10:00", "14:00")],
    },
    {
        "slug": "digital-drop-in-stratford",
        "organisation": "newham-digital-inclusion-hub",
        "name": {
            "en": "Get online: computer and phone help",
            "bn": "অনলাইনে যুক্ত হোন: কম্পিউটার ও ফোন ব্যবহারে সাহায্য",
            "ur": "آن لائن ہوں: کمپیوٹر اور فون کے استعمال میں مدد",
            "pl": "Pomoc z komputerem i telefonem",
        },
        "description": {
            "en": "Bring your phone, tablet or laptop. Learn to use email, video calls, the NHS App and online forms, one to one.",
            "bn": "আপনার ফোন, ট্যাবলেট বা ল্যাপটপ নিয়ে আসুন। একজনের সাথে একজন করে ইমেইল, ভিডিও কল, এনএইচএস অ্যাপ ও অনলাইন ফর্ম ব্যবহার শিখুন।",
            "ur": "اپنا فون، ٹیبلٹ یا لیپ ٹاپ لائیں۔ ای میل، ویڈیو کال، این ایچ ایس ایپ اور آن لائن فارم کا استعمال انفرادی طور پر سیکھیں۔",
            "pl": "Przynieś telefon, tablet lub laptop. Nauczysz się indywidualnie korzystać z poczty e-mail, rozmów wideo, aplikacji NHS i formularzy online.",
        },
        "categories": ["getting-online"],
        "wards": [],
        "venues": ["stratford-library"],
        "schedules": [("TU", "10:00", "13:00")],
    },
    {
        "slug": "free-tablet-and-data-scheme",
        "organisation": "newham-digital-inclusion-hub",
        "name": {"en": "Free tablet and data scheme"},
        "description": {
            "en": "A free refurbished tablet or laptop and six months of free mobile data for people who cannot afford to get online."
        },
        "application_process": {
            "en": "Phone us or ask any library to refer you. We will check you qualify on the phone."
        },
        "categories": ["device-lending"],
        "groups": ["low_income", "older_people", "disabled_people"],
        "delivery": ["phone", "online"],
        "wards": [],
        "schedules": [("MO,TU,WE,TH,FR", "09:30", "16:30", "Phone line hours")],
    },
    {
        "slug": "digital-drop-in-manor-park",
        "organisation": "newham-digital-inclusion-hub",
        "name": {"en": "Digital drop-in at Manor Park"},
        "description": {
            "en": "One-to-one help with phones, computers and online forms, in several languages."
        },
        "categories": ["getting-online"],
        "wards": [],
        "venues": ["manor-park-library"],
        "schedules": [("TH", "14:00", "16:00")],
    },
    {
        "slug": "online-safety-for-older-people",
        "organisation": "newham-digital-inclusion-hub",
        "name": {"en": "Staying safe online for older people"},
        "description": {
            "en": "A relaxed monthly session on spotting scams, strong passwords and shopping safely online."
        },
        "categories": ["getting-online", "older-people"],
        "groups": ["older_people"],
        "minimum_age": 60,
        "wards": [],
        "venues": ["east-ham-library"],
        "schedules": [("1WE", "10:00", "12:00", "First Wednesday of the month")],
    },
    {
        "slug": "west-ham-park-conservation-days",
        "organisation": "west-ham-park-volunteers",
        "name": {"en": "Park conservation mornings"},
        "description": {
            "en": "Plant bulbs, clear paths and care for wildlife areas in West Ham Park with a friendly team."
        },
        "categories": ["volunteering", "community-growing"],
        "venues": ["west-ham-park"],
        "schedules": [("2SA,4SA", "10:00", "13:00", "Second and fourth Saturdays")],
    },
    {
        "slug": "carers-assessment-and-advice",
        "organisation": "newham-carers-support-service",
        "name": {
            "en": "Support and advice for carers",
            "bn": "পরিচর্যাকারীদের জন্য সহায়তা ও পরামর্শ",
            "ur": "دیکھ بھال کرنے والوں کے لیے مدد اور مشورہ",
            "pl": "Wsparcie i porady dla opiekunów",
        },
        "description": {
            "en": "If you look after someone, we can arrange a carer's assessment, help you claim Carer's Allowance, and plan a break.",
            "bn": "আপনি যদি কারও দেখাশোনা করেন, আমরা কেয়ারার অ্যাসেসমেন্টের ব্যবস্থা করতে, কেয়ারার্স অ্যালাউন্স দাবি করতে এবং বিশ্রামের পরিকল্পনা করতে সাহায্য করতে পারি।",
            "ur": "اگر آپ کسی کی دیکھ بھال کرتے ہیں تو ہم کیئرر اسیسمنٹ کا انتظام، کیئررز الاؤنس کا دعویٰ اور آرام کے وقفے کی منصوبہ بندی میں مدد کر سکتے ہیں۔",
            "pl": "Jeśli opiekujesz się kimś bliskim, pomożemy zorganizować ocenę potrzeb opiekuna, złożyć wniosek o Carer's Allowance i zaplanować odpoczynek.",
        },
        "categories": ["carers-support", "benefits-advice"],
        "groups": ["carers"],
        "delivery": ["in_person", "phone"],
        "venues": ["newham-dockside"],
        "schedules": [("MO,TU,WE,TH,FR", "09:00", "17:00")],
        "funding": "Newham Council",
    },
    {
        "slug": "young-carers-club",
        "organisation": "newham-carers-support-service",
        "name": {"en": "Young carers' club"},
        "description": {
            "en": "Time off for children and young people who look after someone at home: games, trips and someone to talk to."
        },
        "categories": ["carers-support", "youth-activities"],
        "groups": ["carers", "young_people", "children"],
        "minimum_age": 8,
        "maximum_age": 18,
        "venues": ["custom-house-library"],
        "schedules": [("WE", "16:30", "18:30")],
    },
    {
        "slug": "carers-cafe",
        "organisation": "newham-carers-support-service",
        "name": {"en": "Carers' café"},
        "description": {
            "en": "Cake, a chat and a short talk from a guest speaker, for adult carers."
        },
        "categories": ["carers-support", "mental-health"],
        "groups": ["carers"],
        "venues": ["east-ham-library"],
        "schedules": [("-1TH", "10:30", "12:30", "Last Thursday of the month")],
    },
    {
        "slug": "carers-health-check-clinic",
        "organisation": "newham-carers-support-service",
        "name": {"en": "Carers' health check clinic"},
        "description": {
            "en": "A free health check with a nurse for unpaid carers, who often put their own health last."
        },
        "application_process": {
            "en": "Book by phone. Tell us if you need someone to sit with the person you care for."
        },
        "categories": ["carers-support"],
        "groups": ["carers"],
        "minimum_age": 18,
        "venues": ["sir-ludwig-guttmann-health-centre"],
        "schedules": [("3WE", "13:00", "16:00", "Third Wednesday of the month")],
    },
    {
        "slug": "esol-entry-level-east-ham",
        "organisation": "newham-adult-learning-service",
        "name": {"en": "English for speakers of other languages (ESOL), Entry 1 to 3"},
        "description": {
            "en": "Speaking, listening, reading and writing classes leading to a qualification. We test your level first."
        },
        "application_process": {
            "en": "Come to an enrolment session or phone to book a level test."
        },
        "categories": ["esol"],
        "groups": ["refugees_migrants"],
        "minimum_age": 19,
        "fees": {"en": "Free if you get benefits or earn under the London Living Wage."},
        "venues": ["newham-college-east-ham"],
        "schedules": [
            {
                "byday": "MO,WE",
                "opens": "13:00",
                "closes": "15:00",
                "valid_from": "2025-09-15",
                "valid_to": "2026-07-17",
            }
        ],
    },
    {
        "slug": "esol-conversation-club-canning-town",
        "organisation": "newham-adult-learning-service",
        "name": {"en": "English conversation club"},
        "description": {
            "en": "Practise speaking English in a small, relaxed group. All levels welcome."
        },
        "categories": ["esol"],
        "venues": ["canning-town-library"],
        "schedules": [("FR", "10:00", "12:00")],
    },
    {
        "slug": "maths-and-english-for-adults",
        "organisation": "newham-adult-learning-service",
        "name": {"en": "Maths and English for adults"},
        "description": {
            "en": "Functional Skills maths and English evening classes, from beginner to Level 2."
        },
        "categories": ["adult-learning"],
        "minimum_age": 19,
        "venues": ["stratford-library"],
        "schedules": [("TU,TH", "18:00", "20:00")],
    },
    {
        "slug": "cooking-on-a-budget-course",
        "organisation": "newham-adult-learning-service",
        "name": {"en": "Cooking on a budget"},
        "description": {
            "en": "A six-week course: healthy family meals for under £1 a portion. You take home what you cook."
        },
        "categories": ["adult-learning", "cost-of-living-support"],
        "groups": ["families", "low_income"],
        "venues": ["custom-house-community-centre"],
        "schedules": [("TU", "10:00", "12:00")],
    },
    {
        "slug": "job-shop-stratford",
        "organisation": "newham-employment-support-service",
        "name": {
            "en": "Job shop",
            "bn": "জব শপ: কাজ খোঁজায় সাহায্য",
            "ur": "جاب شاپ: ملازمت کی تلاش میں مدد",
            "pl": "Punkt pomocy w szukaniu pracy",
        },
        "description": {
            "en": "Work coaches help you find a job, write a CV, apply online and prepare for interviews. Local employers recruit here every week.",
            "bn": "ওয়ার্ক কোচরা আপনাকে কাজ খুঁজতে, সিভি লিখতে, অনলাইনে আবেদন করতে ও ইন্টারভিউয়ের প্রস্তুতি নিতে সাহায্য করেন। স্থানীয় নিয়োগকর্তারা প্রতি সপ্তাহে এখানে লোক নেন।",
            "ur": "ورک کوچ ملازمت تلاش کرنے، سی وی لکھنے، آن لائن درخواست دینے اور انٹرویو کی تیاری میں مدد کرتے ہیں۔ مقامی آجر ہر ہفتے یہاں بھرتی کرتے ہیں۔",
            "pl": "Doradcy pomogą znaleźć pracę, napisać CV, złożyć podanie online i przygotować się do rozmowy. Lokalni pracodawcy rekrutują tu co tydzień.",
        },
        "categories": ["job-search"],
        "minimum_age": 16,
        "delivery": ["in_person", "phone"],
        "venues": ["stratford-library"],
        "schedules": [("MO,TU,WE,TH,FR", "09:30", "16:30")],
        "funding": "Newham Council and the UK Shared Prosperity Fund",
    },
    {
        "slug": "cv-and-interview-workshop",
        "organisation": "newham-employment-support-service",
        "name": {"en": "CV and interview workshop online"},
        "description": {
            "en": "A two-hour video workshop on writing a strong CV and answering interview questions."
        },
        "categories": ["job-search", "training-and-skills"],
        "delivery": ["online"],
        "schedules": [("WE", "14:00", "16:00")],
    },
    {
        "slug": "construction-skills-card-course",
        "organisation": "newham-employment-support-service",
        "status": "submitted",
        "name": {"en": "Construction skills card course"},
        "description": {
            "en": "Health and safety training and the CSCS test, to get work on building sites."
        },
        "categories": ["training-and-skills"],
        "minimum_age": 18,
        "venues": ["uel-docklands-campus"],
        "schedules": [("1MO", "09:00", "16:00")],
    },
    {
        "slug": "beckton-over-60s-coffee-morning",
        "organisation": "beckton-over-60s-club",
        "name": {"en": "Over 60s coffee morning"},
        "description": {"en": "Tea, coffee, bingo and a natter. Trips to the seaside in summer."},
        "categories": ["lunch-clubs", "older-people"],
        "groups": ["older_people"],
        "minimum_age": 60,
        "free": False,
        "fees": {"en": "£1 for tea and biscuits."},
        "cost_options": [("Tea and biscuits", "1.00", "per person")],
        "venues": ["beckton-globe-library"],
        "schedules": [("MO", "10:00", "12:00")],
    },
    {
        "slug": "plaistow-pantry-membership",
        "organisation": "plaistow-community-pantry",
        "name": {
            "en": "Community pantry",
            "bn": "কমিউনিটি প্যান্ট্রি",
            "ur": "کمیونٹی پینٹری",
            "pl": "Spiżarnia społeczna",
        },
        "description": {
            "en": "Join for £3.50 a week and choose at least £15 of groceries, including fresh food. No referral needed.",
            "bn": "সপ্তাহে £৩.৫০ দিয়ে সদস্য হন এবং তাজা খাবারসহ অন্তত £১৫ মূল্যের বাজার বেছে নিন। রেফারেল লাগে না।",
            "ur": "ہفتے میں £3.50 دے کر ممبر بنیں اور تازہ کھانے سمیت کم از کم £15 کا سودا چنیں۔ کسی ریفرل کی ضرورت نہیں۔",
            "pl": "Członkostwo za 3,50 funta tygodniowo: wybierasz zakupy warte co najmniej 15 funtów, w tym świeżą żywność. Bez skierowania.",
        },
        "categories": ["food-banks", "cost-of-living-support"],
        "groups": ["low_income"],
        "free": False,
        "fees": {"en": "£3.50 a week."},
        "cost_options": [("Weekly shop", "3.50", "per household")],
        "venues": ["star-lane-community-hall"],
        "schedules": [("WE,SA", "11:00", "14:00")],
    },
    {
        "slug": "baby-bank-referrals",
        "organisation": "canning-town-baby-bank",
        "name": {"en": "Baby bank"},
        "description": {
            "en": "Free prams, cots, clothes, nappies and toys for babies and children under five, given by local families."
        },
        "application_process": {
            "en": "A health visitor, midwife or support worker refers you, then you book a time to collect."
        },
        "categories": ["under-fives", "cost-of-living-support"],
        "groups": ["families", "low_income"],
        "venues": ["hallsville-community-room"],
        "schedules": [("TU", "10:00", "13:00")],
    },
    {
        "slug": "maryland-residents-meeting",
        "organisation": "maryland-and-stratford-residents-association",
        "name": {"en": "Residents' meeting and advice"},
        "description": {
            "en": "Raise problems on your estate with the landlord and councillors, and get help with repairs."
        },
        "categories": ["tenants-and-residents"],
        "venues": ["maryland-community-hall"],
        "schedules": [("3TH", "19:00", "20:30", "Third Thursday of the month")],
    },
    {
        "slug": "olympic-park-residents-drop-in",
        "organisation": "stratford-olympic-park-residents-forum",
        "name": {"en": "Residents' drop-in"},
        "description": {"en": "Meet the forum and raise issues about the estates around the park."},
        "categories": ["tenants-and-residents"],
        "venues": ["london-aquatics-centre"],
        "schedules": [("2TU", "18:30", "20:00")],
    },
    {
        "slug": "wall-end-housing-drop-in",
        "organisation": "wall-end-tenants-and-residents-association",
        "name": {"en": "Housing drop-in"},
        "description": {
            "en": "Help with repairs, rent and neighbour problems for tenants and leaseholders."
        },
        "categories": ["housing-advice", "tenants-and-residents"],
        "venues": ["wall-end-community-centre"],
        "schedules": [("2MO", "18:00", "20:00", "Second Monday of the month")],
    },
    {
        "slug": "forest-gate-neighbour-help",
        "organisation": "forest-gate-mutual-aid",
        "name": {"en": "Neighbour help line"},
        "description": {
            "en": "Ring or message us if you need a hand: lifts to appointments, a hot meal, help with a form, or someone to talk to."
        },
        "categories": ["mutual-aid"],
        "delivery": ["phone", "online"],
        "schedules": [("MO,TU,WE,TH,FR,SA,SU", "09:00", "20:00")],
    },
    {
        "slug": "forest-gate-community-fridge",
        "organisation": "forest-gate-mutual-aid",
        "name": {"en": "Community fridge"},
        "description": {
            "en": "Good food from shops and bakeries that would otherwise be thrown away. Take what you need, free."
        },
        "categories": ["food-banks", "mutual-aid"],
        "venues": ["forest-gate-library"],
        "schedules": [("MO,WE,FR", "15:00", "18:00")],
    },
    {
        "slug": "silvertown-food-share",
        "organisation": "silvertown-and-north-woolwich-mutual-aid",
        "name": {"en": "Saturday food share"},
        "description": {
            "en": "Surplus food, fruit and bread shared out every Saturday. Everyone welcome."
        },
        "categories": ["food-banks", "mutual-aid"],
        "venues": ["north-woolwich-library"],
        "schedules": [("SA", "11:00", "13:00")],
    },
    {
        "slug": "lithuanian-saturday-school",
        "organisation": "newham-lithuanian-community-association",
        "name": {"en": "Lithuanian Saturday school"},
        "description": {"en": "Lithuanian language and culture for children."},
        "categories": ["supplementary-schools"],
        "groups": ["children"],
        "venues": ["east-ham-library"],
        "schedules": [("SA", "10:00", "13:00")],
    },
    {
        "slug": "portuguese-benefits-help",
        "organisation": "newham-portuguese-speaking-families-project",
        "name": {"en": "Advice in Portuguese"},
        "description": {
            "en": "Help with benefits, school places, housing and letters, for Portuguese-speaking families from Portugal, Brazil, Angola and beyond."
        },
        "categories": ["benefits-advice"],
        "groups": ["families", "refugees_migrants"],
        "delivery": ["in_person", "phone"],
        "venues": ["canning-town-library"],
        "schedules": [("TH", "10:00", "13:00")],
    },
    {
        "slug": "gujarati-seniors-garba-and-lunch",
        "organisation": "newham-gujarati-seniors-mandal",
        "name": {"en": "Seniors' lunch, bhajans and garba"},
        "description": {
            "en": "A vegetarian lunch, devotional songs and gentle dance for Gujarati-speaking elders."
        },
        "categories": ["older-people", "arts-and-culture"],
        "groups": ["older_people"],
        "minimum_age": 60,
        "free": False,
        "fees": {"en": "£2 for lunch."},
        "cost_options": [("Lunch", "2.00", "per person")],
        "venues": ["manor-park-community-centre"],
        "schedules": [("FR", "11:00", "14:00")],
    },
    {
        "slug": "boleyn-youth-club",
        "organisation": "boleyn-youth-hub",
        "name": {"en": "Youth club"},
        "description": {
            "en": "Games, music studio, sport and cooking, with youth workers to talk to. Disabled young people welcome up to 25."
        },
        "categories": ["youth-activities"],
        "groups": ["young_people"],
        "minimum_age": 11,
        "maximum_age": 25,
        "venues": ["boleyn-community-hall"],
        "schedules": [("MO,WE,FR", "17:00", "20:00")],
    },
    {
        "slug": "boleyn-holiday-club",
        "organisation": "boleyn-youth-hub",
        "name": {"en": "Summer holiday club with free lunch"},
        "description": {
            "en": "Sports, art, trips and a free healthy lunch every day of the summer holidays."
        },
        "categories": ["holiday-activities"],
        "groups": ["children", "low_income"],
        "minimum_age": 5,
        "maximum_age": 16,
        "fees": {"en": "Free for children who get free school meals; £5 a day for others."},
        "venues": ["boleyn-community-hall"],
        "schedules": [
            {
                "byday": "MO,TU,WE,TH,FR",
                "opens": "10:00",
                "closes": "15:00",
                "valid_from": "2026-07-22",
                "valid_to": "2026-08-28",
            }
        ],
    },
    {
        "slug": "lgbtqia-youth-group",
        "organisation": "boleyn-youth-hub",
        "name": {"en": "LGBTQIA+ youth group"},
        "description": {
            "en": "A safe, confidential group for young people who are LGBTQIA+ or questioning, with trained youth workers."
        },
        "categories": ["youth-activities", "mental-health"],
        "groups": ["lgbtqia", "young_people"],
        "minimum_age": 13,
        "maximum_age": 19,
        "wards": [],
        "venues": ["east-ham-library"],
        "schedules": [("TU", "18:00", "20:00")],
    },
    {
        "slug": "wellbeing-cafe-stratford",
        "organisation": "newham-wellbeing-cafe",
        "name": {
            "en": "Evening wellbeing café",
            "bn": "সন্ধ্যার ওয়েলবিইং ক্যাফে",
            "ur": "شام کا ویل بیئنگ کیفے",
            "pl": "Wieczorna kawiarnia wsparcia",
        },
        "description": {
            "en": "Somewhere calm to go if you are struggling with your mental health in the evening. Talk to trained staff, or just have a cup of tea.",
            "bn": "সন্ধ্যায় মানসিকভাবে কষ্টে থাকলে যাওয়ার মতো শান্ত একটি জায়গা। প্রশিক্ষিত কর্মীদের সঙ্গে কথা বলুন, অথবা শুধু এক কাপ চা খান।",
            "ur": "شام کو اگر آپ ذہنی طور پر پریشان ہوں تو جانے کے لیے ایک پُرسکون جگہ۔ تربیت یافتہ عملے سے بات کریں، یا صرف ایک کپ چائے پیئیں۔",
            "pl": "Spokojne miejsce, gdy wieczorem zmagasz się ze zdrowiem psychicznym. Porozmawiaj z przeszkolonym personelem albo po prostu napij się herbaty.",
        },
        "categories": ["mental-health"],
        "minimum_age": 18,
        "venues": ["st-johns-church-stratford"],
        "schedules": [("TH,FR,SA", "18:00", "21:00")],
    },
    {
        "slug": "wellbeing-phone-line",
        "organisation": "newham-wellbeing-cafe",
        "name": {"en": "Evening wellbeing phone line"},
        "description": {
            "en": "Call if you feel low, anxious or alone. If you are in danger now, call 999."
        },
        "categories": ["mental-health"],
        "delivery": ["phone"],
        "schedules": [("MO,TU,WE,TH,FR,SA,SU", "18:00", "23:00")],
    },
    {
        "slug": "community-kitchen-pay-as-you-feel",
        "organisation": "custom-house-community-kitchen",
        "name": {"en": "Pay-as-you-feel lunch"},
        "description": {
            "en": "A hot two-course lunch cooked by trainees. Pay what you can, or nothing."
        },
        "categories": ["community-meals"],
        "free": False,
        "fees": {"en": "Pay what you can, or nothing."},
        "venues": ["custom-house-community-centre"],
        "schedules": [("TU,TH", "12:00", "14:00")],
    },
    {
        "slug": "kitchen-skills-training",
        "organisation": "custom-house-community-kitchen",
        "status": "submitted",
        "name": {"en": "Kitchen skills traineeship"},
        "description": {
            "en": "Twelve weeks of paid training in a professional kitchen, with a food hygiene certificate."
        },
        "categories": ["training-and-skills"],
        "groups": ["young_people"],
        "minimum_age": 16,
        "maximum_age": 24,
        "venues": ["custom-house-community-centre"],
        "schedules": [("MO", "10:00", "14:00")],
    },
    {
        "slug": "deaf-social-and-bsl-club",
        "organisation": "newham-deaf-community-group",
        "name": {"en": "Deaf social and BSL club"},
        "description": {
            "en": "A monthly social for Deaf people and BSL learners, with a short BSL lesson for beginners."
        },
        "categories": ["disability-support", "arts-and-culture"],
        "groups": ["disabled_people"],
        "venues": ["stratford-library"],
        "schedules": [("1SA", "13:00", "16:00", "First Saturday of the month")],
    },
    {
        "slug": "bsl-advice-sessions",
        "organisation": "newham-deaf-community-group",
        "name": {"en": "Advice in BSL by video call"},
        "description": {
            "en": "Help with benefits, health appointments and letters from a Deaf adviser, by video call in BSL."
        },
        "categories": ["disability-support", "benefits-advice"],
        "groups": ["disabled_people"],
        "delivery": ["online"],
        "schedules": [("WE", "10:00", "13:00")],
    },
    {
        "slug": "winter-night-shelter",
        "organisation": "stratford-churches-together",
        "name": {"en": "Winter night shelter"},
        "description": {
            "en": "A warm bed, an evening meal and breakfast for people sleeping rough, in a different church each night."
        },
        "application_process": {
            "en": "Ask the council's rough sleeping team or any day centre to refer you."
        },
        "alert": {"en": "Open every night from 1 November to 31 March."},
        "categories": ["homelessness"],
        "minimum_age": 18,
        "venues": ["st-johns-church-stratford"],
        "schedules": [
            {
                "byday": "MO,TU,WE,TH,FR,SA,SU",
                "opens": "19:00",
                "closes": "23:30",
                "valid_from": "2025-11-01",
                "valid_to": "2026-03-31",
                "description": "Arrive by 9pm. Stay until 8am.",
            }
        ],
    },
    {
        "slug": "all-saints-community-breakfast",
        "organisation": "stratford-churches-together",
        "name": {"en": "Saturday community breakfast"},
        "description": {
            "en": "A free cooked breakfast, showers and clean clothes, with a housing adviser on hand."
        },
        "categories": ["community-meals", "homelessness"],
        "venues": ["all-saints-church-west-ham"],
        "schedules": [("SA", "08:30", "10:30")],
    },
    {
        "slug": "st-mary-magdalene-lunch",
        "organisation": "stratford-churches-together",
        "name": {"en": "Wednesday lunch at St Mary Magdalene"},
        "description": {"en": "A free hot lunch and company in the church hall."},
        "categories": ["community-meals"],
        "venues": ["st-mary-magdalene-east-ham"],
        "schedules": [("WE", "12:00", "14:00")],
    },
    {
        "slug": "migrant-immigration-advice-clinic",
        "organisation": "newham-migrant-advice-project",
        "name": {
            "en": "Free immigration advice clinic",
            "bn": "বিনামূল্যে অভিবাসন পরামর্শ ক্লিনিক",
            "ur": "مفت امیگریشن مشاورتی کلینک",
            "pl": "Bezpłatne porady imigracyjne",
        },
        "description": {
            "en": "Regulated advisers help with visas, asylum, family reunion, citizenship and the EU Settlement Scheme. Interpreters can be booked.",
            "bn": "নিবন্ধিত পরামর্শদাতারা ভিসা, আশ্রয়, পরিবার পুনর্মিলন, নাগরিকত্ব ও ইইউ সেটেলমেন্ট স্কিমে সাহায্য করেন। দোভাষী বুক করা যায়।",
            "ur": "رجسٹرڈ مشیر ویزا، پناہ، خاندان کے ملاپ، شہریت اور ای یو سیٹلمنٹ اسکیم میں مدد کرتے ہیں۔ مترجم بُک کیا جا سکتا ہے۔",
            "pl": "Licencjonowani doradcy pomagają w sprawie wiz, azylu, łączenia rodzin, obywatelstwa i EU Settlement Scheme. Można zamówić tłumacza.",
        },
        "application_process": {
            "en": "Phone to book. Urgent cases (detention, removal) are seen the same day."
        },
        "categories": ["immigration-advice", "legal-advice"],
        "groups": ["refugees_migrants"],
        "delivery": ["in_person", "phone"],
        "venues": ["plaistow-library"],
        "schedules": [("TU", "10:00", "16:00")],
        "funding": "Trust for London",
    },
    {
        "slug": "refugee-welcome-drop-in",
        "organisation": "newham-migrant-advice-project",
        "name": {"en": "Refugee welcome drop-in"},
        "description": {
            "en": "Newly arrived? Get help registering with a GP, finding English classes and opening a bank account."
        },
        "categories": ["immigration-advice", "esol"],
        "groups": ["refugees_migrants", "families"],
        "venues": ["plaistow-library"],
        "schedules": [("FR", "13:00", "16:00")],
    },
    {
        "slug": "energy-advice-home-visits",
        "organisation": "east-ham-energy-advice-cooperative",
        "name": {"en": "Energy advice home visits"},
        "description": {"en": "An energy adviser visits your home to find ways to cut your bills."},
        "categories": ["energy-bills"],
        "delivery": ["in_person"],
        "schedules": [("MO,TU,WE,TH,FR", "09:00", "17:00")],
    },
    {
        "slug": "manor-park-stay-and-play-sessions",
        "organisation": "manor-park-stay-and-play",
        "name": {"en": "Stay and play"},
        "description": {
            "en": "Messy play, songs and snacks for children under five and their grown-ups."
        },
        "categories": ["under-fives"],
        "groups": ["families", "children"],
        "maximum_age": 5,
        "free": False,
        "fees": {"en": "£1 a family."},
        "cost_options": [("Each family", "1.00", "per session")],
        "venues": ["manor-park-community-centre"],
        "schedules": [("MO,TH", "09:30", "11:30")],
    },
    {
        "slug": "plashet-park-womens-walk",
        "organisation": "plashet-womens-walking-group",
        "name": {"en": "Women's walking group"},
        "description": {
            "en": "A friendly one-hour walk at an easy pace, then tea. Come in whatever you are comfortable in."
        },
        "categories": ["physical-activity", "women-groups"],
        "groups": ["women"],
        "venues": ["plashet-park"],
        "schedules": [("SU", "09:00", "10:00"), ("WE", "10:00", "11:00")],
    },
]
