import pytest
from django.core.exceptions import ValidationError

from directory.models import Organisation
from newham_connect.moderation import ModerationStatus as S

pytestmark = pytest.mark.django_db

ALLOWED = [
    (S.DRAFT, S.SUBMITTED),
    (S.SUBMITTED, S.PUBLISHED),
    (S.SUBMITTED, S.CHANGES_REQUESTED),
    (S.CHANGES_REQUESTED, S.SUBMITTED),
    (S.PUBLISHED, S.ARCHIVED),
    (S.ARCHIVED, S.PUBLISHED),  # a moderator undoing an archive
]


@pytest.mark.parametrize("old,new", [(a, b) for a in S for b in S])
def test_state_machine(make_org, old, new):
    org = make_org(status=old)
    before = org.status_changed_at
    if (old, new) in ALLOWED:
        org.move_to(new, note="ok")
        assert org.status == new
        assert org.status_changed_at >= before
    else:
        with pytest.raises(ValidationError):
            org.move_to(new)
        assert org.status == old


def test_only_published_is_public(make_org, client):
    for status in S:
        make_org(name=f"Org {status}", slug=f"org-{status}", status=status)
    assert list(Organisation.objects.public().values_list("slug", flat=True)) == ["org-published"]
    for status in S:
        response = client.get(f"/en/organisations/org-{status}/")
        assert response.status_code == (200 if status == S.PUBLISHED else 404)
