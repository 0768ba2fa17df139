"""Extract the Vietnamese text of Chapter III of Decree 62/2015/NĐ-CP, article by article.

    python scripts/extract_law.py ../shared/legal/003_9efe92d47e1f408c.txt

The source gives the Vietnamese body without its article headings, then the English text
with them. Article boundaries in the Vietnamese body are the lines below (checked by hand
against the English headings); English titles come from the English headings.
Writes thads/legal/data/decree62_ch3.json.
"""

import json
import re
import sys
from pathlib import Path

# First line (1-based, in the source file) of each article's Vietnamese body; END is one past.
STARTS = {
    52: 16,
    53: 22,
    54: 25,
    55: 29,
    56: 34,
    57: 38,
    58: 40,
    59: 44,
    60: 46,
    61: 48,
    62: 55,
    63: 58,
    64: 65,
    65: 70,
    66: 74,
    67: 77,
    68: 81,
    69: 94,
    70: 96,
    71: 102,
    72: 105,
    73: 121,
    74: 124,
    75: 129,
    76: 132,
    77: 134,
    78: 138,
    79: 142,
    80: 147,
    81: 149,
    82: 171,
    83: 175,
}
END = 196


def main(source: str) -> None:
    lines = Path(source).read_text(encoding="utf-8").splitlines()
    titles_en = {}
    for line in lines:
        m = re.match(r"^Article (\d+)\. (.+)$", line)
        if m:
            titles_en[int(m.group(1))] = m.group(2).strip()
    numbers = sorted(STARTS)
    articles = {}
    for i, n in enumerate(numbers):
        stop = STARTS[numbers[i + 1]] if i + 1 < len(numbers) else END
        articles[str(n)] = {
            "title_en": titles_en.get(n, ""),
            "text_vi": [ln.strip() for ln in lines[STARTS[n] - 1 : stop - 1] if ln.strip()],
        }
    out = {
        "document": "Nghị định số 62/2015/NĐ-CP",
        "chapter": "Chương III",
        "in_force_from": "2015-09-01",
        "articles": articles,
    }
    target = (
        Path(__file__).resolve().parent.parent / "thads" / "legal" / "data" / "decree62_ch3.json"
    )
    target.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(articles)} articles written to {target}")


if __name__ == "__main__":
    main(sys.argv[1])
