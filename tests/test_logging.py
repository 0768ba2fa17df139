"""Security and operational events are logged, once each, on the right logger, and the logs
never carry a password, a token or personal data."""

import logging

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.urls import path, reverse

from tests.factories import PASSWORD
from thads.core.crypto import PersonalDataKeyError, decrypt, encrypt


def _refuse(request):
    raise PermissionDenied


def _hide(request, pk):
    raise Http404


def _ok(request):
    return HttpResponse("ok")


# The views above, for the tests marked `urls("tests.test_logging")`.
urlpatterns = [
    path("refuse/", _refuse),
    path("hide/<int:pk>/", _hide),
    path("ok/", _ok),
]


def records(caplog, name):
    return [r for r in caplog.records if r.name == name]


def test_a_refused_login_is_one_warning_without_the_password(client, users, caplog):
    caplog.set_level(logging.INFO, logger="thads.security")
    wrong = "not-the-password-1234"
    r = client.post(reverse("login"), {"username": "alice", "password": wrong})
    assert r.status_code == 200  # the form again, with the error
    [record] = records(caplog, "thads.security")
    assert record.levelno == logging.WARNING
    assert "login refused" in record.getMessage()
    assert "alice" in record.getMessage()
    assert wrong not in caplog.text
    assert PASSWORD not in caplog.text


def test_a_login_is_one_info_record_without_the_password(client, users, caplog):
    caplog.set_level(logging.INFO, logger="thads.security")
    client.post(reverse("login"), {"username": "alice", "password": PASSWORD})
    [record] = records(caplog, "thads.security")
    assert record.levelno == logging.INFO
    assert f"user={users.alice.pk}" in record.getMessage()
    assert PASSWORD not in caplog.text


@pytest.mark.urls("tests.test_logging")
@pytest.mark.parametrize(("url", "status"), [("/refuse/", 403), ("/hide/42/", 404)])
def test_access_refused_to_a_signed_in_user_is_one_warning(client, users, caplog, url, status):
    client.force_login(users.bob)
    caplog.set_level(logging.INFO, logger="thads.security")
    caplog.clear()  # the login itself is logged
    assert client.get(url, {"q": "001090012345"}).status_code == status
    [record] = records(caplog, "thads.security")
    assert record.levelno == logging.WARNING
    message = record.getMessage()
    assert f"status={status}" in message
    assert f"user={users.bob.pk}" in message
    assert url in message
    assert "001090012345" not in caplog.text  # the query string is left out


@pytest.mark.urls("tests.test_logging")
def test_anonymous_refusals_and_allowed_pages_are_not_logged(client, users, caplog):
    caplog.set_level(logging.INFO, logger="thads.security")
    assert client.get("/refuse/").status_code == 403
    assert records(caplog, "thads.security") == []
    client.force_login(users.bob)
    caplog.clear()  # the login itself is logged
    assert client.get("/ok/").status_code == 200
    assert records(caplog, "thads.security") == []


def test_a_refused_api_token_is_one_warning_without_the_token(client, db, caplog):
    caplog.set_level(logging.INFO, logger="thads.security")
    token = "not-a-real-token-5678"
    r = client.get("/api/v1/people", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
    [record] = records(caplog, "thads.security")
    assert "API token refused" in record.getMessage()
    assert token not in caplog.text


def test_a_bad_key_is_one_error_on_the_ops_logger_without_the_value(caplog):
    caplog.set_level(logging.INFO, logger="thads.ops")
    token = encrypt("001090012345", keys=(Fernet.generate_key().decode(),))
    with pytest.raises(PersonalDataKeyError):
        decrypt(token, keys=(Fernet.generate_key().decode(),))
    [record] = records(caplog, "thads.ops")
    assert record.levelno == logging.ERROR
    assert "key" in record.getMessage()
    assert "001090012345" not in caplog.text
    assert token not in caplog.text
