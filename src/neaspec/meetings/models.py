"""Meetings of the programme's bodies: sessions, agenda, officers, attendance, statements."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from neaspec.directory.models import Body, MemberState, Organization, Person
from neaspec.sourcing import Sourced


class MeetingSeries(Sourced):
    code = models.CharField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=200)
    body = models.ForeignKey(
        Body,
        verbose_name=_("body"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="series",
    )
    numbered = models.BooleanField(_("numbered"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["order"]
        verbose_name = _("meeting series")
        verbose_name_plural = _("meeting series")

    def __str__(self) -> str:
        return self.name


class Meeting(Sourced):
    class Modality(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        VIRTUAL = "virtual", _("Virtual")
        HYBRID = "hybrid", _("Hybrid")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        HELD = "held", _("Held")
        REPORT_ADOPTED = "report_adopted", _("Report adopted")

    key = models.SlugField(_("key"), max_length=60, unique=True)
    series = models.ForeignKey(
        MeetingSeries, verbose_name=_("series"), on_delete=models.PROTECT, related_name="meetings"
    )
    number = models.PositiveSmallIntegerField(_("number"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=300, blank=True)
    start = models.DateField(_("start"), null=True, blank=True)
    end = models.DateField(_("end"), null=True, blank=True)
    date_note = models.CharField(
        _("dates as known"),
        max_length=100,
        blank=True,
        help_text=_("When only part of the date is known, e.g. 'September 1996'."),
    )
    host = models.ForeignKey(
        MemberState,
        verbose_name=_("host State"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="hosted_meetings",
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    modality = models.CharField(_("modality"), max_length=10, choices=Modality.choices, blank=True)
    organizer = models.ForeignKey(
        Organization,
        verbose_name=_("organizer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organized_meetings",
    )
    status = models.CharField(_("status"), max_length=15, choices=Status.choices)
    attendance_known = models.BooleanField(
        _("attendance known"),
        default=False,
        help_text=_("Off when the sources do not say who attended: absence is then unknown."),
    )
    summary = models.TextField(_("key outcomes"), blank=True)
    # The times of a timed programme are wall-clock times in this zone (IANA name, e.g.
    # "Asia/Seoul"; a fixed offset such as GMT+9 is "Etc/GMT-9", whose sign POSIX inverts).
    time_zone = models.CharField(_("time zone"), max_length=40, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-start", "series__order", "-number"]
        verbose_name = _("meeting")
        constraints = [
            models.UniqueConstraint(
                fields=["series", "number"],
                condition=Q(number__isnull=False),
                name="meeting_number_in_series",
            ),
            models.CheckConstraint(
                name="meeting_dates_ordered",
                condition=Q(end=None) | Q(start=None) | Q(end__gte=models.F("start")),
            ),
        ]

    def __str__(self) -> str:
        if self.number is not None:
            return f"{self.series.code}-{self.number}"
        return self.title or self.key

    @property
    def label(self) -> str:
        """How the programme cites the meeting: 'SOM-25'."""
        return str(self)


class AgendaItem(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="sub_items"
    )
    number = models.CharField(_("number"), max_length=10)
    title = models.CharField(_("title"), max_length=400)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "order"]
        verbose_name = _("agenda item")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "number"], name="agenda_item_number")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


class ProgrammeSession(models.Model):
    """A timed part of a meeting's programme: a session, a break, the conclusions."""

    class Kind(models.TextChoices):
        SESSION = "session", _("Session")
        BREAK = "break", _("Break")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="sessions")
    day = models.DateField(_("day"))
    starts = models.TimeField(_("starts"))
    ends = models.TimeField(_("ends"))
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.SESSION)
    title = models.CharField(_("title"), max_length=300)
    speakers = models.TextField(_("speakers"), blank=True)
    description = models.TextField(_("description"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "day", "starts"]
        verbose_name = _("programme session")
        constraints = [
            models.CheckConstraint(
                name="session_ends_after_start", condition=Q(ends__gt=models.F("starts"))
            ),
            models.UniqueConstraint(
                fields=["meeting", "day", "starts"], name="one_session_per_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.starts:%H:%M}-{self.ends:%H:%M} {self.title}"


class Officer(models.Model):
    class Role(models.TextChoices):
        CHAIR = "chair", _("Chair")
        VICE_CHAIR = "vice_chair", _("Vice-Chair")
        RAPPORTEUR = "rapporteur", _("Rapporteur")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="officers")
    role = models.CharField(_("role"), max_length=12, choices=Role.choices)
    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.PROTECT)
    state = models.ForeignKey(
        MemberState, verbose_name=_("member State"), null=True, blank=True, on_delete=models.PROTECT
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "role"]
        verbose_name = _("officer")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "role"], name="one_officer_per_role")
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.person}"


class Attendance(models.Model):
    """A delegation (member State) or an organization present at a meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    state = models.ForeignKey(MemberState, null=True, blank=True, on_delete=models.PROTECT)
    organization = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.PROTECT)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.CheckConstraint(
                name="attendee_is_state_or_organization",
                condition=(
                    Q(state__isnull=False, organization=None)
                    | Q(state=None, organization__isnull=False)
                ),
            ),
            models.UniqueConstraint(fields=["meeting", "state"], name="state_attends_once"),
            models.UniqueConstraint(
                fields=["meeting", "organization"], name="organization_attends_once"
            ),
        ]

    def __str__(self) -> str:
        return str(self.state or self.organization)


class Statement(models.Model):
    """An intervention under an agenda item, summarised in our own words."""

    class Speaker(models.TextChoices):
        STATE = "state", _("Member State")
        ORGANIZATION = "organization", _("Organization")
        SECRETARIAT = "secretariat", _("Secretariat")
        CHAIR = "chair", _("Chair")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="statements")
    agenda_item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    paragraph = models.CharField(_("paragraph"), max_length=10, blank=True)
    speaker = models.CharField(_("speaker"), max_length=12, choices=Speaker.choices)
    state = models.ForeignKey(MemberState, null=True, blank=True, on_delete=models.PROTECT)
    organization = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.PROTECT)
    summary = models.TextField(_("summary"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "id"]
        verbose_name = _("statement")
        constraints = [
            models.CheckConstraint(
                name="statement_speaker_matches",
                condition=(
                    Q(speaker="state", state__isnull=False, organization=None)
                    | Q(speaker="organization", state=None, organization__isnull=False)
                    | Q(speaker__in=["secretariat", "chair"], state=None, organization=None)
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.meeting} ¶{self.paragraph}: {self.speaker_name}"

    @property
    def speaker_name(self) -> str:
        return str(self.state or self.organization or self.get_speaker_display())
