#!/bin/sh
# Refresh the Vietnamese catalogue: extract the messages, fill them from every scripts/vi*.json,
# compile. Prints the messages that still have no translation.
set -e
cd "$(dirname "$0")/.."
ROOT=$PWD
(cd thads && "$ROOT/.venv/bin/django-admin" makemessages -l vi --no-location >/dev/null)
.venv/bin/python scripts/po_fill.py thads/locale/vi/LC_MESSAGES/django.po scripts/vi*.json || true
(cd thads && "$ROOT/.venv/bin/django-admin" compilemessages -l vi >/dev/null)
