from django.urls import path

from newham_connect.views import DoorView

app_name = "activities"

urlpatterns = [
    path("", DoorView.as_view(door="activities"), name="index"),
]
