from django import template
from django.utils.html import format_html

from thads.legal.text import citation_url

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
