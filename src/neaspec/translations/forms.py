from django import forms
from django.utils.translation import gettext_lazy as _

from neaspec.translations.models import Translation


class TranslationForm(forms.Form):
    id = forms.CharField(widget=forms.HiddenInput, max_length=120)
    # The translation the translator started from, to refuse a save over someone else's.
    seen = forms.CharField(widget=forms.HiddenInput, required=False, strip=False)
    text = forms.CharField(
        label=_("Translation"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=20_000,
        help_text=_("Empty removes the translation; the English then shows, marked as such."),
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=Translation.Status.choices, initial=Translation.Status.WORKING
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Translated file"),
        help_text=_("The CSV or XLIFF file exported here, with the translations filled in."),
    )
