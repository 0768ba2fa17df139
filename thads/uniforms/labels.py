"""Names of the uniform items (Art. 82) as shown on pages and in the plan workbook."""

from django.utils.translation import gettext_lazy

ITEM_LABELS = {
    "autumn_winter_uniform": gettext_lazy("Autumn–winter uniform (set)"),
    "winter_overcoat": gettext_lazy("Winter overcoat"),
    "winter_jacket": gettext_lazy("Winter anti-cold jacket"),
    "spring_summer_uniform": gettext_lazy("Spring–summer uniform (set)"),
    "long_sleeved_shirt": gettext_lazy("Long-sleeved shirt"),
    "winter_ceremonial_uniform": gettext_lazy("Winter ceremonial uniform (set)"),
    "summer_ceremonial_uniform": gettext_lazy("Summer ceremonial uniform (set)"),
    "leather_shoes": gettext_lazy("Leather shoes (pair)"),
    "leather_belt": gettext_lazy("Leather belt"),
    "leather_sandals": gettext_lazy("Leather sandals (pair)"),
    "socks": gettext_lazy("Socks (pair)"),
    "tie": gettext_lazy("Tie"),
    "raincoat": gettext_lazy("Raincoat"),
    "peaked_cap": gettext_lazy("Peaked cap"),
    "helmet": gettext_lazy("Enforcement helmet"),
    "document_case": gettext_lazy("Leather document case"),
    "insignia_set": gettext_lazy("Badge and insignia set"),
    "name_tag": gettext_lazy("Name tag"),
}
