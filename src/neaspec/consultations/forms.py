"""The consultations' and surveys' forms. Texts are written as paragraphs separated by a blank
line; a survey's questions one per line, "kind: question | choice | choice"."""

import re
from collections.abc import Mapping
from typing import cast

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from neaspec import limits
from neaspec.consultations.models import Audience, Comment, Consultation, Question, Survey
from neaspec.consultations.surveys import AnswerValue, QuestionSpec
from neaspec.decisions.models import Decision
from neaspec.decisions.selectors import decision_by_citation
from neaspec.directory.forms import DateInput
from neaspec.directory.models import Body, MemberState
from neaspec.meetings.models import Meeting

BLANK_LINE = re.compile(r"\n\s*\n")


def split_paragraphs(text: str) -> list[str]:
    """A text as its paragraphs: blocks separated by blank lines, each on one line."""
    return [" ".join(block.split()) for block in BLANK_LINE.split(text.strip()) if block.strip()]


class ParagraphsField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 12})

    def clean(self, value: object) -> list[str]:
        paragraphs = split_paragraphs(super().clean(value) or "")
        if not paragraphs:
            raise ValidationError(_("Write the text, its paragraphs separated by a blank line."))
        return paragraphs


class ConsultationForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    subject = forms.ChoiceField(label=_("What is consulted"), choices=Consultation.Subject.choices)
    paragraphs = ParagraphsField(
        label=_("Text"),
        max_length=200_000,
        help_text=_("Separate the paragraphs by a blank line; they are numbered 1, 2, 3…"),
    )
    audience = forms.ChoiceField(label=_("Who is consulted"), choices=Audience.choices)
    body = forms.ModelChoiceField(
        label=_("Body"),
        queryset=Body.objects.order_by("name"),
        to_field_name="key",
        required=False,
        help_text=_("When the members of a body are consulted."),
    )
    opens = forms.DateField(label=_("Opens on"), widget=DateInput)
    closes = forms.DateField(label=_("Comments due by"), widget=DateInput, required=False)
    open = forms.BooleanField(
        label=_("Participants see each other's comments"), required=False, initial=True
    )
    meeting = forms.ModelChoiceField(
        label=_("Meeting"),
        queryset=Meeting.objects.select_related("series").order_by("-start"),
        to_field_name="key",
        required=False,
        help_text=_("Where the text is discussed, if at a meeting."),
    )
    request = forms.CharField(
        label=_("The request it answers"),
        required=False,
        max_length=40,
        help_text=_("The decision that asked for comments, for example SOM-25 para. 10.4."),
    )
    summary = forms.CharField(
        label=_("Summary"),
        required=False,
        max_length=limits.NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_request(self) -> Decision | None:
        cited = self.cleaned_data["request"].strip()
        if not cited:
            return None
        decision = decision_by_citation(cited)
        if decision is None:
            raise ValidationError(_("No decision is cited so; write it as “SOM-25 para. 10.4”."))
        return decision


class CommentForm(forms.Form):
    paragraph = forms.TypedChoiceField(label=_("On"), coerce=int, empty_value=None, required=False)
    state = forms.ModelChoiceField(
        label=_("For"), queryset=MemberState.objects.none(), to_field_name="code", required=False
    )
    text = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=limits.NOTE,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    proposed_text = forms.CharField(
        label=_("Proposed wording"),
        required=False,
        max_length=limits.SHEET_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The paragraph as you would have it, if you propose new wording."),
    )
    stance = forms.ChoiceField(
        label=_("Stance on the draft decision"),
        choices=[("", _("None stated")), *Comment.Stance.choices],
        required=False,
    )

    def __init__(
        self,
        data: Mapping[str, object] | None = None,
        *,
        paragraphs: list[int],
        states: QuerySet[MemberState],
        drafts: bool,
        initial: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(data, initial=dict(initial or {}))
        whole = [("", _("The text as a whole"))]
        para = _("Paragraph %(number)s")
        on = cast(forms.TypedChoiceField, self.fields["paragraph"])
        on.choices = whole + [(n, para % {"number": n}) for n in paragraphs]
        cast(forms.ModelChoiceField, self.fields["state"]).queryset = states
        if states.count() <= 1:
            self.fields["state"].widget = forms.HiddenInput()
        if not drafts:
            del self.fields["stance"]


class ResponseForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Response"), choices=Comment.Outcome.choices)
    text = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=limits.NOTE,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Needed when the comment is not taken, or only in part."),
    )


class VersionForm(forms.Form):
    paragraphs = ParagraphsField(label=_("Revised text"), max_length=200_000)
    note = forms.CharField(label=_("What changed"), required=False, max_length=limits.SHORT)
    based_on = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


QUESTION_LINE = re.compile(
    r"^(?P<kind>single|multiple|scale|number|text)(?P<per_area>\s+per\s+area)?(?P<required>\s*\*)?\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)


def parse_questions(text: str) -> list[QuestionSpec]:
    """Questions written one per line: "single: Question? | Yes | No", "scale per area: How
    relevant is {area}?", "text*: What should change?" (an asterisk: it must be answered)."""
    from neaspec.consultations.surveys import questions_per_area

    questions: list[QuestionSpec] = []
    for n, line in enumerate((ln.strip() for ln in text.splitlines() if ln.strip()), start=1):
        found = QUESTION_LINE.match(line)
        if found is None:
            raise ValidationError(
                _("Line %(n)s: begin with single, multiple, scale, number or text, then a colon.")
                % {"n": n}
            )
        question, *choices = [part.strip() for part in found["rest"].split("|")]
        spec = QuestionSpec(
            text=question,
            kind=found["kind"].lower(),
            choices=choices,
            required=bool(found["required"]),
        )
        questions += questions_per_area(spec) if found["per_area"] else [spec]
    return questions


class SurveyForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    audience = forms.ChoiceField(label=_("Who answers"), choices=Survey.Audience.choices)
    description = forms.CharField(
        label=_("Introduction"),
        required=False,
        max_length=limits.NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    questions = forms.CharField(
        label=_("Questions"),
        max_length=50_000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "One per line: “single: Question? | Choice | Choice”, “multiple: …”, “scale: …”, "
            "“number: …”, “text: …”. “scale per area: How relevant is {area}?” asks it for each "
            "programme area; an asterisk (“text*: …”) makes an answer required."
        ),
    )
    opens = forms.DateField(label=_("Opens on"), widget=DateInput, required=False)
    closes = forms.DateField(label=_("Closes on"), widget=DateInput, required=False)
    invitees = forms.CharField(
        label=_("Invited stakeholders"),
        required=False,
        max_length=50_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For stakeholders: one per line, “Name <e-mail>”; each gets their own link."),
    )

    def clean_questions(self) -> list[QuestionSpec]:
        return parse_questions(self.cleaned_data["questions"])

    def clean_invitees(self) -> list[tuple[str, str]]:
        people = []
        for line in self.cleaned_data["invitees"].splitlines():
            if not line.strip():
                continue
            found = re.fullmatch(r"\s*(.+?)\s*(?:<\s*([^<>\s]+@[^<>\s]+)\s*>)?\s*", line)
            if found is None:
                raise ValidationError(_("Write each invitee as “Name <e-mail>”."))
            people.append((found[1], found[2] or ""))
        return people


class AnswerForm(forms.Form):
    """A survey's questions as fields named q1, q2…; cleaned to {number: value}."""

    def __init__(
        self,
        data: Mapping[str, object] | None = None,
        *,
        questions: list[Question],
        states: QuerySet[MemberState] | None = None,
    ) -> None:
        super().__init__(data)
        if states is not None:
            self.fields["state"] = forms.ModelChoiceField(
                label=_("Answering for"), queryset=states, to_field_name="code"
            )
        for q in questions:
            label = f"{q.number}. {q.text}"
            options = [(c, c) for c in q.choices]
            field: forms.Field
            if q.kind == Question.Kind.SINGLE:
                field = forms.ChoiceField(choices=options, widget=forms.RadioSelect)
            elif q.kind == Question.Kind.MULTIPLE:
                field = forms.MultipleChoiceField(
                    choices=options, widget=forms.CheckboxSelectMultiple
                )
            elif q.kind == Question.Kind.SCALE:
                points = [(str(p), str(p)) for p in range(q.scale_min, q.scale_max + 1)]
                field = forms.TypedChoiceField(choices=points, coerce=int, widget=forms.RadioSelect)
            elif q.kind == Question.Kind.NUMBER:
                field = forms.FloatField()
            else:
                field = forms.CharField(
                    max_length=limits.NOTE, widget=forms.Textarea(attrs={"rows": 3})
                )
            field.label, field.required = label, q.required
            self.fields[f"q{q.number}"] = field

    def answers(self) -> dict[int, AnswerValue]:
        found: dict[int, AnswerValue] = {}
        for name, value in self.cleaned_data.items():
            if name.startswith("q") and value not in (None, "", []):
                whole = isinstance(value, float) and value.is_integer()
                found[int(name[1:])] = int(value) if whole else value
        return found
