"""The outbox in the API: each message's recipient and status (the Secretariat's)."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Page
from neaspec.mail import selectors
from neaspec.mail.models import Message

router = Router(tags=["outbox"])


class OutboxFilters(Schema):
    meeting: str = ""
    status: Message.Status | None = None


class MessageOut(Schema):
    id: int
    purpose: str
    regarding: str
    recipient: str
    address: str
    subject: str
    status: str
    reason: str
    attempts: int
    queued_at: datetime.datetime
    sent_at: datetime.datetime | None


@router.get(
    "/outbox",
    auth=SIGNED_IN,
    response={200: list[MessageOut], 401: ErrorOut, 403: ErrorOut, 422: ErrorOut},
    summary="E-mails the Hub sent or tried to send, with each one's status",
)
@paginate(Page)
def outbox(request: HttpRequest, filters: Query[OutboxFilters]) -> QuerySet[Message]:
    if not request.user.has_perm("mail.view_outbox"):
        raise PermissionDenied
    regarding = f"meeting:{filters.meeting}" if filters.meeting else ""
    status = filters.status.value if filters.status else ""
    return selectors.outbox_list(regarding=regarding, status=status)
