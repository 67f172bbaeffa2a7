"""The Django admin internals `newham_connect.admin_internals` stands on, checked directly: if a
Django upgrade renames or changes one, the failure is here and says which."""

import copy

import pytest
from django import forms
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.db import models
from django.http import QueryDict
from django.test import RequestFactory
from django.test.utils import isolate_apps

from newham_connect import admin_internals, request_notes


class _Name(forms.Form):
    name = forms.CharField()


def _formset(data, can_delete=True):
    FormSet = forms.formset_factory(_Name, can_delete=can_delete, extra=0)
    formset = FormSet(data, prefix="f")
    assert formset.is_valid()
    return formset


def _management(total):
    return {"f-TOTAL_FORMS": str(total), "f-INITIAL_FORMS": str(total)}


def test_will_delete_follows_the_delete_box():
    formset = _formset({**_management(2), "f-0-name": "a", "f-0-DELETE": "on", "f-1-name": "b"})
    assert [admin_internals.will_delete(formset, f) for f in formset.forms] == [True, False]


def test_will_delete_is_false_when_the_formset_cannot_delete():
    formset = _formset({**_management(1), "f-0-name": "a", "f-0-DELETE": "on"}, can_delete=False)
    assert admin_internals.will_delete(formset, formset.forms[0]) is False


def test_set_post_replaces_what_a_copied_request_posts():
    request = RequestFactory().post("/", {"sent": "by the browser"})
    request.POST  # noqa: B018 - read once, as the admin has by the time a change is replayed
    replay = copy.copy(request)
    post = QueryDict(mutable=True)
    post.setlist("name", ["one", "two"])
    admin_internals.set_post(replay, post)
    assert replay.POST.getlist("name") == ["one", "two"]
    assert "sent" not in replay.POST and not replay.FILES
    assert request.POST["sent"] == "by the browser"  # the original is untouched


class _MemberInline(admin.TabularInline):
    model = User.groups.through
    extra = 2


class _GroupAdmin(admin.ModelAdmin):
    inlines = [_MemberInline]


@pytest.mark.django_db
def test_admin_formsets_are_the_change_views(admin_user):
    site = admin.AdminSite(name="internals-test")
    model_admin = _GroupAdmin(Group, site)
    group = Group.objects.create(name="internals")
    request = RequestFactory().get("/")
    request.user = admin_user
    formsets, inlines = admin_internals.admin_formsets(model_admin, request, group)
    assert [type(inline) for inline in inlines] == [_MemberInline]
    (formset,) = formsets
    assert formset.instance == group
    assert formset.prefix == "User_groups"
    assert len(formset.forms) == 2  # the inline's two extra rows, as the change view shows


@isolate_apps("newham_connect")
def test_raw_id_lookups_hold_the_relations_limit_choices_to():
    class Term(models.Model):  # noqa: DJ008 - never shown
        taxonomy = models.CharField(max_length=10)

        class Meta:
            app_label = "newham_connect"

    class Listing(models.Model):  # noqa: DJ008 - never shown
        term = models.ForeignKey(
            Term, on_delete=models.CASCADE, limit_choices_to={"taxonomy": "local"}
        )

        class Meta:
            app_label = "newham_connect"

    assert admin_internals.raw_id_lookups(Term) == [{"taxonomy": "local"}]


def test_request_notes_are_typed_and_a_copy_keeps_its_own():
    request = RequestFactory().get("/")
    assert request_notes.read(request, _Name) is None
    first = request_notes.note(request, _Name())
    copied = copy.copy(request)
    request_notes.forget_all(copied)
    second = request_notes.note(copied, _Name())
    assert request_notes.read(request, _Name) is first
    assert request_notes.read(copied, _Name) is second
