from typing import TypedDict

from django import forms
from django.utils.translation import gettext_lazy as _

from neaspec.mail.models import Message


class OutboxFilters(TypedDict, total=False):
    """`mail.selectors.outbox_list`'s arguments; none when the filters are not valid."""

    regarding: str
    status: str


class OutboxFilterForm(forms.Form):
    meeting = forms.SlugField(label=_("Meeting (its key, e.g. som-29)"), required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any")), *Message.Status.choices], required=False
    )

    def filters(self) -> OutboxFilters:
        if not self.is_valid():
            return {}
        meeting = self.cleaned_data["meeting"]
        return OutboxFilters(
            regarding=f"meeting:{meeting}" if meeting else "",
            status=self.cleaned_data["status"],
        )
