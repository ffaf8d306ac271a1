"""Widgets of the Self-care page: check-in forms, trends, the plan editor, nudges and help."""
