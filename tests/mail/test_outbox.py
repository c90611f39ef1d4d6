"""The outbox against a real SMTP server (aiosmtpd): a message says "sent" only once the server
took it, and every failure keeps a reason a person can act on."""

import datetime
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.core.exceptions import ValidationError
from django.utils import timezone

from neaspec.mail.models import Message, OptOut, Purpose
from neaspec.mail.services import (
    MAX_ATTEMPTS,
    Letter,
    Recipient,
    message_queue,
    message_retry,
    messages_requeue_stale,
    opt_out_set,
)
from tests.conftest import Inbox, _free_port

pytestmark = pytest.mark.django_db


def _queue(recipient: Recipient, subject: str = "Invitation to SOM-29") -> list[Message]:
    return message_queue(
        actor=None,
        purpose=Purpose.MEETING_INVITATION,
        recipient=recipient,
        letter=Letter(subject, "Dear colleague,\n\nPlease register.\n"),
        regarding="meeting:som-29",
        record="invitation:1",
    )


def test_a_message_is_sent_to_each_address_and_says_so(
    smtp: Inbox, django_capture_on_commit_callbacks: Any
) -> None:
    recipient = Recipient("Mongolia", "state:MN", ["b@mne.gov.mn", "a@mne.gov.mn", ""])
    with django_capture_on_commit_callbacks(execute=True):
        queued = _queue(recipient)
        assert {m.status for m in queued} == {Message.Status.QUEUED}
    assert sorted(to for [to], _ in smtp.messages) == ["a@mne.gov.mn", "b@mne.gov.mn"]
    for message in Message.objects.filter(regarding="meeting:som-29"):
        assert message.status == Message.Status.SENT
        assert message.sent_at is not None
        assert message.attempts == 1
        assert message.recipient == "Mongolia"
        assert message.reason == ""


def test_a_recipient_without_an_address_is_named_and_nothing_is_sent(
    smtp: Inbox, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        [message] = _queue(Recipient("Japan", "state:JP", []))
    assert smtp.messages == []
    message.refresh_from_db()
    assert message.status == Message.Status.NO_ADDRESS
    assert message.reason == "No e-mail address is recorded for Japan."


def test_a_name_with_a_line_break_reaches_the_header_on_one_line(
    smtp: Inbox, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        _queue(Recipient("Ms. A\r\nBcc: x@evil.example", "", ["fp@example.mn"]), "SOM-29\nBcc: x")
    [(to, received)] = smtp.messages
    assert to == ["fp@example.mn"]  # no Bcc smuggled in
    assert received["Subject"] == "SOM-29 Bcc: x"
    assert Message.objects.get().recipient == "Ms. A Bcc: x@evil.example"


class Refusing(Inbox):
    async def handle_RCPT(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address.startswith("nobody@"):
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_an_address_the_server_refuses_fails_with_the_servers_words(
    settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    inbox = Refusing()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.MAILERS = {
        "delivery": {
            "BACKEND": settings.EMAIL_SMTP,
            "OPTIONS": {"host": "127.0.0.1", "port": controller.port, "timeout": 5},
        }
    }
    try:
        with django_capture_on_commit_callbacks(execute=True):
            _queue(Recipient("China", "state:CN", ["nobody@example.cn", "fp@example.cn"]))
    finally:
        controller.stop()
    assert [to for to, _ in inbox.messages] == [["fp@example.cn"]]
    refused = Message.objects.get(address="nobody@example.cn")
    assert refused.status == Message.Status.FAILED
    assert "refused the address" in refused.reason
    assert "No such mailbox" in refused.reason
    assert Message.objects.get(address="fp@example.cn").status == Message.Status.SENT


def test_a_server_that_cannot_be_reached_is_tried_again_then_fails(
    settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.MAILERS = {
        "delivery": {
            "BACKEND": settings.EMAIL_SMTP,
            "OPTIONS": {"host": "127.0.0.1", "port": _free_port(), "timeout": 5},
        }
    }
    with django_capture_on_commit_callbacks(execute=True):
        [message] = _queue(Recipient("Mongolia", "state:MN", ["fp@example.mn"]))
    message.refresh_from_db()
    assert message.status == Message.Status.QUEUED
    assert message.attempts == 1
    assert message.reason.startswith("Attempt 1 failed (")
    # Not before its wait is over; then again and again until it gives up with the reason.
    assert messages_requeue_stale(older_than=datetime.timedelta(minutes=10)) == []
    for _attempt in range(MAX_ATTEMPTS - 1):
        Message.objects.filter(pk=message.pk).update(
            attempted_at=timezone.now() - datetime.timedelta(hours=1)
        )
        with django_capture_on_commit_callbacks(execute=True):
            assert messages_requeue_stale(older_than=datetime.timedelta(minutes=10))
    message.refresh_from_db()
    assert message.status == Message.Status.FAILED
    assert message.attempts == MAX_ATTEMPTS
    assert "could not be reached after 5 attempts" in message.reason


def test_a_message_a_stopped_worker_held_is_sent_by_the_sweep(
    smtp: Inbox, django_capture_on_commit_callbacks: Any
) -> None:
    [message] = _queue(Recipient("Mongolia", "state:MN", ["fp@example.mn"]))  # never enqueued
    long_ago = timezone.now() - datetime.timedelta(hours=1)
    Message.objects.filter(pk=message.pk).update(
        status=Message.Status.SENDING, attempted_at=long_ago, attempts=1
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert [
            m.pk for m in messages_requeue_stale(older_than=datetime.timedelta(minutes=10))
        ] == [message.pk]
    assert len(smtp.messages) == 1
    message.refresh_from_db()
    assert message.status == Message.Status.SENT
    assert message.attempts == 2


def test_only_the_secretariat_tries_a_failed_message_again(
    smtp: Inbox, users: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    [message] = _queue(Recipient("Mongolia", "state:MN", ["fp@example.mn"]))
    Message.objects.filter(pk=message.pk).update(status=Message.Status.FAILED, reason="refused")
    with pytest.raises(Exception, match=r"mail\.retry"):
        message_retry(actor=users["focal_point_mn"], message=message)
    assert Message.objects.get(pk=message.pk).status == Message.Status.FAILED
    with django_capture_on_commit_callbacks(execute=True):
        message_retry(actor=users["secretariat"], message=message)
    assert Message.objects.get(pk=message.pk).status == Message.Status.SENT
    with pytest.raises(ValidationError, match="Only a message that failed"):
        message_retry(actor=users["secretariat"], message=message)


def test_a_person_turns_their_digest_off_and_on(users: dict[str, Any]) -> None:
    partner, translator = users["partner"], users["translator_ja"]
    opt_out_set(actor=partner, user=partner, purpose=Purpose.DIGEST, receive=False)
    assert OptOut.objects.filter(user=partner, purpose=Purpose.DIGEST).exists()
    with pytest.raises(Exception, match=r"mail\.choose_messages"):
        opt_out_set(actor=translator, user=partner, purpose=Purpose.DIGEST, receive=True)
    opt_out_set(actor=partner, user=partner, purpose=Purpose.DIGEST, receive=True)
    assert not OptOut.objects.filter(user=partner).exists()


def test_djangos_own_mail_goes_through_the_outbox(
    smtp: Inbox, client_for: Any, users: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    partner = users["partner"]
    partner.email = "partner@nowpap.org"
    partner.save()
    with django_capture_on_commit_callbacks(execute=True):
        client_for("public").post("/accounts/password-reset/", {"email": "partner@nowpap.org"})
    [message] = Message.objects.filter(purpose=Purpose.OTHER)
    assert (message.address, message.status) == ("partner@nowpap.org", Message.Status.SENT)
    [(to, _)] = smtp.messages
    assert to == ["partner@nowpap.org"]
    assert "/accounts/reset/" in smtp.text(0)


def test_the_outbox_api_pages_a_meetings_messages_for_the_secretariat(
    client_for: Any, django_assert_max_num_queries: Any
) -> None:
    for n in range(3):
        _queue(Recipient(f"State {n}", f"state:{n}", [f"fp{n}@example.org"]))
    message_queue(
        actor=None,
        purpose=Purpose.MEETING_INVITATION,
        recipient=Recipient("Japan", "state:JP", []),
        letter=Letter("Invitation to SPC-6", "..."),
        regarding="meeting:spc-6",
    )
    secretariat = client_for("secretariat")
    with django_assert_max_num_queries(12):
        page = secretariat.get("/api/outbox", {"meeting": "som-29", "limit": 2}).json()
    assert page["count"] == 3
    assert [m["recipient"] for m in page["items"]] == ["State 2", "State 1"]
    assert {m["status"] for m in page["items"]} == {"queued"}
    assert page["next"] is not None
    assert client_for("focal_point_mn").get("/api/outbox").status_code == 403
