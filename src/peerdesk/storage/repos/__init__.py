"""Repositories over sqlite-utils: one module per feature, assembled in storage.assembly."""
