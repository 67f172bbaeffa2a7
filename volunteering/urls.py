from django.urls import path

from . import feedback_views, team_views, views

app_name = "volunteering"

# Fixed pages come before "<slug>/"; their names are reserved (models.RESERVED_SLUGS).
urlpatterns = [
    path("", views.OpportunityListView.as_view(), name="index"),
    path("my/", views.MyVolunteeringView.as_view(), name="mine"),
    path("my/certificate/", views.CertificateView.as_view(), name="certificate"),
    path("my/data.json", views.DownloadMyDataView.as_view(), name="my_data"),
    path("my/delete/", views.DeleteMyDataView.as_view(), name="delete_my_data"),
    path("my/preferences/", views.ProfileView.as_view(), name="profile"),
    path("dashboard/", feedback_views.DashboardView.as_view(), name="dashboard"),
    path("feedback/thanks/", feedback_views.FeedbackThanksView.as_view(), name="feedback_thanks"),
    path("feedback/<str:token>/", feedback_views.VolunteerFeedbackView.as_view(), name="feedback"),
    path(
        "beneficiaries/<str:token>/",
        feedback_views.BeneficiaryFeedbackView.as_view(),
        name="beneficiary_feedback",
    ),
    path("application/<str:token>/", views.ApplicationView.as_view(), name="application"),
    path(
        "application/<str:token>/data.json",
        views.ApplicationDataView.as_view(),
        name="application_data",
    ),
    path("teams/", team_views.TeamsView.as_view(), name="teams"),
    path("teams/<uuid:pk>/", team_views.TeamDetailView.as_view(), name="team"),
    path("teams/<uuid:pk>/book/<slug:slug>/", team_views.TeamBookingView.as_view(), name="book"),
    path("<slug:slug>/", views.OpportunityDetailView.as_view(), name="opportunity"),
    path("<slug:slug>/interest/", views.ExpressInterestView.as_view(), name="interest"),
    path("<slug:slug>/interest/sent/", views.InterestSentView.as_view(), name="thanks"),
]
