"""The case register (as much as inspections and protection need) and inspections (Art. 67–68)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from thads.core.crypto import EncryptedTextField
from thads.core.workflow import GuardedState, Workflow


class Case(models.Model):
    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("authority"),
        on_delete=models.PROTECT,
        related_name="cases",
    )
    number = models.CharField(_("case number"), max_length=40, unique=True)
    judgment_ref = models.CharField(_("judgment"), max_length=120)
    officer = models.ForeignKey(
        "people.Person",
        verbose_name=_("enforcement officer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cases",
    )
    opened_on = models.DateField(_("opened on"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("enforcement case")
        verbose_name_plural = _("enforcement cases")
        ordering = ["-opened_on", "-id"]

    def __str__(self) -> str:
        return self.number


class PartyKind(models.TextChoices):
    PERSON = "person", _("Individual")
    ORGANISATION = "organisation", _("Organisation")


class Party(models.Model):
    """A party to a case. Identity data is encrypted; hashes allow the recusal matching."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="parties")
    kind = models.CharField(_("kind"), max_length=12, choices=PartyKind.choices)
    name = EncryptedTextField(_("name"))
    date_of_birth = EncryptedTextField(_("date of birth"), blank=True, default="")
    national_id = EncryptedTextField(_("national ID number"), blank=True, default="")
    national_id_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    identity_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("party")
        verbose_name_plural = _("parties")

    def __str__(self) -> str:
        return self.get_kind_display()


class InspectionStatus(models.TextChoices):
    OPEN = "open", _("In progress")
    CONCLUDED = "concluded", _("Concluded")


# Ordered by a decision, concluded once: the conclusion is final (68.3.e).
INSPECTION_WORKFLOW = Workflow(
    "status",
    initial={InspectionStatus.OPEN},
    transitions={InspectionStatus.OPEN: {InspectionStatus.CONCLUDED}},
)


class Inspection(GuardedState, models.Model):
    """Exists only with the decision of a competent head that orders it (Art. 68.3.c)."""

    workflow = INSPECTION_WORKFLOW

    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("authority"),
        on_delete=models.PROTECT,
        related_name="inspections",
    )
    decision_ref = models.CharField(_("decision"), max_length=60)
    decided_on = models.DateField(_("decided on"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    cases = models.ManyToManyField(Case, verbose_name=_("cases"), related_name="inspections")
    inspectors = models.ManyToManyField(
        "people.Person", verbose_name=_("inspectors"), related_name="inspections", blank=True
    )
    status = models.CharField(
        _("status"), max_length=10, choices=InspectionStatus.choices, default=InspectionStatus.OPEN
    )
    conclusion = models.TextField(_("conclusion"), blank=True)
    concluded_on = models.DateField(_("concluded on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("inspection")
        verbose_name_plural = _("inspections")
        ordering = ["-decided_on", "-id"]

    def __str__(self) -> str:
        return self.decision_ref


class FileNote(models.Model):
    """The inspection file: notes, findings and documents (confidential until the conclusion)."""

    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("note"))
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.text[:40]


class Asset(models.Model):
    """An asset of a case with its value when the judgment took effect and now (Art. 17)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="assets")
    description = models.CharField(_("description"), max_length=255)
    value_at_judgment = models.DecimalField(
        _("value when the judgment took effect"), max_digits=16, decimal_places=0
    )
    value_now = models.DecimalField(_("value now"), max_digits=16, decimal_places=0)
    party_requested = models.BooleanField(_("a party asked for revaluation"), default=False)
    history = HistoricalRecords()

    def __str__(self) -> str:
        return self.description


class PaymentDemand(models.Model):
    """A written demand to pay, with the day the party received it (summary of Art. 24–27)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="demands")
    received_on = models.DateField(_("received on"))
    paid_in_full = models.BooleanField(_("paid in full"), default=False)
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"{self.case} {self.received_on}"


class IncidentKind(models.TextChoices):
    THREAT = "threat", _("Threatening or insulting messages")
    OBSTRUCTION = "obstruction", _("Obstruction of enforcement")
    VIOLENCE = "violence", _("Violence")
    PROPERTY = "property", _("Damage to property")
    CROWD = "crowd", _("Crowd gathered through social media")
    HAZARD = "hazard", _("Hazard set up against the team (e.g. live wires)")


class IncidentStatus(models.TextChoices):
    OPEN = "open", _("Open")
    FOLLOW_UP = "follow_up", _("Under follow-up")
    CLOSED = "closed", _("Closed")


# Reported open; followed up or closed; a closed incident is followed up again when it resumes.
INCIDENT_WORKFLOW = Workflow(
    "status",
    initial={IncidentStatus.OPEN},
    transitions={
        IncidentStatus.OPEN: {IncidentStatus.FOLLOW_UP, IncidentStatus.CLOSED},
        IncidentStatus.FOLLOW_UP: {IncidentStatus.CLOSED},
        IncidentStatus.CLOSED: {IncidentStatus.FOLLOW_UP},
    },
)


class Incident(GuardedState, models.Model):
    """An incident against enforcement staff or their relatives (Regulation 183-QĐ/TW)."""

    workflow = INCIDENT_WORKFLOW

    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("authority"),
        on_delete=models.PROTECT,
        related_name="incidents",
    )
    occurred_on = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=255)
    kind = models.CharField(_("kind"), max_length=12, choices=IncidentKind.choices, db_index=True)
    case = models.ForeignKey(
        Case,
        verbose_name=_("case"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="incidents",
    )
    description = models.TextField(_("what happened"))
    people = models.ManyToManyField(
        "people.Person", verbose_name=_("staff affected"), blank=True, related_name="incidents"
    )
    relatives_affected = models.BooleanField(_("relatives affected"), default=False)
    reported_police = models.BooleanField(_("reported to the police"), default=False)
    reported_commune = models.BooleanField(_("reported to the commune"), default=False)
    reported_other = models.CharField(_("reported to others"), max_length=255, blank=True)
    measures = models.TextField(_("measures taken"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=IncidentStatus.choices, default=IncidentStatus.OPEN
    )
    follow_up = models.TextField(_("follow-up"), blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("incident")
        verbose_name_plural = _("incidents")
        ordering = ["-occurred_on", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.occurred_on:%d/%m/%Y}"


class Evidence(models.Model):
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(_("file"), upload_to="evidence/%Y/%m/")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.file.name


class OperationStatus(models.TextChoices):
    DRAFT = "draft", _("Planned")
    ASSESSED = "assessed", _("Risk assessed")
    APPROVED = "approved", _("Approved")


# Planned, then its risk assessed (again while not approved), then approved: never approved
# without an assessment, never reassessed once approved.
OPERATION_WORKFLOW = Workflow(
    "status",
    initial={OperationStatus.DRAFT},
    transitions={
        OperationStatus.DRAFT: {OperationStatus.ASSESSED},
        OperationStatus.ASSESSED: {OperationStatus.APPROVED},
    },
)


class RiskLevel(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")


class Operation(GuardedState, models.Model):
    """A coercive enforcement operation: its plan, its risk assessment and its protection."""

    workflow = OPERATION_WORKFLOW

    case = models.ForeignKey(
        Case, verbose_name=_("case"), on_delete=models.PROTECT, related_name="operations"
    )
    planned_on = models.DateField(_("planned on"))
    place = models.CharField(_("place"), max_length=255)
    police_officers = models.PositiveSmallIntegerField(_("police officers requested"), default=0)
    commune_requested = models.BooleanField(_("commune forces requested"), default=False)
    power_company_requested = models.BooleanField(_("power company requested"), default=False)
    other_forces = models.CharField(_("other forces"), max_length=255, blank=True)
    tools_planned = models.CharField(_("support tools to be issued"), max_length=255, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=OperationStatus.choices, default=OperationStatus.DRAFT
    )
    risk_level = models.CharField(
        _("risk level"), max_length=8, choices=RiskLevel.choices, blank=True
    )
    risk_reasons = models.JSONField(_("risk reasons"), default=list, blank=True)
    protection_measures = models.TextField(_("protection measures for the team"), blank=True)
    relatives_protection = models.TextField(_("protection of threatened relatives"), blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approved_on = models.DateField(_("approved on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("coercive operation")
        verbose_name_plural = _("coercive operations")
        ordering = ["-planned_on", "-id"]

    def __str__(self) -> str:
        return f"{self.case} {self.planned_on:%d/%m/%Y}"
