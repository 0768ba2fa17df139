"""Rotating the personal-data key loses nothing and adds no history."""

from datetime import date

from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from thads.core.crypto import lookup_hash
from thads.people import services
from thads.people.models import Person, Relative


def _raw(table, column, pk):
    with connection.cursor() as c:
        c.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608
        return c.fetchone()[0]


def test_rotation_round_trip(people, settings, capsys):
    old = settings.THADS_DATA_KEYS
    rel = services.relative_add(
        actor=None,
        person=people.p01,
        relationship="spouse",
        full_name="Trần Thị Mai",
        national_id="001190054321",
        date_of_birth=date(1985, 2, 3),
    )
    before_raw = _raw("people_person", "phone", people.p01.pk)
    history_rows = Person.history.count()
    new = Fernet.generate_key().decode()

    settings.THADS_DATA_KEYS = [new, *old]
    call_command("rotate_data_key")
    assert "people.Person" in capsys.readouterr().out

    settings.THADS_DATA_KEYS = [new]  # the old key is gone: everything must still read
    p = Person.objects.get(pk=people.p01.pk)
    assert (p.phone, p.national_id, p.home_address) == (
        "0912345678",
        "001090012345",
        "12 Lê Lợi, Hà Nội",
    )
    assert Relative.objects.get(pk=rel.pk).full_name == "Trần Thị Mai"
    assert Person.objects.get(national_id_hash=lookup_hash("001090012345")) == p
    assert _raw("people_person", "phone", p.pk) != before_raw
    assert Person.history.count() == history_rows
    assert Person.history.filter(id=p.pk).first().phone == "0912345678"
    # Matching by name and date of birth (recusal) survives the rotation.
    from thads.people.services import identity_hash

    assert Relative.objects.filter(
        identity_hash=identity_hash("Tran Thi Mai", date(1985, 2, 3))
    ).exists()
