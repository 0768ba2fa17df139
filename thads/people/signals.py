"""What the people app tells the apps built on it, without importing them.

`grade_or_post_changed` is sent inside the transaction that changed a person's grade or
leadership post, with `actor`, `person` and `on`: the equipment app exchanges or takes back
the card (Art. 73.1) in the same transaction.
"""

from django.dispatch import Signal

grade_or_post_changed = Signal()
