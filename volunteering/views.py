"""Resident pages of the Volunteering Hub. Thin views: rules live in models, forms, stats."""

import json

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core import signing
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, TemplateView, View

from directory.models import Organisation
from directory.search_query import ordered
from newham_connect.i18n import translated
from newham_connect.lists import FilteredListView
from newham_connect.preview import PreviewableDetailMixin
from newham_connect.ratelimit import refuse_if_limited

from . import pipeline, privacy, stats
from .filters import OpportunityFilter
from .forms import (
    HoursForm,
    InterestForm,
    ProfileForm,
    loggable_interests,
)
from .models import (
    CONSENT_VERSION,
    REMINDER_AFTER_WORKING_DAYS,
    HoursLog,
    Interest,
    InterestStatus,
    Opportunity,
    VolunteerProfile,
    retention_months,
)

HOURS_STATUSES = (InterestStatus.ACTIVE, InterestStatus.FINISHED)
FEEDBACK_STATUSES = (InterestStatus.FINISHED,)


def with_response_times(opportunities):
    """Attach each organisation's typical response time (one query for the whole page)."""
    opportunities = list(opportunities)
    times = stats.typical_response_times({o.organisation_id for o in opportunities}, timezone.now())
    for opportunity in opportunities:
        opportunity.typical_response_days = times.get(opportunity.organisation_id)
    return opportunities


def suggested_organisations(limit=10):
    """Published organisations to ask about volunteering: volunteering and mutual aid first."""
    volunteering = Organisation.categories.through.objects.filter(
        organisation_id=OuterRef("pk"), taxonomyterm__code="volunteering"
    )
    return (
        Organisation.objects.public()
        .annotate(
            involves_volunteering=Exists(volunteering),
            mutual_aid=ExpressionWrapper(Q(kind="mutual_aid"), output_field=BooleanField()),
        )
        .order_by("-involves_volunteering", "-mutual_aid", "name")[:limit]
    )


class SignInRequiredMixin(LoginRequiredMixin):
    """Send people to sign in in the language of the page they were on."""

    def get_login_url(self):
        return reverse("account_login")


class OpportunityListView(FilteredListView):
    template_name = "volunteering/opportunity_list.html"
    paginate_by = 20
    context_object_name = "opportunities"
    filterset_class = OpportunityFilter

    def get_base_queryset(self):
        return Opportunity.objects.public().open().for_list()

    def order(self, queryset):
        # Words or a place: best match or nearest first; otherwise the newest first.
        if understood := self.filterset.understood:
            return ordered(queryset, understood, "-created", "pk")
        return queryset.order_by("-created", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["opportunities"] = with_response_times(context["opportunities"])
        form = self.filterset.form
        errors = form.errors if self.filterset.is_bound else {}
        context["filter_problems"] = [(name, form.fields[name].label) for name in errors]
        if not context["opportunities"]:
            # Never a dead end: organisations people can still ask about volunteering.
            context["suggested_organisations"] = list(suggested_organisations())
        return context


class OpportunityDetailView(PreviewableDetailMixin, DetailView):
    template_name = "volunteering/opportunity_detail.html"
    context_object_name = "opportunity"

    def get_object(self, queryset=None):
        opportunity = get_object_or_404(
            self.visible(Opportunity.objects.all())
            .for_list()
            .prefetch_related("causes", "skills", "languages_welcome", "accessibility"),
            slug=self.kwargs["slug"],
        )
        return with_response_times([opportunity])[0]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        if user.is_authenticated:
            context["my_interest"] = (
                Interest.objects.for_user(user).filter(opportunity=self.object).first()
            )
        context["reminder_days"] = REMINDER_AFTER_WORKING_DAYS
        return context


class ExpressInterestView(FormView):
    """ "I'm interested": signed in or not, with explicit consent; never loses what was typed."""

    template_name = "volunteering/interest_form.html"
    form_class = InterestForm

    def dispatch(self, request, *args, **kwargs):
        self.opportunity = get_object_or_404(
            Opportunity.objects.public().select_related("organisation"),
            slug=kwargs["slug"],
        )
        if request.user.is_authenticated:
            existing = Interest.objects.for_user(request.user).filter(opportunity=self.opportunity)
            if existing.exists():
                messages.info(request, _("You have already said you are interested in this."))
                return redirect("volunteering:mine")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["organisation_name"] = str(translated(self.opportunity.organisation, "name"))
        return kwargs

    def get_initial(self):
        user = self.request.user
        if not user.is_authenticated:
            return {}
        return {"name": user.get_full_name(), "email": user.email}

    def get_context_data(self, **kwargs):
        return super().get_context_data(opportunity=self.opportunity, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self.opportunity.is_open:
            return self.render_to_response(self.get_context_data(form=self.get_form()))
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        refused = refuse_if_limited(self, form, "volunteering_interest")
        if refused:
            return refused
        interest = form.save(commit=False)
        interest.opportunity = self.opportunity
        interest.user = self.request.user if self.request.user.is_authenticated else None
        interest.language = get_language()
        interest.consent_given_at = timezone.now()
        interest.consent_version = CONSENT_VERSION
        try:
            with transaction.atomic():
                interest.save()
        except IntegrityError:  # a double click: the first one was saved
            return redirect("volunteering:mine")
        transaction.on_commit(lambda: pipeline.notify_new_interest(interest))
        self.request.session["volunteering_sent"] = str(self.opportunity.pk)
        # Shown on the next page too: people who gave only a phone number get no email.
        self.request.session["volunteering_manage"] = pipeline.manage_token(interest)
        return redirect("volunteering:thanks", slug=self.opportunity.slug)


class InterestSentView(TemplateView):
    template_name = "volunteering/interest_sent.html"

    def get_context_data(self, **kwargs):
        opportunity = get_object_or_404(
            Opportunity.objects.public().select_related("organisation"),
            slug=self.kwargs["slug"],
        )
        opportunity = with_response_times([opportunity])[0]
        session = self.request.session
        token = session.get("volunteering_manage")
        manage_url = (
            reverse("volunteering:application", args=[token])
            if token and session.get("volunteering_sent") == str(opportunity.pk)
            else None
        )
        return super().get_context_data(
            opportunity=opportunity,
            reminder_days=REMINDER_AFTER_WORKING_DAYS,
            manage_url=manage_url,
            **kwargs,
        )


class MyVolunteeringView(SignInRequiredMixin, TemplateView):
    """Your interests and where they got to, hours given, certificate, your data."""

    template_name = "volunteering/my_volunteering.html"

    def interests(self):
        return (
            Interest.objects.for_user(self.request.user)
            .select_related("opportunity__organisation", "volunteer_feedback")
            .prefetch_related(Prefetch("hours", queryset=HoursLog.objects.order_by("-date")))
            .order_by("-created")
        )

    def get_context_data(self, form=None, **kwargs):
        interests = list(self.interests())
        loggable = [i for i in interests if i.status in HOURS_STATUSES]
        if form is None and loggable:
            form = HoursForm(interests=loggable_interests(self.request.user))
        for interest in interests:
            interest.confirmed_hours = sum(h.hours for h in interest.hours.all() if h.is_confirmed)
            interest.waiting_hours = sum(
                h.hours for h in interest.hours.all() if not h.is_confirmed
            )
            interest.feedback_token = (
                pipeline.feedback_token(interest)
                if interest.status in FEEDBACK_STATUSES
                and not hasattr(interest, "volunteer_feedback")
                else None
            )
        return super().get_context_data(
            interests=interests,
            hours_form=form,
            total_confirmed=sum(i.confirmed_hours for i in interests),
            retention_months=retention_months(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        form = HoursForm(request.POST, interests=loggable_interests(request.user))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=200)
        entry = form.save(commit=False)
        entry.logged_by = request.user
        entry.save()
        messages.success(
            request,
            _(
                "Your hours are saved. They count on your certificate once the organisation "
                "confirms them."
            ),
        )
        return redirect("volunteering:mine")


class CertificateView(SignInRequiredMixin, TemplateView):
    """A printable certificate of confirmed hours, for CVs and job applications."""

    template_name = "volunteering/certificate.html"

    def get_context_data(self, **kwargs):
        confirmed = HoursLog.objects.confirmed().order_by("date")
        rows = [
            interest
            for interest in Interest.objects.for_user(self.request.user)
            .select_related("opportunity__organisation")
            .prefetch_related(Prefetch("hours", queryset=confirmed, to_attr="confirmed_hours"))
            .order_by("created")
            if interest.confirmed_hours
        ]
        for row in rows:
            row.total = sum(h.hours for h in row.confirmed_hours)
            row.first_date = row.confirmed_hours[0].date
            row.last_date = row.confirmed_hours[-1].date
        user = self.request.user
        name = next((r.name for r in reversed(rows) if r.name), "")
        return super().get_context_data(
            rows=rows,
            name=name or user.get_full_name() or user.email,
            total=sum(r.total for r in rows),
            issued=timezone.localdate(),
            **kwargs,
        )


def _json_attachment(data, filename):
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class DownloadMyDataView(SignInRequiredMixin, View):
    def get(self, request, *args, **kwargs):
        return _json_attachment(privacy.export_user_data(request.user), "my-volunteering-data.json")


class DeleteMyDataView(SignInRequiredMixin, TemplateView):
    """Confirm, then delete (POST only): a link or a crawler can never delete anything."""

    template_name = "volunteering/delete_my_data.html"

    def post(self, request, *args, **kwargs):
        if request.POST.get("confirm") != "yes":
            return self.render_to_response(self.get_context_data(error=True))
        privacy.delete_user_data(request.user)
        messages.success(request, _("Your volunteering data has been deleted."))
        return redirect("volunteering:mine")


class SignedApplicationMixin:
    """The applicant's signed link stands in for an account: it finds their one interest.
    A bad or altered link is a plain 404, like any other address that does not exist."""

    def dispatch(self, request, *args, **kwargs):
        try:
            pk = signing.loads(kwargs["token"], salt=pipeline.MANAGE_SALT)
        except signing.BadSignature:
            raise Http404 from None
        self.interest = get_object_or_404(
            Interest.objects.select_related("opportunity__organisation").prefetch_related(
                Prefetch("hours", queryset=HoursLog.objects.order_by("date"))
            ),
            pk=pk,
        )
        return super().dispatch(request, *args, **kwargs)


class ApplicationView(SignedApplicationMixin, TemplateView):
    """What one applicant sent and where it got to; download it, or delete it (POST only)."""

    template_name = "volunteering/application.html"

    def get_context_data(self, **kwargs):
        interest = self.interest
        confirmed = sum(h.hours for h in interest.hours.all() if h.is_confirmed)
        return super().get_context_data(
            interest=interest,
            opportunity=interest.opportunity,
            confirmed_hours=confirmed,
            retention_months=retention_months(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if self.interest.is_anonymised:
            return redirect(request.path)
        if request.POST.get("confirm") != "yes":
            return self.render_to_response(self.get_context_data(error=True))
        privacy.delete_interest_data(self.interest)
        messages.success(request, _("Your details have been deleted."))
        return redirect(request.path)


class ApplicationDataView(SignedApplicationMixin, View):
    def get(self, request, *args, **kwargs):
        if self.interest.is_anonymised:
            raise Http404
        return _json_attachment(
            privacy.export_interest_data(self.interest),
            f"volunteering-application-{self.interest.reference}.json",
        )


class ProfileView(SignInRequiredMixin, FormView):
    template_name = "volunteering/profile.html"
    form_class = ProfileForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = VolunteerProfile.objects.filter(user=self.request.user).first()
        return kwargs

    def form_valid(self, form):
        form.instance.user = self.request.user
        form.save()
        messages.success(self.request, _("Your volunteering preferences are saved."))
        query = privacy.profile_query(form.instance)
        return redirect(reverse("volunteering:index") + (f"?{query}" if query else ""))
