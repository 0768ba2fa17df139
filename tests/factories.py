"""Builders for test data. They go through the services, as users do."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.contrib.auth.models import Group, User

from thads.accounts.models import Profile
from thads.core.roles import group_name
from thads.organization.models import Authority
from thads.organization.services import authority_create
from thads.people.services import person_create

START = date(2015, 9, 1)
PASSWORD = "correct horse battery staple"


def authority(code: str, level: str, parent: Authority | None = None, **fields) -> Authority:
    fields.setdefault("name", f"Authority {code}")
    fields.setdefault("valid_from", START)
    if level == "provincial":
        fields.setdefault("province_code", code[-2:])
        fields.setdefault("province_name", f"Province {code[-2:]}")
    fields.setdefault("region_allowance_coefficient", Decimal("0"))
    return authority_create(actor=None, code=code, level=level, parent=parent, **fields)


def person(full_name: str, authority: Authority, grade: str = "specialist", **fields):
    fields.setdefault("gender", "M")
    fields.setdefault("employment", "civil_servant")
    fields.setdefault("military", authority.military)
    fields.setdefault("on", START)
    return person_create(
        actor=None, full_name=full_name, grade=grade, authority=authority, **fields
    )


def user(username: str, role: str, authority: Authority) -> User:
    u = User.objects.create_user(username=username, password=PASSWORD)
    u.groups.add(Group.objects.get(name=group_name(role)))
    Profile.objects.create(user=u, role=role, authority=authority)
    return User.objects.get(pk=u.pk)
