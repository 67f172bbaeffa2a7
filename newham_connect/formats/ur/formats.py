# Django has no Urdu formats: day, month's name, year, and the 24-hour clock, with Urdu's comma.
from newham_connect.formats.named_month import *  # noqa: F403

DATETIME_FORMAT = "j F Y، H:i"
