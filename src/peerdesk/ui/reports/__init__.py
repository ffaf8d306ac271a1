"""The Reports page: preview, export and the report PDF renderer."""
