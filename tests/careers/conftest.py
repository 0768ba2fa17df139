import pytest

from tests.people.two_level import two_level  # noqa: F401 - a fixture
from thads.accounts.models import Profile


def signs_for(user, signer, authority=None):
    fields = {"signs_for": signer}
    if authority is not None:
        fields["authority"] = authority
    Profile.objects.filter(user=user).update(**fields)
    user.refresh_from_db()
    return user


@pytest.fixture
def minister(service):
    from tests import factories as f

    return signs_for(f.user("botruong", "central_admin", service.central), "minister_of_justice")


@pytest.fixture
def dg(service, users):
    return signs_for(users.admin, "director_general")


@pytest.fixture
def director01(service, users):
    return signs_for(users.alice, "provincial_director")


@pytest.fixture
def director79(service, users):
    return signs_for(users.carol, "provincial_director")
