"""The wording of official documents, rendered in Vietnamese from templates.

A wording template is an HTML fragment whose elements carrying `data-part` are the parts of
the document, in order, each on one line of the template:

    <p data-part="summary">Về việc điều động công chức</p>
    <p data-part="article">Điều động Ông/Bà {{ person.full_name }}, …</p>

`render_parts` gives each part's texts: `{"summary": [...], "article": [...]}`. Values are
escaped when rendered and unescaped when read back, so what a user typed (a name, the facts of
a violation, with any line breaks) comes back exactly and cannot add a part.
"""

from __future__ import annotations

from collections import defaultdict
from html.parser import HTMLParser

from django.template.loader import render_to_string
from django.utils import translation

LANGUAGE = "vi"


class _Parts(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: dict[str, list[str]] = defaultdict(list)
        self._open: tuple[str, str] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        part = dict(attrs).get("data-part")
        if self._open is not None:
            raise ValueError(f"<{tag}> inside the part {self._open[1]!r}")
        if part:
            self._open, self._text = (tag, part), []

    def handle_endtag(self, tag: str) -> None:
        if self._open is not None and tag == self._open[0]:
            self.parts[self._open[1]].append("".join(self._text))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)


def render_parts(template: str, context: dict) -> dict[str, list[str]]:
    """The texts of each part of `template`, rendered in Vietnamese with `context`."""
    with translation.override(LANGUAGE):
        html = render_to_string(template, context)
    parser = _Parts()
    parser.feed(html)
    parser.close()
    if parser._open is not None:
        raise ValueError(f"{template}: the part {parser._open[1]!r} is not closed")
    return dict(parser.parts)
