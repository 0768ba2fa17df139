"""Models of the shared kernel: the counters behind every numbered document and code."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Sequence(models.Model):
    """The last number given in a series (e.g. decisions of one issuer in one year).

    `period` is the year for series that restart on 1 January, 0 for those that never do.
    Only `thads.core.numbering` writes it, under a row lock.
    """

    series = models.CharField(_("series"), max_length=80)
    period = models.PositiveIntegerField(_("period"), default=0)
    last = models.PositiveBigIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("number sequence")
        constraints = [
            models.UniqueConstraint(fields=["series", "period"], name="one_sequence_per_period")
        ]

    def __str__(self) -> str:
        return f"{self.series} {self.period}: {self.last}"
