# Django has no formats for this language: day, month's name, year, and the 24-hour clock.
from newham_connect.formats.named_month import *  # noqa: F403
