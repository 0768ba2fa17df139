"""Designation of enforcement officers without examination (Art. 63): the provincial
selection board and its members (63.4), the dossier of a person for a district office with
the written commitment to work there (63.1.b), and the board's meetings with each member's
vote. The Minister's decision itself is a careers.Decision (63.3)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from thads.people.choices import OFFICER_GRADES, Grade

OFFICER_GRADE_CHOICES = [(g.value, g.label) for g in OFFICER_GRADES]


class BoardRole(models.TextChoices):
    """The seats of the selection board, in the order of Art. 63.4."""

    CHAIR = "chair", _("Chair (President or a Vice-President of the provincial People's Committee)")
    VICE_CHAIR = "vice_chair", _("Vice-chair (Director of the provincial department)")
    HOME_AFFAIRS = "home_affairs", _("Member (Department of Home Affairs)")
    JUSTICE = "justice", _("Member (Department of Justice)")
    JURISTS = "jurists", _("Member (standing committee of the provincial Jurists' Association)")
    SECRETARY = "secretary", _("Secretary (head of personnel of the provincial department)")


ROLE_ORDER = {role: i for i, role in enumerate(BoardRole.values)}


class SelectionBoard(models.Model):
    """The selection board of a province (Hội đồng tuyển chọn Chấp hành viên, Art. 63.4)."""

    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("provincial department"),
        on_delete=models.PROTECT,
        related_name="designation_boards",
    )
    established_on = models.DateField(_("established on"))
    decision_ref = models.CharField(_("decision approving the board"), max_length=60, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("selection board")
        verbose_name_plural = _("selection boards")
        ordering = ["-established_on", "-id"]

    def __str__(self) -> str:
        return f"{_('Selection board')} — {self.authority.province_name or self.authority.name}"

    def ordered_members(self) -> list[BoardMember]:
        return sorted(self.members.all(), key=lambda m: (ROLE_ORDER.get(m.role, 99), m.pk))


class BoardMember(models.Model):
    board = models.ForeignKey(SelectionBoard, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(_("name"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=255)
    role = models.CharField(_("role on the board"), max_length=16, choices=BoardRole.choices)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("board member")
        verbose_name_plural = _("board members")
        ordering = ["board", "id"]

    def __str__(self) -> str:
        return self.name


class Dossier(models.Model):
    """A person's dossier for designation without examination at a district office (63.1)."""

    board = models.ForeignKey(
        SelectionBoard,
        verbose_name=_("selection board"),
        on_delete=models.PROTECT,
        related_name="dossiers",
    )
    person = models.ForeignKey(
        "people.Person",
        verbose_name=_("staff member"),
        on_delete=models.PROTECT,
        related_name="designation_dossiers",
    )
    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("district office"),
        on_delete=models.PROTECT,
        related_name="designation_dossiers",
    )
    target_grade = models.CharField(
        _("grade proposed"),
        max_length=24,
        choices=OFFICER_GRADE_CHOICES,
        default=Grade.OFFICER_JUNIOR,
    )
    submitted_on = models.DateField(_("submitted on"))
    commitment_years = models.DecimalField(
        _("years committed to work at the office"), max_digits=4, decimal_places=1
    )
    commitment_signed_on = models.DateField(_("commitment signed on"))
    documents = models.JSONField(_("other documents"), default=list, blank=True)
    decision = models.OneToOneField(
        "careers.Decision",
        verbose_name=_("decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="designation_dossier",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("designation dossier")
        verbose_name_plural = _("designation dossiers")
        ordering = ["-submitted_on", "-id"]

    def __str__(self) -> str:
        return f"{self.person} — {self.authority}"


class VoteChoice(models.TextChoices):
    FOR = "for", _("For")
    AGAINST = "against", _("Against")
    ABSENT = "absent", _("Absent")


class Meeting(models.Model):
    """A meeting of the board on a dossier, its attendance and vote, and the answer of
    `selection_board.decision` (quorum two thirds, majority of all members, Art. 63.4)."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="meetings")
    held_on = models.DateField(_("held on"))
    members_count = models.PositiveSmallIntegerField(_("number of members"))
    present_count = models.PositiveSmallIntegerField(_("present"))
    votes_for = models.PositiveSmallIntegerField(_("votes for"))
    quorate = models.BooleanField(_("quorate"))
    passed = models.BooleanField(_("proposal passed"))
    rule_answer = models.JSONField(_("rule answer"), default=dict)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("board meeting")
        verbose_name_plural = _("board meetings")
        ordering = ["held_on", "id"]

    def __str__(self) -> str:
        return f"{self.dossier} {self.held_on:%d/%m/%Y}"


class Vote(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="votes")
    member = models.ForeignKey(BoardMember, on_delete=models.PROTECT, related_name="votes")
    choice = models.CharField(_("vote"), max_length=8, choices=VoteChoice.choices)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="one_vote_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.member}: {self.choice}"
