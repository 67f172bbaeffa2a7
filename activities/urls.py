from django.urls import path

from . import views

app_name = "activities"

urlpatterns = [
    path("", views.WhatsOnView.as_view(), name="index"),
    path("calendar.ics", views.WhatsOnCalendarView.as_view(), name="calendar"),
    path("<slug:slug>/", views.ActivityDetailView.as_view(), name="detail"),
    path("<slug:slug>/calendar.ics", views.SeriesCalendarView.as_view(), name="series_calendar"),
    path(
        "<slug:slug>/sessions/<uuid:pk>.ics",
        views.OccurrenceCalendarView.as_view(),
        name="occurrence_calendar",
    ),
]
