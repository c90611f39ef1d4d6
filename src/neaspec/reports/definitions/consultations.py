"""The compilation of comments on a consultation (the table the member States receive:
paragraph, who, comment, proposed wording, the Secretariat's response) and a survey's results
(each question's counts drawn as a chart beside its table)."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from neaspec.accounts.models import Actor
from neaspec.consultations.models import Comment, Consultation, Survey, SurveyResponse
from neaspec.consultations.selectors import (
    comments_visible,
    consultations_visible,
    surveys_visible,
    version_get,
)
from neaspec.consultations.surveys import survey_results
from neaspec.reports.catalogue import (
    BadParametersError,
    On,
    Progress,
    Report,
    Values,
    param_record,
    register,
)
from neaspec.reports.document import (
    Block,
    Cell,
    Chart,
    Column,
    Facts,
    Paragraph,
    ReportDocument,
    Section,
    Table,
)
from neaspec.templatetags.figures import figure


class _ByKeyOrId[M: models.Model](forms.CharField):
    """A consultation or survey by its key or id; the reader's own selector finds it."""

    model: type[M]

    def clean(self, value: object) -> M | None:
        name: str = super().clean(value)
        if not name:
            return None
        lookup = {"pk": int(name)} if name.isdigit() and len(name) < 10 else {"key": name}
        found = self.model._default_manager.filter(**lookup).first()
        if found is None:
            raise ValidationError(_("There is none called “%(name)s”.") % {"name": name})
        return found


class ConsultationField(_ByKeyOrId[Consultation]):
    model = Consultation


class SurveyField(_ByKeyOrId[Survey]):
    model = Survey


# The catalogue lists the ones its reader may see under these names (reports/views.py), so the
# field suggests them as it is typed in: nobody needs to know a key.
CONSULTATION_CHOICES = "consultation-choices"
SURVEY_CHOICES = "survey-choices"
CHOOSE = gettext_lazy("Start typing its title and choose it, or give its key.")


class CommentsParams(forms.Form):
    consultation = ConsultationField(
        label=gettext_lazy("Consultation"),
        max_length=80,
        help_text=CHOOSE,
        widget=forms.TextInput(attrs={"list": CONSULTATION_CHOICES}),
    )


class SurveyParams(forms.Form):
    survey = SurveyField(
        label=gettext_lazy("Survey"),
        max_length=80,
        help_text=CHOOSE,
        widget=forms.TextInput(attrs={"list": SURVEY_CHOICES}),
    )


def _consultation(actor: Actor, params: Values) -> Consultation:
    """The consultation asked for, if the reader may see it (checked before a build starts)."""
    consultation = param_record(params, "consultation", Consultation)
    if not consultations_visible(actor=actor).filter(pk=consultation.pk).exists():
        raise BadParametersError(
            {"consultation": [_("There is none called “%(name)s”.") % {"name": consultation.key}]}
        )
    return consultation


def comments_size(*, actor: Actor, params: Values) -> int:
    consultation = _consultation(actor, params)
    return Comment.objects.filter(consultation=consultation).count()


def _response(comment: Comment) -> str | None:
    if comment.no_comment:
        return None
    if not comment.outcome:
        return _("Not answered yet")
    return f"{comment.get_outcome_display()}. {comment.response}".strip().rstrip(".") + "."


def compilation(*, actor: Actor, params: Values, progress: Progress) -> ReportDocument:
    consultation = _consultation(actor, params)
    comments = list(comments_visible(actor=actor, consultation=consultation))
    progress(1, 2)
    version = version_get(consultation)
    rows: list[list[Cell]] = []
    for c in comments:
        said = _("No comment") if c.no_comment else c.text or None
        if c.stance:
            said = f"[{c.get_stance_display()}] {said or ''}".strip()
        rows.append(
            [
                str(c.paragraph) if c.paragraph else _("Whole text"),
                c.commenter,
                said,
                c.proposed_text or None,
                _response(c),
            ]
        )
    table = Table(
        columns=[
            Column(_("Paragraph")),
            Column(_("Member State or participant")),
            Column(_("Comment")),
            Column(_("Proposed wording")),
            Column(_("Secretariat's response")),
        ],
        rows=rows,
        caption=_("Comments on %(title)s") % {"title": consultation.title},
        sheet=_("Comments"),
        empty=_("No comment has been made."),
    )
    dates = (
        consultation.opens.isoformat()
        + " – "
        + (consultation.closes.isoformat() if consultation.closes else "…")
    )
    facts = Facts(
        [
            (_("Consulted"), consultation.get_audience_display()),
            (_("Period"), dates),
            (_("Latest version"), str(version.number if version else "—")),
            (_("Comments"), figure(sum(not c.no_comment for c in comments))),
        ]
    )
    blocks: list[Block] = [facts, table]
    if not actor.has_perm("consultations.read_comments", consultation):
        blocks.append(
            Paragraph(_("A closed consultation: you see your own comments only."), note=True)
        )
    return ReportDocument(
        title=_("Compilation of comments: %(title)s") % {"title": consultation.title},
        subtitle=consultation.get_subject_display(),
        as_of=timezone.localdate(),
        landscape=True,
        sections=[Section(_("Comments"), blocks)],
    )


def _survey(actor: Actor, params: Values) -> Survey:
    survey = param_record(params, "survey", Survey)
    if not actor.has_perm("surveys.results", survey) or not surveys_visible(actor=actor).filter(
        pk=survey.pk
    ):
        raise BadParametersError(
            {"survey": [_("There is none called “%(name)s”.") % {"name": survey.key}]}
        )
    return survey


def survey_size(*, actor: Actor, params: Values) -> int:
    return SurveyResponse.objects.filter(survey=_survey(actor, params)).count()


def results(*, actor: Actor, params: Values, progress: Progress) -> ReportDocument:
    survey = _survey(actor, params)
    found = survey_results(actor=actor, survey=survey)
    progress(1, 2)
    facts = [(_("Responses"), figure(found.responses))]
    if survey.participants_recorded is not None:
        facts.append((_("Participants, as recorded"), figure(survey.participants_recorded)))
    sections = [Section(_("Summary"), [Facts(facts)])]
    for r in found.questions:
        blocks: list[Block] = []
        if r.mean is not None:
            blocks.append(
                Paragraph(
                    _("Mean %(mean)s, from %(low)s to %(high)s, over %(n)s answers.")
                    % {
                        "mean": figure(r.mean),
                        "low": figure(r.low),
                        "high": figure(r.high),
                        "n": r.answered,
                    }
                )
            )
        if r.counts:
            table = Table(
                columns=[Column(_("Answer")), Column(_("Count"), numeric=True)],
                rows=[[label, n] for label, n in r.counts],
                caption=r.question.text,
                sheet=_("Question %(n)s") % {"n": r.question.number},
            )
            points = [(label, Decimal(n)) for label, n in r.counts]
            blocks.append(Chart(r.question.text, _("answers"), points, table))
        elif r.texts:
            blocks.append(
                Table(
                    columns=[Column(_("Answer"))],
                    rows=[[t] for t in r.texts],
                    caption=r.question.text,
                    sheet=_("Question %(n)s") % {"n": r.question.number},
                )
            )
        elif not blocks:
            blocks.append(Paragraph(_("%(n)s answers.") % {"n": r.answered}, note=True))
        sections.append(Section(f"{r.question.number}. {r.question.text}", blocks))
    if not found.questions:
        sections.append(
            Section(
                _("Questions"),
                [Paragraph(_("The questions of this survey are not in the Hub."), note=True)],
            )
        )
    return ReportDocument(
        title=_("Survey results: %(title)s") % {"title": survey.title},
        subtitle=survey.get_audience_display(),
        as_of=timezone.localdate(),
        sections=sections,
    )


register(
    Report(
        key="comments",
        title=gettext_lazy("Compilation of comments"),
        summary=gettext_lazy(
            "Every comment on a consultation: paragraph, member State or participant, comment, "
            "proposed wording and the Secretariat's response."
        ),
        params=CommentsParams,
        build=compilation,
        reads=(Comment, Consultation),
        size=comments_size,
        formats=("pdf", "docx", "xlsx", "html"),
        concerns={"consultation": On(Consultation, lambda c: {"consultation": c})},
    )
)
register(
    Report(
        key="survey-results",
        title=gettext_lazy("Survey results"),
        summary=gettext_lazy(
            "A survey's answers counted per question, each drawn as a chart beside its table."
        ),
        params=SurveyParams,
        build=results,
        reads=(SurveyResponse, Survey),
        size=survey_size,
        formats=("pdf", "docx", "xlsx", "html"),
        concerns={"survey": On(Survey, lambda s: {"survey": s})},
    )
)
