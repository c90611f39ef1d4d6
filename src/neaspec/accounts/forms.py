from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """A code from the authenticator app, or a recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        help_text=_(
            "The 6-digit code your authenticator app shows, or one of your recovery codes."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )


class AppCodeForm(forms.Form):
    """The code an authenticator app shows, to confirm it holds the secret."""

    code = forms.CharField(
        label=_("Code from the app"),
        max_length=12,
        help_text=_("The 6 digits your app shows for NEASPEC Hub."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class TokenForm(forms.Form):
    """A new API token: what it is for, and whether it may write."""

    name = forms.CharField(
        label=_("What it is for"),
        max_length=100,
        help_text=_("A name to know it by, such as the script or system that will use it."),
    )
    scope = forms.ChoiceField(
        label=_("It may"),
        choices=[("read", _("Read only")), ("read_write", _("Read and write"))],
        initial="read",
        widget=forms.RadioSelect,
    )

    def clean_name(self) -> str:
        name: str = self.cleaned_data["name"].strip()
        if "\n" in name or "\r" in name:
            raise forms.ValidationError(_("One line, please."))
        return name
