"""The search's words (synonym groups, category names) are kept in each app server and
rebuilt when the council changes them, even after the shared cache has been emptied."""

import pytest
from django.core.cache import cache

from directory.models import SynonymGroup
from directory.search_query import vocabulary

pytestmark = pytest.mark.django_db


def test_a_change_after_the_cache_was_emptied_is_seen():
    SynonymGroup.objects.create(name="Zorbing", terms_en="zorbing")
    assert ("zorbing",) in vocabulary()
    # A restart of the cache service: every key gone, the app servers' words still built.
    cache.clear()
    SynonymGroup.objects.create(name="Quidditch", terms_en="quidditch")
    assert ("quidditch",) in vocabulary()


def test_a_removed_word_is_forgotten():
    group = SynonymGroup.objects.create(name="Zorbing", terms_en="zorbing")
    assert ("zorbing",) in vocabulary()
    group.delete()
    assert ("zorbing",) not in vocabulary()
