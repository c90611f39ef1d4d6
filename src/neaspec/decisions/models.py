"""What meetings decide, whom they ask, what follows, and where each member State stands."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from neaspec.conflicts import DUPLICATE
from neaspec.decisions.verbs import verb_labels
from neaspec.directory.models import Body, MemberState
from neaspec.library.models import Document
from neaspec.meetings.models import AgendaItem, Meeting
from neaspec.multilingual import Translatable, translation_columns
from neaspec.programme.models import ProgrammeArea


class Decision(Translatable):
    """A paragraph of a meeting's conclusions, or one sentence of it (a child of the paragraph)."""

    class Kind(models.TextChoices):
        OPERATIVE = "operative", _("Operative")
        INFORMATIONAL = "informational", _("Informational")
        # The meeting's own proceedings (officers elected, agenda adopted): recorded, but they
        # direct no one and are not counted among the decisions to follow up.
        PROCEDURAL = "procedural", _("Procedural")

    class Concern(models.TextChoices):
        PROGRAMME = "programme", _("Programme area")
        GOVERNANCE = "governance", _("Governance")
        FINANCE = "finance", _("Finance")
        GENERAL = "general", _("The programme as a whole")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        IMPLEMENTED = "implemented", _("Implemented")
        ELAPSED = "elapsed", _("Elapsed")
        SUPERSEDED = "superseded", _("Superseded")
        RETIRED = "retired", _("Retired")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="decisions")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="sentences"
    )
    paragraph = models.CharField(_("paragraph"), max_length=10)
    sentence = models.PositiveSmallIntegerField(_("sentence"), null=True, blank=True)
    summary = models.TextField(_("summary"))
    verbs = models.JSONField(_("operative verbs"), default=list, blank=True)
    kind = models.CharField(_("kind"), max_length=13, choices=Kind.choices)
    concern = models.CharField(_("concern"), max_length=10, choices=Concern.choices)
    area = models.ForeignKey(
        ProgrammeArea,
        verbose_name=_("programme area"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decisions",
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decisions",
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE
    )
    adopted = models.BooleanField(
        _("adopted"),
        default=True,
        help_text=_("Off while the text is a draft on which member States state positions."),
    )
    source = models.CharField(_("source"), max_length=500, blank=True)
    history = HistoricalRecords(excluded_fields=translation_columns("summary"))

    class Meta:
        ordering = ["meeting", "id"]
        verbose_name = _("decision")
        # The drafts, which the public does not see, found without reading every decision.
        indexes = [models.Index(fields=["id"], condition=Q(adopted=False), name="decision_drafts")]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "paragraph"],
                condition=Q(sentence=None),
                name="decision_paragraph_unique",
                violation_error_code=DUPLICATE,
                violation_error_message=_(
                    "The meeting already has a decision with this paragraph number."
                ),
            ),
            models.UniqueConstraint(
                fields=["meeting", "paragraph", "sentence"],
                condition=Q(sentence__isnull=False),
                name="decision_sentence_unique",
                violation_error_code=DUPLICATE,
                violation_error_message=_(
                    "This paragraph already has a sentence with this number."
                ),
            ),
            models.CheckConstraint(
                name="decision_area_matches_concern",
                condition=Q(concern="programme", area__isnull=False) | ~Q(concern="programme"),
            ),
        ]

    def __str__(self) -> str:
        return self.citation

    @property
    def verb_labels(self) -> list[str]:
        """The operative verbs in the reader's language."""
        return verb_labels(list(self.verbs))

    @property
    def citation(self) -> str:
        """How the programme cites it: 'SOM-25, para. 10' (sentence 4: 'para. 10.4')."""
        para = self.paragraph if self.sentence is None else f"{self.paragraph}.{self.sentence}"
        return gettext("%(meeting)s, para. %(paragraph)s") % {
            "meeting": self.meeting,
            "paragraph": para,
        }


class Addressee(models.Model):
    """Whom a decision directs: the Secretariat, member States, one State, a body, partners."""

    class Kind(models.TextChoices):
        SECRETARIAT = "secretariat", _("The Secretariat")
        MEMBER_STATES = "member_states", _("Member States")
        STATE = "state", _("A member State")
        BODY = "body", _("A committee or body")
        PARTNERS = "partners", _("Partners")
        FOCAL_POINTS = "nfps", _("National focal points")

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="addressees")
    kind = models.CharField(_("kind"), max_length=13, choices=Kind.choices)
    state = models.ForeignKey(MemberState, null=True, blank=True, on_delete=models.PROTECT)
    body = models.ForeignKey(Body, null=True, blank=True, on_delete=models.PROTECT)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("addressee")
        constraints = [
            models.CheckConstraint(
                name="addressee_scope_matches_kind",
                condition=(
                    Q(kind="state", state__isnull=False, body=None)
                    | Q(kind="body", state=None, body__isnull=False)
                    | (~Q(kind__in=["state", "body"]) & Q(state=None, body=None))
                ),
            ),
        ]

    def __str__(self) -> str:
        return str(self.state or self.body or self.get_kind_display())


class DecisionLink(models.Model):
    """Threads a topic across meetings: this decision continues, amends, replaces, reports on or
    recalls that one. Read from the other end, the same link says "continued by", and so on."""

    class Kind(models.TextChoices):
        CONTINUES = "continues", _("continues")
        AMENDS = "amends", _("amends")
        REPLACES = "replaces", _("replaces")
        REPORTS_ON = "reports_on", _("reports on")
        RECALLS = "recalls", _("recalls")

    # How the link reads from the decision it points to.
    INVERSE = {
        Kind.CONTINUES: _("continued by"),
        Kind.AMENDS: _("amended by"),
        Kind.REPLACES: _("replaced by"),
        Kind.REPORTS_ON: _("reported on by"),
        Kind.RECALLS: _("recalled by"),
    }

    source_decision = models.ForeignKey(
        Decision, on_delete=models.CASCADE, related_name="links_out"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    target = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="links_in")
    note = models.CharField(_("note"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("link between decisions")
        constraints = [
            models.UniqueConstraint(
                fields=["source_decision", "kind", "target"], name="decision_link_once"
            ),
            models.CheckConstraint(
                name="decision_link_not_to_itself", condition=~Q(source_decision=models.F("target"))
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source_decision} {self.get_kind_display()} {self.target}"

    @property
    def inverse_display(self) -> str:
        return str(self.INVERSE[self.Kind(self.kind)])


class FollowUp(Translatable):
    """An action an operative decision asks of someone, followed to its outcome."""

    class Owner(models.TextChoices):
        SECRETARIAT = "secretariat", _("The Secretariat")
        MEMBER_STATES = "member_states", _("Member States together")
        STATE = "state", _("A member State")
        BODY = "body", _("A committee or body")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        DROPPED = "dropped", _("Dropped")

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="follow_ups")
    owner = models.CharField(_("owner"), max_length=13, choices=Owner.choices)
    state = models.ForeignKey(
        MemberState,
        verbose_name=_("member State"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="follow_ups",
    )
    body = models.ForeignKey(
        Body,
        verbose_name=_("body"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="follow_ups",
    )
    action = models.TextField(_("action"))
    due_date = models.DateField(_("due date"), null=True, blank=True)
    due_next_meeting = models.BooleanField(
        _("due before the next meeting"),
        default=False,
        help_text=_("For requests without a date that must be met before the next session."),
    )
    # The date it is due by: its own, or the date by which the next session of its meeting's
    # series was held (decisions/deadlines.py keeps it current), so that lists sort, filter
    # and count by it in the database.
    due_by = models.DateField(_("due by"), null=True, blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=11, choices=Status.choices, default=Status.OPEN
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    review_date = models.DateField(_("review date"), null=True, blank=True)
    # What came of it stays on the record once the action is closed, with what shows it:
    # a later decision, a meeting, a document in the library, or a source text.
    outcome = models.TextField(_("outcome"), blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    evidence_decision = models.ForeignKey(
        Decision,
        verbose_name=_("shown by the decision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidence_for",
    )
    evidence_meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("shown by the meeting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidence_for",
    )
    evidence_document = models.ForeignKey(
        Document,
        verbose_name=_("shown by the document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidence_for",
    )
    evidence_source = models.CharField(
        _("shown by the source"),
        max_length=500,
        blank=True,
        help_text=_("A seed document or a public URL that shows the work done."),
    )
    history = HistoricalRecords(
        excluded_fields=["due_by", *translation_columns("action", "outcome")]
    )

    class Meta:
        ordering = ["due_date", "id"]
        verbose_name = _("follow-up action")
        indexes = [models.Index(fields=["status", "due_by"], name="follow_up_status_due")]
        constraints = [
            models.CheckConstraint(
                name="follow_up_owner_matches",
                condition=(
                    Q(owner__in=["secretariat", "member_states"], state=None, body=None)
                    | Q(owner="state", state__isnull=False, body=None)
                    | Q(owner="body", state=None, body__isnull=False)
                ),
            ),
            models.CheckConstraint(name="progress_at_most_100", condition=Q(progress__lte=100)),
        ]

    def __str__(self) -> str:
        return f"{self.decision.citation}: {self.owner_name}"

    @property
    def owner_name(self) -> str:
        return str(self.state or self.body or self.get_owner_display())

    @property
    def is_closed(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.DROPPED}

    @property
    def has_evidence(self) -> bool:
        return bool(
            self.evidence_decision_id
            or self.evidence_meeting_id
            or self.evidence_document_id
            or self.evidence_source
        )


class ProgressNote(models.Model):
    follow_up = models.ForeignKey(FollowUp, on_delete=models.CASCADE, related_name="notes")
    date = models.DateField(_("date"))
    text = models.TextField(_("note"))
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), validators=[MaxValueValidator(100)]
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = _("progress note")

    def __str__(self) -> str:
        return f"{self.date}: {self.text[:40]}"


class Position(models.Model):
    """A member State's stance on a draft decision at a moment; the latest one counts."""

    class Stance(models.TextChoices):
        SUPPORT = "support", _("Support")
        RESERVATION = "reservation", _("Reservation")
        OBJECTION = "objection", _("Objection")
        SUSPENSION_REQUESTED = "suspension_requested", _("Suspension requested")

    # Stances that stop consensus; a reservation is recorded but lets the decision stand.
    BLOCKING = frozenset({Stance.OBJECTION, Stance.SUSPENSION_REQUESTED})

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="positions")
    state = models.ForeignKey(MemberState, on_delete=models.PROTECT, related_name="positions")
    stance = models.CharField(_("stance"), max_length=20, choices=Stance.choices)
    # A report often dates a position only by its meeting; then the date stays empty and the
    # order in which positions were recorded tells which came later.
    date = models.DateField(_("date"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    # The version of the draft's text the State spoke to (DraftText.number); empty when a
    # report recorded the position without its text.
    version = models.PositiveSmallIntegerField(_("on version"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=500, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["decision", "state", "id"]
        verbose_name = _("position")

    def __str__(self) -> str:
        return f"{self.state.code} {self.get_stance_display()} ({self.date or '—'})"


class DraftText(models.Model):
    """A version of a draft decision's text as put on the screen; an amendment adds the next.
    The decision's summary is always its latest text; the versions show how it came to be."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="texts")
    number = models.PositiveSmallIntegerField(_("version"))
    text = models.TextField(_("text"))
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    written_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        ordering = ["decision", "number"]
        verbose_name = _("version of a draft decision")
        verbose_name_plural = _("versions of draft decisions")
        constraints = [
            models.UniqueConstraint(fields=["decision", "number"], name="draft_version_once")
        ]

    def __str__(self) -> str:
        return f"{self.decision} v{self.number}"
