"""Dialogs: each has a classmethod ``ask(...)`` that returns a value or None."""
