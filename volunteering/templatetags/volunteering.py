from decimal import Decimal

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def hours(value):
    """2.50 → "2.5", 3.00 → "3": hours as people write them, in the page's number format."""
    if value in (None, ""):
        return ""
    value = Decimal(value)
    places = max(0, -value.normalize().as_tuple().exponent)
    return number_format(value, decimal_pos=min(places, 2))
