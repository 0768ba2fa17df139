"""Empty the registry (demo rebuilds only): people, authorities, demo users and their history."""

from django.contrib.auth.models import User
from django.db import transaction

from thads.accounts.models import ApiToken, Profile
from thads.organization.models import Authority, AuthorityCommune
from thads.people.models import (
    GradeAssignment,
    LeadershipPost,
    Person,
    Posting,
    Relative,
    RevealLog,
)
from thads.reorganisation.models import ReorganisationAct, ReorganisationChange


@transaction.atomic
def reset_registry() -> None:
    for model in (
        ReorganisationChange,
        ReorganisationAct,
        RevealLog,
        Relative,
        LeadershipPost,
        Posting,
        GradeAssignment,
        Person,
        ApiToken,
        Profile,
    ):
        model.history.all().delete() if hasattr(model, "history") else None
        model.objects.all().delete()
    User.objects.filter(is_superuser=False).delete()
    AuthorityCommune.history.all().delete()
    AuthorityCommune.objects.all().delete()
    Authority.predecessors.through.objects.all().delete()
    Authority.history.all().delete()
    while Authority.objects.exists():
        Authority.objects.filter(children__isnull=True).delete()
