"""Hole 3 of issue 10: a published opportunity of an organisation that is not public was public
(listed, found by the site search, its page and its interest form answered)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("org_status", ["draft", "archived"])
def test_published_opportunity_of_unpublished_organisation_is_not_public(
    client, make_org, make_opportunity, org_status
):
    org = make_org(status=org_status)
    opportunity = make_opportunity(org, title="Hidden riverside litter pick")
    listed = client.get("/en/volunteering/").content.decode()
    assert "Hidden riverside litter pick" not in listed
    found = client.get("/en/search/", {"q": "riverside litter"}).content.decode()
    assert "Hidden riverside litter pick" not in found
    assert client.get(f"/en/volunteering/{opportunity.slug}/").status_code == 404
    assert client.get(f"/en/volunteering/{opportunity.slug}/interest/").status_code == 404
    posted = client.post(
        f"/en/volunteering/{opportunity.slug}/interest/",
        {"name": "Rita", "email": "rita@example.org", "consent": "on"},
    )
    assert posted.status_code == 404
    assert not opportunity.interests.exists()
