"""Forms of the card and support-tool pages: they check the shape of the input; the services
decide what the law allows."""

from __future__ import annotations

from typing import cast

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy

from thads.equipment.models import COUNTED_KINDS, Disposal, ToolCondition, ToolItem, ToolKind
from thads.organization.models import Authority
from thads.people.models import Person

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
ERR_QUANTITY = gettext_lazy("Give a quantity of at least 1.")
ERR_RECIPIENT = gettext_lazy("Choose the recipient.")


def errors_text(form: forms.Form) -> str:
    """A form's errors on one line, each with its field's label (for a message)."""
    parts = []
    for name, errors in form.errors.items():
        field = form.fields.get(name)
        label = f"{field.label or name}: " if field is not None else ""
        parts.append(label + " ".join(str(e) for e in errors))
    return "; ".join(parts)


class LossForm(forms.Form):
    lost_on = forms.DateField(label=gettext_lazy("Lost on"), widget=DATE)
    police_station = forms.CharField(label=gettext_lazy("Police station notified"), max_length=200)
    authority_notified_on = forms.DateField(
        label=gettext_lazy("Authority notified on"), widget=DATE
    )


class ToolReceiveForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=ToolKind.choices)
    serial = forms.CharField(
        label=gettext_lazy("Serial number (batons, gloves, guns)"), max_length=40, required=False
    )
    quantity = forms.IntegerField(
        label=gettext_lazy("Quantity (sprays, ammunition)"),
        required=False,
        error_messages={"invalid": ERR_QUANTITY},
    )

    def clean_quantity(self) -> int:
        quantity = self.cleaned_data["quantity"]
        return 1 if quantity is None else quantity


class HandoverForm(forms.Form):
    """A handover of the authority's tools: `people` are those who may be named, `items` the
    authority's serial-numbered tools; one quantity field per counted kind."""

    recipient: forms.ModelChoiceField[Person] = forms.ModelChoiceField(
        label=gettext_lazy("Recipient"),
        queryset=None,
        error_messages={"required": ERR_RECIPIENT, "invalid_choice": ERR_RECIPIENT},
    )
    items: forms.ModelMultipleChoiceField[ToolItem] = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Tools"), queryset=None, required=False
    )
    purpose = forms.CharField(label=gettext_lazy("Purpose"), max_length=255)

    def __init__(
        self, *args, people: QuerySet[Person], items: QuerySet[ToolItem], **kwargs
    ) -> None:
        super().__init__(*args, **kwargs)
        cast("forms.ModelChoiceField[Person]", self.fields["recipient"]).queryset = people
        cast("forms.ModelMultipleChoiceField[ToolItem]", self.fields["items"]).queryset = items
        for kind in COUNTED_KINDS:
            self.fields[f"quantity_{kind}"] = forms.IntegerField(
                label=ToolKind(kind).label,
                min_value=0,
                required=False,
                error_messages={"invalid": ERR_QUANTITY, "min_value": ERR_QUANTITY},
            )

    def quantities(self) -> dict[str, int]:
        return {str(k): self.cleaned_data.get(f"quantity_{k}") or 0 for k in COUNTED_KINDS}


class InspectForm(forms.Form):
    condition = forms.ChoiceField(
        label=gettext_lazy("Condition (annual inspection)"),
        choices=ToolCondition.choices,
        error_messages={"required": gettext_lazy("Choose a grade.")},
    )


class DisposeForm(forms.Form):
    disposal = forms.ChoiceField(
        label=gettext_lazy("Result"),
        choices=Disposal.choices,
        error_messages={"required": gettext_lazy("Choose liquidation or destruction.")},
    )


class DisposalReportForm(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Year"), min_value=2000, max_value=2100)


class PlanLineForm(forms.Form):
    """A line of the province's draft plan: `authorities` are those of the province."""

    authority: forms.ModelChoiceField[Authority] = forms.ModelChoiceField(
        label=gettext_lazy("Authority"), queryset=None
    )
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=ToolKind.choices)
    requested = forms.IntegerField(
        label=gettext_lazy("Requested"),
        min_value=0,
        error_messages={"invalid": ERR_QUANTITY, "min_value": ERR_QUANTITY},
    )

    def __init__(self, *args, authorities: QuerySet[Authority], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        cast("forms.ModelChoiceField[Authority]", self.fields["authority"]).queryset = authorities


class PlanDecideForm(forms.Form):
    """The Director General's quantity for each line (`decided_<line id>`, default the quantity
    requested)."""

    def __init__(self, *args, lines, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lines = list(lines)
        for line in self.lines:
            self.fields[f"decided_{line.pk}"] = forms.IntegerField(
                label=f"{line.authority} {line.get_kind_display()}",
                min_value=0,
                required=False,
                error_messages={"invalid": ERR_QUANTITY, "min_value": ERR_QUANTITY},
            )

    def decided(self) -> dict[int, int]:
        out = {}
        for line in self.lines:
            value = self.cleaned_data.get(f"decided_{line.pk}")
            out[line.pk] = line.requested if value is None else value
        return out
