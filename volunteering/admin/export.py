"""The partner's own volunteers as CSV: the selected ones (an action) or all of them."""

import csv
import uuid

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Q, Sum
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _

from newham_connect.permissions import organisation_roles

from ..models import Interest, InterestStatus


def _cell(value):
    """A CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class InterestExportMixin:
    """InterestAdmin's exports (bulk export is for an organisation's own use)."""

    @admin.action(description=_("Export the selected people as CSV"), permissions=["export"])
    def export_selected(self, request, queryset):
        return self._csv(queryset.for_organisations(list(organisation_roles(request.user))))

    def has_export_permission(self, request):
        # Bulk export is for the organisation's own use; moderators look one person at a time.
        return bool(organisation_roles(request.user))

    def export_view(self, request):
        """All of the partner's own volunteers, optionally one organisation or status."""
        roles = organisation_roles(request.user)
        if not roles:
            raise PermissionDenied
        queryset = Interest.objects.for_organisations(list(roles))
        organisation = request.GET.get("organisation")
        if organisation:
            try:
                organisation = uuid.UUID(organisation)
            except ValueError:
                raise Http404 from None
            if organisation not in roles:
                raise Http404  # another organisation's volunteers: not found, not forbidden
            queryset = queryset.filter(opportunity__organisation_id=organisation)
        status = request.GET.get("status")
        if status:
            if status not in InterestStatus.values:
                raise Http404
            queryset = queryset.filter(status=status)
        return self._csv(queryset)

    def _csv(self, queryset):
        queryset = (
            queryset.with_personal_data()
            .select_related("opportunity__organisation")
            .annotate(confirmed=_confirmed_hours())
            .order_by("opportunity__organisation__name", "created")
        )
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="volunteers.csv"'
        response.write("\ufeff")  # so Excel reads the names in every script correctly
        writer = csv.writer(response)
        writer.writerow(
            [
                "reference",
                "organisation",
                "opportunity",
                "name",
                "email",
                "phone",
                "language",
                "status",
                "sent",
                "first_contacted",
                "training_done_on",
                "dbs_checked_on",
                "confirmed_hours",
            ]
        )
        for i in queryset:
            writer.writerow(
                [
                    _cell(v)
                    for v in (
                        i.reference,
                        i.opportunity.organisation.name_en,
                        i.opportunity.title_en,
                        i.name,
                        i.email,
                        i.phone,
                        i.language,
                        i.status,
                        i.created.isoformat(),
                        i.first_contacted_at.isoformat() if i.first_contacted_at else "",
                        i.training_done_on,
                        i.dbs_checked_on,
                        i.confirmed or 0,
                    )
                ]
            )
        return response


def _confirmed_hours():
    return Sum("hours__hours", filter=Q(hours__confirmed_at__isnull=False))
