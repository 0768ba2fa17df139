from django import template

from thads.uniforms.labels import ITEM_LABELS

register = template.Library()


@register.filter
def item_label(item: str) -> str:
    return str(ITEM_LABELS.get(item, item))


@register.filter
def issued_in(due_item: dict, issued: set) -> bool:
    from datetime import date

    return (due_item["item"], date.fromisoformat(due_item["due_on"])) in issued
