"""Career decisions (Art. 56–72): the register of decisions, numbered per issuer per year, and
the transfers (Art. 70) and relief dossiers (Art. 64) that lead to them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from thads.core.workflow import GuardedState, Workflow


class Signer(models.TextChoices):
    """Who makes a decision. A user records decisions for one signer (Profile.signs_for)."""

    MINISTER_OF_JUSTICE = "minister_of_justice", _("Minister of Justice")
    DIRECTOR_GENERAL = "director_general", _("Director General")
    PROVINCIAL_DIRECTOR = "provincial_director", _("Provincial Director")
    MINISTRY_OF_DEFENCE = "ministry_of_defence", _("Ministry of National Defence")


class DecisionKind(models.TextChoices):
    DESIGNATION = "designation", _("Designation after examination")
    DESIGNATION_WITHOUT_EXAM = "designation_without_exam", _("Designation without examination")
    RELIEF = "relief", _("Relief from the post")
    REMOVAL = "removal", _("Removal from the post")
    MOBILIZATION = "mobilization", _("Mobilization")
    ROTATION = "rotation", _("Rotation")
    SECONDMENT = "secondment", _("Secondment")
    APPOINTMENT = "appointment", _("Appointment to a leadership post")
    REAPPOINTMENT = "reappointment", _("Re-appointment")
    POST_RELIEF = "post_relief", _("Relief from a leadership post")
    RESIGNATION = "resignation", _("Acceptance of resignation")
    DEMOTION = "demotion", _("Demotion")
    POST_REMOVAL = "post_removal", _("Removal from a leadership post")
    INSPECTOR_DESIGNATION = "inspector_designation", _("Designation of an inspector")
    INSPECTOR_PROMOTION = "inspector_promotion", _("Promotion of an inspector")
    SECRETARY_DESIGNATION = "secretary_designation", _("Designation of a secretary")


# The decisions on a leadership post (Art. 72), recorded by its appointer (72.3).
LEADERSHIP_KINDS = (
    DecisionKind.APPOINTMENT,
    DecisionKind.REAPPOINTMENT,
    DecisionKind.POST_RELIEF,
    DecisionKind.RESIGNATION,
    DecisionKind.DEMOTION,
    DecisionKind.POST_REMOVAL,
)


class Decision(models.Model):
    """A decision (Quyết định) as issued: its number, its text, the rule answers it was made
    under, and the change it made to the person's record."""

    issuer = models.CharField(_("issuer"), max_length=40, db_index=True)
    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("issuing authority"),
        on_delete=models.PROTECT,
        related_name="decisions",
    )
    year = models.PositiveIntegerField(_("year"))
    seq = models.PositiveIntegerField(_("number"))
    symbol = models.CharField(_("symbol"), max_length=30)
    signer = models.CharField(_("decided by"), max_length=24, choices=Signer.choices)
    signer_name = models.CharField(_("signed by"), max_length=120, blank=True)
    kind = models.CharField(_("kind"), max_length=32, choices=DecisionKind.choices)
    person = models.ForeignKey(
        "people.Person",
        verbose_name=_("staff member"),
        on_delete=models.PROTECT,
        related_name="decisions",
    )
    signed_on = models.DateField(_("signed on"))
    effective_on = models.DateField(_("effective on"))
    summary = models.CharField(_("summary"), max_length=300)
    bases = models.JSONField(_("legal bases"), default=list)
    articles = models.JSONField(_("articles"), default=list)
    recipients = models.JSONField(_("recipients"), default=list)
    rule_answers = models.JSONField(_("rule answers"), default=list)
    effect = models.JSONField(_("effect"), default=dict)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["-signed_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["issuer", "year", "seq"], name="decision_number_unique_per_issuer_year"
            )
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def number(self) -> str:
        return f"{self.seq}/{self.symbol}"

    @property
    def citations(self) -> list[str]:
        seen: list[str] = []
        for answer in self.rule_answers:
            for citation in answer.get("citations", []):
                if citation not in seen:
                    seen.append(citation)
        return seen


class TransferKind(models.TextChoices):
    MOBILIZATION = "mobilization", _("Mobilization")
    ROTATION = "rotation", _("Rotation")
    SECONDMENT = "secondment", _("Secondment")


class TransferStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    DECIDED = "decided", _("Decided")
    ENDED = "ended", _("Ended (returned)")


# A transfer is proposed, then decided by the competent authority (Art. 70); a secondment ends
# when the person returns to the authority they came from.
TRANSFER_WORKFLOW = Workflow(
    "status",
    initial={TransferStatus.PROPOSED},
    transitions={
        TransferStatus.PROPOSED: {TransferStatus.DECIDED},
        TransferStatus.DECIDED: {TransferStatus.ENDED},
    },
)


class Transfer(GuardedState, models.Model):
    """A move of a staff member to another authority (Art. 70): who must decide is computed by
    `transfer.authority` when it is proposed and again when it is decided."""

    workflow = TRANSFER_WORKFLOW

    person = models.ForeignKey(
        "people.Person",
        verbose_name=_("staff member"),
        on_delete=models.PROTECT,
        related_name="transfers",
    )
    kind = models.CharField(_("kind"), max_length=16, choices=TransferKind.choices)
    from_authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("from"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    to_authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("to"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    decided_by = models.CharField(_("decided by"), max_length=24, choices=Signer.choices)
    must_consult = models.CharField(_("must consult"), max_length=24, blank=True)
    consulted_on = models.DateField(_("consulted on"), null=True, blank=True)
    consultation_note = models.TextField(_("consultation"), blank=True)
    rule_answer = models.JSONField(_("rule answer"), default=dict)
    status = models.CharField(
        _("status"), max_length=12, choices=TransferStatus.choices, default=TransferStatus.PROPOSED
    )
    decision = models.OneToOneField(
        Decision,
        verbose_name=_("decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="transfer",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("transfer")
        verbose_name_plural = _("transfers")
        ordering = ["-starts_on", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.person}"


class ReliefDocumentKind(models.TextChoices):
    REQUEST = "request", _("The person's request with reasons")
    HEALTH_CERTIFICATE = "health_certificate", _("Health certificate")
    HARDSHIP_CERTIFICATE = "hardship_certificate", _("Certificate of family hardship")
    OTHER_SUPPORTING = "other_supporting", _("Other supporting paper")
    DIRECTOR_PROPOSAL = "director_proposal", _("The director's written proposal")


class ReliefDossier(models.Model):
    """A relief dossier (Art. 64.2), checked by `relief.dossier` when it is submitted."""

    person = models.ForeignKey(
        "people.Person",
        verbose_name=_("staff member"),
        on_delete=models.PROTECT,
        related_name="relief_dossiers",
    )
    submitted_on = models.DateField(_("submitted on"))
    documents = models.JSONField(_("documents"), default=list)
    rule_answer = models.JSONField(_("rule answer"), default=dict)
    decision = models.OneToOneField(
        Decision, null=True, blank=True, on_delete=models.PROTECT, related_name="relief_dossier"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("relief dossier")
        verbose_name_plural = _("relief dossiers")
        ordering = ["-submitted_on", "-id"]

    def __str__(self) -> str:
        return f"{self.person} {self.submitted_on:%d/%m/%Y}"
