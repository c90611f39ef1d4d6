"""Meetings of the programme's bodies: sessions, agenda, officers, attendance, statements, and
the preparation around them: invitations, registrations, replies to the circulated report."""

import zoneinfo
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from neaspec.conflicts import DUPLICATE
from neaspec.directory.models import Body, MemberState, Organization, Person
from neaspec.multilingual import Translatable, translation_columns
from neaspec.sourcing import Sourced
from neaspec.validators import ONE_LINE, has_line_break


class MeetingSeries(Translatable, Sourced):
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
    history = HistoricalRecords(excluded_fields=translation_columns("name"))

    class Meta:
        ordering = ["order"]
        verbose_name = _("meeting series")
        verbose_name_plural = _("meeting series")

    def __str__(self) -> str:
        return self.name


def _title_columns(obj: models.Model) -> list[Any]:
    return [f for f in obj._meta.concrete_fields if f.name.startswith("title")]


class Meeting(Translatable, Sourced):
    class Modality(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        VIRTUAL = "virtual", _("Virtual")
        HYBRID = "hybrid", _("Hybrid")

    class Status(models.TextChoices):
        # In the order a meeting goes through them (services.meeting_status_set).
        PLANNED = "planned", _("Planned")
        ANNOUNCED = "announced", _("Announced")
        REGISTRATION_OPEN = "registration_open", _("Registration open")
        HELD = "held", _("Held")
        REPORT_CIRCULATED = "report_circulated", _("Report circulated")
        REPORT_ADOPTED = "report_adopted", _("Report adopted")

    class AgendaStatus(models.TextChoices):
        PROVISIONAL = "provisional", _("Provisional")
        ADOPTED = "adopted", _("Adopted")

    key = models.SlugField(_("key"), max_length=60, unique=True)
    series = models.ForeignKey(
        MeetingSeries, verbose_name=_("series"), on_delete=models.PROTECT, related_name="meetings"
    )
    number = models.PositiveSmallIntegerField(_("number"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=300, blank=True)
    start = models.DateField(_("start"), null=True, blank=True)
    end = models.DateField(_("end"), null=True, blank=True)
    # Wall-clock times in the meeting's time zone: the first day's opening, the last day's close.
    start_time = models.TimeField(_("opens at"), null=True, blank=True)
    end_time = models.TimeField(_("closes at"), null=True, blank=True)
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
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    # Shown only to those registered for the meeting (and to its organizers).
    online_link = models.URLField(_("online link"), blank=True)
    modality = models.CharField(_("modality"), max_length=10, choices=Modality.choices, blank=True)
    organizer = models.ForeignKey(
        Organization,
        verbose_name=_("organizer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organized_meetings",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    registration_deadline = models.DateField(_("registration deadline"), null=True, blank=True)
    agenda_status = models.CharField(
        _("agenda"), max_length=12, choices=AgendaStatus.choices, blank=True
    )
    agenda_circulated_on = models.DateField(_("agenda circulated on"), null=True, blank=True)
    report_circulated_on = models.DateField(_("report circulated on"), null=True, blank=True)
    report_replies_due = models.DateField(_("replies to the report due"), null=True, blank=True)
    attendance_known = models.BooleanField(
        _("attendance known"),
        default=False,
        help_text=_("Off when the sources do not say who attended: absence is then unknown."),
    )
    summary = models.TextField(_("key outcomes"), blank=True)
    # The times of a timed programme are wall-clock times in this zone (IANA name, e.g.
    # "Asia/Seoul"; a fixed offset such as GMT+9 is "Etc/GMT-9", whose sign POSIX inverts).
    time_zone = models.CharField(_("time zone"), max_length=40, blank=True)
    history = HistoricalRecords(excluded_fields=translation_columns("title", "summary"))

    class Meta:
        ordering = ["-start", "series__order", "-number"]
        verbose_name = _("meeting")
        constraints = [
            models.UniqueConstraint(
                fields=["series", "number"],
                condition=Q(number__isnull=False),
                name="meeting_number_in_series",
                violation_error_code=DUPLICATE,
                violation_error_message=_("The series already has a meeting with this number."),
            ),
            models.CheckConstraint(
                name="meeting_dates_ordered",
                condition=Q(end=None) | Q(start=None) | Q(end__gte=models.F("start")),
            ),
        ]

    def clean(self) -> None:
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The meeting cannot end before it starts.")
        elif (
            self.start
            and self.start == self.end
            and self.start_time
            and self.end_time
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _("A one-day meeting must close after it opens.")
        if self.registration_deadline and self.start and self.registration_deadline > self.start:
            errors["registration_deadline"] = _("Registration must close by the first day.")
        if self.time_zone and zone_named(self.time_zone) is None:
            errors["time_zone"] = _("Not a time zone name, e.g. Asia/Ulaanbaatar.")
        elif not self.time_zone and self.has_times():
            # Times without a zone are "floating": each calendar places them in its reader's own
            # zone, so a delegate in Moscow would join a Seoul session six hours late.
            errors["time_zone"] = _(
                "Give the time zone the meeting's times are in, e.g. Asia/Ulaanbaatar."
            )
        # The title goes into the subject of the invitations (in every language it is kept in).
        if any(has_line_break(getattr(self, f.attname)) for f in _title_columns(self)):
            errors["title"] = ONE_LINE
        if errors:
            raise ValidationError(errors)

    def has_times(self) -> bool:
        """Whether opening and closing times, or a timed programme, are recorded."""
        if self.start_time or self.end_time:
            return True
        return self.pk is not None and self.sessions.exists()

    def __str__(self) -> str:
        if self.number is not None:
            return f"{self.series.code}-{self.number}"
        return self.title or self.key

    @property
    def label(self) -> str:
        """How the programme cites the meeting: 'SOM-25'."""
        return str(self)


def zone_named(name: str) -> zoneinfo.ZoneInfo | None:
    """The time zone of an IANA name; None when the name is empty or names none."""
    try:
        return zoneinfo.ZoneInfo(name) if name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


class AgendaItem(Translatable):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="sub_items"
    )
    number = models.CharField(_("number"), max_length=10)
    title = models.CharField(_("title"), max_length=400)
    annotation = models.TextField(
        _("annotation"),
        blank=True,
        help_text=_("What the item is about, for the annotated agenda."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords(excluded_fields=translation_columns("title", "annotation"))

    class Meta:
        ordering = ["meeting", "order"]
        verbose_name = _("agenda item")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "number"], name="agenda_item_number")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


class ProgrammeSession(Translatable):
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
    history = HistoricalRecords(excluded_fields=translation_columns("title", "description"))

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
        # One chair and one rapporteur; a meeting may elect several vice-chairs.
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "role"],
                condition=~Q(role="vice_chair"),
                name="one_officer_per_role",
                violation_error_code=DUPLICATE,
                violation_error_message=_("The meeting already has an officer in this role."),
            ),
            models.UniqueConstraint(
                fields=["meeting", "role", "person"], name="officer_elected_once"
            ),
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


class Statement(Translatable):
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
    # Who spoke for the delegation, as the room heard it (a head of delegation, an expert).
    spoken_by = models.CharField(_("spoken by"), max_length=200, blank=True)
    summary = models.TextField(_("summary"))
    # The statement as delivered, when the delegation hands it over; the summary is ours.
    text = models.TextField(_("text as delivered"), blank=True)
    history = HistoricalRecords(excluded_fields=translation_columns("summary"))

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


class Invitation(models.Model):
    """A member State (its focal points), a body or an organization invited to a meeting."""

    class Reply(models.TextChoices):
        ATTENDING = "attending", _("Will attend")
        DECLINED = "declined", _("Declined")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="invitations")
    state = models.ForeignKey(
        MemberState, verbose_name=_("member State"), null=True, blank=True, on_delete=models.PROTECT
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    body = models.ForeignKey(
        Body, verbose_name=_("body"), null=True, blank=True, on_delete=models.PROTECT
    )
    # Where the invitation went, as it was sent (a focal point may change later).
    addresses = models.TextField(_("sent to"), blank=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    invited_at = models.DateTimeField(_("invited"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    reminders = models.PositiveSmallIntegerField(_("reminders sent"), default=0)
    reminded_at = models.DateTimeField(_("last reminder"), null=True, blank=True)
    reply = models.CharField(_("reply"), max_length=10, choices=Reply.choices, blank=True)
    replied_at = models.DateTimeField(_("replied"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "state__name", "body__name", "organization__name"]
        verbose_name = _("invitation")
        constraints = [
            models.CheckConstraint(
                name="invitee_is_one",
                condition=(
                    Q(state__isnull=False, organization=None, body=None)
                    | Q(state=None, organization__isnull=False, body=None)
                    | Q(state=None, organization=None, body__isnull=False)
                ),
            ),
            models.UniqueConstraint(fields=["meeting", "state"], name="state_invited_once"),
            models.UniqueConstraint(
                fields=["meeting", "organization"], name="organization_invited_once"
            ),
            models.UniqueConstraint(fields=["meeting", "body"], name="body_invited_once"),
        ]

    def __str__(self) -> str:
        return str(self.invitee)

    @property
    def invitee(self) -> MemberState | Organization | Body:
        invitee = self.state or self.organization or self.body
        assert invitee is not None
        return invitee


class Registration(models.Model):
    """A delegate of a member State, or an observer of an organization, registered for a
    meeting by its focal point (or the organization's contact) and accepted by the Secretariat."""

    class Role(models.TextChoices):
        HEAD = "head_of_delegation", _("Head of delegation")
        DELEGATE = "delegate", _("Delegate")
        ADVISER = "adviser", _("Adviser")
        OBSERVER = "observer", _("Observer")

    class Attending(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Waiting for acceptance")
        ACCEPTED = "accepted", _("Accepted")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="registrations")
    state = models.ForeignKey(
        MemberState, verbose_name=_("member State"), null=True, blank=True, on_delete=models.PROTECT
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("title"), max_length=200, blank=True)
    # The delegate's own ministry or institute ("organization" in the list of participants).
    affiliation = models.CharField(_("organization"), max_length=300, blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    email = models.EmailField(_("e-mail"))
    attendance = models.CharField(
        _("attends"), max_length=10, choices=Attending.choices, default=Attending.IN_PERSON
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SUBMITTED
    )
    # Confirmed on the day: None until someone checks.
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    registered_at = models.DateTimeField(_("registered"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "state__name", "organization__name", "id"]
        verbose_name = _("registration")
        constraints = [
            models.CheckConstraint(
                name="registrant_is_state_or_organization",
                condition=(
                    Q(state__isnull=False, organization=None)
                    | Q(state=None, organization__isnull=False)
                ),
            ),
            models.CheckConstraint(
                name="observers_are_of_organizations",
                condition=Q(role="observer", state=None)
                | (~Q(role="observer") & Q(organization=None)),
            ),
            models.UniqueConstraint(
                fields=["meeting", "email"],
                condition=~Q(status="withdrawn"),
                name="registered_once",
                violation_error_code=DUPLICATE,
                violation_error_message=_(
                    "Someone with this e-mail address is already registered for the meeting."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.state or self.organization})"

    @property
    def delegation(self) -> MemberState | Organization:
        delegation = self.state or self.organization
        assert delegation is not None
        return delegation


class ReportReply(models.Model):
    """A member State's answer to the draft report circulated for adoption."""

    class Answer(models.TextChoices):
        NO_OBJECTION = "no_objection", _("No objection")
        COMMENTS = "comments", _("Comments")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="report_replies")
    state = models.ForeignKey(MemberState, verbose_name=_("member State"), on_delete=models.PROTECT)
    answer = models.CharField(_("answer"), max_length=12, choices=Answer.choices)
    comments = models.TextField(_("comments"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(_("answered"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting", "state__name"]
        verbose_name = _("reply to the draft report")
        verbose_name_plural = _("replies to the draft report")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "state"], name="one_reply_per_state"),
        ]

    def __str__(self) -> str:
        return f"{self.meeting}: {self.state} — {self.get_answer_display()}"


class ReportComment(models.Model):
    """A member State's comment on one paragraph of the circulated draft report, and the
    Secretariat's answer to it (how the revised report takes it up, or why it does not)."""

    reply = models.ForeignKey(
        ReportReply, on_delete=models.CASCADE, related_name="paragraph_comments"
    )
    paragraph = models.CharField(_("paragraph"), max_length=10)
    text = models.TextField(_("comment"))
    answer = models.TextField(_("the Secretariat's answer"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["reply", "id"]
        verbose_name = _("comment on the draft report")
        verbose_name_plural = _("comments on the draft report")

    def __str__(self) -> str:
        return f"{self.reply.state}, para. {self.paragraph}"
