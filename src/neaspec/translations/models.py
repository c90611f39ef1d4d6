"""What is known of each translation: from which English it was made, by whom, and whether it
is official. The text itself is in the record's own column (neaspec.multilingual), which pages
read; it is repeated here so that the history of this row is the history of the translation."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Translation(models.Model):
    class Status(models.TextChoices):
        # The name as the State or body itself writes it, or a translation published by the UN.
        OFFICIAL = "official", _("Official")
        # The Secretariat's or a translator's translation, not checked against an official one.
        WORKING = "working", _("Working")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(_("field"), max_length=40)
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    text = models.TextField(_("translation"))
    source_text = models.TextField(
        _("translated from"),
        help_text=_("The English it translates: when the English changes, it is out of date."),
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.WORKING
    )
    translated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("translated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Written by the reference dataset; `neaspec seed` may update it until someone edits it.
    from_reference = models.BooleanField(_("from the reference data"), default=False)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("translation")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="one_translation_per_field_and_language",
            )
        ]

    def __str__(self) -> str:
        return f"{self.content_type.model} {self.object_id} {self.field} [{self.language}]"
