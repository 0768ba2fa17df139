"""The text of Chapter III of Decree 62/2015/NĐ-CP, article by article, and links to it.

Citations in the full form link to the article's page, anchored on the clause (`#k1`) or the
point (`#k1-a`). Both orders are read: the Vietnamese one the product writes
(`điểm a khoản 1 Điều 63 Nghị định số 62/2015/NĐ-CP`) and the older one that decisions issued
before it keep in their stored text (`Điều 63 khoản 1 điểm a Nghị định 62/2015/NĐ-CP`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.urls import reverse

from thads.rules.citations import DECREE_NUMBER

DATA = Path(__file__).parent / "data" / "decree62_ch3.json"
# The decree as either order names it: "Nghị định số 62/2015/NĐ-CP" or "Nghị định 62/2015/NĐ-CP".
_DECREE = r"Nghị định (?:số )?" + re.escape(DECREE_NUMBER)
CITATION_RE = re.compile(
    # điểm a khoản 1 Điều 63 Nghị định số 62/2015/NĐ-CP
    r"(?:[Đđ]iểm (?P<point>[a-zđ]) )?(?:[Kk]hoản (?P<clause>\d+) )?Điều (?P<article>\d+) "
    + _DECREE
    # Điều 63 khoản 1 điểm a Nghị định 62/2015/NĐ-CP (the retired order)
    + r"|Điều (?P<old_article>\d+)(?: khoản (?P<old_clause>\d+))?(?: điểm (?P<old_point>[a-zđ]))? "
    + _DECREE
)
CLAUSE_RE = re.compile(r"^(\d+)\.\s")
POINT_RE = re.compile(r"^([a-zđ])\)\s")


def anchor(clause: str | None, point: str | None = None) -> str:
    if not clause:
        return ""
    return f"k{clause}" + (f"-{point.replace('đ', 'dd')}" if point else "")


@dataclass
class Paragraph:
    text: str
    anchor: str = ""
    kind: str = "text"  # clause, point, text


@dataclass
class Article:
    number: int
    title_en: str
    paragraphs: list[Paragraph] = field(default_factory=list)


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def article_numbers() -> list[int]:
    return sorted(int(n) for n in _data()["articles"])


def article(number: int) -> Article | None:
    raw = _data()["articles"].get(str(number))
    if raw is None:
        return None
    out = Article(number=number, title_en=raw["title_en"])
    clause = None
    for line in raw["text_vi"]:
        if m := CLAUSE_RE.match(line):
            clause = m.group(1)
            out.paragraphs.append(Paragraph(line, anchor(clause), "clause"))
        elif (m := POINT_RE.match(line)) and clause:
            out.paragraphs.append(Paragraph(line, anchor(clause, m.group(1)), "point"))
        else:
            out.paragraphs.append(Paragraph(line))
    return out


def citation_url(citation: str) -> str | None:
    """The page of the decree's text a citation points to, or None (e.g. the Law's articles)."""
    m = CITATION_RE.search(citation)
    if not m:
        return None
    number = int(m.group("article") or m.group("old_article"))
    if str(number) not in _data()["articles"]:
        return None
    url = reverse("law-article", args=[number])
    clause = m.group("clause") or m.group("old_clause")
    fragment = anchor(clause, m.group("point") or m.group("old_point"))
    return f"{url}#{fragment}" if fragment else url
