from django import template

from thads.uniforms.views import ITEM_LABELS

register = template.Library()


@register.filter
def item_label(item: str) -> str:
    return str(ITEM_LABELS.get(item, item))
