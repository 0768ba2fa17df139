"""Examination pages: rounds, candidacies in the user's scope, each step for the role that
takes it, forms shown again with the refusal and its clause; the consolidated report (62.1)
as a page and an Excel workbook."""

from __future__ import annotations

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from thads.core.access import require
from thads.core.errors import DomainError
from thads.core.pagination import paginate
from thads.core.web import form_errors_from
from thads.exams import forms, services
from thads.exams.models import CandidacyStatus, RoundStatus
from thads.exams.selectors import (
    access_candidacy,
    access_round,
    candidacies_visible_to,
    rounds_visible_to,
)
from thads.people.models import PROTECTED_FIELDS
from thads.people.selectors import people_visible_to


class _Shown(Exception):
    """The refusal is on the bound form, which the page shows again."""


def _on_form(form, call):
    """Run the service with the form's data; a refusal goes onto the form."""
    if not form.is_valid():
        raise _Shown
    try:
        return call(form.cleaned_data)
    except (DomainError, ValidationError) as exc:
        form_errors_from(form, exc)
        raise _Shown from None


def _refusal(exc: Exception) -> str:
    if isinstance(exc, DomainError):
        return f"{exc.message} ({exc.citation})" if exc.citation else exc.message
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    return _("You may not do this.")


def _can_open(user) -> bool:
    profile = getattr(user, "profile", None)
    return (
        user.has_perm("exams.add_examround")
        and profile is not None
        and profile.authority.level in ("central", "military_central")
    )


@login_required
def round_list(request):
    require(request.user, "exams.view_examround")
    qs = rounds_visible_to(request.user)
    form = forms.RoundFilterForm(request.GET or None)
    if form.is_valid():
        data = form.cleaned_data
        if data["year"]:
            qs = qs.filter(year=data["year"])
        if data["grade"]:
            qs = qs.filter(grade=data["grade"])
        if data["status"]:
            qs = qs.filter(status=data["status"])
        if data["military"]:
            qs = qs.filter(military=data["military"] == "military")
    page = paginate(qs, request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "exams/round_list.html",
        {
            "form": form,
            "page": page,
            "rounds": page.object_list,
            "query": query.urlencode(),
            "can_open": _can_open(request.user),
        },
    )


@login_required
def round_new(request):
    require(request.user, "exams.add_examround")
    today = timezone.localdate()
    form = forms.RoundForm(request.POST or None, initial={"year": today.year})
    if request.method == "POST" and form.is_valid():
        try:
            exam_round = services.round_open(actor=request.user, on=today, **form.cleaned_data)
        except (DomainError, ValidationError) as exc:
            form_errors_from(form, exc)
        else:
            messages.success(request, _("Examination round opened."))
            return redirect("exams-round", pk=exam_round.pk)
    return render(
        request, "exams/round_form.html", {"form": form}, status=400 if form.errors else 200
    )


def _own_people(user):
    profile = getattr(user, "profile", None)
    if profile is None:
        return people_visible_to(user).none()
    return (
        people_visible_to(user)
        .filter(authority=profile.authority)
        .defer(*PROTECTED_FIELDS)
        .order_by("search_name")
    )


def _round_context(request, exam_round, **bound) -> dict:
    user = request.user
    profile = getattr(user, "profile", None)
    level = profile.authority.level if profile else None
    qs = candidacies_visible_to(user).filter(round=exam_round)
    status = request.GET.get("status", "")
    listed = qs.filter(status=status) if status in CandidacyStatus.values else qs
    page = paginate(listed, request.GET.get("page"))
    examiner = services.is_examiner(user, exam_round) and user.has_perm("exams.change_examround")
    is_open = exam_round.status == RoundStatus.OPEN
    can_submit = (
        is_open
        and user.has_perm("exams.add_candidacy")
        and level in services.OFFICE_LEVELS | services.PROVINCE_LEVELS
    )
    context = {
        "round": exam_round,
        "page": page,
        "candidacies": page.object_list,
        "statuses": CandidacyStatus.choices,
        "status": status,
        "query": f"status={status}",
        "qualified": qs.filter(
            status__in=[
                CandidacyStatus.QUALIFIED,
                CandidacyStatus.PASSED,
                CandidacyStatus.FAILED,
                CandidacyStatus.DESIGNATED,
            ]
        ),
        "not_qualified": qs.filter(status=CandidacyStatus.NOT_QUALIFIED),
        "members": exam_round.board_members.all(),
        "examiner": examiner,
        "can_submit": can_submit,
        "can_compile": is_open
        and user.has_perm("exams.change_candidacy")
        and level in services.PROVINCE_LEVELS,
        "board_open": exam_round.status in (RoundStatus.OPEN, RoundStatus.PUBLISHED),
        "errors": bound.pop("errors", []),
    }
    if can_submit:
        context["submit_form"] = bound.get("submit_form") or forms.CandidateForm(
            people=_own_people(user)
        )
    if examiner:
        context["board_form"] = bound.get("board_form") or forms.BoardForm(
            initial={
                "decision_ref": exam_round.board_decision_ref,
                "decided_on": exam_round.board_decided_on,
                "proposal_ref": exam_round.board_proposal_ref,
            }
        )
        context["member_form"] = bound.get("member_form") or forms.MemberForm()
    context.update(bound)  # a form that was refused is shown again, with the refusal
    return context


@login_required
def round_detail(request, pk):
    exam_round = access_round(request.user, pk)
    return render(request, "exams/round_detail.html", _round_context(request, exam_round))


@login_required
@require_POST
def round_action(request, pk, action):
    exam_round = access_round(request.user, pk)
    today = timezone.localdate()
    user = request.user
    bound: dict = {}
    try:
        if action == "submit":
            form = bound["submit_form"] = forms.CandidateForm(
                request.POST, people=_own_people(user)
            )
            _on_form(
                form,
                lambda data: services.candidate_submit(
                    actor=user,
                    exam_round=exam_round,
                    person=data["person"],
                    facts=form.facts(),
                    on=today,
                ),
            )
            message = _("Candidate submitted.")
        elif action == "compile":
            count = services.province_list_compile(actor=user, exam_round=exam_round, on=today)
            message = _("%(count)s candidate(s) put on the province's list.") % {"count": count}
        elif action == "publish":
            rows = services.qualified_list_publish(actor=user, exam_round=exam_round, on=today)
            qualified = sum(1 for c in rows if c.status == CandidacyStatus.QUALIFIED)
            message = _("List published: %(ok)s qualified of %(all)s checked.") % {
                "ok": qualified,
                "all": len(rows),
            }
        elif action == "board":
            form = bound["board_form"] = forms.BoardForm(request.POST)
            _on_form(
                form,
                lambda data: services.board_establish(
                    actor=user, exam_round=exam_round, on=today, **data
                ),
            )
            message = _("Board of examiners recorded.")
        elif action == "member":
            form = bound["member_form"] = forms.MemberForm(request.POST)
            _on_form(
                form,
                lambda data: services.board_member_add(actor=user, exam_round=exam_round, **data),
            )
            message = _("Member added to the board.")
        elif action == "consolidate":
            services.results_report(actor=user, exam_round=exam_round, on=today)
            message = _("Results consolidated and reported to the Minister.")
        else:
            raise Http404
    except (_Shown, DomainError, ValidationError, PermissionDenied) as exc:
        if not isinstance(exc, _Shown):
            bound["errors"] = [_refusal(exc)]
        exam_round.refresh_from_db()
        return render(
            request,
            "exams/round_detail.html",
            _round_context(request, exam_round, **bound),
            status=400,
        )
    messages.success(request, message)
    return redirect("exams-round", pk=exam_round.pk)


def _candidacy_context(request, candidacy, **bound) -> dict:
    user = request.user
    exam_round = candidacy.round
    is_open = exam_round.status == RoundStatus.OPEN
    examiner = services.is_examiner(user, exam_round) and user.has_perm("exams.change_examround")
    profile = getattr(user, "profile", None)
    signer = services.designation_signer(exam_round)
    context = {
        "candidacy": candidacy,
        "round": exam_round,
        "documents": candidacy.documents.select_related("added_by"),
        "reasons": candidacy.eligibility.get("reasons", []),
        "citations": candidacy.eligibility.get("citations", []),
        "language": "vi" if request.LANGUAGE_CODE == "vi" else "en",
        "errors": bound.pop("errors", []),
        "signer": signer,
    }
    if (
        is_open
        and user.has_perm("exams.change_candidacy")
        and services.is_province_of(user, candidacy)
        and candidacy.status != CandidacyStatus.SUBMITTED
    ):
        context["preselect_form"] = bound.get("preselect_form") or forms.PreselectForm(
            initial={
                "selected": {True: "yes", False: "no"}.get(candidacy.preselected),
                "note": candidacy.preselection_note,
            }
        )
    if is_open and user.has_perm("exams.change_candidacy"):
        context["document_form"] = bound.get("document_form") or forms.DocumentForm()
    if examiner and exam_round.status == RoundStatus.PUBLISHED and candidacy.qualified:
        context["result_form"] = bound.get("result_form") or forms.ResultForm(
            initial={
                "score": candidacy.score,
                "passed": {
                    CandidacyStatus.PASSED: "yes",
                    CandidacyStatus.FAILED: "no",
                }.get(candidacy.status),
            }
        )
    if (
        exam_round.status == RoundStatus.REPORTED
        and candidacy.status == CandidacyStatus.PASSED
        and profile is not None
        and profile.signs_for
    ):
        context["designate_form"] = bound.get("designate_form") or forms.DesignateForm()
    context.update(bound)  # a form that was refused is shown again, with the refusal
    return context


@login_required
def candidacy_detail(request, pk):
    candidacy = access_candidacy(request.user, pk)
    return render(request, "exams/candidacy_detail.html", _candidacy_context(request, candidacy))


@login_required
@require_POST
def candidacy_action(request, pk, action):
    candidacy = access_candidacy(request.user, pk)
    today = timezone.localdate()
    user = request.user
    bound: dict = {}
    names = {
        "preselect": ("preselect_form", forms.PreselectForm),
        "document": ("document_form", forms.DocumentForm),
        "result": ("result_form", forms.ResultForm),
        "designate": ("designate_form", forms.DesignateForm),
    }
    if action not in names:
        raise Http404
    key, form_class = names[action]
    form = bound[key] = form_class(request.POST)

    def run(data):
        if action == "preselect":
            services.candidate_preselect(
                actor=user,
                candidacy=candidacy,
                selected=data["selected"] == "yes",
                note=data["note"],
                on=today,
            )
            return _("Pre-selection recorded.")
        if action == "document":
            services.dossier_document_add(actor=user, candidacy=candidacy, on=today, **data)
            return _("Document added to the dossier.")
        if action == "result":
            services.result_record(
                actor=user,
                candidacy=candidacy,
                score=data["score"],
                passed=data["passed"] == "yes",
                on=today,
            )
            return _("Result recorded.")
        decision = services.candidate_designate(
            actor=user, candidacy=candidacy, on=today, signer_name=data["signer_name"]
        )
        return _("Designation decision %(number)s recorded.") % {"number": decision.number}

    try:
        message = _on_form(form, run)
    except (_Shown, PermissionDenied) as exc:
        if isinstance(exc, PermissionDenied):
            bound["errors"] = [_refusal(exc)]
        candidacy = access_candidacy(user, pk)
        return render(
            request,
            "exams/candidacy_detail.html",
            _candidacy_context(request, candidacy, **bound),
            status=400,
        )
    messages.success(request, message)
    return redirect("exams-candidacy", pk=candidacy.pk)


@login_required
def round_report(request, pk):
    exam_round = access_round(request.user, pk)
    report = services.round_report(candidacies_visible_to(request.user).filter(round=exam_round))
    return render(
        request,
        "exams/report.html",
        {"round": exam_round, "report": report, "columns": services.REPORT_COLUMNS},
    )


@login_required
def round_report_xlsx(request, pk):
    import xlsxwriter

    exam_round = access_round(request.user, pk)
    report = services.round_report(candidacies_visible_to(request.user).filter(round=exam_round))
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    bold = book.add_format({"bold": True})
    sheet = book.add_worksheet("Tong hop")
    sheet.write(
        0,
        0,
        _("Consolidated report of the examination: %(round)s") % {"round": exam_round},
        bold,
    )
    labels = [str(label) for _k, label in services.REPORT_COLUMNS]
    sheet.write_row(2, 0, [_("Provincial department"), *labels], bold)
    row = 3
    for line in report["rows"]:
        sheet.write(row, 0, line["province"].name)
        sheet.write_row(row, 1, line["counts"])
        row += 1
    sheet.write(row, 0, _("Total"), bold)
    sheet.write_row(row, 1, report["totals"]["counts"], bold)
    sheet.set_column(0, 0, 45)
    passed = book.add_worksheet("Trung tuyen")
    passed.write_row(
        0,
        0,
        [_("Full name"), _("Authority"), _("Provincial department"), _("Score"), _("Decision")],
        bold,
    )
    for i, c in enumerate(report["passed"], start=1):
        passed.write_row(
            i,
            0,
            [
                c.person.full_name,
                c.authority.name,
                c.province.name,
                float(c.score or 0),
                c.decision.number if c.decision else "",
            ],
        )
    passed.set_column(0, 2, 40)
    book.close()
    response = HttpResponse(
        out.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="thads-exam-{exam_round.year}-{exam_round.pk}.xlsx"'
    )
    return response
