"""Consultations of the member States on drafts, and surveys.

A consultation is a text split into numbered paragraphs, published in versions; participants
comment on a paragraph or on the whole, the Secretariat answers each comment and publishes the
next version. A survey is a questionnaire answered once per invitee."""

import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from neaspec.conflicts import DUPLICATE
from neaspec.decisions.models import Decision, FollowUp, Position
from neaspec.directory.models import Body, MemberState, Organization
from neaspec.meetings.models import Meeting
from neaspec.programme.models import ProgrammeArea
from neaspec.sourcing import Sourced
from neaspec.validators import refuse_line_breaks


class Audience(models.TextChoices):
    FOCAL_POINTS = "focal_points", _("The national focal points of all member States")
    BODY = "body", _("The members of a body")
    PARTNERS = "partners", _("Partners")
    PUBLIC = "public", _("The public")


class Consultation(Sourced):
    class Subject(models.TextChoices):
        DRAFT_PLAN = "draft_plan", _("A draft plan")
        DRAFT_DECISIONS = "draft_decisions", _("Draft decisions")
        TERMS_OF_REFERENCE = "terms_of_reference", _("Terms of reference")
        DRAFT_REPORT = "draft_report", _("A draft report")
        OTHER = "other", _("Another text")

    key = models.SlugField(_("key"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=300)
    subject = models.CharField(
        _("subject"), max_length=18, choices=Subject.choices, default=Subject.OTHER
    )
    summary = models.TextField(_("summary"), blank=True)
    audience = models.CharField(_("audience"), max_length=12, choices=Audience.choices)
    body = models.ForeignKey(
        Body, verbose_name=_("body"), null=True, blank=True, on_delete=models.PROTECT
    )
    opens = models.DateField(_("opens on"))
    closes = models.DateField(_("closes on"), null=True, blank=True)
    open = models.BooleanField(
        _("open"),
        default=True,
        help_text=_("Participants see each other's comments; otherwise only the Secretariat."),
    )
    # Where it was held or discussed (the focal points meeting that saw the zero draft).
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
    )
    # The request that asked for comments: each State's answer closes its follow-up of it.
    request = models.ForeignKey(
        Decision,
        verbose_name=_("the request it answers"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    reminded_at = models.DateTimeField(_("last reminded"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-opens", "-id"]
        verbose_name = _("consultation")
        constraints = [
            models.CheckConstraint(
                name="consultation_body_matches_audience",
                condition=Q(audience="body", body__isnull=False)
                | (~Q(audience="body") & Q(body=None)),
            ),
            models.CheckConstraint(
                name="consultation_closes_after_it_opens",
                condition=Q(closes=None) | Q(closes__gte=models.F("opens")),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        # The title goes into the subject of the reminders (and a survey's of its links).
        refuse_line_breaks(title=self.title)

    def is_open_on(self, day: datetime.date) -> bool:
        return self.opens <= day and (self.closes is None or day <= self.closes)


class Version(models.Model):
    """One published state of the text; comments are made on the version they read."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveSmallIntegerField(_("version"))
    published_on = models.DateField(_("published on"))
    note = models.CharField(_("what changed"), max_length=500, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["consultation", "number"]
        verbose_name = _("version")
        constraints = [
            models.UniqueConstraint(fields=["consultation", "number"], name="version_once")
        ]

    def __str__(self) -> str:
        return _("Version %(number)s") % {"number": self.number}


class Paragraph(models.Model):
    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="paragraphs")
    number = models.PositiveSmallIntegerField(_("paragraph"))
    text = models.TextField(_("text"))
    # On draft decisions: the draft this paragraph is, on which a comment's stance is a position.
    decision = models.ForeignKey(
        Decision,
        verbose_name=_("draft decision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultation_paragraphs",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["version", "number"]
        verbose_name = _("paragraph")
        constraints = [models.UniqueConstraint(fields=["version", "number"], name="paragraph_once")]

    def __str__(self) -> str:
        return _("para. %(number)s") % {"number": self.number}


class Comment(models.Model):
    class Stance(models.TextChoices):
        NO_OBJECTION = "no_objection", _("No objection")
        RESERVATION = "reservation", _("Reservation")
        OBJECTION = "objection", _("Objection")

    class Outcome(models.TextChoices):
        TAKEN = "taken", _("Taken")
        PARTLY_TAKEN = "partly_taken", _("Partly taken")
        NOT_TAKEN = "not_taken", _("Not taken")

    # A stance on a draft decision is recorded as the State's position on it.
    POSITION = {
        Stance.NO_OBJECTION: Position.Stance.SUPPORT,
        Stance.RESERVATION: Position.Stance.RESERVATION,
        Stance.OBJECTION: Position.Stance.OBJECTION,
    }

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="comments"
    )
    version = models.ForeignKey(Version, on_delete=models.PROTECT, related_name="comments")
    paragraph = models.PositiveSmallIntegerField(
        _("paragraph"), null=True, blank=True, help_text=_("Empty: on the text as a whole.")
    )
    # Who speaks: a member State (through its focal point, or the Secretariat recording what it
    # sent), an organization, or a participant in their own name.
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
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultation_comments",
    )
    author_name = models.CharField(_("name"), max_length=200, blank=True)
    no_comment = models.BooleanField(
        _("no comment"), default=False, help_text=_("The answer that there is nothing to add.")
    )
    text = models.TextField(_("comment"), blank=True)
    proposed_text = models.TextField(_("proposed wording"), blank=True)
    stance = models.CharField(_("stance"), max_length=12, choices=Stance.choices, blank=True)
    created_at = models.DateTimeField(_("made at"), auto_now_add=True)
    outcome = models.CharField(
        _("Secretariat's response"), max_length=12, choices=Outcome.choices, blank=True
    )
    response = models.TextField(_("reason"), blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultation_responses",
    )
    responded_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    position = models.ForeignKey(
        Position, null=True, blank=True, on_delete=models.SET_NULL, related_name="comments"
    )
    closed_follow_up = models.ForeignKey(
        FollowUp, null=True, blank=True, on_delete=models.SET_NULL, related_name="comments"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["consultation", "paragraph", "created_at", "id"]
        verbose_name = _("comment")
        indexes = [models.Index(fields=["consultation", "state"], name="comment_by_state")]
        constraints = [
            models.CheckConstraint(
                name="comment_speaks_for_one",
                condition=~Q(state__isnull=False, organization__isnull=False),
            ),
            models.CheckConstraint(
                name="comment_says_something",
                condition=Q(no_comment=True) | ~Q(text="") | ~Q(proposed_text="") | ~Q(stance=""),
            ),
        ]

    def __str__(self) -> str:
        # The admin's label; pages show the paragraph and the commenter apart.
        where = f"para. {self.paragraph}" if self.paragraph else "the whole text"
        return f"{self.commenter} on {where}"

    @property
    def commenter(self) -> str:
        return str(self.state or self.organization or self.author_name or self.author or "—")

    def clean(self) -> None:
        if self.no_comment and (self.text or self.proposed_text or self.stance):
            raise ValidationError(_("“No comment” is an answer on its own."))


class Reminder(models.Model):
    """A reminder sent to a State that had not answered a consultation."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="reminders"
    )
    state = models.ForeignKey(MemberState, on_delete=models.PROTECT)
    sent_at = models.DateTimeField(_("sent at"))
    addresses = models.TextField(_("addresses"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("reminder")

    def __str__(self) -> str:
        return f"{self.state} {self.sent_at:%Y-%m-%d}"


# --- surveys ------------------------------------------------------------------------------


def survey_token() -> str:
    return secrets.token_urlsafe(18)


class Survey(Sourced):
    class Audience(models.TextChoices):
        MEMBER_STATES = "member_states", _("Member States (one answer each)")
        STAKEHOLDERS = "stakeholders", _("Invited stakeholders (one answer each)")
        PUBLIC = "public", _("The public, through a link")

    key = models.SlugField(_("key"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    audience = models.CharField(_("audience"), max_length=13, choices=Audience.choices)
    opens = models.DateField(_("opens on"), null=True, blank=True)
    closes = models.DateField(_("closes on"), null=True, blank=True)
    # The public link carries it: without the token nobody outside answers.
    token = models.CharField(max_length=40, default=survey_token, unique=True, editable=False)
    consultation = models.ForeignKey(
        Consultation,
        verbose_name=_("consultation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="surveys",
    )
    # How many took part, as a record states it, where the answers themselves are not here.
    participants_recorded = models.PositiveIntegerField(
        _("participants (as recorded)"), null=True, blank=True
    )
    period = models.CharField(_("when it ran, as recorded"), max_length=100, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    history = HistoricalRecords(excluded_fields=["token"])

    class Meta:
        ordering = ["-opens", "-id"]
        verbose_name = _("survey")
        constraints = [
            models.CheckConstraint(
                name="survey_closes_after_it_opens",
                condition=Q(closes=None) | Q(opens=None) | Q(closes__gte=models.F("opens")),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        # The title goes into the subject of the reminders (and a survey's of its links).
        refuse_line_breaks(title=self.title)

    def is_open_on(self, day: datetime.date) -> bool:
        return (self.opens is None or self.opens <= day) and (
            self.closes is None or day <= self.closes
        )


class Question(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", _("One choice")
        MULTIPLE = "multiple", _("Several choices")
        SCALE = "scale", _("A scale")
        NUMBER = "number", _("A number")
        TEXT = "text", _("Free text")

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    number = models.PositiveSmallIntegerField(_("number"))
    text = models.CharField(_("question"), max_length=500)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    choices = models.JSONField(_("choices"), default=list, blank=True)
    scale_min = models.SmallIntegerField(_("scale from"), default=1)
    scale_max = models.SmallIntegerField(_("scale to"), default=5)
    required = models.BooleanField(_("required"), default=False)
    area = models.ForeignKey(
        ProgrammeArea,
        verbose_name=_("programme area"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["survey", "number"]
        verbose_name = _("question")
        constraints = [
            models.UniqueConstraint(fields=["survey", "number"], name="question_once"),
            models.CheckConstraint(
                name="question_scale_ordered", condition=Q(scale_max__gt=models.F("scale_min"))
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.text}"


class Invitee(models.Model):
    """A stakeholder asked to answer a survey with a link of their own."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="invitees")
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), blank=True)
    token = models.CharField(max_length=40, default=survey_token, unique=True, editable=False)
    sent_at = models.DateTimeField(_("link sent at"), null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["token"])

    class Meta:
        verbose_name = _("invitee")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        refuse_line_breaks(name=self.name)  # their name is the To: line of their link's e-mail


class SurveyResponse(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    state = models.ForeignKey(
        MemberState, verbose_name=_("member State"), null=True, blank=True, on_delete=models.PROTECT
    )
    invitee = models.ForeignKey(Invitee, null=True, blank=True, on_delete=models.PROTECT)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["survey", "submitted_at"]
        verbose_name = _("survey response")
        constraints = [
            # One response per invitee: per member State, per invited stakeholder.
            models.UniqueConstraint(
                fields=["survey", "state"],
                condition=Q(state__isnull=False),
                name="survey_response_once_per_state",
                violation_error_code=DUPLICATE,
                violation_error_message=_("This member State has already answered the survey."),
            ),
            models.UniqueConstraint(
                fields=["invitee"],
                condition=Q(invitee__isnull=False),
                name="survey_response_once_per_invitee",
                violation_error_code=DUPLICATE,
                violation_error_message=_("This invitee has already answered the survey."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.survey}: {self.state or self.invitee or _('anonymous')}"


class Answer(models.Model):
    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    # A choice or free text (str), several choices (list of str), a scale point or number.
    value = models.JSONField(_("answer"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("answer")
        constraints = [models.UniqueConstraint(fields=["response", "question"], name="answer_once")]

    def __str__(self) -> str:
        return f"{self.question.number}: {self.value}"
