"""Back office for the Volunteering Hub.

Partners see only their own organisation's opportunities, applicants, hours and bookings
(PartnerScopedAdminMixin); another organisation's record is "not found". Council moderators
see every row, but an applicant's personal data only after recording why (ApplicantDataAccess).

One module per responsibility:
- `opportunities`: the listings (moderated, partners' edits of published ones held);
- `interests`: the pipeline of people who offered, and the reason a moderator records;
- `export`: the partner's volunteers as CSV;
- `hours`: hours given and the host's feedback on a placement;
- `records`: team bookings, feedback and the data-access record;
- `common`: what those share.
"""

from . import hours, interests, opportunities, records  # noqa: F401 - registers the admins
