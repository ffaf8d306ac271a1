"""Encrypted vault, schema and repositories. Never imports PySide6."""
