"""People: identity validation, dated grades and postings, Art. 72 on posts, history."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from tests import factories as f
from thads.core.errors import DomainError
from thads.people import services
from thads.people.errors import PeopleError
from thads.people.models import GradeAssignment, LeadershipPost, Person, Posting
from thads.people.services import ERR_MILITARY_AUTHORITY
from thads.people.validators import ERR_DOB_RANGE, ERR_NATIONAL_ID, ERR_PHONE


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("national_id", "12345", ERR_NATIONAL_ID),
        ("national_id", "00109001234A", ERR_NATIONAL_ID),
        ("phone", "12345", ERR_PHONE),
        ("date_of_birth", date(2015, 1, 1), ERR_DOB_RANGE),
    ],
)
def test_bad_identity_is_refused_with_its_message_and_nothing_is_written(
    service, field, value, message
):
    before = Person.objects.count()
    with pytest.raises(ValidationError) as exc:
        f.person("Nguyễn Văn Sai", service.d001, **{field: value})
    assert exc.value.message_dict[field] == [str(message)]
    assert Person.objects.count() == before
    assert GradeAssignment.objects.count() == 0


def test_military_staff_belong_to_military_authorities(service):
    with pytest.raises(ValidationError) as exc:
        f.person("Hoàng Văn Quân", service.d001, military=True)
    assert exc.value.message_dict["authority"] == [str(ERR_MILITARY_AUTHORITY)]
    assert [e.code for e in exc.value.error_dict["authority"]] == [PeopleError.MILITARY_AUTHORITY]


@pytest.mark.parametrize(
    ("post", "grade", "level", "ok"),
    [
        pytest.param(
            "district_head",
            "officer_junior",
            "d001",
            True,
            id="Đ72.1 district head, junior officer",
        ),
        pytest.param(
            "district_head", "secretary", "d001", False, id="Đ72.1 district head, secretary"
        ),
        pytest.param(
            "deputy_district_head",
            "specialist",
            "d001",
            False,
            id="Đ72.1 deputy district head, specialist",
        ),
        pytest.param(
            "provincial_director",
            "officer_intermediate",
            "p01",
            True,
            id="Đ72.2 director, intermediate",
        ),
        pytest.param(
            "provincial_director", "officer_junior", "p01", False, id="Đ72.2 director, junior only"
        ),
        pytest.param(
            "deputy_provincial_director",
            "officer_senior",
            "p01",
            True,
            id="Đ72.2 deputy director, senior",
        ),
    ],
)
def test_posts_respect_art_72(service, post, grade, level, ok):
    authority = getattr(service, level)
    if ok:
        p = f.person("Lý Thành Công", authority, grade, post=post)
        assert p.post == post
        row = LeadershipPost.objects.get(person=p)
        assert row.post == post and row.valid_to is None
    else:
        with pytest.raises(DomainError) as exc:
            f.person("Lý Thành Công", authority, grade, post=post)
        assert exc.value.code == PeopleError.GRADE_TOO_LOW
        assert "Điều 72" in exc.value.citation
        assert not Person.objects.filter(full_name="Lý Thành Công").exists()


def test_post_must_exist_at_the_authority_level(service):
    with pytest.raises(DomainError) as exc:
        f.person("Lý Thành Công", service.p01, "officer_senior", post="district_head")
    assert exc.value.code == PeopleError.POST_LEVEL


def test_grade_change_closes_the_previous_grade_the_day_before(people, users):
    p = people.d001
    services.person_change_grade(
        actor=users.alice, person=p, grade="officer_intermediate", on=date(2021, 3, 1)
    )
    rows = list(GradeAssignment.objects.filter(person=p).order_by("valid_from"))
    assert [(r.grade, r.valid_from, r.valid_to) for r in rows] == [
        ("officer_junior", date(2015, 9, 1), date(2021, 2, 28)),
        ("officer_intermediate", date(2021, 3, 1), None),
    ]
    p.refresh_from_db()
    assert p.grade == "officer_intermediate"
    assert p.history.latest("history_date").history_user == users.alice


def test_grade_change_before_current_start_is_refused(people):
    with pytest.raises(DomainError) as exc:
        services.person_change_grade(
            actor=None, person=people.d001, grade="officer_senior", on=date(2015, 9, 1)
        )
    assert exc.value.code == PeopleError.DATE_BEFORE_CURRENT


def test_demoting_a_district_head_below_art_72_is_refused(service):
    head = f.person("Lý Thành Công", service.d001, "officer_junior", post="district_head")
    with pytest.raises(DomainError):
        services.person_change_grade(
            actor=None, person=head, grade="secretary", on=date(2020, 1, 1)
        )
    head.refresh_from_db()
    assert head.grade == "officer_junior"


def test_posting_moves_the_person_and_ends_their_post(service):
    head = f.person("Lý Thành Công", service.d001, "officer_junior", post="district_head")
    services.person_record_posting(
        actor=None, person=head, authority=service.d002, on=date(2022, 1, 1)
    )
    head.refresh_from_db()
    assert head.authority == service.d002 and head.post == ""
    postings = list(Posting.objects.filter(person=head).order_by("valid_from"))
    assert postings[0].valid_to == date(2021, 12, 31) and postings[1].valid_to is None
    assert LeadershipPost.objects.get(person=head).valid_to == date(2021, 12, 31)


def test_appointment_records_the_appointer(people):
    services.person_appoint(
        actor=None,
        person=people.d001,
        post="district_head",
        on=date(2020, 5, 1),
        appointed_by="director_general",
    )
    row = LeadershipPost.objects.get(person=people.d001)
    assert row.appointed_by == "director_general" and row.authority == people.d001.authority


def test_history_records_create_and_change_with_before_and_after(people, users):
    services.person_update(actor=users.alice, person=people.p01, full_name="Nguyễn Văn Ân")
    rows = list(people.p01.history.order_by("history_date"))
    assert [r.history_type for r in rows] == ["+", "~"]
    assert (rows[0].full_name, rows[1].full_name) == ("Nguyễn Văn An", "Nguyễn Văn Ân")
    assert rows[1].history_user == users.alice


def test_ending_a_post_nobody_holds_is_refused(people):
    with pytest.raises(DomainError) as exc:
        services.person_end_post(actor=None, person=people.d001, on=date(2022, 1, 1))
    assert exc.value.code == PeopleError.NO_POST


def test_posting_to_an_abolished_authority_is_refused_and_nothing_moves(people, service):
    from thads.organization.services import authority_update

    authority_update(actor=None, authority=service.d002, valid_to=date(2020, 12, 31))
    with pytest.raises(ValidationError) as exc:
        services.person_record_posting(
            actor=None, person=people.d001, authority=service.d002, on=date(2021, 1, 1)
        )
    assert [e.code for e in exc.value.error_dict["authority"]] == [PeopleError.AUTHORITY_NOT_VALID]
    people.d001.refresh_from_db()
    assert people.d001.authority == service.d001
    assert Posting.objects.filter(person=people.d001).count() == 1


@pytest.mark.parametrize(
    ("fields", "reason", "field", "code"),
    [
        ([], "Kiểm tra hồ sơ cán bộ", "fields", PeopleError.NO_FIELDS),
        (["salary"], "Kiểm tra hồ sơ cán bộ", "fields", PeopleError.UNKNOWN_FIELD),
        (["phone"], "xem", "reason", PeopleError.REASON_REQUIRED),
    ],
    ids=["no field", "unknown field", "no reason"],
)
def test_a_refused_reveal_names_its_field_and_code_and_logs_nothing(
    people, users, fields, reason, field, code
):
    from thads.people.models import RevealLog

    with pytest.raises(ValidationError) as exc:
        services.person_reveal(actor=users.alice, person=people.p01, fields=fields, reason=reason)
    assert code in [e.code for e in exc.value.error_dict[field]]
    assert not RevealLog.objects.exists()
