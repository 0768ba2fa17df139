"""The heads file of the reorganisation act: `staff code,authority code` per line (CSV, an
optional header line), naming who heads a successor that merges several predecessors and the
unit of the central body each head or deputy head of a former central unit goes to."""

from __future__ import annotations

import csv
import io

from django.utils.translation import gettext as _

MAX_BYTES = 1_000_000
HEADER = {"staff_code", "mã cán bộ", "ma can bo"}


class HeadsFileError(ValueError):
    """The file cannot be read (its line number and why)."""


def read_heads(data: bytes) -> dict[str, str]:
    if len(data) > MAX_BYTES:
        raise HeadsFileError(_("The heads file is larger than 1 MB."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HeadsFileError(_("The heads file is not UTF-8 text.")) from exc
    heads: dict[str, str] = {}
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if number == 1 and cells[0].lower() in HEADER:
            continue
        if len(cells) != 2 or not all(cells):
            raise HeadsFileError(
                _("Line %(n)d: give a staff code and an authority code.") % {"n": number}
            )
        staff_code, code = cells[0].upper(), cells[1].upper()
        if staff_code in heads:
            raise HeadsFileError(
                _("Line %(n)d: %(code)s is given twice.") % {"n": number, "code": staff_code}
            )
        heads[staff_code] = code
    return heads
