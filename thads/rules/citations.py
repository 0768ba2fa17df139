"""Citations in the full form: `Điều 63 khoản 1 điểm a Nghị định 62/2015/NĐ-CP`."""

from __future__ import annotations

DECREE = "Nghị định 62/2015/NĐ-CP"
LAW_2008 = "Luật Thi hành án dân sự"


def cite(
    article: int, clause: int | None = None, point: str | None = None, document: str = DECREE
) -> str:
    parts = [f"Điều {article}"]
    if clause is not None:
        parts.append(f"khoản {clause}")
    if point is not None:
        parts.append(f"điểm {point}")
    parts.append(document)
    return " ".join(parts)
