"""Files imported in the background: what was asked, how far it got and what came of it.

The job row is the import's own audit record (who sent which file when, and the outcome); every
row it writes goes through a service and has its own history."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportJob(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        CHECKING = "checking", _("Checking the rows")
        WRITING = "writing", _("Importing")
        UNDOING = "undoing", _("Undoing the rows written")
        DONE = "done", _("Imported")
        REFUSED = "refused", _("Nothing imported")

    ACTIVE = (Status.QUEUED, Status.CHECKING, Status.WRITING, Status.UNDOING)

    kind = models.CharField(_("what the file holds"), max_length=40)
    file = models.FileField(_("file"), upload_to="imports/%Y/")
    file_name = models.CharField(_("file name"), max_length=255)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        on_delete=models.PROTECT,
        related_name="import_jobs",
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    rows_total = models.PositiveIntegerField(_("rows in the file"), null=True, blank=True)
    rows_done = models.PositiveIntegerField(_("rows written"), default=0)
    errors = models.JSONField(_("problems"), default=list, blank=True)
    error_count = models.PositiveIntegerField(default=0)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "heartbeat_at"])]

    def __str__(self) -> str:
        return self.file_name

    @property
    def active(self) -> bool:
        return self.status in self.ACTIVE

    @property
    def percent(self) -> int:
        if not self.rows_total:
            return 0
        return min(100, round(100 * self.rows_done / self.rows_total))


class ImportBatch(models.Model):
    """Rows written in one short transaction, with what undoes them if a later row fails."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="batches")
    first_index = models.PositiveIntegerField()
    rows = models.PositiveIntegerField()
    journal = models.JSONField(default=list)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "first_index"], name="one_batch_per_start")
        ]

    def __str__(self) -> str:
        return f"{self.job} rows {self.first_index + 1} to {self.first_index + self.rows}"
