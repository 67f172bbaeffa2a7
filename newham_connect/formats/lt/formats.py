# This language's own date display (Django's); dates are usually typed 05.12.2026.
from newham_connect.formats.base import *  # noqa: F403 (the UK input rules every language shares)
from newham_connect.formats.base import day_first

DATE_INPUT_FORMATS = day_first("%d.%m.%Y")
