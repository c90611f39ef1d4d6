"""The programme's documents: reports, concept notes, plans, studies, in any of its languages."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from neaspec.library.grams import grams, pairs, words
from neaspec.meetings.models import AgendaItem, Meeting
from neaspec.programme.models import ProgrammeArea


class Document(models.Model):
    class Type(models.TextChoices):
        MEETING_REPORT = "meeting_report", _("Meeting report")
        CONCEPT_NOTE = "concept_note", _("Concept note")
        STRATEGIC_PLAN = "strategic_plan", _("Strategic plan")
        STUDY = "study", _("Study")
        PRESENTATION = "presentation", _("Presentation")
        PUBLICATION = "publication", _("Publication")
        # A language version of a meeting document (MeetingDocument) before it is adopted.
        MEETING_DOCUMENT = "meeting_document", _("Meeting document")
        OTHER = "other", _("Other")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Public")
        MEMBER_STATES = "member_states", _("Member States")
        SECRETARIAT = "secretariat", _("Secretariat")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to be read")
        READING = "reading", _("Reading the text")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Could not be read")

    title = models.CharField(_("title"), max_length=400)
    type = models.CharField(_("type"), max_length=20, choices=Type.choices)
    date = models.DateField(_("date"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
    )
    area = models.ForeignKey(
        ProgrammeArea,
        verbose_name=_("programme area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
    )
    visibility = models.CharField(_("visibility"), max_length=14, choices=Visibility.choices)
    # One language version of a meeting's document (one file per language).
    meeting_document = models.ForeignKey(
        "MeetingDocument",
        verbose_name=_("meeting document"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="versions",
    )
    # A draft that a revised file replaced: it leaves its meeting document (whose versions are
    # the current files) and points to its successor, so the drafts stay in the history.
    revised_by = models.ForeignKey(
        "self",
        verbose_name=_("revised by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="earlier",
    )
    file = models.FileField(_("file"), upload_to="documents/%Y/")
    file_type = models.CharField(_("file type"), max_length=10, editable=False)
    size = models.PositiveIntegerField(_("size (bytes)"), editable=False)
    sha256 = models.CharField(max_length=64, editable=False, db_index=True)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    failure = models.CharField(_("why it could not be read"), max_length=300, blank=True)
    text = models.TextField(_("text"), blank=True, editable=False)
    # The title and text case-folded, so that every database matches the same substrings.
    search_text = models.TextField(blank=True, editable=False)
    # Its distinct words, pairs of words next to each other, and one- and two-character CJK
    # pieces: what the search indexes are built from (library/grams.py).
    search_words = models.TextField(blank=True, editable=False)
    search_pairs = models.TextField(blank=True, editable=False)
    search_grams = models.TextField(blank=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    # When the reading was last queued or started, and how often: a worker that died mid-read
    # leaves the document waiting; the sweep (library.services.documents_requeue_stale) queues
    # it again, and gives up after READ_ATTEMPTS with a reason.
    reading_since = models.DateTimeField(_("reading since"), null=True, blank=True)
    read_attempts = models.PositiveSmallIntegerField(_("read attempts"), default=1)
    # The text and what search reads of it: large, and read only by search and snippets.
    SEARCH_FIELDS = ("search_text", "search_words", "search_pairs", "search_grams")
    TEXT_FIELDS = ("text", *SEARCH_FIELDS)
    history = HistoricalRecords(excluded_fields=list(TEXT_FIELDS))

    READ_ATTEMPTS = 3

    class Meta:
        ordering = ["-date", "-uploaded_at"]
        verbose_name = _("document")
        # The library's "recent documents", newest first, read by an index at any size: by
        # visibility for those who see some, by date alone for the Secretariat, who sees all
        # (on SQLite a scan in date order would read past every document's text).
        indexes = [
            models.Index(fields=["visibility", "-uploaded_at"], name="document_recent"),
            models.Index(fields=["-uploaded_at"], name="document_uploaded"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting_document", "language"], name="one_version_per_language"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def set_text(self, text: str) -> None:
        """The text as read, and what the search indexes are built from: case-folded, its runs
        of spaces and line breaks one space, so that a phrase is found across a line break."""
        self.text = text
        self.search_text = " ".join(f"{self.title}\n{text}".casefold().split())
        self.search_words = words(self.search_text)
        self.search_pairs = pairs(self.search_text)
        self.search_grams = grams(self.search_text)


class MeetingDocument(models.Model):
    """A document of a meeting as the States receive it: its symbol, the agenda item it serves,
    its kind, when it was circulated, and its language versions (library documents)."""

    class Kind(models.TextChoices):
        WORKING = "working", _("Working document")
        INFORMATION = "information", _("Information document")
        REPORT = "report", _("Report")

    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        on_delete=models.CASCADE,
        related_name="meeting_documents",
    )
    symbol = models.CharField(
        _("symbol"), max_length=60, help_text=_("As printed on it, e.g. NEASPEC/SOM(29)/1.")
    )
    title = models.CharField(_("title"), max_length=400)
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meeting_documents",
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    visibility = models.CharField(
        _("visibility"), max_length=14, choices=Document.Visibility.choices
    )
    circulated_on = models.DateField(_("circulated on"), null=True, blank=True)
    # 1 for the document as first circulated; a revised file (the report after the States'
    # comments) makes it 2, and so on.
    revision = models.PositiveSmallIntegerField(_("version"), default=1)
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "symbol"]
        verbose_name = _("meeting document")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "symbol"], name="symbol_once_per_meeting")
        ]

    def __str__(self) -> str:
        return f"{self.symbol} {self.title}"
