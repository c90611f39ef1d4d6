"""The meeting page's decision lines, cached one per decision and language.

A line shows only the decision itself and whom it addresses, so it is the same for everyone
who may see the decision (which decisions a reader sees is decided before the cache). Whatever
changes a decision or its addressees — a service, the admin, an import, `neaspec seed` — saves
through the ORM, and the signals below drop that decision's lines once the change commits;
so does a translation of its summary (translations.services).

The meeting page reads the decisions a reader may see, and how long a line is kept, through the
part registered here (`meetings.pages`): meetings do not import decisions, which build on them.
"""

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest

from neaspec.decisions.models import Addressee, Decision
from neaspec.decisions.selectors import meeting_decisions
from neaspec.meetings.models import Meeting
from neaspec.meetings.pages import adds_to

if TYPE_CHECKING:
    from neaspec.translations.models import Translation

FRAGMENT = "decision-line"
# A backstop only: a line is dropped when its decision changes.
TIMEOUT = 24 * 3600


@adds_to("meeting")
def meeting_page_decisions(request: HttpRequest, meeting: Meeting) -> dict[str, Any]:
    """The meeting's decisions the reader may see (the page places them under their agenda
    items, the others after the agenda), and how long each one's line is cached."""
    return {
        "decisions": meeting_decisions(actor=request.user, meeting=meeting),
        "line_timeout": TIMEOUT,
    }


def line_keys(decision_id: int) -> list[str]:
    return [
        make_template_fragment_key(FRAGMENT, [decision_id, code]) for code, _ in settings.LANGUAGES
    ]


def lines_forget(decision_id: int) -> None:
    transaction.on_commit(lambda: cache.delete_many(line_keys(decision_id)))


def _decision_changed(sender: type[Decision], instance: Decision, **kwargs: Any) -> None:
    lines_forget(instance.pk)


def _addressee_changed(sender: type[Addressee], instance: Addressee, **kwargs: Any) -> None:
    lines_forget(instance.decision_id)


def _translation_changed(
    sender: "type[Translation]", instance: "Translation", **kwargs: Any
) -> None:
    # A translated summary is written beside the decision, not through its save.
    if instance.content_type.model_class() is Decision:
        lines_forget(instance.object_id)


def connect() -> None:
    from neaspec.translations.models import Translation

    for signal in (post_save, post_delete):
        signal.connect(_translation_changed, sender=Translation, dispatch_uid=f"lines-t-{signal}")
        signal.connect(_decision_changed, sender=Decision, dispatch_uid=f"lines-d-{signal}")
        signal.connect(_addressee_changed, sender=Addressee, dispatch_uid=f"lines-a-{signal}")
