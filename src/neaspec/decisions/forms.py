from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.choices import BaseChoiceIterator
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from neaspec import limits
from neaspec.accounts.models import Actor
from neaspec.decisions.addressees import AddresseeCode
from neaspec.decisions.evidence import NotShownError, hub_record
from neaspec.decisions.models import Addressee, Decision, DecisionLink, FollowUp, Position
from neaspec.decisions.selectors import decision_by_citation
from neaspec.directory.forms import DateInput
from neaspec.directory.models import Body, MemberState
from neaspec.meetings.forms import MeetingField
from neaspec.programme.models import ProgrammeArea

StrOrPromise = str | Promise
# Whom a follow-up action can ask; a decision may also address partners and the focal points.
OWNER_KINDS = (
    Addressee.Kind.SECRETARIAT,
    Addressee.Kind.MEMBER_STATES,
    Addressee.Kind.STATE,
    Addressee.Kind.BODY,
)
ADDRESSEE_KINDS = (*OWNER_KINDS, Addressee.Kind.PARTNERS, Addressee.Kind.FOCAL_POINTS)


def owner_choices(
    empty_label: StrOrPromise, kinds: Sequence[str] = OWNER_KINDS
) -> list[tuple[str, StrOrPromise]]:
    """Whom a meeting can ask, by name: the Secretariat, member States (and, of `kinds`,
    partners and the focal points), each State, each body; valued by their codes."""
    owners = dict(FollowUp.Owner.choices)  # "Member States together" as the tracker says
    plain = [k for k in kinds if k not in (Addressee.Kind.STATE, Addressee.Kind.BODY)]
    return [
        ("", empty_label),
        *((str(AddresseeCode(k)), owners.get(k) or Addressee.Kind(k).label) for k in plain),
        *(
            (str(AddresseeCode.of(s)), s.localized_name)
            for s in MemberState.objects.order_by("name")
        ),
        *((str(AddresseeCode.of(b)), b.name) for b in Body.objects.order_by("name")),
    ]


class ChoicesReadOnce(BaseChoiceIterator):
    """Choices read from the database when the select is first shown, once for the form that
    shows it (a copy, as each form makes of its fields, starts unread)."""

    def __init__(self, read: Callable[[], list[tuple[str, StrOrPromise]]]) -> None:
        self.read = read
        self.found: list[tuple[str, StrOrPromise]] | None = None

    def __iter__(self) -> Iterator[tuple[str, StrOrPromise]]:
        if self.found is None:
            self.found = self.read()
        yield from self.found

    def __copy__(self) -> "ChoicesReadOnce":
        return ChoicesReadOnce(self.read)

    def __deepcopy__(self, memo: dict[int, object]) -> "ChoicesReadOnce":
        return ChoicesReadOnce(self.read)


class AddresseeField(forms.ChoiceField):
    """Whom a decision asks, chosen by name and sent as its code; cleans to the AddresseeCode
    (a State's code in any case: "mn" is Mongolia's "MN"), or None when left empty. The choices
    (each State and body) are read once a form, for the select and for checking a State or a
    body sent, and only when either needs them.
    """

    def __init__(self, *, kinds: Sequence[str] = OWNER_KINDS, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        choices = ChoicesReadOnce(partial(owner_choices, _("Anyone"), kinds))
        super().__init__(choices=choices, **kwargs)
        self.kinds = frozenset(kinds)

    def __deepcopy__(self, memo: dict[int, object]) -> "AddresseeField":
        copied = super().__deepcopy__(memo)
        copied.widget.choices = copied.choices
        return copied

    def to_python(self, value: str | None) -> AddresseeCode | None:
        text = super().to_python(value)
        if not text:
            return None
        try:
            return AddresseeCode.parse(text)
        except ValueError:
            raise self._invalid(text) from None

    def validate(self, value: AddresseeCode | None) -> None:
        forms.Field.validate(self, value)
        if value is None:
            return
        # The Secretariat, member States, partners, the focal points: the kinds say it all.
        plain = value.kind not in (Addressee.Kind.STATE, Addressee.Kind.BODY)
        if not (value.kind in self.kinds if plain else self.valid_value(str(value))):
            raise self._invalid(str(value))

    def _invalid(self, text: str) -> ValidationError:
        return ValidationError(
            self.error_messages["invalid_choice"], code="invalid_choice", params={"value": text}
        )


class YesNoField(forms.TypedChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        choices = [("", _("Either")), ("yes", _("Yes")), ("no", _("No"))]
        super().__init__(
            choices=choices, coerce=lambda v: v == "yes", empty_value=None, required=False, **kwargs
        )


class AreaField(forms.ModelChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            label=_("Programme area"),
            queryset=ProgrammeArea.objects.all(),
            to_field_name="code",
            required=False,
            empty_label=_("All areas"),
            **kwargs,
        )


class DecisionFilterForm(forms.Form):
    """The decisions list's filters, for the page and for GET /api/decisions alike."""

    meeting = MeetingField()
    area = AreaField()
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *Decision.Kind.choices], required=False
    )
    addressee = AddresseeField(label=_("Addressed to"), kinds=ADDRESSEE_KINDS)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any status")), *Decision.Status.choices], required=False
    )
    overdue = YesNoField(label=_("Overdue"))
    due_before = forms.DateField(label=_("Due before"), widget=DateInput, required=False)

    def filters(self) -> dict[str, Any]:
        """`decision_list`'s keyword arguments; a form that does not validate filters nothing."""
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "meeting": data.get("meeting"),
            "area": data.get("area"),
            "kind": data.get("kind", ""),
            "addressee": data.get("addressee"),
            "status": data.get("status", ""),
            "overdue": data.get("overdue"),
            "due_before": data.get("due_before"),
        }


class FollowUpFilterForm(forms.Form):
    """The follow-up tracker's filters, for the page and for GET /api/followups alike."""

    STATUSES = [
        ("open", _("Open")),
        (FollowUp.Status.IN_PROGRESS.value, FollowUp.Status.IN_PROGRESS.label),
        ("done", _("Done")),
        ("dropped", _("Dropped")),
        ("closed", _("Closed")),
        ("all", _("All")),
    ]
    status = forms.ChoiceField(label=_("Status"), choices=STATUSES, required=False)
    meeting = MeetingField()
    owner = AddresseeField(label=_("Asked of"))
    area = AreaField()
    overdue = YesNoField(label=_("Overdue"))
    due_before = forms.DateField(label=_("Due before"), widget=DateInput, required=False)

    def filters(self) -> dict[str, Any]:
        """`follow_up_list`'s keyword arguments; a form that does not validate filters nothing
        but the default (open actions)."""
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "status": data.get("status") or "open",
            "meeting": data.get("meeting"),
            "owner": data.get("owner"),
            "area": data.get("area"),
            "overdue": data.get("overdue"),
            "due_before": data.get("due_before"),
        }


class ProgressForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=DateInput, initial=timezone.localdate)
    text = forms.CharField(
        label=_("Progress note"), max_length=limits.NOTE, widget=forms.Textarea(attrs={"rows": 3})
    )
    progress = forms.IntegerField(label=_("Progress (%)"), min_value=0, max_value=100)
    status = forms.ChoiceField(label=_("Status"), choices=FollowUp.Status.choices)


class PositionForm(forms.Form):
    state = forms.ModelChoiceField(
        label=_("Member State"), queryset=MemberState.objects.none(), to_field_name="code"
    )
    stance = forms.ChoiceField(
        label=pgettext_lazy("stance", "Position"), choices=Position.Stance.choices
    )
    date = forms.DateField(label=_("Date"), widget=DateInput, initial=timezone.localdate)
    note = forms.CharField(label=_("Note"), max_length=500, required=False)

    def __init__(self, *args: Any, states: QuerySet[MemberState], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["state"]
        field.queryset = states  # type: ignore[attr-defined]
        if len(states) == 1:
            field.empty_label = None  # type: ignore[attr-defined]  # a focal point speaks for one State


class CloseForm(forms.Form):
    """Close an action on evidence: what came of it and what shows it."""

    status = forms.ChoiceField(
        label=_("Closed as"),
        choices=[
            (FollowUp.Status.DONE.value, _("Done")),
            (FollowUp.Status.DROPPED.value, _("Dropped")),
        ],
    )
    outcome = forms.CharField(
        label=_("Outcome"), max_length=limits.NOTE, widget=forms.Textarea(attrs={"rows": 3})
    )
    closed_on = forms.DateField(label=_("Closed on"), widget=DateInput, initial=timezone.localdate)
    evidence_meeting = MeetingField(label=_("Shown by the meeting"))
    evidence_decision = forms.CharField(
        label=_("Shown by the decision"),
        required=False,
        max_length=40,
        help_text=_("Its citation, e.g. SOM-26, para. 5"),
    )
    evidence_source = forms.CharField(
        label=_("Shown by a source (a public address)"),
        required=False,
        max_length=limits.SHORT,
        help_text=_(
            "The address of a library document, a meeting or a decision of the Hub is "
            "recorded as that record and shown by its title."
        ),
    )

    def __init__(self, *args: Any, actor: Actor, hosts: set[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.actor, self.hosts = actor, hosts  # whose address is the Hub's, and who reads it

    def clean_evidence_decision(self) -> Decision | None:
        citation = self.cleaned_data.get("evidence_decision", "")
        if not citation:
            return None
        decision = decision_by_citation(citation)
        if decision is None:
            raise ValidationError(_("No decision is cited so."))
        return decision

    def clean(self) -> dict[str, Any]:
        """A source that is a page of the Hub becomes the record it shows."""
        cleaned = super().clean() or {}
        address = cleaned.get("evidence_source", "")
        try:
            found = hub_record(address, hosts=self.hosts, actor=self.actor) if address else None
        except NotShownError:
            self.add_error("evidence_source", _("No record of the Hub you may see is there."))
            return cleaned
        if found is None:
            return cleaned
        named = cleaned.get(found.field)
        if named is not None and named != found.record:
            message = _("This names another record than the one chosen above.")
            self.add_error("evidence_source", message)
            return cleaned
        cleaned[found.field], cleaned["evidence_source"] = found.record, ""
        return cleaned


class LinkForm(forms.Form):
    """Thread this decision to another, named by its citation: "This decision [continues]
    [SOM-25, para. 4.2]"."""

    kind = forms.ChoiceField(label=_("This decision"), choices=DecisionLink.Kind.choices)
    target = forms.CharField(
        label=_("The other decision"),
        max_length=40,
        help_text=_("Its citation, e.g. SOM-26, para. 5"),
    )
    note = forms.CharField(
        label=_("Note"),
        max_length=DecisionLink._meta.get_field("note").max_length,
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Its own ids: the page's position form has a note too.
        kwargs.setdefault("auto_id", "link-%s")
        super().__init__(*args, **kwargs)

    def clean_target(self) -> Decision:
        citation = self.cleaned_data["target"]
        decision = decision_by_citation(citation)
        if decision is None:
            raise ValidationError(
                _("No decision is cited so: %(citation)s"), params={"citation": citation}
            )
        return decision
