"""thads rotate_data_key: re-encrypt all personal data under the newest THADS_DATA_KEYS key."""

from django.core.management.base import BaseCommand

from thads.core.keys import rotate_all


class Command(BaseCommand):
    help = "Re-encrypt every protected value under the first key of THADS_DATA_KEYS."

    def handle(self, *args: object, **options: object) -> None:
        for label, n in rotate_all().items():
            self.stdout.write(f"{label}: {n} rows re-encrypted")
