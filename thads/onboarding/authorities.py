"""`regional_offices_import`: the official list of the regional offices (Phòng Thi hành án dân
sự khu vực) and the communes each covers, checked against the 2025 reference data.

One row per (office, commune): `Mã tỉnh | Số khu vực | Tên phòng | Mã xã | Tên xã | Trụ sở (x)`.
An office is keyed `R{province}-{NN}`; it sits under the provincial agency (THADS tỉnh) of its
province valid on 01/07/2025, from that day. What each office gets from the reference data:

- its communes (`AuthorityCommune`, from 01/07/2025), with their reference names;
- its predecessors: each former district goes to the office that covers most of its wards'
  successor communes (a warning when its wards are shared between offices);
- where it sits in the 63-province list (`legacy_province_code`, Art. 83.1.c): the former
  province most of its communes' wards come from, or, when those former provinces disagree on
  the cold region, the one of its seat commune (a warning);
- the facts of its seat from the former districts it replaces, as the two-level structure does.

A dry run checks and rolls back; `apply` writes all or nothing; a second run of the same file
changes nothing. Offices built by the demo are replaced only when asked (`replace_demo`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from thads.core.history import save_with_history
from thads.core.text import fold
from thads.onboarding.errors import OnboardingError as E
from thads.onboarding.models import ImportKind, ImportRun
from thads.onboarding.report import Action, ImportReport, Problem, RowResult, log_report
from thads.onboarding.tables import Column, Table, TableError, cell_code, cell_text
from thads.organization.geography import (
    Commune,
    communes_2025,
    former_commune_successor,
    former_ward_district,
    is_cold_region,
    legacy_units,
    provinces_2025,
)
from thads.organization.models import Authority, AuthorityCommune, Level
from thads.organization.services import (
    TWO_LEVEL_FROM,
    RegionalOfficeSpec,
    authority_create,
    authority_update,
    regional_code,
)

COLUMNS = (
    Column(
        "province",
        "Mã tỉnh",
        text=True,
        width=10,
        note="Mã tỉnh, thành phố (danh mục 2025, 2 chữ số).",
    ),
    Column("number", "Số khu vực", width=10, note="Số thứ tự của phòng trong tỉnh: 1, 2, 3…"),
    Column(
        "name", "Tên phòng", width=50, note="Ví dụ: Phòng Thi hành án dân sự khu vực 1 – Hà Nội."
    ),
    Column(
        "commune",
        "Mã xã",
        text=True,
        width=10,
        note="Mã xã, phường, đặc khu (danh mục 2025, 5 chữ số).",
    ),
    Column("commune_name", "Tên xã", width=30, note="Tên xã, phường, đặc khu như trong danh mục."),
    Column(
        "seat",
        "Trụ sở (x)",
        required=False,
        width=10,
        note="Ghi x ở dòng của xã nơi phòng đặt trụ sở (một dòng cho mỗi phòng).",
    ),
)
HEADER = {c.key: c.header for c in COLUMNS}
IMPORT_NOTE = "Nhập từ danh sách chính thức các Phòng Thi hành án dân sự khu vực"
LISTED = 20  # communes named in a "covered by no office" problem before "… and N more"


@dataclass
class OfficeRow:
    row: RowResult
    province: str
    number: int
    name: str
    commune: Commune
    seat: bool


@dataclass
class Office:
    province: str
    number: int
    name: str
    rows: list[OfficeRow] = field(default_factory=list)

    @property
    def code(self) -> str:
        return regional_code(self.province, self.number)

    @property
    def seat(self) -> str:
        seats = [r.commune.code for r in self.rows if r.seat]
        return seats[0] if len(seats) == 1 else ""


def template_workbook() -> bytes:
    from thads.onboarding.tables import template_workbook as workbook

    return workbook(COLUMNS, {}, title="Danh sách phòng khu vực")


def _name_key(name: str) -> str:
    """A commune's name without accents, case or its kind ("Phường Ba Đình" is "ba dinh")."""
    folded = fold(name)
    for kind in ("phuong ", "xa ", "dac khu ", "thi tran "):
        if folded.startswith(kind):
            return folded.removeprefix(kind)
    return folded


def _read(report: ImportReport, index: dict[str, int]) -> tuple[list[OfficeRow], set[str]]:
    """The rows without an error of their own, and every commune code the file names."""
    provinces = {p.code for p in provinces_2025()}
    communes = {c.code: c for c in communes_2025()}
    rows, named = [], set()
    for row in report.rows:

        def cell(key: str, row: RowResult = row):
            i = index.get(key)
            return row.cells[i] if i is not None else None

        def required(key: str, value: str, row: RowResult = row) -> str:
            if not value:
                row.error(E.MISSING_VALUE, _("This value is required."), HEADER[key])
            return value

        province = required("province", cell_code(cell("province"), 2))
        number_text = required("number", cell_text(cell("number")))
        name = " ".join(required("name", cell_text(cell("name"))).split())
        code = required("commune", cell_code(cell("commune"), 5))
        named.add(code)
        commune_name = required("commune_name", cell_text(cell("commune_name")))
        seat = bool(cell_text(cell("seat")))
        number = int(number_text) if number_text.isdigit() else 0
        if number_text and not 1 <= number <= 99:
            row.error(E.BAD_OFFICE_NUMBER, _("A number from 1 to 99."), HEADER["number"])
        if province and province not in provinces:
            row.error(
                E.UNKNOWN_PROVINCE,
                _("Not a province code of the list in force from 01/07/2025."),
                HEADER["province"],
            )
        commune = communes.get(code)
        if code and commune is None:
            row.error(
                E.UNKNOWN_COMMUNE,
                _("Not a commune code of the list in force from 01/07/2025."),
                HEADER["commune"],
            )
        elif commune is not None and province in provinces and commune.province_code != province:
            row.error(
                E.COMMUNE_NOT_IN_PROVINCE,
                _("This commune is in province %(code)s.") % {"code": commune.province_code},
                HEADER["commune"],
            )
        if (
            commune is not None
            and commune_name
            and _name_key(commune_name) != _name_key(commune.name)
        ):
            row.error(
                E.NAME_MISMATCH,
                _("The list names commune %(code)s “%(name)s”.")
                % {"code": commune.code, "name": commune.name},
                HEADER["commune_name"],
            )
        if province in provinces and 1 <= number <= 99:
            row.key = regional_code(province, number)
        if not row.errors and commune is not None:
            rows.append(OfficeRow(row, province, number, name, commune, seat))
    return rows, named


def _check_file(report: ImportReport, rows: list[OfficeRow], named: set[str]) -> dict[str, Office]:
    """Duplicates, a commune in two offices, an office with two names or two seats, and every
    commune of each province of the file covered by some office."""
    by_commune: dict[str, list[OfficeRow]] = defaultdict(list)
    for r in rows:
        by_commune[r.commune.code].append(r)
    for code, group in by_commune.items():
        keys = {r.row.key for r in group}
        for r in group:
            same = [o.row.line for o in group if o is not r and o.row.key == r.row.key]
            other = [o.row.line for o in group if o.row.key != r.row.key]
            if same:
                r.row.error(
                    E.DUPLICATE_ROW,
                    _("The same office and commune are also on line(s) %(lines)s.")
                    % {"lines": ", ".join(map(str, same))},
                )
            if len(keys) > 1 and other:
                r.row.error(
                    E.COMMUNE_IN_TWO_OFFICES,
                    _("Commune %(code)s is also given to another office on line(s) %(lines)s.")
                    % {"code": code, "lines": ", ".join(map(str, other))},
                    HEADER["commune"],
                )
    offices: dict[str, Office] = {}
    for r in rows:
        office = offices.setdefault(r.row.key, Office(r.province, r.number, r.name))
        if fold(r.name) != fold(office.name):
            r.row.error(
                E.OFFICE_NAME_CONFLICT,
                _("Office %(code)s has another name on line %(line)d.")
                % {"code": office.code, "line": office.rows[0].row.line if office.rows else 0},
                HEADER["name"],
            )
        office.rows.append(r)
    for office in offices.values():
        seats = [r for r in office.rows if r.seat]
        if len(seats) > 1:
            for r in seats:
                r.row.error(
                    E.TWO_SEATS, _("An office has one seat: one row marked x."), HEADER["seat"]
                )
        elif not seats:
            report.warnings.append(
                Problem(
                    E.NO_SEAT,
                    _("Office %(code)s has no row marked as its seat.") % {"code": office.code},
                )
            )
    # A commune named on a row with an error is not "covered by no office": its row says where
    # it goes, and the row's own error is the one to fix.
    in_file = {r.province for r in rows}
    missing = [c for c in communes_2025() if c.province_code in in_file and c.code not in named]
    if missing:
        listed = ", ".join(f"{c.code} {c.name}" for c in missing[:LISTED])
        more = len(missing) - LISTED
        report.problems.append(
            Problem(
                E.COMMUNE_IN_NONE,
                _("%(n)d communes of the provinces in the file are covered by no office: %(list)s")
                % {"n": len(missing), "list": listed}
                + (_(" and %(more)d more.") % {"more": more} if more > 0 else "."),
            )
        )
    return offices


def _parents(report: ImportReport, offices: dict[str, Office]) -> dict[str, Authority]:
    """The provincial agency of each province valid on 01/07/2025 (its T… code when the former
    department is still open in the registry)."""
    parents: dict[str, Authority] = {}
    provinces = {o.province for o in offices.values()}
    candidates: dict[str, list[Authority]] = defaultdict(list)
    for a in (
        Authority.objects.filter(level=Level.PROVINCIAL, province_code__in=provinces)
        .valid_on(TWO_LEVEL_FROM)
        .order_by("code")
    ):
        candidates[a.province_code].append(a)
    for province in provinces:
        found = candidates.get(province, [])
        preferred = [a for a in found if a.code == f"T{province}"] or found
        if len(preferred) == 1:
            parents[province] = preferred[0]
            continue
        for office in offices.values():
            if office.province == province:
                for r in office.rows:
                    r.row.error(
                        E.NO_PROVINCIAL_AUTHORITY,
                        _("No provincial agency of province %(code)s exists on 01/07/2025.")
                        % {"code": province},
                        HEADER["province"],
                    )
    return parents


def _specs(report: ImportReport, offices: dict[str, Office]) -> list[RegionalOfficeSpec]:
    """Each office with its communes (reference names), its predecessors and where it sits."""
    successor = former_commune_successor()
    ward_district = former_ward_district()
    _provinces, districts = legacy_units()
    district_province = {d.code: d.province_code for d in districts}
    office_of = {r.commune.code: key for key, o in offices.items() for r in o.rows}

    # Votes of the former wards: for each former district, the offices its wards went to; for
    # each office, the former provinces its communes' wards come from.
    district_votes: dict[str, Counter[str]] = defaultdict(Counter)
    province_votes: dict[str, Counter[str]] = defaultdict(Counter)
    commune_votes: dict[str, Counter[str]] = defaultdict(Counter)
    for ward, (_province, commune) in successor.items():
        key = office_of.get(commune)
        if key is None:
            continue
        district = ward_district[ward]
        district_votes[district][key] += 1
        province_votes[key][district_province[district]] += 1
        commune_votes[commune][district_province[district]] += 1
    predecessors: dict[str, list[str]] = defaultdict(list)
    for district, votes in sorted(district_votes.items()):
        top = max(votes.values())
        winner = min(k for k, n in votes.items() if n == top)
        predecessors[winner].append(district)
        if len(votes) > 1:
            report.warnings.append(
                Problem(
                    E.DISTRICT_SPLIT,
                    _(
                        "The wards of former district %(d)s are covered by %(offices)s; it is "
                        "recorded as a predecessor of %(office)s."
                    )
                    % {"d": district, "offices": ", ".join(sorted(votes)), "office": winner},
                )
            )
    specs = []
    for key, office in sorted(offices.items()):
        votes = province_votes[key]
        legacy = min(votes, key=lambda p: (-votes[p], p)) if votes else office.province
        if len({is_cold_region(p) for p in votes}) > 1:
            seat_votes = commune_votes.get(office.seat) if office.seat else None
            if seat_votes:
                legacy = min(seat_votes, key=lambda p: (-seat_votes[p], p))
            report.warnings.append(
                Problem(
                    E.COLD_REGION_DISAGREES,
                    _(
                        "Office %(code)s covers communes of former provinces inside and outside "
                        "the region of Art. 83.1.c; it is placed in former province %(p)s (its seat)."
                    )
                    % {"code": key, "p": legacy},
                )
            )
        specs.append(
            RegionalOfficeSpec(
                province_code=office.province,
                number=office.number,
                name=office.name,
                districts=tuple(predecessors.get(key, ())),
                legacy_province_code=legacy,
                communes=tuple(sorted((r.commune.code, r.commune.name) for r in office.rows)),
                seat_commune=office.seat,
            )
        )
    return specs


# ----------------------------------------------------------------------------- writing


def _seat_facts(spec: RegionalOfficeSpec, former: dict[str, Authority]) -> dict:
    """The facts of the office's seat from the former districts it replaces (as the two-level
    structure gives them to the demo's offices)."""
    replaced = [former[f"D{d}"] for d in spec.districts if f"D{d}" in former]
    first = replaced[0] if replaced else None
    return {
        "provincial_capital_unit": any(a.provincial_capital_unit for a in replaced),
        "region_allowance_coefficient": first.region_allowance_coefficient if first else 0,
        "special_area": first.special_area if first else False,
        "on_appendix_list": first.on_appendix_list if first else False,
        "office_address": first.office_address if first else "",
    }


# The organization app has no service yet for the two writes below; these are their only
# writers, each row saved with its history.


def office_mark_official(*, actor, office: Authority) -> Authority:
    """A demo office taken over by the official list: no longer marked as demo data."""
    office.demo = False
    office.change_note = IMPORT_NOTE
    return save_with_history(office, actor)


def office_communes_assign(
    *, actor, office: Authority, communes: tuple[tuple[str, str], ...], on: date
) -> int:
    """The communes an office covers from `on`: a commune not yet covered gets a row; one
    covered by another office from the same day (a correction of the list) moves, with its
    history; one covered since an earlier day is closed the day before and a new row opens.
    Returns the number of rows written."""
    from datetime import timedelta

    current = {
        c.commune_code: c
        for c in AuthorityCommune.objects.filter(
            commune_code__in=[code for code, _name in communes], valid_to__isnull=True
        )
    }
    new, written = [], 0
    for code, name in communes:
        row = current.get(code)
        if row is not None and row.authority_id == office.pk and row.commune_name == name:
            continue
        if row is not None and row.valid_from >= on:
            row.authority, row.commune_name = office, name
            save_with_history(row, actor)
            written += 1
            continue
        if row is not None:
            row.valid_to = on - timedelta(days=1)
            save_with_history(row, actor)
        new.append(
            AuthorityCommune(
                authority=office,
                commune_code=code,
                commune_name=name,
                province_code=office.province_code,
                valid_from=on,
            )
        )
    if new:
        bulk_create_with_history(
            new, AuthorityCommune, default_user=actor, default_change_reason=IMPORT_NOTE
        )
    return written + len(new)


def _write(
    actor, report: ImportReport, specs: list[RegionalOfficeSpec], parents: dict[str, Authority]
) -> dict[str, str]:
    """Create or correct each office; {office code: action}."""
    codes = [s.code for s in specs]
    existing = {
        a.code: a for a in Authority.objects.filter(code__in=codes).select_related("parent")
    }
    districts = {f"D{d}" for s in specs for d in s.districts}
    former = {a.code: a for a in Authority.objects.filter(level=Level.DISTRICT, code__in=districts)}
    actions = {}
    for spec in specs:
        parent = parents[spec.province_code]
        predecessors = [former[f"D{d}"] for d in spec.districts if f"D{d}" in former]
        fields = {
            "name": spec.name,
            "parent": parent,
            "province_code": parent.province_code,
            "province_name": parent.province_name,
            "legacy_province_code": spec.legacy_province_code,
            "admin_unit_code": spec.seat_commune,
        }
        office = existing.get(spec.code)
        if office is None:
            office = authority_create(
                actor=actor,
                predecessors=predecessors,
                code=spec.code,
                level=Level.REGIONAL,
                valid_from=TWO_LEVEL_FROM,
                change_note=IMPORT_NOTE,
                **fields,
                **_seat_facts(spec, former),
            )
            action = Action.CREATED
        else:
            diff = {k: v for k, v in fields.items() if getattr(office, k) != v}
            if diff:
                office = authority_update(actor=actor, authority=office, **diff)
            if office.demo:
                office_mark_official(actor=actor, office=office)
                diff["demo"] = False
            if set(office.predecessors.all()) != set(predecessors):
                office.predecessors.set(predecessors)
                diff["predecessors"] = True
            action = Action.UPDATED if diff else Action.UNCHANGED
        if office_communes_assign(
            actor=actor, office=office, communes=spec.communes, on=TWO_LEVEL_FROM
        ):
            action = Action.UPDATED if action == Action.UNCHANGED else action
        actions[spec.code] = action
    return actions


def _demo_and_strays(report: ImportReport, offices: dict[str, Office], replace_demo: bool) -> None:
    """Offices already in the registry for the provinces of the file: demo ones are replaced
    only when asked; any not in the file is kept, and said."""
    provinces = {o.province for o in offices.values()}
    present = Authority.objects.filter(
        level=Level.REGIONAL, province_code__in=provinces, valid_to__isnull=True
    ).order_by("code")
    demo = [a for a in present if a.demo]
    if demo and not replace_demo:
        report.problems.append(
            Problem(
                E.DEMO_OFFICES,
                _(
                    "%(n)d demo regional offices exist in the provinces of the file; replace them "
                    "with --replace-demo (or the box on the page)."
                )
                % {"n": len(demo)},
            )
        )
    for a in present:
        if a.code not in offices:
            report.warnings.append(
                Problem(
                    E.OFFICE_NOT_IN_FILE,
                    _(
                        "Office %(code)s is not in the file; it is kept, without the communes the "
                        "file gives to other offices."
                    )
                    % {"code": a.code},
                )
            )


@transaction.atomic
def _apply(
    actor,
    report: ImportReport,
    offices: dict[str, Office],
    parents: dict[str, Authority],
    apply: bool,
    file_name: str,
    file_sha256: str,
) -> None:
    """Write the offices (a dry run rolls back), the rows told what was done with them."""
    specs = _specs(report, offices)
    actions = _write(actor, report, specs, parents)
    for office in offices.values():
        for r in office.rows:
            r.row.action = actions[office.code]
    report.records.update(actions.values())
    if not apply:
        transaction.set_rollback(True)
        return
    counts = report.counts
    ImportRun.objects.create(
        kind=ImportKind.AUTHORITIES,
        user=actor if getattr(actor, "pk", None) else None,
        file_name=file_name[:255],
        file_sha256=file_sha256,
        rows=counts["rows"],
        created=counts[Action.CREATED],
        updated=counts[Action.UPDATED],
        unchanged=counts[Action.UNCHANGED],
    )
    report.applied = True


def regional_offices_import(
    *,
    actor,
    table: Table,
    apply: bool,
    replace_demo: bool = False,
    file_name: str = "",
    file_sha256: str = "",
) -> ImportReport:
    """Check the list of regional offices and, with `apply` and no error, write it in one
    transaction (the caller checks the central administrator's permission)."""
    try:
        index = table.index(COLUMNS)
    except TableError as exc:
        report = ImportReport(kind=ImportKind.AUTHORITIES, headers=list(table.headers))
        report.problems.append(Problem(str(exc.code), exc.message))
        log_report(report, actor)
        return report
    report = ImportReport.for_table(ImportKind.AUTHORITIES, table)
    rows, named = _read(report, index)
    offices = _check_file(report, rows, named)
    parents = _parents(report, offices)
    _demo_and_strays(report, offices, replace_demo)
    valid = {k: o for k, o in offices.items() if not any(r.row.errors for r in o.rows)}
    if report.ok:
        try:
            _apply(actor, report, valid, parents, apply, file_name, file_sha256)
        except IntegrityError:  # another import of the same offices committed meanwhile
            report.applied = False
            report.records.clear()
            report.problems.append(
                Problem(E.CONFLICT, _("The registry changed meanwhile; run the import again."))
            )
    log_report(report, actor)
    return report
