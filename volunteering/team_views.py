"""Employer-supported volunteering: a work team registers, then books group opportunities."""

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import FormView, ListView

from newham_connect.lists import ForgivingPaginationMixin

from . import pipeline
from .forms import EmployerTeamForm, TeamBookingForm
from .models import EmployerTeam, Opportunity
from .views import SignInRequiredMixin


class TeamsView(FormView):
    """Employer-supported volunteering: register a team (signed in), see your teams."""

    template_name = "volunteering/teams.html"
    form_class = EmployerTeamForm

    def get_context_data(self, **kwargs):
        user = self.request.user
        teams = list(user.employer_teams.all()) if user.is_authenticated else []
        return super().get_context_data(teams=teams, **kwargs)

    def post(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect(f"{reverse('account_login')}?next={request.path}")
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        form.instance.registered_by = self.request.user
        team = form.save()
        messages.success(self.request, _("Your team is registered. Now choose where to volunteer."))
        return redirect(team.get_absolute_url())


class TeamDetailView(SignInRequiredMixin, ForgivingPaginationMixin, ListView):
    """Group-suitable opportunities a team can book, and the team's bookings."""

    template_name = "volunteering/team_detail.html"
    context_object_name = "opportunities"
    paginate_by = 20

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            # Someone else's team is simply not found.
            self.team = get_object_or_404(
                EmployerTeam.objects.filter(registered_by=request.user), pk=kwargs["pk"]
            )
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return (
            Opportunity.objects.public()
            .open()
            .for_list()
            .filter(suitable_for_employer_teams=True)
            .order_by("-created", "pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["team"] = self.team
        context["bookings"] = list(
            self.team.bookings.select_related("opportunity__organisation").order_by("date")
        )
        return context


class TeamBookingView(SignInRequiredMixin, FormView):
    template_name = "volunteering/team_booking.html"
    form_class = TeamBookingForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.team = get_object_or_404(
                EmployerTeam.objects.filter(registered_by=request.user), pk=kwargs["pk"]
            )
            self.opportunity = get_object_or_404(
                Opportunity.objects.public()
                .open()
                .select_related("organisation")
                .filter(suitable_for_employer_teams=True),
                slug=kwargs["slug"],
            )
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.update(team=self.team, opportunity=self.opportunity)
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(team=self.team, opportunity=self.opportunity, **kwargs)

    def form_valid(self, form):
        try:
            with transaction.atomic():
                form.save()
        except IntegrityError:
            form.add_error("date", _("Your team has already asked for this day."))
            return self.form_invalid(form)
        pipeline.notify_team_booking(form.instance)
        messages.success(
            self.request, _("Your request is sent. The organisation will contact you to confirm.")
        )
        return redirect(self.team.get_absolute_url())
