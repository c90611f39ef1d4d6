"""Pages of consultations and surveys: the list, a consultation with its paragraphs and
comments (and for the Secretariat the responses, the States' answers, the next version), the
comparison of two versions; a survey to answer and its results."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from neaspec import diff
from neaspec.accounts.models import AuthenticatedRequest
from neaspec.consultations import selectors, services, surveys
from neaspec.consultations.forms import (
    AnswerForm,
    CommentForm,
    ConsultationForm,
    ResponseForm,
    SurveyForm,
    VersionForm,
)
from neaspec.consultations.models import Comment, Consultation, Survey
from neaspec.directory.models import MemberState
from neaspec.htmx import after_save, page_or_part
from neaspec.mail.models import Message, Purpose
from neaspec.mail.selectors import latest_by_recipient
from neaspec.submission import submit
from neaspec.tables import csv_text, download


def _consultation(request: HttpRequest, key: str) -> Consultation:
    return get_object_or_404(selectors.consultations_visible(actor=request.user), key=key)


def _manager(request: HttpRequest) -> None:
    if not request.user.has_perm("consultations.manage"):
        raise PermissionDenied


def consultation_list(request: HttpRequest) -> HttpResponse:
    context = {
        "consultations": selectors.consultation_rows(actor=request.user),
        "surveys": selectors.surveys_visible(actor=request.user),
        "today": timezone.localdate(),
    }
    return render(request, "consultations/list.html", context)


@login_required
def consultation_create(request: AuthenticatedRequest) -> HttpResponse:
    _manager(request)
    form = ConsultationForm(request.POST or None, initial={"opens": timezone.localdate()})
    if request.method == "POST":
        consultation = submit(form, services.consultation_open, actor=request.user)
        if consultation:
            return redirect("consultations:detail", key=consultation.key)
    status = 422 if request.method == "POST" else 200
    return render(request, "consultations/form.html", {"form": form}, status=status)


def _states_for(request: HttpRequest, consultation: Consultation) -> Any:
    """The States the reader may comment for, where States are the ones consulted."""
    if not selectors.asks_states(consultation):
        return MemberState.objects.none()
    return selectors.states_spoken_for(request.user)


def _comment_form(
    request: HttpRequest, consultation: Consultation, version: Any, data: Any = None
) -> CommentForm:
    paragraphs = list(version.paragraphs.all())
    states = _states_for(request, consultation)
    form = CommentForm(
        data,
        paragraphs=[p.number for p in paragraphs],
        states=states,
        drafts=any(p.decision_id for p in paragraphs),
        initial={"state": states.first().code} if states.count() == 1 else {},
    )
    return form


DETAIL_PAGE = "consultations/detail.html"


def _consultation_page(
    request: HttpRequest,
    key: str,
    *,
    part: str = "",
    status: int = 200,
    comment_form: CommentForm | None = None,
    saved: str = "",
) -> HttpResponse:
    """The consultation's page, or to htmx its `part` "discussion" (the text with its
    comments, the comment form and who has answered), with a refused comment form in place
    or `saved` said."""
    consultation = _consultation(request, key)
    version = selectors.version_get(consultation)
    comments = list(selectors.comments_visible(actor=request.user, consultation=consultation))
    by_paragraph: dict[int | None, list[Comment]] = {}
    for comment in comments:
        by_paragraph.setdefault(comment.paragraph, []).append(comment)
    paragraphs = (
        list(version.paragraphs.select_related("decision__meeting__series")) if version else []
    )
    today = timezone.localdate()
    manager = request.user.has_perm("consultations.manage")
    takes_part = request.user.has_perm("consultations.take_part", consultation)
    accepting = version is not None and consultation.is_open_on(today)
    reads_all = request.user.has_perm("consultations.read_comments", consultation)
    context = {
        "consultation": consultation,
        "version": version,
        "versions": list(consultation.versions.order_by("number")),
        "rows": [(p, by_paragraph.get(p.number, [])) for p in paragraphs],
        "on_whole": by_paragraph.get(None, []),
        "accepting": accepting,
        "upcoming": today < consultation.opens,
        "manager": manager,
        "comment_form": (comment_form or _comment_form(request, consultation, version))
        if takes_part and accepting
        else None,
        "response_form": ResponseForm() if manager else None,
        # Held outside the Hub (no text here): nobody is waited for on it.
        "answers": selectors.answers_shown(actor=request.user, consultation=consultation)
        if version is not None
        else None,
        "reads_all": reads_all,
        "surveys": consultation.surveys.annotate(question_count=Count("questions")),
        "saved": saved,
    }
    return page_or_part(request, DETAIL_PAGE, context, part=part, status=status)


def consultation_detail(request: HttpRequest, key: str) -> HttpResponse:
    return _consultation_page(request, key)


@login_required
@require_POST
def comment_add(request: AuthenticatedRequest, key: str) -> HttpResponse:
    consultation = _consultation(request, key)
    if not request.user.has_perm("consultations.take_part", consultation):
        raise PermissionDenied
    version = selectors.version_get(consultation)
    form = _comment_form(request, consultation, version, request.POST)
    no_comment = "no_comment" in request.POST
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.comment_add(
                actor=request.user,
                consultation=consultation,
                state=data["state"],
                paragraph=None if no_comment else data["paragraph"],
                text="" if no_comment else data["text"],
                proposed_text="" if no_comment else data["proposed_text"],
                stance="" if no_comment else data.get("stance", ""),
                no_comment=no_comment,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            said = _("Your comment is recorded.")
            return after_save(
                request,
                reverse("consultations:detail", args=[key]),
                lambda: _consultation_page(request, key, part="discussion", saved=said),
                message=said,
            )
    return _consultation_page(request, key, part="discussion", status=422, comment_form=form)


@login_required
@require_POST
def comment_respond(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    _manager(request)
    comment = get_object_or_404(Comment.objects.select_related("consultation"), pk=pk)
    form = ResponseForm(request.POST)
    if form.is_valid():
        try:
            services.comment_respond(actor=request.user, comment=comment, **form.cleaned_data)
            messages.success(request, _("The response is recorded."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    else:
        messages.error(request, _("Choose a response."))
    url = reverse("consultations:detail", args=[comment.consultation.key])
    return redirect(f"{url}#comment-{comment.pk}")


@login_required
def version_new(request: AuthenticatedRequest, key: str) -> HttpResponse:
    _manager(request)
    consultation = _consultation(request, key)
    current = selectors.version_get(consultation)
    if current is None:
        raise Http404(_("The text of this consultation is not in the Hub."))
    text = "\n\n".join(p.text for p in current.paragraphs.all())
    form = VersionForm(
        request.POST or None, initial={"paragraphs": text, "based_on": current.number}
    )
    if request.method == "POST":
        version = submit(
            form, services.version_publish, actor=request.user, consultation=consultation
        )
        if version:
            messages.success(
                request, _("Version %(number)s is published.") % {"number": version.number}
            )
            url = reverse("consultations:compare", args=[key])
            return redirect(f"{url}?from={version.number - 1}&to={version.number}")
    status = 422 if request.method == "POST" else 200
    context = {"consultation": consultation, "version": current, "form": form}
    return render(request, "consultations/version_form.html", context, status=status)


def _number(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() and len(value) < 6 else default


def compare(request: HttpRequest, key: str) -> HttpResponse:
    consultation = _consultation(request, key)
    versions = list(consultation.versions.prefetch_related("paragraphs").order_by("number"))
    if not versions:
        raise Http404(_("The text of this consultation is not in the Hub."))
    latest = versions[-1].number
    old_n = _number(request.GET.get("from"), max(latest - 1, 1))
    new_n = _number(request.GET.get("to"), latest)
    numbered = {v.number: v for v in versions}
    if old_n not in numbered or new_n not in numbered:
        raise Http404(_("No such version."))
    old, new = numbered[old_n], numbered[new_n]
    changes = diff.compare(
        [p.text for p in old.paragraphs.all()], [p.text for p in new.paragraphs.all()]
    )
    context = {
        "consultation": consultation,
        "versions": versions,
        "old": old,
        "new": new,
        "changes": changes,
        "changed": sum(c.change != "same" for c in changes),
    }
    return render(request, "consultations/compare.html", context)


@login_required
@require_POST
def remind(request: AuthenticatedRequest, key: str) -> HttpResponse:
    _manager(request)
    consultation = _consultation(request, key)
    try:
        reminded = services.consultation_remind(actor=request.user, consultation=consultation)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        _say_who_was_reminded(request, consultation, reminded)
    return redirect("consultations:detail", key=key)


def _say_who_was_reminded(
    request: HttpRequest, consultation: Consultation, reminded: list[MemberState]
) -> None:
    """What happened, no more: the reminders queued, and the States that could not be written
    to because no address is known (the table says when each e-mail is sent)."""
    if not reminded:
        messages.success(request, _("Every State has answered; nobody was reminded."))
        return
    mail = latest_by_recipient(
        regarding=f"consultation:{consultation.key}", purpose=Purpose.CONSULTATION_REMINDER
    )
    unreachable = [
        s.name
        for s in reminded
        if all(m.status == Message.Status.NO_ADDRESS for m in mail.get(f"state:{s.code}", []))
    ]
    queued = [s.name for s in reminded if s.name not in unreachable]
    if queued:
        messages.success(
            request,
            _("Reminders are queued for %(states)s; the table says when each is sent.")
            % {"states": ", ".join(queued)},
        )
    if unreachable:
        messages.warning(
            request,
            _("Nothing was sent to %(states)s: no e-mail address is recorded.")
            % {"states": ", ".join(unreachable)},
        )


# --- surveys ------------------------------------------------------------------------------


@login_required
def survey_create(request: AuthenticatedRequest) -> HttpResponse:
    _manager(request)
    form = SurveyForm(request.POST or None)
    if request.method == "POST":
        survey = submit(form, surveys.survey_create, actor=request.user)
        if survey:
            return redirect("consultations:survey_results", key=survey.key)
    status = 422 if request.method == "POST" else 200
    return render(request, "consultations/survey_form.html", {"form": form}, status=status)


def _reachable(request: HttpRequest, key: str) -> tuple[Survey, str]:
    """The survey, if the reader may see it or holds its link's token (or an invitee's)."""
    token = request.POST.get("token") or request.GET.get("token") or ""
    survey = selectors.surveys_visible(actor=request.user).filter(key=key).first()
    if not selectors.TOKEN.fullmatch(token):
        token = ""  # not a link's token: as if none was given
    if survey is None and token:
        linked = Survey.objects.filter(key=key).first()
        survey = linked if linked and selectors.survey_link_holds(linked.pk, token) else None
    if survey is None:
        raise Http404(_("No such survey."))
    return survey, token


def survey_detail(request: HttpRequest, key: str) -> HttpResponse:
    survey, token = _reachable(request, key)
    questions = list(survey.questions.all())
    states = None
    if survey.audience == Survey.Audience.MEMBER_STATES:
        states = selectors.states_spoken_for(request.user)
    form = AnswerForm(request.POST or None, questions=questions, states=states)
    status = 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            try:
                surveys.survey_answer(
                    actor=request.user,
                    survey=survey,
                    answers=form.answers(),
                    state=form.cleaned_data.get("state"),
                    token=token,
                )
            except PermissionDenied:
                raise
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return render(request, "consultations/survey_thanks.html", {"survey": survey})
    today = timezone.localdate()
    context = {
        "survey": survey,
        "form": form if questions and survey.is_open_on(today) else None,
        "token": token,
        "may_see_results": request.user.has_perm("surveys.results", survey),
        "link": surveys.survey_link(survey)
        if request.user.has_perm("consultations.manage")
        and survey.audience == Survey.Audience.PUBLIC
        else "",
    }
    return render(request, "consultations/survey.html", context, status=status)


def _results_survey(request: HttpRequest, key: str) -> Survey:
    survey = get_object_or_404(selectors.surveys_visible(actor=request.user), key=key)
    if not request.user.has_perm("surveys.results", survey):
        raise PermissionDenied
    return survey


def survey_results(request: HttpRequest, key: str) -> HttpResponse:
    survey = _results_survey(request, key)
    results = surveys.survey_results(actor=request.user, survey=survey)
    manager = request.user.has_perm("consultations.manage")
    invitees = (
        [(i, surveys.survey_link(survey, i)) for i in survey.invitees.order_by("name")]
        if manager
        else []
    )
    context = {
        "survey": survey,
        "results": results,
        "manager": manager,
        "link": surveys.survey_link(survey)
        if manager and survey.audience == Survey.Audience.PUBLIC
        else "",
        "invitees": invitees,
    }
    return render(request, "consultations/survey_results.html", context)


@login_required
@require_POST
def survey_invite(request: AuthenticatedRequest, key: str) -> HttpResponse:
    """E-mail the invited stakeholders their links (those not sent yet)."""
    _manager(request)
    survey = get_object_or_404(Survey, key=key)
    try:
        queued = surveys.invitations_send(actor=request.user, survey=survey)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            ngettext(
                "%(n)s invitation is on its way.",
                "%(n)s invitations are on their way.",
                len(queued),
            )
            % {"n": len(queued)},
        )
    return redirect("consultations:survey_results", key=key)


@login_required
def survey_export(request: AuthenticatedRequest, key: str) -> HttpResponse:
    """Every response as a row, every question as a column (the Secretariat's raw data)."""
    _manager(request)
    survey = get_object_or_404(Survey, key=key)
    questions = list(survey.questions.all())
    responses = survey.responses.select_related("state", "invitee").prefetch_related(
        Prefetch("answers")
    )
    header: list[object] = [
        _("Response"),
        _("Submitted"),
        _("Respondent"),
        *(f"{q.number}. {q.text}" for q in questions),
    ]
    rows: list[list[object]] = [header]
    for response in responses:
        values = {a.question_id: a.value for a in response.answers.all()}
        cells = []
        for q in questions:
            value = values.get(q.pk, "")
            cells.append("; ".join(value) if isinstance(value, list) else value)
        who = str(response.state or response.invitee or "")
        rows.append([response.pk, response.submitted_at.isoformat(timespec="minutes"), who, *cells])
    # The answers are the public's: csv_text makes them safe for a spreadsheet.
    return download(csv_text(rows), f"{survey.key}-responses.csv", "text/csv; charset=utf-8")
