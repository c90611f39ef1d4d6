"""The outbox: every e-mail the Hub sends, one row per recipient address, from queued to sent or
failed with the reason. A recipient without an address is a row too ("no address"), so the page
that sent the mail can name who did not get it and why."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Purpose(models.TextChoices):
    ACCOUNT_INVITATION = "account_invitation", _("Invitation to join the Hub")
    MEETING_INVITATION = "meeting_invitation", _("Invitation to a meeting")
    MEETING_REMINDER = "meeting_reminder", _("Reminder of a meeting invitation")
    REPORT_CIRCULATION = "report_circulation", _("Draft report circulated")
    CONSULTATION_REMINDER = "consultation_reminder", _("Consultation reminder")
    SURVEY_LINK = "survey_link", _("Survey link")
    DIGEST = "digest", _("Weekly digest")
    OTHER = "other", _("Password reset and other e-mail")


class Message(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        NO_ADDRESS = "no_address", _("No address")

    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose.choices)
    # What the message is about, for the pages that list it: "meeting:som-29".
    regarding = models.CharField(_("regarding"), max_length=120, blank=True, db_index=True)
    # The record whose state changes when the message is sent: "invitation:12".
    record = models.CharField(_("record"), max_length=120, blank=True, db_index=True)
    # Who is addressed, in words ("Mongolia", "Enkhbat Altangerel"), and as a key ("state:MN").
    recipient = models.CharField(_("recipient"), max_length=300)
    recipient_key = models.CharField(max_length=80, blank=True, db_index=True)
    address = models.EmailField(_("address"), blank=True)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("text"))
    attachment_name = models.CharField(max_length=100, blank=True)
    attachment_type = models.CharField(max_length=100, blank=True)
    attachment = models.TextField(blank=True)
    # Messages queued together (one invitation to a State's focal points) share a batch.
    batch = models.CharField(max_length=32, db_index=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    reason = models.TextField(_("reason"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    queued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("queued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    queued_at = models.DateTimeField(_("queued"), auto_now_add=True)
    attempted_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["-queued_at", "-pk"]
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        indexes = [models.Index(fields=["status", "attempted_at"], name="mail_retry")]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} → {self.recipient} ({self.get_status_display()})"


class OptOut(models.Model):
    """A person who asked not to receive one kind of message (the weekly digest)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mail_opt_outs"
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose.choices)
    since = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "purpose"], name="one_opt_out_per_purpose")
        ]

    def __str__(self) -> str:
        return f"{self.user}: no {self.get_purpose_display()}"
