"""The Training page's parts: lessons, knowledge checks, role-play, reflections and the log."""
