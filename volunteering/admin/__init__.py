"""Back office for the Volunteering Hub.

Partners see only their own organisation's opportunities, applicants, hours and bookings
(PartnerScopedAdminMixin); another organisation's record is "not found". Council moderators
see every row, but an applicant's personal data only after recording why (ApplicantDataAccess).

One module per responsibility:
- `opportunities`: the listings (moderated, partners' edits of published ones held);
- `interests`: the pipeline of people who offered, and the reason a moderator records;
- `export`: the partner's volunteers as CSV;
- `inlines`: on an interest's page, the hours given and the host's feedback;
- `hours`: hours across all volunteers, confirmed in bulk;
- `records`: team bookings, feedback and the data-access record;
- `common`: what those share.
"""

# Importing the modules registers their admins; in this order, so the admin registry (and the
# permission matrix generated from it, docs/permissions.md) lists them as it always has.
# isort: off
from . import opportunities  # noqa: F401
from . import interests  # noqa: F401
from . import hours  # noqa: F401
from . import records  # noqa: F401

# isort: on
