from django.shortcuts import get_object_or_404
from django.views.generic import DetailView

from newham_connect.views import DoorView

from .models import Organisation


class OrganisationDetailView(DetailView):
    template_name = "directory/organisation_detail.html"
    context_object_name = "organisation"

    def get_object(self, queryset=None):
        # Only published organisations are public; anything else is a plain 404.
        return get_object_or_404(
            Organisation.objects.published().prefetch_related("wards", "languages", "categories"),
            slug=self.kwargs["slug"],
        )


class ServicesDoorView(DoorView):
    door = "services"
