"""OpenActive RPDE feeds and dataset site (issue 5)."""

app_name = "openactive"

urlpatterns = []
