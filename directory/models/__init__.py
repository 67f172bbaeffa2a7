"""Shared reference data (Open Referral / HSDS 3.0 shaped) used by all three apps.

Organisation, Location (venue), Ward, TaxonomyTerm, SpokenLanguage and AccessibilityFeature live
here once; activities and volunteering import them rather than keep copies. The package is split
by responsibility; every public name is re-exported here, so `from directory.models import X`
is the one way to import them.
"""

from .freshness import (
    FLAG_AFTER,
    REMIND_AFTER,
    REMIND_AGAIN_AFTER,
    CheckedListing,
    CheckedQuerySet,
)
from .locations import (
    Location,
    LocationKind,
)
from .organisations import (
    MembershipRole,
    Organisation,
    OrganisationKind,
    OrganisationMembership,
    OrganisationQuerySet,
)
from .pending_changes import (
    PendingChange,
    PendingChangeQuerySet,
    PendingChangeState,
)
from .reference import (
    NEWHAM_TAXONOMY,
    WHEELCHAIR_FEATURE,
    AccessibilityFeature,
    SpokenLanguage,
    TaxonomyTerm,
    TaxonomyTermQuerySet,
    Ward,
)
from .reports import (
    ListingReport,
    ListingReportQuerySet,
    ReportReason,
)
from .schedules import (
    BYDAY_RE,
    WEEKDAY_CODES,
    Frequency,
    Schedule,
    ScheduleQuerySet,
    byday_tokens_for,
)
from .search import (
    SearchDocument,
    SearchWord,
    SynonymGroup,
    UnmetSearch,
)
from .services import (
    AudienceGroup,
    ChoiceArrayField,
    Contact,
    CostOption,
    DeliveryMethod,
    Service,
    ServiceAtLocation,
    ServiceQuerySet,
    ServiceStatus,
)

__all__ = [
    "CheckedListing",
    "CheckedQuerySet",
    "FLAG_AFTER",
    "REMIND_AFTER",
    "REMIND_AGAIN_AFTER",
    "NEWHAM_TAXONOMY",
    "WHEELCHAIR_FEATURE",
    "Ward",
    "SpokenLanguage",
    "AccessibilityFeature",
    "TaxonomyTermQuerySet",
    "TaxonomyTerm",
    "OrganisationKind",
    "OrganisationQuerySet",
    "Organisation",
    "MembershipRole",
    "OrganisationMembership",
    "LocationKind",
    "Location",
    "WEEKDAY_CODES",
    "BYDAY_RE",
    "Frequency",
    "ScheduleQuerySet",
    "byday_tokens_for",
    "Schedule",
    "ChoiceArrayField",
    "ServiceStatus",
    "AudienceGroup",
    "DeliveryMethod",
    "ServiceQuerySet",
    "Service",
    "ServiceAtLocation",
    "CostOption",
    "Contact",
    "ReportReason",
    "ListingReportQuerySet",
    "ListingReport",
    "PendingChangeState",
    "PendingChangeQuerySet",
    "PendingChange",
    "SearchDocument",
    "SearchWord",
    "SynonymGroup",
    "UnmetSearch",
]
