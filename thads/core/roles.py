"""Roles: what each kind of user may do. Where they may do it is the authority scope."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    CENTRAL_ADMIN = "central_admin", _("Central administrator")
    PROVINCIAL_PERSONNEL = "provincial_personnel", _("Provincial personnel officer")
    DISTRICT_HEAD = "district_head", _("District head")
    INSPECTOR = "inspector", _("Inspector")
    AUDITOR = "auditor", _("Auditor (read-only)")


VIEW = [
    "equipment.view_card",
    "equipment.view_toolitem",
    "equipment.view_handover",
    "equipment.view_toolplan",
    "protection.view_case",
    "protection.view_inspection",
    "protection.view_incident",
    "protection.view_operation",
    "equipment.view_disposalreport",
    "uniforms.view_uniformissue",
    "organization.view_authority",
    "people.view_person",
    "people.view_gradeassignment",
    "people.view_posting",
    "people.view_leadershippost",
    "people.view_delegation",
    "careers.view_decision",
    "careers.view_transfer",
    "careers.view_reliefdossier",
    "exams.view_examround",
    "exams.view_candidacy",
    "selection.view_selectionboard",
    "selection.view_dossier",
]
# Art. 63: the province records its selection board, dossiers and meetings; the designation
# itself is recorded by whoever records decisions for the Minister (Profile.signs_for).
SELECTION = [
    "selection.add_selectionboard",
    "selection.add_dossier",
    "selection.add_meeting",
    "selection.change_dossier",
]
EDIT_PEOPLE = [
    "people.add_person",
    "people.change_person",
    "people.add_gradeassignment",
    "people.add_posting",
    "people.add_leadershippost",
    "people.add_relative",
    "people.change_relative",
    "people.reveal_personal_data",
    "equipment.add_card",
    "equipment.change_card",
    "uniforms.add_uniformissue",
    "equipment.add_toolitem",
    "equipment.change_toolitem",
    "equipment.add_handover",
    "equipment.change_handover",
    "equipment.add_toolplan",
    "equipment.add_disposalreport",
    "protection.add_case",
    "protection.add_inspection",
    "protection.change_inspection",
    "protection.change_incident",
    "protection.add_operation",
    "protection.change_operation",
    "careers.add_transfer",
    "careers.change_transfer",
    "careers.add_reliefdossier",
    "exams.add_candidacy",
    "exams.change_candidacy",
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.CENTRAL_ADMIN: VIEW
    + EDIT_PEOPLE
    + [
        "protection.add_incident",
        "equipment.change_toolplan",
        "organization.add_authority",
        "organization.change_authority",
        "organization.add_authoritycommune",
        # The reorganisation act (Decision 1898/QĐ-BTP): recorded once, by a central administrator.
        "reorganisation.add_reorganisationact",
        "reorganisation.view_reorganisationact",
        # Data onboarding: staff lists anywhere, and the official list of regional offices.
        "onboarding.import_people",
        "onboarding.import_authorities",
        # The delegation of appointments (Art. 52.3, 72.3): a dated table with its source.
        "people.change_delegation",
        "people.view_reveallog",
        "auth.add_user",
        "auth.change_user",
        "auth.view_user",
        "exams.add_examround",
        "exams.change_examround",
    ]
    + SELECTION,
    Role.PROVINCIAL_PERSONNEL: VIEW
    + EDIT_PEOPLE
    + ["protection.add_incident", "onboarding.import_people"]
    + SELECTION,
    Role.DISTRICT_HEAD: VIEW + EDIT_PEOPLE + ["protection.add_incident"],
    Role.INSPECTOR: VIEW + ["protection.add_incident"],
    Role.AUDITOR: VIEW + ["people.view_reveallog", "auth.view_user"],
}

# Roles whose scope is the whole service rather than their authority's subtree.
NATIONAL_ROLES = {Role.CENTRAL_ADMIN}


def group_name(role: str) -> str:
    return f"role:{role}"


def ensure_role_groups(**kwargs: object) -> None:
    """Create one group per role with exactly its permissions (run after every migrate)."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    # Permissions of apps migrated after this one may not exist yet: make them first.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    for role, perms in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=group_name(role))
        wanted = []
        for perm in perms:
            app_label, codename = perm.split(".")
            wanted += list(
                Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(wanted)


def role_of(user: object) -> str | None:
    profile = getattr(user, "profile", None)
    return str(profile.role) if profile else None
