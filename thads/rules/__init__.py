"""The law as code: pure rules of Chapter III of Decree 62/2015/NĐ-CP, with their citations.

No Django, no database, no clock: callers gather the facts and pass the day (`on`).
Use `thads.rules.engine.evaluate(rule_id, facts, on)` and `list_rules()`.
"""

# Each module registers its rules on import; importing the package registers the catalogue.
from thads.rules import enforcement, equipment, insignia, personnel  # noqa: E402

__all__ = ["enforcement", "equipment", "insignia", "personnel"]
