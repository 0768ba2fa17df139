"""The vocabularies of people: grades, employment, leadership posts (glossary of domain.md)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from thads.organization.models import Level


class Grade(models.TextChoices):
    OFFICER_JUNIOR = "officer_junior", _("Junior enforcement officer")
    OFFICER_INTERMEDIATE = "officer_intermediate", _("Intermediate enforcement officer")
    OFFICER_SENIOR = "officer_senior", _("Senior enforcement officer")
    INSPECTOR = "inspector", _("Enforcement inspector")
    INSPECTOR_PRINCIPAL = "inspector_principal", _("Principal enforcement inspector")
    INSPECTOR_SENIOR = "inspector_senior", _("Senior enforcement inspector")
    SECRETARY = "secretary", _("Enforcement secretary")
    SECRETARY_INTERMEDIATE = "secretary_intermediate", _("Intermediate enforcement secretary")
    SPECIALIST = "specialist", _("Specialist")
    SPECIALIST_PRINCIPAL = "specialist_principal", _("Principal specialist")
    SPECIALIST_SENIOR = "specialist_senior", _("Senior specialist")
    OTHER = "other", _("Other staff")


OFFICER_GRADES = (Grade.OFFICER_JUNIOR, Grade.OFFICER_INTERMEDIATE, Grade.OFFICER_SENIOR)
INSPECTOR_GRADES = (Grade.INSPECTOR, Grade.INSPECTOR_PRINCIPAL, Grade.INSPECTOR_SENIOR)


class Employment(models.TextChoices):
    CIVIL_SERVANT = "civil_servant", _("Civil servant")
    PUBLIC_EMPLOYEE = "public_employee", _("Public employee")
    INDEFINITE_CONTRACT = "indefinite_contract", _("Indefinite-term contract")
    FIXED_TERM_CONTRACT = "fixed_term_contract", _("Fixed-term contract")


class Post(models.TextChoices):
    DIRECTOR_GENERAL = "director_general", _("Director General")
    DEPUTY_DIRECTOR_GENERAL = "deputy_director_general", _("Deputy Director General")
    HEAD_CENTRAL_UNIT = "head_central_unit", _("Head of a unit of the General Department")
    DEPUTY_HEAD_CENTRAL_UNIT = (
        "deputy_head_central_unit",
        _("Deputy head of a unit of the General Department"),
    )
    PROVINCIAL_DIRECTOR = "provincial_director", _("Provincial Director")
    DEPUTY_PROVINCIAL_DIRECTOR = "deputy_provincial_director", _("Deputy Provincial Director")
    HEAD_PROVINCIAL_UNIT = "head_provincial_unit", _("Head of a unit of a provincial department")
    DEPUTY_HEAD_PROVINCIAL_UNIT = (
        "deputy_head_provincial_unit",
        _("Deputy head of a unit of a provincial department"),
    )
    DISTRICT_HEAD = "district_head", _("District Head")
    DEPUTY_DISTRICT_HEAD = "deputy_district_head", _("Deputy District Head")


# The levels of authority at which each post exists. The role ids are stable across the 2025
# reorganisation (today.md): the head and deputy of a regional office (Trưởng phòng / Phó
# Trưởng phòng Thi hành án dân sự khu vực) hold `district_head` / `deputy_district_head`, with
# the district posts' standards (Art. 72.1) and insignia (Art. 81, row 4.b); the heads of the
# central body's units hold `head_central_unit` / `deputy_head_central_unit`.
POST_LEVELS: dict[str, frozenset[str]] = {
    Post.DIRECTOR_GENERAL: frozenset({Level.CENTRAL}),
    Post.DEPUTY_DIRECTOR_GENERAL: frozenset({Level.CENTRAL}),
    Post.HEAD_CENTRAL_UNIT: frozenset({Level.CENTRAL, Level.CENTRAL_UNIT}),
    Post.DEPUTY_HEAD_CENTRAL_UNIT: frozenset({Level.CENTRAL, Level.CENTRAL_UNIT}),
    Post.PROVINCIAL_DIRECTOR: frozenset({Level.PROVINCIAL}),
    Post.DEPUTY_PROVINCIAL_DIRECTOR: frozenset({Level.PROVINCIAL}),
    Post.HEAD_PROVINCIAL_UNIT: frozenset({Level.PROVINCIAL}),
    Post.DEPUTY_HEAD_PROVINCIAL_UNIT: frozenset({Level.PROVINCIAL}),
    Post.DISTRICT_HEAD: frozenset({Level.DISTRICT, Level.REGIONAL}),
    Post.DEPUTY_DISTRICT_HEAD: frozenset({Level.DISTRICT, Level.REGIONAL}),
}
# Posts checked by Art. 72 (leadership.standards).
ART72_POSTS = (
    Post.PROVINCIAL_DIRECTOR,
    Post.DEPUTY_PROVINCIAL_DIRECTOR,
    Post.DISTRICT_HEAD,
    Post.DEPUTY_DISTRICT_HEAD,
)


class Appointer(models.TextChoices):
    MINISTER_OF_JUSTICE = "minister_of_justice", _("Minister of Justice")
    DIRECTOR_GENERAL = "director_general", _("Director General")
    PROVINCIAL_DIRECTOR = "provincial_director", _("Provincial Director")


class Gender(models.TextChoices):
    FEMALE = "F", _("Female")
    MALE = "M", _("Male")


class Relationship(models.TextChoices):
    """A relative as the first step of a kinship path from the staff member (Art. 68.4)."""

    SPOUSE = "spouse", _("Spouse")
    PARENT = "parent", _("Parent (incl. adoptive)")
    CHILD = "child", _("Child (incl. adopted)")
    SIBLING = "sibling", _("Sibling")
    SPOUSE_PARENT = "spouse_parent", _("Parent of the spouse")
    SPOUSE_SIBLING = "spouse_sibling", _("Sibling of the spouse")
    GRANDPARENT = "grandparent", _("Grandparent")
    UNCLE_AUNT = "uncle_aunt", _("Uncle or aunt")
    NEPHEW_NIECE = "nephew_niece", _("Nephew or niece")
    GRANDCHILD = "grandchild", _("Grandchild")
    OTHER = "other", _("Other")


# Kinship path (steps of inspection.recusal) for each recorded relationship.
RELATIONSHIP_PATH: dict[str, list[str]] = {
    Relationship.SPOUSE: ["spouse"],
    Relationship.PARENT: ["parent"],
    Relationship.CHILD: ["child"],
    Relationship.SIBLING: ["sibling"],
    Relationship.SPOUSE_PARENT: ["spouse", "parent"],
    Relationship.SPOUSE_SIBLING: ["spouse", "sibling"],
    Relationship.GRANDPARENT: ["parent", "parent"],
    Relationship.UNCLE_AUNT: ["parent", "sibling"],
    Relationship.NEPHEW_NIECE: ["sibling", "child"],
    Relationship.GRANDCHILD: ["child", "child"],
    Relationship.OTHER: [],
}
