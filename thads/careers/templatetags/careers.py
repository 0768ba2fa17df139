from datetime import date

from django import template
from django.utils import translation
from django.utils.html import format_html

from thads.legal.text import citation_url
from thads.rules import offices
from thads.rules.params import ParameterNotInForce

register = template.Library()


@register.filter
def cite(citation: str | None):
    """A citation linked to its clause in the decree's text, where the text is held."""
    if not citation:
        return ""
    url = citation_url(citation)
    return format_html('<a href="{}">{}</a>', url, citation) if url else citation


@register.filter
def reason_text(reason: dict, language: str) -> str:
    return reason.get("vi" if (language or "vi").startswith("vi") else "en", "")


@register.simple_tag
def office_title(role: str | None, on, fallback: str = "") -> str:
    """The title of an office (a role id such as `director_general`) on a day (a date or an
    ISO string), in the user's language: "Tổng Cục trưởng Tổng cục Thi hành án dân sự" until
    30/06/2025, "Cục trưởng Cục Quản lý Thi hành án dân sự" after. `fallback` for a value that
    is not an office (e.g. `ministry_of_defence_rules`) or a day before the decree."""
    try:
        day = on if isinstance(on, date) else date.fromisoformat(str(on))
        if not offices.is_role(role, day):
            return str(fallback)
        found = offices.title(str(role), day)
    except (ValueError, ParameterNotInForce):
        return str(fallback)
    return found["vi"] if (translation.get_language() or "vi").startswith("vi") else found["en"]
