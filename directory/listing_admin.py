"""The back office of a public listing (services, activities, volunteering opportunities):
scoped to the partner's organisations, moderated with partners' edits of published listings
held, its history kept, every language's fields, a preview before it is public and "These
details are still correct". Each listing's admin sets `preview_view`, its public page."""

from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from newham_connect.admin import PartnerScopedAdminMixin
from newham_connect.admin_moderation import PreviewAdminMixin

from .freshness import StillCorrectAdminMixin
from .held_changes import ModeratedAdminMixin


class ListingAdmin(
    PreviewAdminMixin,
    StillCorrectAdminMixin,
    PartnerScopedAdminMixin,
    ModeratedAdminMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    partners_can_add = True  # for their own organisations, as drafts
