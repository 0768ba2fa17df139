"""The text of Chapter III of Decree 62/2015/NĐ-CP, article by article, and links to it.

Citations in the full form (`Điều 63 khoản 1 điểm a Nghị định 62/2015/NĐ-CP`) link to the
article's page, anchored on the clause (`#k1`) or the point (`#k1-a`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.urls import reverse

from thads.rules.citations import DECREE

DATA = Path(__file__).parent / "data" / "decree62_ch3.json"
CITATION_RE = re.compile(
    r"Điều (?P<article>\d+)(?: khoản (?P<clause>\d+))?(?: điểm (?P<point>[a-zđ]))? "
    + re.escape(DECREE)
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
    if not m or str(int(m.group("article"))) not in _data()["articles"]:
        return None
    url = reverse("law-article", args=[int(m.group("article"))])
    fragment = anchor(m.group("clause"), m.group("point"))
    return f"{url}#{fragment}" if fragment else url
