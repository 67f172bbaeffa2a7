# Django's date display for this language, with the UK input rules and the 24-hour clock;
# Django gives it no date-and-time format, so the American default would show.
from newham_connect.formats.base import *  # noqa: F403 (the UK input rules every language shares)

DATETIME_FORMAT = "j F, Y, H:i"
