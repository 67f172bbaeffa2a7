"""Date, time and number formats: UK rules for every language (FORMAT_MODULE_PATH).

Django's own "en" formats are American: "05/12/2026" typed in the back office was saved as
12 May, and pages showed "Dec. 7, 2026, 2:37 a.m.". Urdu, Gujarati, Punjabi and Somali have no
Django formats at all, and Tamil and Arabic no input formats, so they fell back to the same
American defaults. Each language's module here starts from `base` (day-first input, 24-hour
times, weeks from Monday) and keeps that language's own way of writing a date for display.
"""
