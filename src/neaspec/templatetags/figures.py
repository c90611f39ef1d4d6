"""`{{ amount|money:currency }}`: an amount with the reader's thousands separator and its
currency, whole numbers without decimals ("100,000 USD"); nothing known shows as a dash."""

from decimal import Decimal

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def money(amount: Decimal | int | None, currency: str = "") -> str:
    if amount is None:
        return "—"
    value = Decimal(amount)
    places = 0 if value == value.to_integral_value() else 2
    figure = number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)
    return f"{figure} {currency}".strip()


@register.filter
def figure(value: Decimal | int | None) -> str:
    """A measured value with grouping and without trailing zeros (41.000 → 41)."""
    if value is None:
        return "—"
    value = Decimal(value).normalize()
    places = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    return number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)
