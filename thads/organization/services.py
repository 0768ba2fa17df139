"""Services that write authorities. Each runs in one transaction and leaves a history row."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from thads.core.history import save_with_history
from thads.organization.errors import OrganizationError
from thads.organization.models import Authority

ERR_CODE_IMMUTABLE = _("The code of an authority cannot change.")

EDITABLE_FIELDS = (
    "code",
    "name",
    "name_en",
    "level",
    "parent",
    "province_code",
    "province_name",
    "admin_unit_code",
    "provincial_capital_unit",
    "region_allowance_coefficient",
    "special_area",
    "on_appendix_list",
    "seal_description",
    "office_address",
    "phone",
    "treasury_account",
    "treasury_name",
    "valid_from",
    "valid_to",
    "change_note",
)


@transaction.atomic
def authority_create(*, actor, predecessors=(), **fields) -> Authority:
    authority = Authority(**fields)
    if authority.parent and not authority.province_code:
        authority.province_code = authority.parent.province_code
        authority.province_name = authority.parent.province_name
    authority.full_clean()
    save_with_history(authority, actor)
    if predecessors:
        authority.predecessors.set(predecessors)
    return authority


@transaction.atomic
def authority_update(*, actor, authority: Authority, **fields) -> Authority:
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    old_path = authority.path
    if "code" in fields and fields["code"] != authority.code:
        raise ValidationError(
            {"code": [ValidationError(ERR_CODE_IMMUTABLE, code=OrganizationError.CODE_IMMUTABLE)]}
        )
    for name, value in fields.items():
        setattr(authority, name, value)
    authority.full_clean()
    save_with_history(authority, actor)
    if authority.path != old_path:
        # A move in the tree: descendants follow, row by row so history sees each.
        for child in Authority.objects.filter(path__startswith=old_path).exclude(pk=authority.pk):
            save_with_history(child, actor)
    return authority
