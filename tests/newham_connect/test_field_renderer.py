"""{% govuk_field %}: the one GOV.UK renderer every form and filter panel uses. Whatever the
kind of field, a resident who made a mistake sees the label, the hint, the error (announced as
"Error:") tied to the input, and what they typed."""

import re

import pytest
from django import forms
from django.template import Context, Template

CHOICES = [("a", "Apple"), ("b", "Banana")]


class _Everything(forms.Form):
    name = forms.CharField(label="Your name", help_text="As on your letters.", max_length=3)
    fruit = forms.ChoiceField(label="Fruit", choices=CHOICES, help_text="Pick one.")
    many = forms.MultipleChoiceField(
        label="Fruits", choices=CHOICES, widget=forms.CheckboxSelectMultiple, help_text="Any."
    )
    one = forms.ChoiceField(
        label="Size", choices=CHOICES, widget=forms.RadioSelect, help_text="Which size."
    )
    when = forms.DateField(
        label="Date", widget=forms.DateInput(attrs={"type": "date"}), help_text="A day."
    )
    agree = forms.BooleanField(label="I agree", help_text="You must.")


BAD = {"name": "Typed too long", "fruit": "x", "many": ["x"], "one": "x", "when": "2025-13-45"}


def _render(form, name, extra=""):
    template = Template("{% load nc %}{% govuk_field form." + name + " " + extra + " %}")
    return template.render(Context({"form": form}))


@pytest.mark.parametrize("name", ["name", "fruit", "many", "one", "when", "agree"])
def test_any_field_shows_label_hint_and_error_tied_to_it(name):
    form = _Everything(BAD)
    assert not form.is_valid() and name in form.errors
    html = _render(form, name)
    field = form[name]
    assert "govuk-form-group--error" in html
    assert str(field.label) in html
    assert f'<div id="id_{name}-hint" class="govuk-hint' in html
    error = re.search(rf'<p id="id_{name}-error" class="govuk-error-message">(.*?)</p>', html)
    assert error, html
    assert '<span class="govuk-visually-hidden">Error:</span>' in error.group(1)
    assert str(form.errors[name][0]) in error.group(1)
    described = re.search(r'aria-describedby="([^"]*)"', html).group(1).split()
    assert described == [f"id_{name}-hint", f"id_{name}-error"]


def test_what_was_typed_or_chosen_is_kept():
    form = _Everything({**BAD, "fruit": "b", "many": ["a"], "one": "b", "agree": "on"})
    form.is_valid()
    assert 'value="Typed too long"' in _render(form, "name")
    assert 'value="2025-13-45"' in _render(form, "when")
    assert re.search(r'<option value="b"[^>]*selected>', _render(form, "fruit"))
    assert re.search(r'value="a" checked>', _render(form, "many"))
    assert re.search(r'type="radio" value="b" checked>', _render(form, "one"))
    assert "checked" in _render(form, "agree")


def test_a_field_without_errors_or_hint_points_at_nothing():
    class Plain(forms.Form):
        q = forms.CharField(label="Search", required=False)

    html = _render(Plain({"q": "food"}), "q")
    assert "govuk-error" not in html and "aria-describedby" not in html
    assert 'class="govuk-label govuk-label--s" for="id_q">Search</label>' in html


def test_the_page_can_give_its_own_label_hint_and_search_button():
    class Plain(forms.Form):
        q = forms.CharField(label="Search", required=False, widget=forms.SearchInput)

    html = Template(
        '{% load nc %}{% govuk_field form.q label="Search services" hint="For example: food"'
        ' size="m" css="nc-search__input" button="Go" %}'
    ).render(Context({"form": Plain()}))
    assert 'class="govuk-label govuk-label--m" for="id_q">Search services</label>' in html
    assert '<div id="id_q-hint" class="govuk-hint">For example: food</div>' in html
    assert re.search(r'<input type="search" name="q" class="govuk-input nc-search__input"', html)
    assert 'aria-describedby="id_q-hint"' in html
    assert re.search(r'<button type="submit" class="govuk-button nc-search__button"[^>]*>Go<', html)
