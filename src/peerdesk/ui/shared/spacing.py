"""One spacing scale for every page (multiples of 4 px, as the GNOME and KDE guidelines use)."""

from __future__ import annotations

UNIT = 4
GAP = 2 * UNIT  # between related controls
SECTION = 4 * UNIT  # between groups of controls
PAGE = 4 * UNIT  # the page's own margin
