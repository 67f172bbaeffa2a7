"""Messages that Django and allauth show residents and partners, listed so `makemessages`
puts them in our catalogues. Django and allauth have no Gujarati or Somali (and allauth no
Bengali, Urdu, Punjabi or Tamil), and our catalogue comes first in LOCALE_PATHS, so these are
shown in every one of our 12 languages. Nothing imports this module; it exists for extraction
only.
"""

from django.utils.translation import gettext_noop

BORROWED = [
    # django.forms
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a valid value."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    # django.contrib.auth.password_validation
    gettext_noop("This password is too common."),
    gettext_noop("This password is entirely numeric."),
    gettext_noop("The password is too similar to the %(verbose_name)s."),
    gettext_noop("email address"),
    # allauth.account.forms (hard-coded there, not in the adapter)
    gettext_noop("You must type the same password each time."),
    # django.views.csrf (shown if a form is sent after its session expired)
    gettext_noop("Forbidden"),
    # django.contrib.admin: the back office's header, actions and buttons, which Django has
    # in no Gujarati or Somali and only partly in Bengali, Urdu, Punjabi and Tamil (our
    # catalogue takes Django's own wording where it has one).
    gettext_noop("View site"),
    gettext_noop("Welcome,"),
    gettext_noop("Log out"),
    gettext_noop("Change password"),
    gettext_noop("Save"),
    gettext_noop("Save and add another"),
    gettext_noop("Save and continue editing"),
    gettext_noop("View on site"),
    gettext_noop("Action:"),
    gettext_noop("Run the selected action"),
    gettext_noop("Recent actions"),
    gettext_noop("My actions"),
    gettext_noop("None available"),
    gettext_noop("Start typing to filter…"),
    gettext_noop("Toggle navigation"),
    gettext_noop("Hold down “Control”, or “Command” on a Mac, to select more than one."),
    gettext_noop("Select all objects on this page for an action"),
    gettext_noop("Delete?"),
    gettext_noop("History"),
    gettext_noop("Toggle theme (current theme: auto)"),
    gettext_noop("Toggle theme (current theme: light)"),
    gettext_noop("Toggle theme (current theme: dark)"),
]


def _plurals():
    # ngettext_noop does not exist in Django; this call is here for xgettext only.
    from django.utils.translation import ngettext

    return [
        ngettext(
            "This password is too short. It must contain at least %d character.",
            "This password is too short. It must contain at least %d characters.",
            8,
        ),
        ngettext(
            "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
            "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
            2,
        ),
    ]
