"""Reports built into files: what was asked, by whom, how far the building got, and the file.

A build is kept with the version of the data it was made from, so the same report asked again
is served from its file until its data changes. The row is the report's own audit record (who
asked for which report with which parameters, when, and what came of it)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportBuild(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        BUILDING = "building", _("Being built")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Could not be built")

    ACTIVE = (Status.QUEUED, Status.BUILDING)

    report = models.CharField(_("report"), max_length=40)
    format = models.CharField(_("format"), max_length=4)
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    # The parameters as one canonical string, so that the same request finds its build.
    params_key = models.CharField(max_length=500)
    language = models.CharField(_("language"), max_length=10)
    # Who may be given this file again: "public" (what anyone may read) or "user:<id>" (what
    # one signed-in person may read, which can be more).
    audience = models.CharField(max_length=40)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="report_builds",
    )
    data_version = models.CharField(max_length=64)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    steps_total = models.PositiveSmallIntegerField(default=0)
    steps_done = models.PositiveSmallIntegerField(default=0)
    file = models.FileField(_("file"), upload_to="reports/%Y/", blank=True)
    file_name = models.CharField(_("file name"), max_length=200, blank=True)
    size = models.PositiveIntegerField(_("size in bytes"), null=True, blank=True)
    seconds = models.FloatField(_("seconds to build"), null=True, blank=True)
    error = models.CharField(_("problem"), max_length=500, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(_("asked"), auto_now_add=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("report build")
        indexes = [
            models.Index(
                fields=["report", "format", "language", "audience", "params_key", "status"],
                name="report_build_request",
            ),
            models.Index(fields=["status", "heartbeat_at"], name="report_build_stale"),
        ]

    def __str__(self) -> str:
        return self.file_name or f"{self.report}.{self.format}"

    @property
    def active(self) -> bool:
        return self.status in self.ACTIVE

    @property
    def percent(self) -> int:
        if not self.steps_total:
            return 0
        return min(100, round(100 * self.steps_done / self.steps_total))
