"""What every language shares: dates typed day first, as everyone in the UK writes them.

No format reads the month first, so "05/12/2026" is 5 December in all 12 languages
(tests/newham_connect/test_formats.py). The first input format is how a form shows a date it
already holds. Times are shown on the 24-hour clock, as the public pages show them; a time
typed as "5:30pm" or "17.30" is understood too, as GOV.UK's pattern for times asks.
"""

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 05/12/2026
    "%d/%m/%y",  # 05/12/26
    "%d-%m-%Y",  # 05-12-2026
    "%d.%m.%Y",  # 05.12.2026
    "%d.%m.%y",  # 05.12.26
    "%d %m %Y",  # 05 12 2026
    "%Y-%m-%d",  # 2026-12-05 (what a browser's date picker sends)
    "%d %B %Y",  # 5 December 2026
    "%d %b %Y",  # 5 Dec 2026
]
TIME_INPUT_FORMATS = [
    "%H:%M",  # 17:30
    "%H:%M:%S",  # 17:30:00
    "%H.%M",  # 17.30
    "%I:%M%p",  # 5:30pm
    "%I:%M %p",  # 5:30 pm
    "%I.%M%p",  # 5.30pm
    "%I%p",  # 5pm
    "%I %p",  # 5 pm
]
DATETIME_INPUT_FORMATS = [
    f"{date} {time}" for date in DATE_INPUT_FORMATS for time in TIME_INPUT_FORMATS[:3]
] + ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]
TIME_FORMAT = "H:i"
FIRST_DAY_OF_WEEK = 1  # Monday


def day_first(first):
    """The date input formats with a language's own usual way first (e.g. 05.12.2026)."""
    return [first, *(f for f in DATE_INPUT_FORMATS if f != first)]
