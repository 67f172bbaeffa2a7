"""Searches that found little, counted per day for the council (a search listener, see
`newham_connect.search`). Only the words, the page's language, the part of the site, the day
and how many results: no address, no account, no time of day."""

from django.db import connection
from django.utils import timezone
from psycopg2.extras import execute_values

from .models import UnmetSearch
from .search_text import fold

# Fewer results than this in a part of the site counts as unmet: one or two results for
# "food" is as telling as none.
FEW = 3


def record_unmet(understood, sections):
    """One statement for all the parts of the site that found little."""
    query = fold(understood.text)[:200]
    day = timezone.localdate()
    rows = {
        (query, understood.language, s["door"], day): s["count"]
        for s in sections
        if s.get("door") and s["count"] < FEW
    }
    if not query or not rows:
        return
    table = UnmetSearch._meta.db_table
    with connection.cursor() as cursor:
        execute_values(
            cursor,
            f"INSERT INTO {table} (query, language, door, day, results, times) VALUES %s "  # noqa: S608 - the model's table
            "ON CONFLICT (query, language, door, day) "
            f"DO UPDATE SET times = {table}.times + 1, results = EXCLUDED.results",
            [(*key, count, 1) for key, count in rows.items()],
        )
