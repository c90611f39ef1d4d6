from django import forms
from django.utils.translation import gettext_lazy as _

from neaspec.programme.models import ProgrammeArea
from neaspec.projects.models import ActivityStatus


class ProjectFilterForm(forms.Form):
    area = forms.ModelChoiceField(
        label=_("Programme area"),
        queryset=ProgrammeArea.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All areas"),
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any status")), *ActivityStatus.choices], required=False
    )
