# British English, as GOV.UK writes it: 5 December 2026, 17:30.
from newham_connect.formats.named_month import *  # noqa: F403

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
