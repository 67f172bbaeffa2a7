from django.urls import path

from newham_connect.views import DoorView

app_name = "volunteering"

urlpatterns = [
    path("", DoorView.as_view(door="volunteering"), name="index"),
]
