"""The Volunteering Hub: opportunities, expressions of interest, hours, teams and feedback.

Organisations, venues, wards, categories, languages and accessibility features come from
`directory`; nothing here copies them. The package is split by responsibility; every public name
is re-exported here, so `from volunteering.models import X` is the one way to import them.
"""

from .applications import (
    CLOSED_STATUSES,
    CONSENT_VERSION,
    CONTACT_TARGET_WORKING_DAYS,
    ESCALATE_AFTER_WORKING_DAYS,
    INTEREST_TRANSITIONS,
    REMINDER_AFTER_WORKING_DAYS,
    STATUS_TIMESTAMP,
    ApplicantDataAccess,
    Interest,
    InterestQuerySet,
    InterestStatus,
    S,
    VolunteerProfile,
    retention_months,
)
from .feedback import (
    BeneficiaryFeedback,
    HostFeedback,
    NeedsMet,
    VolunteerFeedback,
)
from .hours import (
    HoursLog,
    HoursLogQuerySet,
)
from .opportunities import (
    CAUSES_TAXONOMY,
    RESERVED_SLUGS,
    SKILLS_TAXONOMY,
    Opportunity,
    OpportunityQuerySet,
    TimeCommitment,
)
from .teams import (
    BookingStatus,
    EmployerTeam,
    TeamBooking,
)

__all__ = [
    "CAUSES_TAXONOMY",
    "SKILLS_TAXONOMY",
    "RESERVED_SLUGS",
    "TimeCommitment",
    "OpportunityQuerySet",
    "Opportunity",
    "CONSENT_VERSION",
    "REMINDER_AFTER_WORKING_DAYS",
    "ESCALATE_AFTER_WORKING_DAYS",
    "CONTACT_TARGET_WORKING_DAYS",
    "retention_months",
    "InterestStatus",
    "S",
    "INTEREST_TRANSITIONS",
    "STATUS_TIMESTAMP",
    "CLOSED_STATUSES",
    "InterestQuerySet",
    "Interest",
    "VolunteerProfile",
    "ApplicantDataAccess",
    "HoursLogQuerySet",
    "HoursLog",
    "EmployerTeam",
    "BookingStatus",
    "TeamBooking",
    "VolunteerFeedback",
    "NeedsMet",
    "HostFeedback",
    "BeneficiaryFeedback",
]
