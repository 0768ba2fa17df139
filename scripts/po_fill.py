"""Fill msgstr of a .po file from a JSON dictionary {msgid: msgstr or [singular, plural]}.

Used when new strings are added: `python scripts/po_fill.py thads/locale/vi/LC_MESSAGES/django.po
scripts/vi.json`, then `thads compilemessages`.
"""

import json
import re
import sys


def unquote(line: str) -> str:
    return json.loads(line) if line.startswith('"') else ""


def main(po_path: str, *dict_paths: str) -> int:
    table: dict = {}
    for dict_path in dict_paths:
        table.update(json.load(open(dict_path, encoding="utf-8")))
    blocks = open(po_path, encoding="utf-8").read().rstrip("\n").split("\n\n")
    missing = []
    out = []
    for block in blocks:
        lines = block.split("\n")
        msgid, plural, key = "", None, None
        for line in lines:
            if line.startswith("msgid "):
                key, msgid = "id", unquote(line[6:])
            elif line.startswith("msgid_plural "):
                key, plural = "pl", unquote(line[13:])
            elif line.startswith('"') and key == "id":
                msgid += unquote(line)
            elif line.startswith('"') and key == "pl":
                plural += unquote(line)
            elif line.startswith("msgstr"):
                key = None
        if not msgid:
            out.append(block)
            continue
        head = [
            ln
            for ln in lines
            if not ln.startswith("msgstr") and not (ln.startswith('"') and _after_msgstr(lines, ln))
        ]
        head = [ln.replace("#, fuzzy, ", "#, ") for ln in head if ln != "#, fuzzy"]
        value = table.get(msgid)
        if value is None:
            missing.append(msgid)
            out.append(block)
            continue
        if plural is not None:
            forms = value if isinstance(value, list) else [value]
            head += [f"msgstr[0] {json.dumps(forms[0], ensure_ascii=False)}"]
        else:
            head += [f"msgstr {json.dumps(value, ensure_ascii=False)}"]
        out.append("\n".join(head))
    text = "\n\n".join(out).replace("#, fuzzy\n", "") + "\n"
    text = re.sub(r'"Plural-Forms: [^"]*"', r'"Plural-Forms: nplurals=1; plural=0;\\n"', text)
    text = text.replace('"Language: \\n"', '"Language: vi\\n"')
    open(po_path, "w", encoding="utf-8").write(text)
    for m in missing:
        print("missing:", m)
    return 1 if missing else 0


def _after_msgstr(lines, line) -> bool:
    idx = lines.index(line)
    for prev in reversed(lines[:idx]):
        if prev.startswith("msgstr"):
            return True
        if prev.startswith("msgid"):
            return False
    return False


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], *sys.argv[2:]))
