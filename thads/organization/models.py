"""Authorities of the civil and military judgment enforcement systems (Art. 52–55)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Self

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from thads.organization.errors import OrganizationError
from thads.organization.geography import is_cold_region, legacy_codes

CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,30}$")


class Level(models.TextChoices):
    CENTRAL = "central", _("Central body")
    CENTRAL_UNIT = "central_unit", _("Unit of the central body")
    PROVINCIAL = "provincial", _("Provincial level")
    DISTRICT = "district", _("District office")
    REGIONAL = "regional", _("Regional office")
    MILITARY_CENTRAL = "military_central", _("Military Judgment Enforcement Department")
    MILITARY_REGION = "military_region", _("Military-region office")


# Which level a parent must have (Art. 52.1 civil, Art. 54 military; 2025: regional offices).
PARENT_LEVEL: dict[str, str | None] = {
    Level.CENTRAL: None,
    Level.CENTRAL_UNIT: Level.CENTRAL,
    Level.PROVINCIAL: Level.CENTRAL,
    Level.DISTRICT: Level.PROVINCIAL,
    Level.REGIONAL: Level.PROVINCIAL,
    Level.MILITARY_CENTRAL: None,
    Level.MILITARY_REGION: Level.MILITARY_CENTRAL,
}
MILITARY_LEVELS = {Level.MILITARY_CENTRAL, Level.MILITARY_REGION}

ERR_PARENT_LEVEL = _("A %(level)s must belong to a %(parent)s.")
ERR_NO_PARENT = _("A %(level)s has no parent authority.")
ERR_VALIDITY = _("The end of validity cannot be before its start.")
ERR_CODE = _("Use capital letters, digits and hyphens (at most 31).")
ERR_PARENT_CYCLE = _("An authority cannot be its own ancestor.")
ERR_LEGACY_PROVINCE = _("Not a code of the 63-province list (before 01/07/2025).")


class AuthorityQuerySet(models.QuerySet["Authority"]):
    def valid_on(self, day: date) -> Self:
        """The authorities that exist on `day` (created by then, not yet abolished)."""
        return self.filter(valid_from__lte=day).filter(
            models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=day)
        )


class Authority(models.Model):
    code = models.CharField(_("code"), max_length=31, unique=True)
    name = models.CharField(_("name"), max_length=255)
    name_en = models.CharField(_("English name"), max_length=255, blank=True)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent authority"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(max_length=255, db_index=True, editable=False)
    search_name = models.CharField(max_length=255, db_index=True, editable=False)

    # Facts the rules read (domain.md §1).
    province_code = models.CharField(
        _("province code"),
        max_length=2,
        blank=True,
        db_index=True,
        help_text=_("Code in the province list in force during the authority's validity."),
    )
    province_name = models.CharField(_("province"), max_length=100, blank=True)
    legacy_province_code = models.CharField(
        _("former province (63-province list)"),
        max_length=2,
        blank=True,
        db_index=True,
        help_text=_("Where the unit sits, in the province list before 01/07/2025 (Art. 83.1.c)."),
    )
    admin_unit_code = models.CharField(_("administrative unit code"), max_length=5, blank=True)
    provincial_capital_unit = models.BooleanField(
        _("unit seated in the provincial capital"), default=False
    )
    region_allowance_coefficient = models.DecimalField(
        _("region allowance coefficient"),
        max_digits=3,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
    )
    special_area = models.BooleanField(
        _("border, island or extremely disadvantaged area"), default=False
    )
    on_appendix_list = models.BooleanField(_("on the Appendix list (Art. 63.2)"), default=False)

    # Legal status (Art. 52.2, 54).
    seal_description = models.CharField(_("seal"), max_length=255, blank=True)
    office_address = models.CharField(_("office address"), max_length=255, blank=True)
    phone = models.CharField(_("office phone"), max_length=30, blank=True)
    treasury_account = models.CharField(_("account number"), max_length=40, blank=True)
    treasury_name = models.CharField(_("account held at"), max_length=120, blank=True)

    # Dated validity: created, renamed, merged, abolished.
    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(_("valid until"), null=True, blank=True)
    predecessors = models.ManyToManyField(
        "self",
        verbose_name=_("predecessors"),
        symmetrical=False,
        blank=True,
        related_name="successors",
    )
    change_note = models.CharField(_("change note"), max_length=255, blank=True)
    demo = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_("Built by the demo, not from the official list."),
    )

    history = HistoricalRecords(excluded_fields=["path", "search_name"])
    objects = AuthorityQuerySet.as_manager()

    class Meta:
        verbose_name = _("authority")
        verbose_name_plural = _("authorities")
        ordering = ["path"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True)
                | models.Q(valid_to__gte=models.F("valid_from")),
                name="authority_validity_ordered",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.set_derived()
        super().save(*args, **kwargs)

    def set_derived(self) -> None:
        """The columns computed from others: the tree path and the folded search text (bulk
        writes, which skip `save()`, call it themselves)."""
        from thads.core.text import fold

        self.path = (self.parent.path if self.parent else "") + self.code + "/"
        self.search_name = fold(f"{self.name} {self.code} {self.province_name}")

    @property
    def military(self) -> bool:
        return self.level in MILITARY_LEVELS

    @property
    def cold_region(self) -> bool:
        """Art. 83.1.c: Thừa Thiên Huế and north of it, and Tây Nguyên. The clause is about where
        the unit is: read from the former province where it sits (the central bodies are in Hà
        Nội), not from a code of the province list in force, which changed on 01/07/2025."""
        return is_cold_region(self.legacy_province_code or self.province_code)

    def is_valid_on(self, day) -> bool:
        return self.valid_from <= day and (self.valid_to is None or self.valid_to >= day)

    def clean(self) -> None:
        errors: dict[str, list] = {}
        if self.code and not CODE_RE.match(self.code):
            errors.setdefault("code", []).append(
                ValidationError(ERR_CODE, code=OrganizationError.CODE_FORMAT)
            )
        wanted = PARENT_LEVEL.get(self.level)
        if self.level:
            if wanted is None and self.parent_id:
                errors.setdefault("parent", []).append(
                    ValidationError(
                        ERR_NO_PARENT % {"level": Level(self.level).label},
                        code=OrganizationError.NO_PARENT,
                    )
                )
            elif wanted is not None and (self.parent is None or self.parent.level != wanted):
                errors.setdefault("parent", []).append(
                    ValidationError(
                        ERR_PARENT_LEVEL
                        % {"level": Level(self.level).label, "parent": Level(wanted).label},
                        code=OrganizationError.PARENT_LEVEL,
                    )
                )
        if self.parent_id and self.pk:
            node = self.parent
            while node is not None:
                if node.pk == self.pk:
                    errors.setdefault("parent", []).append(
                        ValidationError(ERR_PARENT_CYCLE, code=OrganizationError.PARENT_CYCLE)
                    )
                    break
                node = node.parent
        if self.legacy_province_code and self.legacy_province_code not in legacy_codes():
            errors.setdefault("legacy_province_code", []).append(
                ValidationError(ERR_LEGACY_PROVINCE, code=OrganizationError.LEGACY_PROVINCE)
            )
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            errors.setdefault("valid_to", []).append(
                ValidationError(ERR_VALIDITY, code=OrganizationError.VALIDITY_ORDER)
            )
        if errors:
            raise ValidationError(errors)


class AuthorityCommune(models.Model):
    """A commune (2025 list) within the territory an office covers, for a period."""

    authority = models.ForeignKey(
        Authority,
        verbose_name=_("authority"),
        on_delete=models.CASCADE,
        related_name="communes",
    )
    commune_code = models.CharField(_("commune code"), max_length=5)
    commune_name = models.CharField(_("commune"), max_length=120)
    province_code = models.CharField(_("province code"), max_length=2)
    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(_("valid until"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("commune covered")
        verbose_name_plural = _("communes covered")
        ordering = ["authority", "commune_code"]
        constraints = [
            models.UniqueConstraint(
                fields=["commune_code"],
                condition=models.Q(valid_to__isnull=True),
                name="commune_in_one_office",
            )
        ]

    def __str__(self) -> str:
        return f"{self.commune_name} ({self.commune_code})"
