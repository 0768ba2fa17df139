"""Recruitment examinations for enforcement officers (Art. 56–62 of Decree 62/2015/NĐ-CP).

A round is opened for one grade, civil or military. District heads submit candidates (58.1),
the provincial department compiles its list and pre-selects (58.2–58.3), each dossier holds
the application and the director's written proposal (59), the General Department (the
Military Department for military candidates) checks the dossiers and publishes the list of
qualified candidates (60), the board of examiners established by the Minister runs the exam
(61), the results are consolidated and the Minister designates the officers (62.1).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from thads.core.workflow import GuardedState, Workflow
from thads.people.choices import Grade

TARGET_GRADES = [
    (g.value, g.label)
    for g in (
        Grade.OFFICER_JUNIOR,
        Grade.OFFICER_INTERMEDIATE,
        Grade.OFFICER_SENIOR,
        Grade.INSPECTOR,
        Grade.INSPECTOR_PRINCIPAL,
        Grade.INSPECTOR_SENIOR,
    )
]


class RoundStatus(models.TextChoices):
    OPEN = "open", _("Receiving candidates")
    PUBLISHED = "published", _("Qualified list published")
    REPORTED = "reported", _("Results reported to the Minister")


# A round opens receiving candidates, publishes its qualified list (60), then reports its
# consolidated results to the Minister (62.1).
ROUND_WORKFLOW = Workflow(
    "status",
    initial={RoundStatus.OPEN},
    transitions={
        RoundStatus.OPEN: {RoundStatus.PUBLISHED},
        RoundStatus.PUBLISHED: {RoundStatus.REPORTED},
    },
)


class ExamRound(GuardedState, models.Model):
    workflow = ROUND_WORKFLOW

    grade = models.CharField(_("grade"), max_length=24, choices=TARGET_GRADES)
    year = models.PositiveIntegerField(_("year"))
    military = models.BooleanField(_("military candidates"), default=False)
    status = models.CharField(
        _("status"), max_length=12, choices=RoundStatus.choices, default=RoundStatus.OPEN
    )
    opened_on = models.DateField(_("opened on"))
    submissions_close_on = models.DateField(_("candidates accepted until"), null=True, blank=True)
    exam_on = models.DateField(_("examination date"), null=True, blank=True)
    published_on = models.DateField(_("qualified list published on"), null=True, blank=True)
    reported_on = models.DateField(_("results reported on"), null=True, blank=True)
    board_decision_ref = models.CharField(
        _("decision establishing the board"), max_length=60, blank=True
    )
    board_decided_on = models.DateField(_("board established on"), null=True, blank=True)
    board_proposal_ref = models.CharField(
        _("proposal of the Director General"), max_length=60, blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("examination round")
        verbose_name_plural = _("examination rounds")
        ordering = ["-year", "-id"]

    def __str__(self) -> str:
        return f"{self.get_grade_display()} {self.year}"


class BoardRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    VICE_CHAIR = "vice_chair", _("Vice-chair")
    MEMBER = "member", _("Member")
    SECRETARY = "secretary", _("Secretary")
    QUESTION_SETTING = "question_setting", _("Question setting")
    SUPERVISION = "supervision", _("Supervision")
    GRADING = "grading", _("Grading")


class BoardMember(models.Model):
    """A member of the board of examiners (Art. 61) and their task."""

    round = models.ForeignKey(ExamRound, on_delete=models.CASCADE, related_name="board_members")
    full_name = models.CharField(_("full name"), max_length=120)
    role = models.CharField(_("role"), max_length=20, choices=BoardRole.choices)
    position = models.CharField(_("position and unit"), max_length=255, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("board member")
        verbose_name_plural = _("board members")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.full_name} ({self.get_role_display()})"


class CandidacyStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted to the provincial director")
    LISTED = "listed", _("On the province's list")
    PRESELECTED = "preselected", _("Pre-selected")
    NOT_PRESELECTED = "not_preselected", _("Not pre-selected")
    QUALIFIED = "qualified", _("Qualified")
    NOT_QUALIFIED = "not_qualified", _("Not qualified")
    PASSED = "passed", _("Passed")
    FAILED = "failed", _("Failed")
    DESIGNATED = "designated", _("Designated")


# A district office submits (58.1) and the province lists (58.2) — or the province lists its
# own staff directly; the province pre-selects and may reconsider until the list is checked
# (58.3); the check qualifies or not (60); the board's result may be corrected while the
# round is published (61.2.c); the Minister designates who passed (62.1).
CANDIDACY_WORKFLOW = Workflow(
    "status",
    initial={CandidacyStatus.SUBMITTED, CandidacyStatus.LISTED},
    transitions={
        CandidacyStatus.SUBMITTED: {CandidacyStatus.LISTED},
        CandidacyStatus.LISTED: {CandidacyStatus.PRESELECTED, CandidacyStatus.NOT_PRESELECTED},
        CandidacyStatus.PRESELECTED: {
            CandidacyStatus.NOT_PRESELECTED,
            CandidacyStatus.QUALIFIED,
            CandidacyStatus.NOT_QUALIFIED,
        },
        CandidacyStatus.NOT_PRESELECTED: {CandidacyStatus.PRESELECTED},
        CandidacyStatus.QUALIFIED: {CandidacyStatus.PASSED, CandidacyStatus.FAILED},
        CandidacyStatus.PASSED: {CandidacyStatus.FAILED, CandidacyStatus.DESIGNATED},
        CandidacyStatus.FAILED: {CandidacyStatus.PASSED},
    },
)


class Candidacy(GuardedState, models.Model):
    workflow = CANDIDACY_WORKFLOW

    round = models.ForeignKey(ExamRound, on_delete=models.PROTECT, related_name="candidacies")
    person = models.ForeignKey(
        "people.Person",
        verbose_name=_("candidate"),
        on_delete=models.PROTECT,
        related_name="exam_candidacies",
    )
    # Where the candidate worked when submitted, and the provincial department (or the
    # Military Department) whose list they are on: the scope and the report follow these.
    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("authority"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    province = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("provincial department"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    grade_at_submission = models.CharField(_("grade when submitted"), max_length=24)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=CandidacyStatus.choices,
        default=CandidacyStatus.SUBMITTED,
        db_index=True,
    )
    facts = models.JSONField(_("standards declared"), default=dict)
    submitted_on = models.DateField(_("submitted on"))
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    listed_on = models.DateField(_("listed on"), null=True, blank=True)
    preselected = models.BooleanField(_("pre-selected"), null=True, blank=True)
    preselection_note = models.TextField(_("pre-selection note"), blank=True)
    preselected_on = models.DateField(_("pre-selected on"), null=True, blank=True)
    eligibility = models.JSONField(_("eligibility"), default=dict, blank=True)
    dossier_missing = models.JSONField(_("missing from the dossier"), default=list, blank=True)
    checked_on = models.DateField(_("checked on"), null=True, blank=True)
    score = models.DecimalField(_("score"), max_digits=5, decimal_places=2, null=True, blank=True)
    result_on = models.DateField(_("result recorded on"), null=True, blank=True)
    decision = models.OneToOneField(
        "careers.Decision",
        verbose_name=_("designation decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="exam_candidacy",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("candidacy")
        verbose_name_plural = _("candidacies")
        ordering = ["province__code", "person__search_name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "person"], name="exams_one_candidacy_per_round"
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.round}"

    @property
    def qualified(self) -> bool:
        return self.status in (
            CandidacyStatus.QUALIFIED,
            CandidacyStatus.PASSED,
            CandidacyStatus.FAILED,
            CandidacyStatus.DESIGNATED,
        )


class DocumentKind(models.TextChoices):
    APPLICATION = "application", _("The candidate's application")
    DIRECTOR_PROPOSAL = "director_proposal", _("The director's written proposal")


class DossierDocument(models.Model):
    """A paper of the candidate's dossier (Art. 59)."""

    candidacy = models.ForeignKey(Candidacy, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("kind"), max_length=20, choices=DocumentKind.choices)
    reference = models.CharField(_("number or reference"), max_length=60)
    dated_on = models.DateField(_("dated"))
    note = models.CharField(_("note"), max_length=255, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("dossier document")
        verbose_name_plural = _("dossier documents")
        ordering = ["dated_on", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.reference}"
