"""Protected personal data: encrypted at rest, masked by default, every reveal logged."""

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ValidationError
from django.db import connection

from thads.core.crypto import PersonalDataKeyError, lookup_hash
from thads.people import services
from thads.people.models import Person, RevealLog
from thads.people.selectors import mask
from thads.people.services import ERR_REASON_REQUIRED


def _raw(column, pk):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM people_person WHERE id = %s", [pk])  # noqa: S608
        return cursor.fetchone()[0]


def test_protected_fields_are_ciphertext_in_the_database(people):
    for column, plain in [
        ("national_id", "001090012345"),
        ("phone", "0912345678"),
        ("home_address", "12 Lê Lợi"),
    ]:
        raw = _raw(column, people.p01.pk)
        assert plain not in raw
        assert raw.startswith("gAAAA")  # a Fernet token
    assert Person.objects.get(pk=people.p01.pk).national_id == "001090012345"


def test_history_rows_keep_protected_fields_encrypted(people):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT national_id FROM people_historicalperson WHERE id = %s", [people.p01.pk]
        )
        (raw,) = cursor.fetchone()
    assert "001090012345" not in raw


def test_exact_lookup_by_id_number_uses_the_hash(people):
    assert Person.objects.get(national_id_hash=lookup_hash("001090012345")) == people.p01
    assert lookup_hash("001 090 012 345") == lookup_hash("001090012345")


def test_a_wrong_key_fails_loudly_and_never_returns_ciphertext(people, settings):
    settings.THADS_DATA_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(PersonalDataKeyError):
        Person.objects.get(pk=people.p01.pk)


@pytest.mark.parametrize(
    ("field", "value", "masked"),
    [
        ("phone", "0912345678", "091•••••78"),
        ("national_id", "001090012345", "•••••••••345"),
        ("date_of_birth", "1980-05-02", "••••••"),
        ("home_address", "12 Lê Lợi, Hà Nội", "••••••"),
        ("phone", "", ""),
    ],
)
def test_masks_hide_the_value(field, value, masked):
    assert mask(field, value) == masked


def test_reveal_needs_a_reason_and_logs_nothing_without_one(people, users):
    with pytest.raises(ValidationError) as exc:
        services.person_reveal(actor=users.alice, person=people.p01, fields=["phone"], reason="xem")
    assert exc.value.message_dict["reason"] == [str(ERR_REASON_REQUIRED)]
    assert not RevealLog.objects.exists()


def test_reveal_logs_who_what_why_and_returns_the_values(people, users):
    values = services.person_reveal(
        actor=users.alice,
        person=people.p01,
        fields=["phone", "national_id"],
        reason="Xác minh danh tính khi cấp thẻ",
        ip_address="127.0.0.1",
    )
    assert values == {"phone": "0912345678", "national_id": "001090012345"}
    log = RevealLog.objects.get()
    assert (log.user, log.person, log.fields, log.reason) == (
        users.alice,
        people.p01,
        "phone,national_id",
        "Xác minh danh tính khi cấp thẻ",
    )


def test_reveal_of_family_returns_the_relatives(people, users):
    services.relative_add(
        actor=users.alice,
        person=people.p01,
        relationship="spouse",
        full_name="Trần Thị Mai",
        national_id="001190054321",
    )
    values = services.person_reveal(
        actor=users.alice, person=people.p01, fields=["family"], reason="Kiểm tra quan hệ gia đình"
    )
    assert values["family"][0]["full_name"] == "Trần Thị Mai"
    assert values["family"][0]["relationship"] == "spouse"


def test_relatives_names_are_encrypted(people):
    rel = services.relative_add(
        actor=None, person=people.p01, relationship="child", full_name="Nguyễn Văn Bé"
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT full_name FROM people_relative WHERE id = %s", [rel.pk])
        (raw,) = cursor.fetchone()
    assert "Bé" not in raw
