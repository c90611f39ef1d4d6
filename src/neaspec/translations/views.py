"""The translation pages: what is left to translate in each language, the English beside each
translation to write it, and a language's file for an outside translator, out and back in."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from neaspec.accounts.models import Actor, AuthenticatedRequest
from neaspec.languages import OWN_NAMES
from neaspec.multilingual import target_languages, translatable_models
from neaspec.paging import other_params, page_of
from neaspec.tables import download
from neaspec.translations import formats, selectors, services
from neaspec.translations.forms import ImportForm, TranslationForm
from neaspec.translations.rules import may_translate
from neaspec.translations.services import record_of

MAX_UPLOAD = 5 * 1024 * 1024


def _languages(user: Actor) -> list[str]:
    """The languages `user` translates into: all for the Secretariat, a translator's own."""
    if not user.has_perm("translations.view"):
        raise PermissionDenied
    return [code for code in target_languages() if may_translate(user, code)]


def _language(request: HttpRequest, language: str) -> str:
    if language not in target_languages():
        raise Http404(_("The Hub does not translate into this language."))
    if not may_translate(request.user, language):
        raise PermissionDenied
    return language


def _chosen_rows(request: HttpRequest, language: str) -> list[selectors.Row]:
    state = request.GET.get("state", "")
    kind = request.GET.get("kind", "")
    found = selectors.rows(language, actor=request.user, kinds=[kind] if kind else None)
    return [r for r in found if not state or r.state == state]


@login_required
def overview(request: AuthenticatedRequest) -> HttpResponse:
    languages = _languages(request.user)
    tally = selectors.counts(languages, actor=request.user)
    context = {
        "languages": [(code, OWN_NAMES[code], tally[code]) for code in languages],
    }
    return render(request, "translations/overview.html", context)


@login_required
def language_page(request: AuthenticatedRequest, language: str) -> HttpResponse:
    _language(request, language)
    page = page_of(request, _chosen_rows(request, language))
    forms = [
        (
            row,
            TranslationForm(
                initial={
                    "id": row.id,
                    "seen": row.text,
                    "text": row.text,
                    "status": row.status or "working",
                },
                prefix=f"t{i}",
            ),
        )
        for i, row in enumerate(page)
    ]
    context = {
        "language": language,
        "language_name": OWN_NAMES[language],
        "page": page,
        "forms": forms,
        "params": other_params(request),
        "state": request.GET.get("state", ""),
        "kind": request.GET.get("kind", ""),
        "kinds": [(m._meta.label_lower, m._meta.verbose_name) for m in translatable_models()],
        "states": [
            ("missing", _("Not translated")),
            ("outdated", _("Out of date")),
            ("done", _("Translated")),
        ],
        "import_form": ImportForm(),
    }
    return render(request, "translations/language.html", context)


@login_required
@require_POST
def save(request: AuthenticatedRequest, language: str) -> HttpResponse:
    _language(request, language)
    prefix = next((k[: -len("-id")] for k in request.POST if k.endswith("-id")), None)
    form = TranslationForm(request.POST, prefix=prefix)
    back = request.POST.get("next", "")
    if not back.startswith("/"):
        back = reverse("translations:language", args=[language])
    if not form.is_valid():
        messages.error(request, " ".join(str(m) for e in form.errors.values() for m in e))
        return redirect(back)
    try:
        obj, field = record_of(form.cleaned_data["id"], actor=request.user)
        services.translation_save(
            actor=request.user,
            obj=obj,
            field=field,
            language=language,
            text=form.cleaned_data["text"],
            status=form.cleaned_data["status"],
            seen=form.cleaned_data["seen"],
        )
        messages.success(request, _("The translation is saved."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(back)


@login_required
def export(request: AuthenticatedRequest, language: str, file_format: str) -> HttpResponse:
    _language(request, language)
    if file_format not in ("csv", "xlf"):
        raise Http404(_("A language is exported as .csv or .xlf."))
    rows = _chosen_rows(request, language)
    name = f"neaspec-{language}"
    if file_format == "csv":
        return download(formats.to_csv(rows), f"{name}.csv", "text/csv; charset=utf-8")
    return download(formats.to_xliff(rows, language), f"{name}.xlf", "application/x-xliff+xml")


@login_required
@require_POST
def upload(request: AuthenticatedRequest, language: str) -> HttpResponse:
    _language(request, language)
    form = ImportForm(request.POST, request.FILES)
    back = reverse("translations:language", args=[language])
    if not form.is_valid():
        messages.error(request, _("Choose a CSV or XLIFF file."))
        return redirect(back)
    sent = form.cleaned_data["file"]
    if sent.size > MAX_UPLOAD:
        messages.error(request, _("The file is larger than 5 MB."))
        return redirect(back)
    try:
        units = formats.read(sent.read(), sent.name)
        done = services.language_import(actor=request.user, language=language, units=units)
    except ValidationError as error:
        messages.error(request, _("Nothing was saved: %s") % " ".join(error.messages))
        return redirect(back)
    messages.success(
        request,
        ngettext(
            "%(saved)d translation saved, %(unchanged)d unchanged.",
            "%(saved)d translations saved, %(unchanged)d unchanged.",
            done.saved,
        )
        % {"saved": done.saved, "unchanged": done.unchanged},
    )
    if done.outdated:
        messages.warning(
            request,
            ngettext(
                "%(n)d row was not saved: its English changed after the file was exported. "
                "Export again to translate the new English.",
                "%(n)d rows were not saved: their English changed after the file was exported. "
                "Export again to translate the new English.",
                len(done.outdated),
            )
            % {"n": len(done.outdated)},
        )
    return redirect(back)
