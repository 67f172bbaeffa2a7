# This language's own date display (Django's), with the UK input rules and the 24-hour clock.
from newham_connect.formats.base import *  # noqa: F403 (the UK input rules every language shares)
