"""Issuing a decision: only by a user recording for the competent signer, numbered in the
issuer's register for the year, and committed together with its effect on the person's record
(or not at all). The person's row is locked first, so two decisions on the same person at the
same moment are applied one after the other, the second checked against the first's result."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from thads.careers.errors import CareersError
from thads.careers.models import Decision, Signer
from thads.core.errors import DomainError
from thads.core.history import save_with_history
from thads.core.numbering import next_number
from thads.documents.wording import render_parts
from thads.organization.models import Authority
from thads.people.models import Person
from thads.rules import offices
from thads.rules.citations import DECREE_IN_FORCE, DECREE_TITLE

ERR_WRONG_SIGNER = _(
    "This decision is for the %(signer)s to make; your account records decisions for %(yours)s."
)
ERR_NO_CENTRAL = _("There is no General Department in the registry on that day.")

# The wording of decisions: documents/decision/<kind>.html, and the parts all decisions share.
WORDING = "documents/decision/{kind}.html"
COMMON_WORDING = "documents/decision/_common.html"


def _known(on: date) -> date:
    """The day whose law, titles and issuers a decision of `on` takes: a decision recorded with
    an earlier date (a career loaded from before 01/09/2015) takes the decree's first ones."""
    return max(on, DECREE_IN_FORCE)


def law_in_force(on: date) -> str:
    """The number of the Law on Civil Judgment Enforcement in force on `on` (params/law.yaml);
    the decision's legal bases name it (documents/decision/_common.html)."""
    return offices.law_number(_known(on))


def role_title(role: str, on: date, authority: Authority | None = None) -> dict[str, str]:
    """The title `{vi, en}` of an office on `on`, of the holder of `authority` when given
    (params/titles.yaml): "Chi cục trưởng Chi cục Thi hành án dân sự quận Ba Đình" until
    30/06/2025, "Trưởng Phòng Thi hành án dân sự khu vực 1 – Hà Nội" after."""
    if authority is None:
        return offices.title(role, _known(on))
    return offices.title(role, _known(on), authority.name, authority.name_en or authority.name)


def _wording_titles(context: dict) -> dict:
    """The dated titles a decision's wording names, from the facts the services pass: the
    post of a leadership decision (`post`), the office consulted (`consulted_with`), the head
    of the province (`province`), and every office's title on the day (`titles`)."""
    on = _known(context.get("signed_on") or timezone.localdate())
    person = context.get("person")
    extra: dict = {"titles": {role: t["vi"] for role, t in offices.roles(on).items()}}
    post = context.get("post")
    if post:
        authority = person.authority if person is not None else None
        extra["post_title"] = role_title(post, on, authority)["vi"]
    consulted = context.get("consulted_with")
    if isinstance(consulted, str) and offices.is_role(consulted, on):
        extra["consulted_with"] = role_title(consulted, on)["vi"]
    province = context.get("province")
    if province is not None:
        extra["province_head"] = role_title("provincial_director", on, province)["vi"]
    return {**context, **extra}


def decision_wording(kind: str, **context) -> dict:
    """The summary, articles and proposal line of a decision of `kind`, rendered in Vietnamese
    from its template with the data in `context` (passed to `decision_issue`), the offices
    named by their titles on the day it is signed (`signed_on`)."""
    parts = render_parts(WORDING.format(kind=kind), _wording_titles(context))
    return {
        "summary": parts["summary"][0],
        "articles": parts.get("article", []),
        "proposal": next(iter(parts.get("proposal", [])), ""),
    }


def central_authority(on: date) -> Authority:
    central = (
        Authority.objects.filter(level="central", valid_from__lte=on)
        .exclude(valid_to__lt=on)
        .order_by("-valid_from")
        .first()
    ) or Authority.objects.filter(level="central").order_by("-valid_from").first()
    if central is None:
        raise DomainError(CareersError.NO_CENTRAL, str(ERR_NO_CENTRAL))
    return central


def province_of(authority: Authority) -> Authority:
    """The provincial department an authority belongs to (itself if provincial)."""
    node: Authority | None = authority
    while node is not None and node.level not in ("provincial", "central", "military_central"):
        node = node.parent
    return node or authority


def issuer_for(signer: str, authority: Authority, on: date) -> dict[str, str]:
    """Who issues a signer's decisions on `on` (params/titles.yaml `issuers`): the numbering
    `register`, the `symbol`, the header lines `parent` and `name`, the signer's title above
    the legal bases (`competence`) and above the signature (`signature`).
    A decision of 20/03/2026 by the director_general is the Cục Quản lý Thi hành án dân sự's
    (QĐ-QLTHADS, signed CỤC TRƯỞNG); one of 20/03/2025 the Tổng cục's (QĐ-TCTHADS)."""
    fill = {"pk": authority.pk, "authority": authority.name}
    head = {key: text.format(**fill) for key, text in offices.issuer(signer, _known(on)).items()}
    head["competence"] = head["competence"].upper()
    return head


def place_of(decision: Decision) -> str:
    if decision.signer == Signer.PROVINCIAL_DIRECTOR:
        name = decision.authority.province_name or decision.authority.name
        for prefix in ("Thành phố ", "thành phố ", "Tỉnh ", "tỉnh ", "TP "):
            name = name.removeprefix(prefix)
        return name
    return "Hà Nội"


def signer_label(signer: str, authority: Authority | None = None, on: date | None = None) -> str:
    """The signer's title on `on` (default today) in the user's language; a provincial
    director's names the province's agency."""
    day = _known(on or timezone.localdate())
    if signer not in Signer.values or not offices.is_role(signer, day):
        return gettext("nobody")
    unit = authority if signer == Signer.PROVINCIAL_DIRECTOR else None
    found = role_title(signer, day, unit)
    return found["vi"] if (translation.get_language() or "vi").startswith("vi") else found["en"]


def check_signer(
    actor, signer: str, authority: Authority, citation: str | None = None, on: date | None = None
) -> None:
    """Only a user recording for the competent signer (and, for a provincial director, for
    that province) may record the decision; otherwise say who must decide (by the title of
    the day `on`) and why."""
    profile = getattr(actor, "profile", None)
    yours = signer_label(profile.signs_for, profile.authority, on) if profile else gettext("nobody")
    if (
        profile is None
        or profile.signs_for != signer
        or (signer == Signer.PROVINCIAL_DIRECTOR and profile.authority_id != authority.pk)
    ):
        raise DomainError(
            CareersError.WRONG_SIGNER,
            ERR_WRONG_SIGNER % {"signer": signer_label(signer, authority, on), "yours": yours},
            citation=citation,
        )


def _next_number(issuer: str, year: int) -> int:
    """Numbers restart on 1 January for each issuer (Decree 30/2020: from 01 each year)."""
    return next_number(f"decision:{issuer}", period=year)


def rule_citations(answers: list[dict]) -> list[str]:
    """The clauses the rule answers cite, each once, in order."""
    seen: list[str] = []
    for answer in answers:
        for citation in answer.get("citations", []):
            if citation not in seen:
                seen.append(citation)
    return seen


@transaction.atomic
def decision_issue(
    *,
    actor,
    kind: str,
    person: Person,
    signer: str,
    authority: Authority,
    signed_on: date,
    effective_on: date | None = None,
    summary: str,
    articles: list[str],
    rule_answers: list[dict],
    apply: Callable[[Person], dict],
    proposal: str = "",
    recipients: list[str] | None = None,
    signer_name: str = "",
    signer_citation: str | None = None,
) -> Decision:
    """Record a decision and apply it. `apply` receives the locked person and returns the
    effect to keep with the decision; any refusal it raises undoes everything.

    `summary`, `articles` and `proposal` are the decision's own wording (`decision_wording`);
    the legal bases and the recipients every decision shares are rendered here from
    `documents/decision/_common.html`."""
    check_signer(actor, signer, authority, signer_citation, signed_on)
    locked = Person.objects.select_for_update().get(pk=person.pk)
    effect = apply(locked)
    head = issuer_for(signer, authority, signed_on)
    common = render_parts(
        COMMON_WORDING,
        {
            "law": law_in_force(signed_on),
            "decree": DECREE_TITLE,
            "citations": rule_citations(rule_answers),
            "proposal": proposal,
            "person": locked,
        },
    )
    decision = Decision(
        issuer=head["register"],
        authority=authority,
        year=signed_on.year,
        seq=_next_number(head["register"], signed_on.year),
        symbol=head["symbol"],
        signer=signer,
        signer_name=signer_name,
        kind=kind,
        person=locked,
        signed_on=signed_on,
        effective_on=effective_on or signed_on,
        summary=summary,
        bases=common["basis"],
        articles=articles,
        recipients=recipients or common["recipient"],
        rule_answers=rule_answers,
        effect=effect,
        recorded_by=actor,
    )
    save_with_history(decision, actor)
    return decision


def decision_pdf(decision: Decision) -> bytes:
    from thads.documents.pdf import render_pdf, vietnamese_date

    head = issuer_for(decision.signer, decision.authority, decision.signed_on)
    return render_pdf(
        "documents/decision.html",
        {
            "decision": decision,
            "parent_authority": head["parent"],
            "authority": head["name"],
            "competence": head["competence"],
            "signature": head["signature"],
            "number": decision.number,
            "place_date": vietnamese_date(place_of(decision), decision.signed_on),
            "bases": decision.bases,
        },
    )
