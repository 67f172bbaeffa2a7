"""OpenActive open data: RPDE feeds, the dataset site, and @id addresses (no language prefix)."""

from django.urls import path

from . import views

app_name = "openactive"

urlpatterns = [
    path("", views.DatasetSiteView.as_view(), name="dataset"),
    path("feeds/session-series", views.SessionSeriesFeedView.as_view(), name="session_series"),
    path(
        "feeds/scheduled-sessions",
        views.ScheduledSessionsFeedView.as_view(),
        name="scheduled_sessions",
    ),
    path("session-series/<uuid:pk>", views.series_redirect, name="series"),
    path("scheduled-sessions/<uuid:pk>", views.session_redirect, name="session"),
]
