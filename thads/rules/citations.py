"""The documents the product cites, and `cite()`: the one place their names are written.

Every citation of a clause, in the rules and in the services, is `cite(article, clause, point,
document)`; no module types a document's name by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DECREE_NUMBER = "62/2015/NĐ-CP"
DECREE = f"Nghị định số {DECREE_NUMBER}"
# The decree's full name, as the legal bases of a decision give it.
DECREE_TITLE = (
    f"Nghị định số {DECREE_NUMBER} ngày 18 tháng 7 năm 2015 của Chính phủ quy định chi tiết và "
    "hướng dẫn thi hành một số điều của Luật Thi hành án dân sự"
)
DECREE_IN_FORCE = date(2015, 9, 1)
# Art. 18 of the Law on Civil Judgment Enforcement as it stands for this product: Law
# 26/2008/QH12 amended by Law 64/2014/QH13. Law 106/2025/QH15 replaces it from 01/07/2026;
# until its text is at hand, rules answer under this Law and their citations say so.
LAW_2014 = "Luật Thi hành án dân sự 2008 (sửa đổi 2014)"
# Law 106/2025/QH15 on civil judgment enforcement, in force from 01/07/2026 (today.md).
LAW_2025 = "Luật Thi hành án dân sự số 106/2025/QH15"
# Decision 1898/QĐ-BTP of 25/06/2025: the two-level service from 01/07/2025 (today.md). Its
# text is not in our sources: it is cited whole, never by article.
DECISION_1898 = "Quyết định số 1898/QĐ-BTP"
REORGANISED_ON = date(2025, 7, 1)
# Documents cited whole (their articles are not at hand): a reference may name one alone.
WHOLE_DOCUMENTS = (DECISION_1898, LAW_2025)
# Politburo Regulation 183-QĐ/TW of 18/09/2024 on protecting the staff of investigation,
# prosecution, trial and judgment enforcement (domain.md §7).
REGULATION_183 = "Quy định 183-QĐ/TW"
REGULATION_183_ISSUED = date(2024, 9, 18)


@dataclass(frozen=True)
class Citation:
    """A clause in the full form, written the Vietnamese way, smallest unit first:
    `điểm a khoản 1 Điều 63 Nghị định số 62/2015/NĐ-CP`.

    Parts that do not apply are omitted: `Điều 17 Nghị định số 62/2015/NĐ-CP`.
    """

    article: int
    clause: int | None = None
    point: str | None = None
    document: str = DECREE

    def __str__(self) -> str:
        parts = []
        if self.point is not None:
            parts.append(f"điểm {self.point}")
        if self.clause is not None:
            parts.append(f"khoản {self.clause}")
        parts += [f"Điều {self.article}", self.document]
        return " ".join(parts)


def cite(
    article: int, clause: int | None = None, point: str | None = None, document: str = DECREE
) -> str:
    """The rendered citation of a clause (of the decree unless `document` says otherwise)."""
    return str(Citation(article, clause, point, document))
