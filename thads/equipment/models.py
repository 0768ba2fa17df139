"""Officer's and inspector's cards (Art. 73): number, status with history, loss reports."""

from __future__ import annotations

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from thads.core.workflow import GuardedState, Workflow


class CardKind(models.TextChoices):
    OFFICER = "officer", _("Enforcement officer's card")
    INSPECTOR = "inspector", _("Inspector's card")


class CardStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    EXCHANGE_DUE = "exchange_due", _("To be exchanged (grade or post changed)")
    RETURN_DUE = "return_due", _("To be returned (left the post)")
    RETURNED = "returned", _("Returned")
    LOST = "lost", _("Reported lost")
    EXCHANGED = "exchanged", _("Exchanged for a new card")


# A card proves its holder's capacity only in these states.
VALID_STATUSES = (CardStatus.VALID, CardStatus.EXCHANGE_DUE)

# Art. 73.1: a card is issued valid; a change of grade or post puts it up for exchange, leaving
# the post calls it back; it ends returned, exchanged for a new one, or reported lost.
CARD_WORKFLOW = Workflow(
    "status",
    initial={CardStatus.VALID},
    transitions={
        CardStatus.VALID: {
            CardStatus.EXCHANGE_DUE,
            CardStatus.RETURN_DUE,
            CardStatus.RETURNED,
            CardStatus.EXCHANGED,
            CardStatus.LOST,
        },
        CardStatus.EXCHANGE_DUE: {
            CardStatus.RETURN_DUE,
            CardStatus.RETURNED,
            CardStatus.EXCHANGED,
            CardStatus.LOST,
        },
        CardStatus.RETURN_DUE: {CardStatus.RETURNED},
    },
)


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Card(GuardedState, models.Model):
    workflow = CARD_WORKFLOW

    person = models.ForeignKey(
        "people.Person", verbose_name=_("holder"), on_delete=models.PROTECT, related_name="cards"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=CardKind.choices)
    number = models.CharField(_("number"), max_length=20, unique=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=CardStatus.choices,
        default=CardStatus.VALID,
        db_index=True,
    )
    issued_on = models.DateField(_("issued on"))
    valid_until = models.DateField(_("valid until"))
    # Loss report (Art. 73.1): the nearest police and the holder's authority are told at once.
    lost_on = models.DateField(_("lost on"), null=True, blank=True)
    police_station = models.CharField(_("police station notified"), max_length=200, blank=True)
    authority_notified_on = models.DateField(_("authority notified on"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)
    history = HistoricalRecords(excluded_fields=["token"])

    class Meta:
        verbose_name = _("card")
        verbose_name_plural = _("cards")
        ordering = ["-issued_on", "-id"]

    def __str__(self) -> str:
        return f"{self.number} ({self.get_kind_display()})"

    @property
    def is_valid(self) -> bool:
        return self.status in VALID_STATUSES


# ---------------------------------------------------------------- support tools (Art. 74–77)


class ToolKind(models.TextChoices):
    ELECTRIC_BATON = "electric_baton", _("Electric baton")
    RUBBER_BATON = "rubber_baton", _("Rubber baton")
    ELECTRIC_GLOVE = "electric_glove", _("Electric glove")
    PEPPER_SPRAY = "pepper_spray", _("Pepper spray")
    ANAESTHETIC_SPRAY = "anaesthetic_spray", _("Anaesthetic spray")
    GUN = "gun", _("Gun for plastic or rubber bullets, tear gas or anaesthetic")
    AMMUNITION = "ammunition", _("Ammunition")


# Art. 74.2: batons, gloves and guns are tracked by serial number; sprays and ammunition by count.
SERIAL_KINDS = (
    ToolKind.ELECTRIC_BATON,
    ToolKind.RUBBER_BATON,
    ToolKind.ELECTRIC_GLOVE,
    ToolKind.GUN,
)
COUNTED_KINDS = (ToolKind.PEPPER_SPRAY, ToolKind.ANAESTHETIC_SPRAY, ToolKind.AMMUNITION)
KIND_POINT = {
    ToolKind.ELECTRIC_BATON: "a",
    ToolKind.RUBBER_BATON: "a",
    ToolKind.ELECTRIC_GLOVE: "a",
    ToolKind.PEPPER_SPRAY: "b",
    ToolKind.ANAESTHETIC_SPRAY: "b",
    ToolKind.GUN: "c",
    ToolKind.AMMUNITION: "c",
}


class ToolStatus(models.TextChoices):
    IN_STOCK = "in_stock", _("In stock")
    ISSUED = "issued", _("Handed to an officer")
    DISPOSED = "disposed", _("Disposed of")


# Art. 75.2, 77.1: received into stock, handed to an officer and taken back, disposed of for good.
TOOL_WORKFLOW = Workflow(
    "status",
    initial={ToolStatus.IN_STOCK},
    transitions={
        ToolStatus.IN_STOCK: {ToolStatus.ISSUED, ToolStatus.DISPOSED},
        ToolStatus.ISSUED: {ToolStatus.IN_STOCK},
    },
)


class ToolCondition(models.TextChoices):
    GOOD = "good", _("Good")
    WORN = "worn", _("Worn, usable")
    BEYOND_REPAIR = "beyond_repair", _("Beyond repair")


class Disposal(models.TextChoices):
    LIQUIDATION = "liquidation", _("Liquidation")
    DESTRUCTION = "destruction", _("Destruction")


class ToolItem(GuardedState, models.Model):
    """One serial-numbered tool: always in stock, handed to someone, or disposed of."""

    workflow = TOOL_WORKFLOW

    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("authority"),
        on_delete=models.PROTECT,
        related_name="tools",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ToolKind.choices)
    serial = models.CharField(_("serial number"), max_length=40)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=ToolStatus.choices,
        default=ToolStatus.IN_STOCK,
        db_index=True,
    )
    condition = models.CharField(
        _("condition"), max_length=16, choices=ToolCondition.choices, default=ToolCondition.GOOD
    )
    inspected_on = models.DateField(_("last inspected on"), null=True, blank=True)
    disposal = models.CharField(_("disposal"), max_length=12, choices=Disposal.choices, blank=True)
    disposed_on = models.DateField(_("disposed on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("support tool")
        verbose_name_plural = _("support tools")
        ordering = ["kind", "serial"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "serial"], name="tool_serial_unique")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.serial}"


class ToolStock(models.Model):
    """Counted tools (sprays, ammunition) in an authority's stock."""

    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("authority"),
        on_delete=models.PROTECT,
        related_name="tool_stock",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ToolKind.choices)
    quantity = models.PositiveIntegerField(_("quantity"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("counted stock")
        constraints = [
            models.UniqueConstraint(fields=["authority", "kind"], name="tool_stock_unique")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} × {self.quantity}"


class Handover(models.Model):
    """A handover of support tools to an enforcement officer, with its receipt (Art. 75.2)."""

    authority = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("authority"),
        on_delete=models.PROTECT,
        related_name="handovers",
    )
    number = models.CharField(_("receipt number"), max_length=30, unique=True)
    recipient = models.ForeignKey(
        "people.Person",
        verbose_name=_("recipient"),
        on_delete=models.PROTECT,
        related_name="tool_handovers",
    )
    handed_on = models.DateField(_("handed on"))
    returned_on = models.DateField(_("returned on"), null=True, blank=True)
    purpose = models.CharField(_("purpose"), max_length=255)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("handover")
        verbose_name_plural = _("handovers")
        ordering = ["-handed_on", "-id"]

    def __str__(self) -> str:
        return self.number


class HandoverLine(models.Model):
    handover = models.ForeignKey(Handover, on_delete=models.CASCADE, related_name="lines")
    kind = models.CharField(_("kind"), max_length=20, choices=ToolKind.choices)
    item = models.ForeignKey(
        ToolItem, null=True, blank=True, on_delete=models.PROTECT, related_name="handover_lines"
    )
    quantity = models.PositiveIntegerField(_("quantity"), default=1)
    returned_quantity = models.PositiveIntegerField(_("returned"), null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.get_kind_display()} × {self.quantity}"


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted to the Director General")
    DECIDED = "decided", _("Decided by the Director General")


# Art. 75.1: the province drafts, submits to the Director General, who decides.
PLAN_WORKFLOW = Workflow(
    "status",
    initial={PlanStatus.DRAFT},
    transitions={
        PlanStatus.DRAFT: {PlanStatus.SUBMITTED},
        PlanStatus.SUBMITTED: {PlanStatus.DECIDED},
    },
)


class ToolPlan(GuardedState, models.Model):
    """The annual equipment plan of a provincial director for the province and its districts,
    submitted to the Director General, who decides the quantities and kinds (Art. 75.1)."""

    workflow = PLAN_WORKFLOW

    province = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("provincial department"),
        on_delete=models.PROTECT,
        related_name="tool_plans",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    status = models.CharField(
        _("status"), max_length=10, choices=PlanStatus.choices, default=PlanStatus.DRAFT
    )
    submitted_on = models.DateField(_("submitted on"), null=True, blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("support tool plan")
        constraints = [
            models.UniqueConstraint(fields=["province", "year"], name="tool_plan_once_a_year")
        ]

    def __str__(self) -> str:
        return f"{self.province} {self.year}"


class ToolPlanLine(models.Model):
    plan = models.ForeignKey(ToolPlan, on_delete=models.CASCADE, related_name="lines")
    authority = models.ForeignKey(
        "organization.Authority", verbose_name=_("authority"), on_delete=models.PROTECT
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ToolKind.choices)
    requested = models.PositiveIntegerField(_("requested"))
    decided = models.PositiveIntegerField(_("decided"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "authority", "kind"], name="tool_plan_line_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.authority} {self.kind} {self.requested}"


class DisposalReport(models.Model):
    """The result of liquidation and destruction, reported by the province to the Director
    General (Art. 77.1)."""

    province = models.ForeignKey(
        "organization.Authority",
        verbose_name=_("provincial department"),
        on_delete=models.PROTECT,
        related_name="disposal_reports",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    reported_on = models.DateField(_("reported on"))
    liquidated = models.PositiveIntegerField(_("liquidated"))
    destroyed = models.PositiveIntegerField(_("destroyed"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("disposal report")
        constraints = [
            models.UniqueConstraint(fields=["province", "year"], name="disposal_report_once_a_year")
        ]

    def __str__(self) -> str:
        return f"{self.province} {self.year}"
