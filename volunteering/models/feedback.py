"""Impact: volunteers' wellbeing answers, host organisations' and beneficiaries' feedback."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from directory.models import (
    TaxonomyTerm,
)

from .applications import Interest
from .opportunities import SKILLS_TAXONOMY, Opportunity


def _scale(label):
    return models.PositiveSmallIntegerField(
        label, validators=[MinValueValidator(0), MaxValueValidator(10)]
    )


def _scale_check(field, name):
    return models.CheckConstraint(
        condition=Q(**{f"{field}__gte": 0, f"{field}__lte": 10}), name=name
    )


class VolunteerFeedback(models.Model):
    """After volunteering ends: the ONS wellbeing questions (0–10), connectedness and skills."""

    interest = models.OneToOneField(
        Interest,
        verbose_name=_("volunteering"),
        on_delete=models.CASCADE,
        related_name="volunteer_feedback",
    )
    # The ONS "personal wellbeing" questions, each 0 (not at all) to 10 (completely).
    life_satisfaction = _scale(_("satisfied with life"))
    worthwhile = _scale(_("things you do are worthwhile"))
    happiness = _scale(_("happy yesterday"))
    anxiety = _scale(_("anxious yesterday"))
    connectedness = _scale(_("connected to people in your area"))
    skills_gained = models.ManyToManyField(
        TaxonomyTerm,
        verbose_name=_("skills gained"),
        blank=True,
        related_name="+",
        limit_choices_to={"taxonomy": SKILLS_TAXONOMY},
    )
    other_skills = models.CharField(_("other skills gained"), max_length=300, blank=True)
    would_recommend = models.BooleanField(_("would recommend it"), default=True)
    comments = models.TextField(_("comments"), blank=True)
    created = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("volunteer feedback")
        verbose_name_plural = _("volunteer feedback")
        constraints = [
            _scale_check("life_satisfaction", "feedback_life_satisfaction_0_10"),
            _scale_check("worthwhile", "feedback_worthwhile_0_10"),
            _scale_check("happiness", "feedback_happiness_0_10"),
            _scale_check("anxiety", "feedback_anxiety_0_10"),
            _scale_check("connectedness", "feedback_connectedness_0_10"),
        ]

    def __str__(self):
        return _("Feedback on %(interest)s") % {"interest": self.interest}


class NeedsMet(models.TextChoices):
    YES = "yes", _("Yes")
    PARTLY = "partly", _("Partly")
    NO = "no", _("No")


class HostFeedback(models.Model):
    """The host organisation's view of one volunteer's placement."""

    interest = models.OneToOneField(
        Interest,
        verbose_name=_("volunteering"),
        on_delete=models.CASCADE,
        related_name="host_feedback",
    )
    needs_met = models.CharField(
        _("did it meet your organisation's needs?"), max_length=10, choices=NeedsMet
    )
    rating = _scale(_("how well it went (0 to 10)"))
    comments = models.TextField(_("comments"), blank=True)
    created = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("host organisation feedback")
        verbose_name_plural = _("host organisation feedback")
        constraints = [_scale_check("rating", "host_feedback_rating_0_10")]

    def __str__(self):
        return _("Host feedback on %(interest)s") % {"interest": self.interest}


class BeneficiaryFeedback(models.Model):
    """Anonymous feedback from someone the volunteers helped."""

    opportunity = models.ForeignKey(
        Opportunity,
        verbose_name=_("opportunity"),
        on_delete=models.CASCADE,
        related_name="beneficiary_feedback",
    )
    needs_met = models.CharField(_("did it meet your needs?"), max_length=10, choices=NeedsMet)
    rating = _scale(_("how much it helped (0 to 10)"))
    comments = models.TextField(_("comments"), blank=True)
    created = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("feedback from people helped")
        verbose_name_plural = _("feedback from people helped")
        constraints = [_scale_check("rating", "beneficiary_feedback_rating_0_10")]

    def __str__(self):
        return _("Feedback on %(opportunity)s") % {"opportunity": self.opportunity}
