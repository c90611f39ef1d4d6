"""Whom a decision asks, in the one spelling pages, the API, the reference data and the
extraction share: parsed once at the edge into an `AddresseeCode`, then passed as that value.

A code is "secretariat", "member_states", "partners", "nfps", a member State's code ("MN") or a
body's key after "body:" ("body:neampan-sc"). The extraction schema (`neaspec-extract/1`) names a
committee by its acronym ("committee:NEAMPAN-SC"); `from_extracted` reads that spelling.
"""

import re
from dataclasses import dataclass
from typing import Self

from django.db.models import Q

from neaspec.decisions.models import Addressee, FollowUp
from neaspec.directory.models import Body, MemberState

BODY = "body:"
# Addressee kinds written as themselves; a State and a body carry what they name.
PLAIN = frozenset(k.value for k in Addressee.Kind) - {Addressee.Kind.STATE, Addressee.Kind.BODY}
STATE_CODE = re.compile(r"^[A-Za-z]{2}$")
BODY_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class AddresseeCode:
    kind: str  # an Addressee.Kind value
    state: str = ""  # a member State's code, upper case, when kind is "state"
    body: str = ""  # a body's key, when kind is "body"

    @classmethod
    def parse(cls, text: str) -> Self:
        """The code `text` names; ValueError when it names nothing a decision can ask."""
        text = text.strip()
        if text in PLAIN:
            return cls(text)
        if text.startswith(BODY) and BODY_KEY.match(text[len(BODY) :]):
            return cls(Addressee.Kind.BODY, body=text[len(BODY) :])
        if STATE_CODE.match(text):
            return cls(Addressee.Kind.STATE, state=text.upper())
        raise ValueError(f"not an addressee: {text!r}")

    @classmethod
    def of(cls, row: Addressee | FollowUp | MemberState | Body) -> Self:
        """The code of an addressee, of a follow-up's owner, or naming a State or a body."""
        if isinstance(row, MemberState):
            return cls(Addressee.Kind.STATE, state=row.code)
        if isinstance(row, Body):
            return cls(Addressee.Kind.BODY, body=row.key)
        kind = row.kind if isinstance(row, Addressee) else row.owner
        if kind == Addressee.Kind.STATE and row.state is not None:
            return cls(kind, state=row.state.code)
        if kind == Addressee.Kind.BODY and row.body is not None:
            return cls(kind, body=row.body.key)
        return cls(kind)

    def __str__(self) -> str:
        if self.kind == Addressee.Kind.STATE:
            return self.state
        if self.kind == Addressee.Kind.BODY:
            return BODY + self.body
        return self.kind

    def decisions(self) -> Q:
        """Decisions asking this addressee; a request to all member States asks each of them."""
        if self.kind == Addressee.Kind.BODY:
            return Q(addressees__kind=self.kind, addressees__body__key=self.body)
        if self.kind == Addressee.Kind.STATE:
            return Q(addressees__kind=self.kind, addressees__state__code=self.state) | Q(
                addressees__kind=Addressee.Kind.MEMBER_STATES
            )
        return Q(addressees__kind=self.kind)

    def follow_ups(self) -> Q:
        """Follow-ups this addressee owns; a State owns what is asked of all member States too.

        The State or body is matched by its id from a subquery, not by a join on its code: with
        the join, SQLite sorted every closed action of the State to keep the first 50 (71 ms at
        100 times the record); by the id, it reads them in due-date order from the status index."""
        if self.kind == FollowUp.Owner.BODY:
            return Q(owner=self.kind, body__in=Body.objects.filter(key=self.body).values("pk"))
        if self.kind == FollowUp.Owner.STATE:
            state = MemberState.objects.filter(code=self.state).values("pk")
            return Q(owner=self.kind, state__in=state) | Q(owner=FollowUp.Owner.MEMBER_STATES)
        return Q(owner=self.kind)


def from_extracted(name: str) -> AddresseeCode | None:
    """An extraction record's addressee ("committee:SPC", "MN", "secretariat") as a code; None
    when it names no body or State the Hub knows. A committee is found by its acronym, read
    without case, spaces or hyphens ("NEAMPAN-SC" is the "NEAMPAN SC")."""
    if name.startswith("committee:"):
        wanted = _squeezed(name.partition(":")[2])
        for key, acronym in Body.objects.exclude(acronym="").values_list("key", "acronym"):
            if _squeezed(acronym) == wanted:
                return AddresseeCode(Addressee.Kind.BODY, body=key)
        return None
    try:
        return AddresseeCode.parse(name)
    except ValueError:
        return None


def _squeezed(text: str) -> str:
    return re.sub(r"[\s-]+", "", text).casefold()
