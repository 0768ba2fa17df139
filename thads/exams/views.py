"""Examination pages: rounds, candidacies in the user's scope, one view per step for the role
that takes it, forms shown again with the refusal and its clause; the consolidated report
(62.1) as a page and an Excel workbook."""

from __future__ import annotations

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from thads.core.access import require
from thads.core.errors import DomainError
from thads.core.pagination import paginate
from thads.core.web import form_errors_from
from thads.exams import forms, services
from thads.exams.models import CandidacyStatus, RoundStatus
from thads.exams.selectors import (
    REPORT_COLUMNS,
    access_candidacy,
    access_exam_round,
    exam_round_report,
    exam_rounds_filter,
    exam_rounds_visible_to,
    people_submittable_by,
    qualified_candidacies,
    round_candidacies,
)


def _done(form, call):
    """Run the service with the form's data: its result, or None when the form or the service
    refuses (the refusal is then on the form, which the page shows again)."""
    if not form.is_valid():
        return None
    try:
        return call(form.cleaned_data)
    except (DomainError, ValidationError) as exc:
        form_errors_from(form, exc)
        return None


def _refusal(exc: DomainError | ValidationError) -> str:
    if isinstance(exc, DomainError):
        return f"{exc.message} ({exc.citation})" if exc.citation else exc.message
    return " ".join(exc.messages)


def _can_open(user) -> bool:
    profile = getattr(user, "profile", None)
    return (
        user.has_perm("exams.add_examround")
        and profile is not None
        and profile.authority.level in ("central", "military_central")
    )


@login_required
@require_safe
def round_list(request):
    require(request.user, "exams.view_examround")
    qs = exam_rounds_visible_to(request.user)
    form = forms.RoundFilterForm(request.GET or None)
    if form.is_valid():
        qs = exam_rounds_filter(qs, **form.filters())
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
    if request.method == "POST":
        exam_round = _done(
            form,
            lambda data: services.round_open(actor=request.user, on=today, **data),
        )
        if exam_round is not None:
            messages.success(request, _("Examination round opened."))
            return redirect("exams-round", pk=exam_round.pk)
    return render(
        request, "exams/round_form.html", {"form": form}, status=400 if form.errors else 200
    )


# ----------------------------------------------------------------------------- the round


def _round_context(request, exam_round, **bound) -> dict:
    user = request.user
    profile = getattr(user, "profile", None)
    level = profile.authority.level if profile else None
    qs = round_candidacies(user, exam_round)
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
        "qualified": qualified_candidacies(user, exam_round),
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
            people=people_submittable_by(user)
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


def _round_refused(request, exam_round, **bound):
    """The round's page again, with the refused form or the refusal (400)."""
    exam_round.refresh_from_db()
    return render(
        request,
        "exams/round_detail.html",
        _round_context(request, exam_round, **bound),
        status=400,
    )


def _round_done(request, exam_round, message: str):
    messages.success(request, message)
    return redirect("exams-round", pk=exam_round.pk)


@login_required
@require_safe
def round_detail(request, pk):
    exam_round = access_exam_round(request.user, pk)
    return render(request, "exams/round_detail.html", _round_context(request, exam_round))


@login_required
@require_POST
def round_submit(request, pk):
    """58.1, 58.2: submit a candidate of one's own office with the standards they declare."""
    exam_round = access_exam_round(request.user, pk, perm="exams.add_candidacy")
    form = forms.CandidateForm(request.POST, people=people_submittable_by(request.user))
    candidacy = _done(
        form,
        lambda data: services.candidate_submit(
            actor=request.user,
            exam_round=exam_round,
            person=data["person"],
            facts=form.facts(),
            on=timezone.localdate(),
        ),
    )
    if candidacy is None:
        return _round_refused(request, exam_round, submit_form=form)
    return _round_done(request, exam_round, _("Candidate submitted."))


@login_required
@require_POST
def round_compile(request, pk):
    """58.2: the provincial department puts the candidates of its offices on its list."""
    exam_round = access_exam_round(request.user, pk, perm="exams.change_candidacy")
    try:
        count = services.province_list_compile(
            actor=request.user, exam_round=exam_round, on=timezone.localdate()
        )
    except (DomainError, ValidationError) as exc:
        return _round_refused(request, exam_round, errors=[_refusal(exc)])
    message = _("%(count)s candidate(s) put on the province's list.") % {"count": count}
    return _round_done(request, exam_round, message)


@login_required
@require_POST
def round_publish(request, pk):
    """60: check the dossiers and publish the list of qualified candidates."""
    exam_round = access_exam_round(request.user, pk, perm="exams.change_examround")
    try:
        rows = services.qualified_list_publish(
            actor=request.user, exam_round=exam_round, on=timezone.localdate()
        )
    except (DomainError, ValidationError) as exc:
        return _round_refused(request, exam_round, errors=[_refusal(exc)])
    qualified = sum(1 for c in rows if c.status == CandidacyStatus.QUALIFIED)
    message = _("List published: %(ok)s qualified of %(all)s checked.") % {
        "ok": qualified,
        "all": len(rows),
    }
    return _round_done(request, exam_round, message)


@login_required
@require_POST
def round_board(request, pk):
    """61.1: record the Minister's decision establishing the board of examiners."""
    exam_round = access_exam_round(request.user, pk, perm="exams.change_examround")
    form = forms.BoardForm(request.POST)
    done = _done(
        form,
        lambda data: services.board_establish(
            actor=request.user, exam_round=exam_round, on=timezone.localdate(), **data
        ),
    )
    if done is None:
        return _round_refused(request, exam_round, board_form=form)
    return _round_done(request, exam_round, _("Board of examiners recorded."))


@login_required
@require_POST
def round_member(request, pk):
    """61.2: add a member of the board and their task."""
    exam_round = access_exam_round(request.user, pk, perm="exams.change_examround")
    form = forms.MemberForm(request.POST)
    member = _done(
        form,
        lambda data: services.board_member_add(actor=request.user, exam_round=exam_round, **data),
    )
    if member is None:
        return _round_refused(request, exam_round, member_form=form)
    return _round_done(request, exam_round, _("Member added to the board."))


@login_required
@require_POST
def round_consolidate(request, pk):
    """62.1: consolidate the results and report them to the Minister."""
    exam_round = access_exam_round(request.user, pk, perm="exams.change_examround")
    try:
        services.results_report(actor=request.user, exam_round=exam_round, on=timezone.localdate())
    except (DomainError, ValidationError) as exc:
        return _round_refused(request, exam_round, errors=[_refusal(exc)])
    return _round_done(request, exam_round, _("Results consolidated and reported to the Minister."))


# ----------------------------------------------------------------------------- a candidacy


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


def _candidacy_refused(request, candidacy, **bound):
    """The candidacy's page again, with the refused form (400)."""
    candidacy = access_candidacy(request.user, candidacy.pk)
    return render(
        request,
        "exams/candidacy_detail.html",
        _candidacy_context(request, candidacy, **bound),
        status=400,
    )


def _candidacy_done(request, candidacy, message: str):
    messages.success(request, message)
    return redirect("exams-candidacy", pk=candidacy.pk)


@login_required
@require_safe
def candidacy_detail(request, pk):
    candidacy = access_candidacy(request.user, pk)
    return render(request, "exams/candidacy_detail.html", _candidacy_context(request, candidacy))


@login_required
@require_POST
def candidacy_preselect(request, pk):
    """58.3: the provincial director pre-selects the candidate, or not (with the reason)."""
    candidacy = access_candidacy(request.user, pk, perm="exams.change_candidacy")
    form = forms.PreselectForm(request.POST)
    done = _done(
        form,
        lambda data: services.candidate_preselect(
            actor=request.user,
            candidacy=candidacy,
            selected=data["selected"] == "yes",
            note=data["note"],
            on=timezone.localdate(),
        ),
    )
    if done is None:
        return _candidacy_refused(request, candidacy, preselect_form=form)
    return _candidacy_done(request, candidacy, _("Pre-selection recorded."))


@login_required
@require_POST
def candidacy_document(request, pk):
    """59: add the application or the director's written proposal to the dossier."""
    candidacy = access_candidacy(request.user, pk, perm="exams.change_candidacy")
    form = forms.DocumentForm(request.POST)
    document = _done(
        form,
        lambda data: services.dossier_document_add(
            actor=request.user, candidacy=candidacy, on=timezone.localdate(), **data
        ),
    )
    if document is None:
        return _candidacy_refused(request, candidacy, document_form=form)
    return _candidacy_done(request, candidacy, _("Document added to the dossier."))


@login_required
@require_POST
def candidacy_result(request, pk):
    """61.2.c: the board's result for a qualified candidate."""
    candidacy = access_candidacy(request.user, pk, perm="exams.change_examround")
    form = forms.ResultForm(request.POST)
    done = _done(
        form,
        lambda data: services.result_record(
            actor=request.user,
            candidacy=candidacy,
            score=data["score"],
            passed=data["passed"] == "yes",
            on=timezone.localdate(),
        ),
    )
    if done is None:
        return _candidacy_refused(request, candidacy, result_form=form)
    return _candidacy_done(request, candidacy, _("Result recorded."))


@login_required
@require_POST
def candidacy_designate(request, pk):
    """62.1: record the Minister's designation decision (the decision register checks that the
    user records decisions for the Minister)."""
    candidacy = access_candidacy(request.user, pk, perm="exams.change_candidacy")
    form = forms.DesignateForm(request.POST)
    decision = _done(
        form,
        lambda data: services.candidate_designate(
            actor=request.user,
            candidacy=candidacy,
            on=timezone.localdate(),
            signer_name=data["signer_name"],
        ),
    )
    if decision is None:
        return _candidacy_refused(request, candidacy, designate_form=form)
    message = _("Designation decision %(number)s recorded.") % {"number": decision.number}
    return _candidacy_done(request, candidacy, message)


# ----------------------------------------------------------------------------- 62.1: the report


@login_required
@require_safe
def round_report(request, pk):
    exam_round = access_exam_round(request.user, pk)
    report = exam_round_report(request.user, exam_round)
    return render(
        request,
        "exams/report.html",
        {"round": exam_round, "report": report, "columns": REPORT_COLUMNS},
    )


@login_required
@require_safe
def round_report_xlsx(request, pk):
    import xlsxwriter

    exam_round = access_exam_round(request.user, pk)
    report = exam_round_report(request.user, exam_round)
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
    labels = [str(label) for _k, label in REPORT_COLUMNS]
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
