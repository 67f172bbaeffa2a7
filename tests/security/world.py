"""One published listing of every kind per hostile value, with the value in every translated
field (English and Urdu columns) of every model modeltranslation knows about."""

import datetime
from decimal import Decimal

from django.db.models import CharField
from django.utils import timezone
from modeltranslation.translator import translator

from activities.models import ACTIVITY_LIST_TAXONOMY, ActivitySeries, Campaign
from activities.models import Schedule as ActivitySchedule
from directory.models import (
    AccessibilityFeature,
    Contact,
    CostOption,
    Location,
    Organisation,
    Schedule,
    Service,
    ServiceAtLocation,
    SpokenLanguage,
    SynonymGroup,
    TaxonomyTerm,
    Ward,
)
from tests.hostile import storable
from volunteering.models import CAUSES_TAXONOMY, SKILLS_TAXONOMY, Opportunity

URDU_PREFIX = "اردو "
LANGUAGES = ("en", "ur")


def translated_fields(model):
    return sorted(translator.get_options_for_model(model).get_field_names())


def column(model, field, language):
    return model._meta.get_field(f"{field}_{language}")


def stored(model, field, language, value):
    """What the `field` column in `language` holds once `value` is saved there."""
    target = column(model, field, language)
    text = value if language == "en" else URDU_PREFIX + value
    return storable(text, target.max_length if isinstance(target, CharField) else None)


def hostile_values(model, value):
    """Keyword arguments putting `value` into every translated column of `model`."""
    return {
        f"{field}_{language}": stored(model, field, language, value)
        for field in translated_fields(model)
        for language in LANGUAGES
    }


class World:
    """The listings for one hostile value; `name(obj, language)` is what its page must show."""

    def __init__(self, index, key, value):
        self.key, self.value = key, value
        slug = f"hostile-{key}"
        self.ward, _created = Ward.objects.get_or_create(
            slug="hostile-ward", defaults={"name": "Hostile ward"}
        )
        self.language = SpokenLanguage.objects.create(
            code=f"x-hostile{index}", **hostile_values(SpokenLanguage, value)
        )
        self.feature = AccessibilityFeature.objects.create(
            code=slug, **hostile_values(AccessibilityFeature, value)
        )
        self.category = TaxonomyTerm.objects.create(
            code=slug, taxonomy=CAUSES_TAXONOMY, **hostile_values(TaxonomyTerm, value)
        )
        self.activity_type = TaxonomyTerm.objects.create(
            code=slug, taxonomy=ACTIVITY_LIST_TAXONOMY, **hostile_values(TaxonomyTerm, value)
        )
        self.cause = self.category  # causes are the borough's categories
        # The search's synonyms: a hostile word list must not break a search that uses it.
        self.synonyms = SynonymGroup.objects.create(
            name=slug, **hostile_values(SynonymGroup, value)
        )
        self.synonyms.categories.set([self.category])
        self.skill = TaxonomyTerm.objects.create(
            code=slug, taxonomy=SKILLS_TAXONOMY, **hostile_values(TaxonomyTerm, value)
        )
        self.organisation = Organisation.objects.create(
            slug=slug,
            kind="charity",
            status="published",
            email="team@example.org",
            website="https://example.org/",
            **hostile_values(Organisation, value),
        )
        self.organisation.categories.set([self.category])
        self.location = Location.objects.create(
            slug=slug,
            kind="community_centre",
            address=storable(value, 200),
            postcode="E15 1EL",
            ward=self.ward,
            latitude="51.5420",
            longitude="0.0020",
            **hostile_values(Location, value),
        )
        self.location.accessibility.set([self.feature])
        self._service(slug, value)
        self._series(slug, value)
        self.opportunity = Opportunity.objects.create(
            organisation=self.organisation,
            slug=slug,
            status="published",
            location=self.location,
            suitable_for_groups=True,
            suitable_for_employer_teams=True,
            **hostile_values(Opportunity, value),
        )
        self.opportunity.causes.set([self.cause])
        self.opportunity.skills.set([self.skill])
        self.opportunity.languages_welcome.set([self.language])
        self.opportunity.accessibility.set([self.feature])

    def _service(self, slug, value):
        self.service = Service.objects.create(
            organisation=self.organisation,
            slug=slug,
            status="published",
            phone="020 8430 2000",
            url="https://example.org/service",
            **hostile_values(Service, value),
        )
        self.service.categories.set([self.category])
        self.service.languages.set([self.language])
        self.service.wards.set([self.ward])
        self.sal = ServiceAtLocation.objects.create(
            service=self.service, location=self.location, **hostile_values(ServiceAtLocation, value)
        )
        times = {"byday": ["MO", "WE"], "opens_at": "09:00", "closes_at": "17:00"}
        Schedule.objects.create(service=self.service, **times, **hostile_values(Schedule, value))
        Schedule.objects.create(
            service_at_location=self.sal, **times, **hostile_values(Schedule, value)
        )
        CostOption.objects.create(
            service=self.service, amount=Decimal("2.50"), **hostile_values(CostOption, value)
        )
        Contact.objects.create(
            service=self.service,
            name=storable(value, 150),
            title=storable(value, 150),
            phone="020 8430 2000",
        )

    def _series(self, slug, value):
        self.campaign = Campaign.objects.create(slug=slug, **hostile_values(Campaign, value))
        self.series = ActivitySeries.objects.create(
            organisation=self.organisation,
            slug=slug,
            status="published",
            location=self.location,
            **hostile_values(ActivitySeries, value),
        )
        self.series.categories.set([self.category])
        self.series.activity_types.set([self.activity_type])
        self.series.languages.set([self.language])
        self.series.accessibility.set([self.feature])
        self.series.campaigns.set([self.campaign])
        tomorrow = timezone.localdate() + datetime.timedelta(days=1)
        ActivitySchedule.objects.create(
            series=self.series,
            frequency="weekly",
            days=[tomorrow.isoweekday()],
            start_date=tomorrow,
            end_date=tomorrow + datetime.timedelta(days=7),
            start_time=datetime.time(10, 0),
            end_time=datetime.time(11, 30),
            skip_bank_holidays=False,
        )
        self.series.refresh_from_db()
        self.occurrence = self.series.occurrences.order_by("start").first()

    def name(self, model, language="en", field="name"):
        return stored(model, field, language, self.value)
