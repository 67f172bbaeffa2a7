"""Dates written day, month's name, year ("5 December 2026", "7 December 2026, 14:37"), as
GOV.UK writes them: English, and the languages Django has no formats for (the month's name
comes from the catalogues). Also the settings' defaults, so no language is ever American."""

from newham_connect.formats.base import *  # noqa: F403 (the UK input rules every language shares)

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
