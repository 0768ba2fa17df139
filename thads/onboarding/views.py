"""The import pages: upload and check (a dry run with its report), apply, the report and the
template as Excel. A provincial personnel officer imports staff lists into their own scope; a
central administrator imports staff lists anywhere and the regional offices.

One view per action; the two kinds of import share the helpers below.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe

from thads.core.access import require
from thads.onboarding import authorities, people
from thads.onboarding.errors import OnboardingError
from thads.onboarding.forms import OfficesUploadForm, SealedForm, UploadForm
from thads.onboarding.report import Action, ImportReport
from thads.onboarding.selectors import import_scope, imports_of
from thads.onboarding.tables import Table, TableError, read_table
from thads.onboarding.uploads import seal, unseal

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Kind:
    name: str
    perm: str
    title: object
    form: type[UploadForm]
    run: Callable[..., ImportReport]
    template_workbook: Callable[[], bytes]
    template_name: str


def _run_people(request, table: Table, *, apply: bool, replace_demo: bool, **file) -> ImportReport:
    return people.people_import(
        actor=request.user, scope_user=request.user, table=table, apply=apply, **file
    )


def _run_offices(request, table: Table, *, apply: bool, replace_demo: bool, **file) -> ImportReport:
    return authorities.regional_offices_import(
        actor=request.user, table=table, apply=apply, replace_demo=replace_demo, **file
    )


PEOPLE = Kind(
    name="people",
    perm="onboarding.import_people",
    title=gettext_lazy("Import a staff list"),
    form=UploadForm,
    run=_run_people,
    template_workbook=people.template_workbook,
    template_name="mau-danh-sach-can-bo.xlsx",
)
OFFICES = Kind(
    name="authorities",
    perm="onboarding.import_authorities",
    title=gettext_lazy("Import the regional offices"),
    form=OfficesUploadForm,
    run=_run_offices,
    template_workbook=authorities.template_workbook,
    template_name="mau-danh-sach-phong-khu-vuc.xlsx",
)


def _page(request, kind: Kind, *, form=None, report=None, sealed=None, refusal="", status=200):
    return render(
        request,
        "onboarding/upload.html",
        {
            "kind": kind.name,
            "title": kind.title,
            "form": form or kind.form(),
            "report": report,
            "counts": report.counts if report else None,
            "shown_rows": [r for r in report.rows if r.errors or r.warnings] if report else [],
            "sealed": sealed,
            "refusal": refusal,
            "scope": import_scope(request.user),
            "runs": imports_of(request.user, kind.name),
        },
        status=status,
    )


def _run(request, kind: Kind, name: str, data: bytes, *, apply: bool, replace_demo: bool):
    table = read_table(data, name)
    return kind.run(
        request,
        table,
        apply=apply,
        replace_demo=replace_demo,
        file_name=name,
        file_sha256=hashlib.sha256(data).hexdigest(),
    )


def _check(request, kind: Kind):
    require(request.user, kind.perm)
    if request.method != "POST":
        return _page(request, kind)
    form = kind.form(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, kind, form=form, status=400)
    upload = form.cleaned_data["file"]
    data = upload.read()
    replace_demo = bool(form.cleaned_data.get("replace_demo"))
    try:
        report = _run(request, kind, upload.name, data, apply=False, replace_demo=replace_demo)
    except TableError as exc:
        form.add_error("file", exc.message)
        return _page(request, kind, form=form, status=400)
    sealed = SealedForm(
        initial={
            "token": seal(user_id=request.user.pk, kind=kind.name, name=upload.name, data=data),
            "replace_demo": replace_demo,
        }
    )
    return _page(
        request, kind, form=form, report=report, sealed=sealed, status=200 if report.ok else 400
    )


def _sealed(request, kind: Kind) -> tuple[str, bytes, bool]:
    form = SealedForm(request.POST)
    if not form.is_valid():
        raise TableError(OnboardingError.EXPIRED_UPLOAD, _("Upload the file again."))
    name, data = unseal(form.cleaned_data["token"], user_id=request.user.pk, kind=kind.name)
    return name, data, bool(form.cleaned_data["replace_demo"])


def _apply(request, kind: Kind):
    require(request.user, kind.perm)
    try:
        name, data, replace_demo = _sealed(request, kind)
        report = _run(request, kind, name, data, apply=True, replace_demo=replace_demo)
    except TableError as exc:
        return _page(request, kind, refusal=exc.message, status=400)
    if not report.applied:
        return _page(request, kind, report=report, status=400)
    counts = report.counts
    messages.success(
        request,
        _(
            "Imported %(rows)d rows: %(created)d created, %(updated)d updated, "
            "%(unchanged)d unchanged."
        )
        % {
            "rows": counts["rows"],
            "created": counts[Action.CREATED],
            "updated": counts[Action.UPDATED],
            "unchanged": counts[Action.UNCHANGED],
        },
    )
    return redirect(f"onboarding-{kind.name}")


def _report(request, kind: Kind):
    require(request.user, kind.perm)
    try:
        name, data, replace_demo = _sealed(request, kind)
        report = _run(request, kind, name, data, apply=False, replace_demo=replace_demo)
    except TableError as exc:
        return _page(request, kind, refusal=exc.message, status=400)
    response = HttpResponse(report.workbook(), content_type=XLSX)
    stem = name.rsplit(".", 1)[0]
    response["Content-Disposition"] = f'attachment; filename="{_ascii(stem)}-kiem-tra.xlsx"'
    return response


def _ascii(text: str) -> str:
    from thads.core.text import fold

    return "".join(c if c.isalnum() or c in "-_" else "-" for c in fold(text)) or "file"


def _template(request, kind: Kind):
    require(request.user, kind.perm)
    response = HttpResponse(kind.template_workbook(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{kind.template_name}"'
    return response


@login_required
@require_safe
def onboarding_index(request):
    if not (request.user.has_perm(PEOPLE.perm) or request.user.has_perm(OFFICES.perm)):
        raise PermissionDenied
    return render(request, "onboarding/index.html", {"scope": import_scope(request.user)})


@login_required
def people_check(request):
    return _check(request, PEOPLE)


@login_required
@require_POST
def people_apply(request):
    return _apply(request, PEOPLE)


@login_required
@require_POST
def people_report(request):
    return _report(request, PEOPLE)


@login_required
@require_safe
def people_template(request):
    return _template(request, PEOPLE)


@login_required
def offices_check(request):
    return _check(request, OFFICES)


@login_required
@require_POST
def offices_apply(request):
    return _apply(request, OFFICES)


@login_required
@require_POST
def offices_report(request):
    return _report(request, OFFICES)


@login_required
@require_safe
def offices_template(request):
    return _template(request, OFFICES)
