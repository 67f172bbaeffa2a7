from django.urls import path

from . import views

app_name = "directory"

urlpatterns = [
    path("services/", views.ServiceListView.as_view(), name="services"),
    path("services/<slug:slug>/", views.ServiceDetailView.as_view(), name="service"),
    path("services/<slug:slug>/report/", views.ReportProblemView.as_view(), name="report"),
    path(
        "services/<slug:slug>/report/thanks/",
        views.ReportThanksView.as_view(),
        name="report_thanks",
    ),
    path("organisations/<slug:slug>/", views.OrganisationDetailView.as_view(), name="organisation"),
]
