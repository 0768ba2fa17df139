"""The table of Art. 81 drawn: every row's shoulder board and lapel, from `insignia.for`."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from thads.legal.text import citation_url
from thads.rules.engine import evaluate
from thads.uniforms.forms import ReissueForm
from thads.uniforms.insignia_svg import lapel, shoulder_board
from thads.uniforms.labels import ITEM_LABELS
from thads.uniforms.selectors import approvers_for

# One person per row of Art. 81 (rows "as their grade" shown with a typical grade).
ROWS = [
    ("specialist_senior", "director_general"),
    ("specialist_senior", "deputy_director_general"),
    ("inspector_senior", "head_central_unit"),
    ("inspector_principal", "deputy_head_central_unit"),
    ("officer_intermediate", "provincial_director"),
    ("specialist_principal", "head_provincial_unit"),
    ("officer_junior", "district_head"),
    ("officer_senior", None),
    ("officer_intermediate", None),
    ("officer_junior", None),
    ("inspector_senior", None),
    ("inspector_principal", None),
    ("inspector", None),
    ("other", None),
]


def drawn(answer: dict) -> dict:
    outcome = answer["outcome"]
    return {
        "shoulder_svg": mark_safe(shoulder_board(outcome)),  # noqa: S308 - built from our own numbers
        "lapel_svg": mark_safe(lapel(outcome)),  # noqa: S308
        "citations": [(c, citation_url(c)) for c in answer["citations"]],
    }


@login_required
def insignia_table(request):
    from thads.people.choices import Grade, Post

    day = timezone.localdate()
    rows = []
    for grade, post in ROWS:
        answer = evaluate("insignia.for", {"grade": grade, "leadership_post": post}, day)
        rows.append(
            {
                "point": answer["outcome"]["point"],
                "who": str(Post(post).label) if post else str(Grade(grade).label),
                "grade": str(Grade(grade).label),
                "outcome": answer["outcome"],
                **drawn(answer),
            }
        )
    return render(request, "uniforms/insignia_table.html", {"rows": rows})


def _plan_scope(request):
    """The authority whose plan is asked (in scope) and the year."""
    from django.core.exceptions import ValidationError

    from thads.core.access import scope_path
    from thads.organization.models import Authority
    from thads.organization.selectors import access_authority

    try:
        year = int(request.GET.get("year") or timezone.localdate().year + 1)
        if not 2000 <= year <= 2100:
            raise ValueError
    except ValueError:
        raise ValidationError({"year": ["Enter a year between 2000 and 2100."]}) from None
    authority = None
    if request.GET.get("authority"):
        authority = access_authority(request.user, request.GET["authority"])
    else:
        path = scope_path(request.user)
        if path:
            authority = Authority.objects.get(path=path)
    return authority, year


def _plan(request, authority, year):
    from thads.people.selectors import people_visible_to
    from thads.uniforms.plan import allocation_plan

    people = people_visible_to(request.user).only(
        "id",
        "military",
        "employment",
        "uniform_first_issue_on",
        "authority__id",
        "authority__name",
        "authority__path",
        "authority__province_code",
        "authority__level",
    )
    if authority is not None:
        people = people.filter(authority__path__startswith=authority.path)
    depth = authority.path.count("/") if authority is not None else 0

    def group_by(person):
        # The authority one level under the one asked (or the person's own at the bottom).
        parts = person.authority.path.split("/")
        return "/".join(parts[: depth + 1]) + "/"

    return allocation_plan(people.iterator(chunk_size=2000), year, timezone.localdate(), group_by)


@login_required
def uniform_plan(request):
    from django.core.exceptions import ValidationError

    from thads.organization.models import Authority
    from thads.organization.selectors import authorities_visible_to
    from thads.uniforms.plan import ITEMS

    try:
        authority, year = _plan_scope(request)
    except ValidationError as exc:
        return render(request, "uniforms/plan.html", {"errors": exc.message_dict}, status=400)
    plan = _plan(request, authority, year)
    names = dict(
        Authority.objects.filter(path__in=list(plan["groups"])).values_list("path", "name")
    )
    ids = dict(Authority.objects.filter(path__in=list(plan["groups"])).values_list("path", "id"))
    groups = sorted(plan["groups"].items(), key=lambda kv: names.get(kv[0], kv[0]))
    context = {
        "authority": authority,
        "year": year,
        "items": ITEMS,
        "total": [plan["total"].get(i, 0) for i in ITEMS],
        "groups": [
            {"name": names.get(p, p), "id": ids.get(p), "counts": [c.get(i, 0) for i in ITEMS]}
            for p, c in groups
        ],
        "staff": plan["staff"],
        "military": plan["military"],
        "choices": authorities_visible_to(request.user)
        .filter(level__in=["central", "provincial", "district"])
        .valid_on(timezone.localdate())
        .order_by("path"),
    }
    return render(request, "uniforms/plan.html", context)


@login_required
def uniform_plan_xlsx(request):
    import io

    import xlsxwriter
    from django.core.exceptions import ValidationError
    from django.http import HttpResponse

    from thads.organization.models import Authority
    from thads.uniforms.plan import ITEMS

    try:
        authority, year = _plan_scope(request)
    except ValidationError as exc:
        return HttpResponse(
            str(exc.message_dict), status=400, content_type="text/plain; charset=utf-8"
        )
    plan = _plan(request, authority, year)
    names = dict(
        Authority.objects.filter(path__in=list(plan["groups"])).values_list("path", "name")
    )
    labels = [str(ITEM_LABELS.get(i, i)) for i in ITEMS]
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    bold = book.add_format({"bold": True})
    sheet = book.add_worksheet("Tong hop")
    title = _("Uniform allocation plan %(year)s") % {"year": year}
    sheet.write(0, 0, f"{title} — {authority.name if authority else _('the whole service')}", bold)
    sheet.write_row(2, 0, [_("Item"), _("Quantity")], bold)
    for row, (label, item) in enumerate(zip(labels, ITEMS, strict=True), start=3):
        sheet.write(row, 0, label)
        sheet.write_number(row, 1, plan["total"].get(item, 0))
    sheet.set_column(0, 0, 40)
    detail = book.add_worksheet("Chi tiet")
    detail.write_row(0, 0, [_("Authority"), *labels], bold)
    for row, (path, counts) in enumerate(
        sorted(plan["groups"].items(), key=lambda kv: names.get(kv[0], kv[0])), start=1
    ):
        detail.write(row, 0, names.get(path, path))
        detail.write_row(row, 1, [counts.get(i, 0) for i in ITEMS])
    detail.set_column(0, 0, 45)
    book.close()
    response = HttpResponse(
        out.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="thads-uniform-plan-{year}.xlsx"'
    return response


@login_required
@require_POST
def insignia_hand_back(request, person_pk):
    from django.contrib import messages
    from django.shortcuts import redirect
    from django.urls import reverse

    from thads.core.errors import DomainError
    from thads.people.selectors import access_person
    from thads.uniforms import services

    person = access_person(request.user, person_pk, perm="uniforms.add_uniformissue")
    try:
        services.insignia_hand_back(actor=request.user, person=person, on=timezone.localdate())
    except DomainError as exc:
        messages.error(request, f"{exc.message} ({exc.citation})")
    else:
        messages.success(request, _("Insignia handed back."))
    return redirect(reverse("person-detail", args=[person.pk]) + "#uniform")


@login_required
@require_POST
def uniform_issue(request, person_pk):
    from django.contrib import messages
    from django.shortcuts import redirect
    from django.urls import reverse

    from thads.core.errors import DomainError
    from thads.people.selectors import access_person
    from thads.uniforms import services

    person = access_person(request.user, person_pk, perm="uniforms.add_uniformissue")
    back = redirect(reverse("person-detail", args=[person.pk]) + "#uniform")
    try:
        if request.POST.get("reason"):
            form = ReissueForm(request.POST, approvers=approvers_for(person))
            if not form.is_valid():
                messages.error(
                    request,
                    "; ".join(
                        f"{form.fields[k].label}: {' '.join(v)}" for k, v in form.errors.items()
                    ),
                )
                return back
            services.uniform_reissue(
                actor=request.user, person=person, on=timezone.localdate(), **form.cleaned_data
            )
        else:
            services.uniform_issue(
                actor=request.user,
                person=person,
                item=request.POST.get("item", ""),
                quantity=int(request.POST.get("quantity") or 0),
                on=timezone.localdate(),
            )
    except DomainError as exc:
        messages.error(request, f"{exc.message} ({exc.citation})" if exc.citation else exc.message)
    except (ValidationError, ValueError) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
    else:
        messages.success(request, _("Issue recorded."))
    return back
