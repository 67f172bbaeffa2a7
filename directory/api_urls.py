"""Open Referral UK 3.0 read API (issue 4)."""

app_name = "oruk"

urlpatterns = []
