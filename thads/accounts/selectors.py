"""Read-only questions about the users of the system, scoped like every other record."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db.models import QuerySet
from simple_history.utils import get_history_manager_for_model

from thads.accounts.models import ApiToken, Profile
from thads.core.access import fetch, visible
from thads.core.history import Entry, entries, merged


def users_visible_to(user) -> QuerySet[User]:
    """The accounts of the user's scope (by their profile's authority); none without a scope.

    The national roles see every account, also those without a profile."""
    return visible(
        User.objects.select_related("profile__authority").order_by("username"),
        user,
        "profile__authority",
    )


def access_user(user, pk, *, perm: str = "auth.view_user") -> User:
    """The account `pk` if it is in the user's scope (else 404), then 403 without `perm`."""
    return fetch(users_visible_to(user), user, pk, perm=perm)


def users_search(user, *, q: str = "") -> QuerySet[User]:
    """The users list: the user's scope, by a part of the user name."""
    qs = users_visible_to(user)
    return qs.filter(username__icontains=q) if q else qs


def profiles_visible_to(user) -> QuerySet[Profile]:
    return visible(Profile.objects.select_related("user", "authority"), user)


def api_tokens_visible_to(user) -> QuerySet[ApiToken]:
    return visible(ApiToken.objects.select_related("user"), user, "user__profile__authority")


def account_history(account: User) -> list[Entry]:
    """The history of an account and of its profile (role, authority), newest first."""
    return merged(
        # User is registered with simple-history (accounts.models), not declared with it.
        entries(get_history_manager_for_model(User).filter(id=account.pk)),
        entries(Profile.history.filter(user_id=account.pk)),
    )
