"""Data made once per module, inside a transaction rolled back when the module ends.

Creating a listing of every kind for each hostile value takes seconds; each test then reads it
through its own savepoint (pytest-django's `db`, as Django's setUpTestData does), and nothing is
left behind for other modules, whatever the order or the xdist worker."""

import pytest
from django.db import transaction
from django.utils import translation


def module_fixture(build):
    """A module-scoped fixture returning build(), rolled back after the module's tests."""

    @pytest.fixture(scope="module")
    def fixture(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock():
            atomic = transaction.atomic()
            atomic.__enter__()
        try:
            with django_db_blocker.unblock(), translation.override("en"):
                data = build()
            yield data
        finally:
            with django_db_blocker.unblock():
                transaction.set_rollback(True)
                atomic.__exit__(None, None, None)

    return fixture
