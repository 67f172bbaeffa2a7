"""The project runs on real PostgreSQL with the extensions search needs."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def test_database_is_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        assert int(cursor.fetchone()[0]) >= 150000


def test_trigram_extension_is_installed():
    with connection.cursor() as cursor:
        cursor.execute("SELECT similarity('Forest Gate', 'Forrest Gate')")
        assert cursor.fetchone()[0] > 0.5


def test_unaccent_works_with_extension_or_fallback():
    with connection.cursor() as cursor:
        cursor.execute("SELECT unaccent('Română Lietuvių São Tomé')")
        assert cursor.fetchone()[0] == "Romana Lietuviu Sao Tome"


def test_healthz_checks_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
