"""How it went: feedback from volunteers and the people they helped, and the impact it adds
up to (the dashboard)."""

from django.core import signing
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.views.generic import FormView, TemplateView

from newham_connect.permissions import is_council, organisation_roles

from . import pipeline, stats
from .forms import NeedsFeedbackForm, VolunteerFeedbackForm
from .models import Interest, Opportunity
from .views import FEEDBACK_STATUSES, SignInRequiredMixin

FEEDBACK_MAX_AGE = 60 * 60 * 24 * 365  # a feedback link works for a year


class VolunteerFeedbackView(FormView):
    """How it went, from the volunteer. The signed link works with or without an account."""

    template_name = "volunteering/feedback_volunteer.html"
    form_class = VolunteerFeedbackForm

    def dispatch(self, request, *args, **kwargs):
        try:
            pk = signing.loads(
                kwargs["token"], salt=pipeline.FEEDBACK_SALT, max_age=FEEDBACK_MAX_AGE
            )
        except signing.BadSignature:
            raise Http404 from None
        self.interest = get_object_or_404(
            Interest.objects.with_personal_data().select_related("opportunity__organisation"),
            pk=pk,
            status__in=FEEDBACK_STATUSES,
        )
        self.already = hasattr(self.interest, "volunteer_feedback")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            interest=self.interest,
            opportunity=self.interest.opportunity,
            already=self.already,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if self.already:
            return self.render_to_response(self.get_context_data())
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        form.instance.interest = self.interest
        try:
            with transaction.atomic():
                form.save()
        except IntegrityError:
            pass  # sent twice: the first answer stands
        return redirect("volunteering:feedback_thanks")


class BeneficiaryFeedbackView(FormView):
    """From the people volunteers helped; the organisation shares the signed link."""

    template_name = "volunteering/feedback_beneficiary.html"
    form_class = NeedsFeedbackForm

    def dispatch(self, request, *args, **kwargs):
        try:
            pk = signing.loads(kwargs["token"], salt=pipeline.BENEFICIARY_SALT)
        except signing.BadSignature:
            raise Http404 from None
        self.opportunity = get_object_or_404(
            Opportunity.objects.select_related("organisation"), pk=pk
        )
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(opportunity=self.opportunity, **kwargs)

    def form_valid(self, form):
        form.instance.opportunity = self.opportunity
        form.save()
        return redirect("volunteering:feedback_thanks")


class FeedbackThanksView(TemplateView):
    template_name = "volunteering/feedback_thanks.html"


class DashboardView(SignInRequiredMixin, TemplateView):
    """Impact: the council sees every organisation; a partner sees its own and the borough."""

    template_name = "volunteering/dashboard.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not (
            is_council(request.user) or organisation_roles(request.user)
        ):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        user = self.request.user
        ids = None if is_council(user) else list(organisation_roles(user))
        return super().get_context_data(
            figures=stats.impact(timezone.now(), ids), council=is_council(user), **kwargs
        )
