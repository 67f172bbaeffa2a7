# Django has no formats for this language: day, month's name, year, and the 24-hour clock.
from newham_connect.formats.base import *  # noqa: F403 (the UK input rules every language shares)

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
