from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from neaspec.multilingual import Translatable, translation_columns
from neaspec.sourcing import Sourced
from neaspec.validators import refuse_line_breaks


class MemberState(Translatable, Sourced):
    """One of NEASPEC's six member States, named in each language as the State names itself."""

    code = models.CharField(_("ISO code"), max_length=2, unique=True)
    name = models.CharField(_("name"), max_length=100)
    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    coastal = models.BooleanField(
        _("coastal"), default=True, help_text=_("Whether the State can nominate marine sites.")
    )
    history = HistoricalRecords(excluded_fields=translation_columns("name", "short_name"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("member State")

    def __str__(self) -> str:
        return self.localized_name

    @property
    def localized_name(self) -> str:
        """The name in the reader's language (the translated field reads the active one)."""
        return self.name


class Organization(Translatable, Sourced):
    class Kind(models.TextChoices):
        SECRETARIAT = "secretariat", _("Secretariat")
        UN_BODY = "un_body", _("UN body")
        INTERNATIONAL = "international", _("International organization")
        NATIONAL = "national", _("National institution")
        TECHNICAL_CENTRE = "technical_centre", _("Technical centre")
        PARTNER = "partner", _("Partner")

    key = models.SlugField(_("key"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    state = models.ForeignKey(
        MemberState,
        verbose_name=_("member State"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organizations",
    )
    serves = models.ForeignKey(
        "Body",
        verbose_name=_("serves"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="technical_centres",
        help_text=_("The platform a technical centre works for."),
    )
    website = models.URLField(_("website"), blank=True)
    history = HistoricalRecords(excluded_fields=translation_columns("name"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")

    def __str__(self) -> str:
        return self.acronym or self.name

    def clean(self) -> None:
        # An organization's name goes into e-mail headers (its delegates' messages).
        refuse_line_breaks(name=self.name, acronym=self.acronym)


class Person(Sourced):
    key = models.SlugField(_("key"), max_length=80, unique=True)
    honorific = models.CharField(_("honorific"), max_length=20, blank=True)
    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(_("position"), max_length=300, blank=True)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    state = models.ForeignKey(
        MemberState,
        verbose_name=_("member State"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return f"{self.honorific} {self.name}".strip()

    def clean(self) -> None:
        # A person's name is written into the To: line of the messages the Hub sends them.
        refuse_line_breaks(honorific=self.honorific, name=self.name)


class FocalPoint(Sourced):
    """A person nominated as a member State's official channel to NEASPEC."""

    class Rank(models.TextChoices):
        PRIMARY = "primary", _("Primary")
        ALTERNATE = "alternate", _("Alternate")

    state = models.ForeignKey(
        MemberState,
        verbose_name=_("member State"),
        on_delete=models.PROTECT,
        related_name="focal_points",
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="focal_points"
    )
    institution = models.ForeignKey(
        Organization,
        verbose_name=_("institution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="focal_points",
    )
    rank = models.CharField(_("rank"), max_length=10, choices=Rank.choices, default=Rank.PRIMARY)
    start = models.DateField(_("from"))
    end = models.DateField(_("until"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["state__name", "rank", "-start"]
        verbose_name = _("focal point")
        constraints = [
            models.CheckConstraint(
                name="focal_point_period_ordered",
                condition=Q(end=None) | Q(end__gte=models.F("start")),
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.state.code}, {self.get_rank_display()})"

    @property
    def is_current(self) -> bool:
        today = timezone.localdate()
        return self.start <= today and (self.end is None or self.end >= today)


class Body(Translatable, Sourced):
    """An organ of the programme: the SOM, the focal points, a committee or a platform."""

    class Kind(models.TextChoices):
        GOVERNING = "governing", _("Governing body")
        FOCAL_POINTS = "focal_points", _("Network of focal points")
        COMMITTEE = "committee", _("Committee")
        WORKING_GROUP = "working_group", _("Working group")
        PLATFORM = "platform", _("Platform")

    key = models.SlugField(_("key"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    description = models.TextField(_("description"), blank=True)
    established_year = models.PositiveSmallIntegerField(_("established"), null=True, blank=True)
    established_note = models.CharField(_("how it was established"), max_length=300, blank=True)
    history = HistoricalRecords(excluded_fields=translation_columns("name", "description"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("body")
        verbose_name_plural = _("bodies")

    def __str__(self) -> str:
        return self.acronym or self.name


class Membership(Sourced):
    """A person's seat on a body, with role and term; chairs over time are the rotation."""

    class Role(models.TextChoices):
        CHAIR = "chair", _("Chair")
        VICE_CHAIR = "vice_chair", _("Vice-Chair")
        RAPPORTEUR = "rapporteur", _("Rapporteur")
        MEMBER = "member", _("Member")

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="memberships"
    )
    body = models.ForeignKey(
        Body, verbose_name=_("body"), on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.MEMBER)
    state = models.ForeignKey(
        MemberState,
        verbose_name=_("member State"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    start = models.DateField(_("term start"))
    end = models.DateField(_("term end"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["body__name", "-start", "role"]
        verbose_name = _("membership")
        constraints = [
            models.CheckConstraint(
                name="membership_term_ordered",
                condition=Q(end=None) | Q(end__gte=models.F("start")),
            ),
            models.UniqueConstraint(
                fields=["person", "body", "role", "start"], name="membership_unique_term"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.get_role_display()}, {self.body}"
