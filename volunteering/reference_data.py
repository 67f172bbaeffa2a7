# ruff: noqa: E501 - translations stay one string per line so they can be reviewed whole.
"""Reference data the Volunteering Hub needs in production: the skills volunteers can offer and
roles can ask for, loaded by volunteering.reference.load() (`manage.py load_reference_data`)."""

SKILLS = [
    {
        "code": "cooking",
        "name": {"en": "Cooking", "bn": "রান্না", "ur": "کھانا پکانا", "pl": "Gotowanie"},
    },
    {
        "code": "driving",
        "name": {"en": "Driving", "bn": "গাড়ি চালানো", "ur": "ڈرائیونگ", "pl": "Prowadzenie auta"},
    },
    {
        "code": "gardening",
        "name": {"en": "Gardening", "bn": "বাগান করা", "ur": "باغبانی", "pl": "Ogrodnictwo"},
    },
    {
        "code": "befriending",
        "name": {
            "en": "Listening and befriending",
            "bn": "কথা শোনা ও বন্ধুত্ব",
            "ur": "بات سننا اور دوستی",
            "pl": "Słuchanie i towarzyszenie",
        },
    },
    {
        "code": "interpreting",
        "name": {
            "en": "Speaking another language",
            "bn": "অন্য ভাষায় কথা বলা",
            "ur": "کوئی اور زبان بولنا",
            "pl": "Znajomość innego języka",
        },
    },
    {
        "code": "teaching",
        "name": {
            "en": "Teaching and tutoring",
            "bn": "শেখানো ও পড়ানো",
            "ur": "پڑھانا اور ٹیوشن",
            "pl": "Nauczanie i korepetycje",
        },
    },
    {
        "code": "digital",
        "name": {
            "en": "Computers and phones",
            "bn": "কম্পিউটার ও ফোন",
            "ur": "کمپیوٹر اور فون",
            "pl": "Komputery i telefony",
        },
    },
    {
        "code": "admin",
        "name": {
            "en": "Admin and organising",
            "bn": "অফিসের কাজ ও আয়োজন",
            "ur": "دفتری کام اور انتظام",
            "pl": "Administracja i organizacja",
        },
    },
    {
        "code": "sport",
        "name": {
            "en": "Sport and coaching",
            "bn": "খেলাধুলা ও কোচিং",
            "ur": "کھیل اور کوچنگ",
            "pl": "Sport i trenowanie",
        },
    },
    {
        "code": "arts",
        "name": {
            "en": "Arts and crafts",
            "bn": "শিল্প ও হস্তশিল্প",
            "ur": "آرٹ اور دستکاری",
            "pl": "Sztuka i rękodzieło",
        },
    },
    {
        "code": "sorting",
        "name": {
            "en": "Sorting and carrying",
            "bn": "বাছাই ও বহন",
            "ur": "چھانٹی اور سامان اٹھانا",
            "pl": "Sortowanie i noszenie",
        },
    },
    {
        "code": "welcoming",
        "name": {
            "en": "Welcoming people",
            "bn": "মানুষকে স্বাগত জানানো",
            "ur": "لوگوں کا استقبال",
            "pl": "Witanie ludzi",
        },
    },
    {
        "code": "childcare",
        "name": {
            "en": "Play and childcare",
            "bn": "খেলা ও শিশু যত্ন",
            "ur": "کھیل اور بچوں کی دیکھ بھال",
            "pl": "Zabawa i opieka nad dziećmi",
        },
    },
]
