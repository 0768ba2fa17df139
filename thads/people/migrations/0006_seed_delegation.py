"""The delegation of appointments as it stands when THADS starts, with its sources.

1. From 01/09/2015 to 30/06/2025: the decree's appointers (Art. 72.3 for the provincial and
   district heads and deputies, Art. 52.3 for the other posts), the values of
   `rules/params/leadership.yaml` on 2015-09-01 (tests/people/test_delegation.py checks that
   they agree).
2. From 01/07/2025: the same role ids carried over to the offices of the 2025 reorganisation
   (Decision 1898/QĐ-BTP). The new delegation is not in our sources: the rows say that they are
   carried over pending confirmation, and a central administrator records the confirmed
   delegation as a new dated row (/people/delegations/).

The values are written here, not read from the YAML: a migration must give the same rows
whenever it runs.
"""

from datetime import date, datetime, timezone

from django.db import migrations

DECREE_START = date(2015, 9, 1)
REORGANISED = date(2025, 7, 1)

ART_72_3 = "khoản 3 Điều 72 Nghị định số 62/2015/NĐ-CP"
ART_52_3 = "khoản 3 Điều 52 Nghị định số 62/2015/NĐ-CP"
SOURCE_2025 = "Quyết định 1898/QĐ-BTP (phân cấp tạm giữ như trước, cần xác nhận)"
NOTE_2025 = (
    "Giữ nguyên phân cấp áp dụng đến 30/06/2025 cho chức vụ tương ứng sau tổ chức lại; "
    "chờ xác nhận văn bản phân cấp mới."
)

# post: (appointer, source) from 01/09/2015.
SEED_2015 = {
    "director_general": ("minister_of_justice", ART_52_3),
    "deputy_director_general": ("minister_of_justice", ART_52_3),
    "head_central_unit": ("director_general", ART_52_3),
    "deputy_head_central_unit": ("director_general", ART_52_3),
    "provincial_director": ("minister_of_justice", ART_72_3),
    "deputy_provincial_director": ("director_general", ART_72_3),
    "head_provincial_unit": ("director_general", ART_52_3),
    "deputy_head_provincial_unit": ("director_general", ART_52_3),
    "district_head": ("provincial_director", ART_72_3),
    "deputy_district_head": ("provincial_director", ART_72_3),
}
REASON = "seed"


def seed(apps, schema_editor):
    Delegation = apps.get_model("people", "Delegation")
    History = apps.get_model("people", "HistoricalDelegation")
    now = datetime.now(timezone.utc)
    for post, (appointer, source) in SEED_2015.items():
        rows = [
            Delegation(
                post=post,
                appointer=appointer,
                valid_from=DECREE_START,
                valid_to=date(2025, 6, 30),
                source=source,
            ),
            Delegation(
                post=post,
                appointer=appointer,
                valid_from=REORGANISED,
                source=SOURCE_2025,
                note=NOTE_2025,
            ),
        ]
        for row in rows:
            if Delegation.objects.filter(post=post, valid_from=row.valid_from).exists():
                continue
            row.save()
            History.objects.create(
                id=row.pk,
                post=row.post,
                appointer=row.appointer,
                valid_from=row.valid_from,
                valid_to=row.valid_to,
                source=row.source,
                note=row.note,
                history_date=now,
                history_type="+",
                history_change_reason=REASON,
            )


def unseed(apps, schema_editor):
    apps.get_model("people", "HistoricalDelegation").objects.filter(
        history_change_reason=REASON
    ).delete()
    apps.get_model("people", "Delegation").objects.filter(
        valid_from__in=[DECREE_START, REORGANISED], post__in=list(SEED_2015)
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("people", "0005_posting_decision_ref_delegation")]

    operations = [migrations.RunPython(seed, unseed)]
