from django.urls import path

from . import views

app_name = "directory"

urlpatterns = [
    path("services/", views.ServicesDoorView.as_view(), name="services"),
    path("organisations/<slug:slug>/", views.OrganisationDetailView.as_view(), name="organisation"),
]
