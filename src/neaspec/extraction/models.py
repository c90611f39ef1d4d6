"""A proposal extracted from a meeting report, waiting for a person to confirm it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from neaspec.library.models import Document


class Extraction(models.Model):
    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Waiting for review")
        CONFIRMED = "confirmed", _("Confirmed and recorded")
        DISCARDED = "discarded", _("Discarded")

    document = models.OneToOneField(Document, on_delete=models.CASCADE, related_name="extraction")
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED
    )
    # The neaspec-extract/1 record, as extracted and then as corrected by the reviewer.
    record = models.JSONField(_("proposal"))
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    outcome = models.JSONField(_("what was recorded"), default=dict, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("extraction")

    def __str__(self) -> str:
        return f"{self.document} ({self.get_status_display()})"
