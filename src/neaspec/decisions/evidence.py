"""Evidence named by its address: a page of the Hub pasted where a source is asked for (a library
document, a meeting, a decision) is read once, here at the edge, as that record, so the
follow-up shows it by its title and links to it, not as the Hub's own host name."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.http import Http404
from django.urls import Resolver404, resolve

from neaspec.accounts.models import Actor
from neaspec.decisions.models import Decision
from neaspec.decisions.selectors import decisions_visible
from neaspec.library.models import Document
from neaspec.library.selectors import document_get
from neaspec.meetings.models import Meeting

# The page of each kind of record, by its URL name, and the close form's field it fills.
FIELDS = {
    "library:document": "evidence_document",
    "meetings:detail": "evidence_meeting",
    "decisions:detail": "evidence_decision",
}


class NotShownError(ValueError):
    """The address is the Hub's, but of no record the reader may see."""


@dataclass(frozen=True)
class HubRecord:
    field: str  # the close form's field: evidence_document, evidence_meeting, evidence_decision
    record: Document | Meeting | Decision


def hub_record(address: str, *, hosts: set[str], actor: Actor) -> HubRecord | None:
    """The record of the Hub at `address` (an address on one of `hosts`, the Hub's own, or a
    path); None when it is not a page of the Hub's records (another site, another page).
    NotShownError when it is such a page but no record the actor may see is there."""
    parts = urlsplit(address.strip())
    if parts.netloc and parts.netloc.lower() not in hosts:
        return None
    if parts.scheme not in ("", "http", "https") or not parts.path.startswith("/"):
        return None
    try:
        match = resolve(parts.path)
    except Resolver404:
        return None
    field = FIELDS.get(match.view_name)
    if field is None:
        return None
    found: Document | Meeting | Decision | None
    if field == "evidence_document":
        try:
            found = document_get(pk=match.kwargs["pk"], actor=actor)
        except Http404:
            found = None
    elif field == "evidence_meeting":
        found = Meeting.objects.filter(key=match.kwargs["key"]).first()
    else:
        found = decisions_visible(actor=actor).filter(pk=match.kwargs["pk"]).first()
    if found is None:
        raise NotShownError(address)
    return HubRecord(field, found)
