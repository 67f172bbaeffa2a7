"""The mail queue's admin (django-post-office), with its "Resend" made a POST.

post_office's own Resend is a link, so any page could make a signed-in operator's browser
send a queued mail again with a plain GET (cross-site, no CSRF token). Here it is a form
button with the token, and the view answers 405 to anything but POST.
"""

from django.contrib import admin
from django.http import HttpResponseNotAllowed
from post_office.admin import EmailAdmin
from post_office.models import Email


class SafeEmailAdmin(EmailAdmin):
    change_form_template = "admin/post_office/email/change_form_post_resend.html"

    def resend(self, request, pk):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return super().resend(request, pk)


def register():
    # Called from NewhamConnectConfig.ready(), after the admin has loaded every admin.py.
    if admin.site.is_registered(Email):
        admin.site.unregister(Email)
    admin.site.register(Email, SafeEmailAdmin)
