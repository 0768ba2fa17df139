"""The UI is Vietnamese first: every string has a Vietnamese translation, compiled."""

import shutil
import subprocess
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parent.parent / "thads" / "locale" / "vi" / "LC_MESSAGES"


def _entries(po_text: str):
    for block in po_text.split("\n\n"):
        lines = block.strip().splitlines()
        ids = [ln for ln in lines if ln.startswith("msgid ")]
        strs = [ln for ln in lines if ln.startswith("msgstr")]
        if ids and ids[0] != 'msgid ""':
            yield ids[0], strs


def test_every_message_has_a_vietnamese_translation():
    po = (LOCALE / "django.po").read_text(encoding="utf-8")
    untranslated = [msgid for msgid, strs in _entries(po) if all(s.endswith('""') for s in strs)]
    assert untranslated == []
    assert "#, fuzzy\nmsgid" not in po


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt is not installed")
def test_compiled_catalogue_is_up_to_date(tmp_path):
    out = tmp_path / "django.mo"
    subprocess.run(
        ["msgfmt", "--check-format", "-o", str(out), str(LOCALE / "django.po")], check=True
    )  # noqa: S603, S607
    assert out.read_bytes() == (LOCALE / "django.mo").read_bytes()


def test_vietnamese_is_the_default_language(client, users):
    client.force_login(users.alice)
    html = client.get("/").content.decode()
    assert '<html lang="vi">' in html and "Trang chủ" in html
