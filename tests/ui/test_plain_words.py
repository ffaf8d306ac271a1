"""Plain words: codes and jargon never reach the screen; numbers carry their unit."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QSpinBox
from tests.ui.conftest import unlock

JARGON = ("rotate the data key", "(months)", "who-5.", "debrief: debrief:")


def _visible_text(root) -> str:
    parts = [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root)]
    parts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisibleTo(root)]
    for box in root.findChildren(QComboBox):
        parts += [box.itemText(i) for i in range(box.count())]
    parts += [b.text() for b in root.findChildren(QSpinBox)]
    return "\n".join(parts).replace("&", "").lower()


def test_settings_speak_plainly(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    page = window.go("settings")
    text = _visible_text(page)
    for phrase in JARGON:
        assert phrase not in text
    retention = page.editors["contacts.retention_months"]
    assert retention.text() == "Never"  # 0 months is "never clear"
    retention.setValue(6)
    assert retention.text() == "6 months"
    theme = page.editors["theme"]
    assert [theme.itemText(i) for i in range(theme.count())] == [
        "Same as the system",
        "Light",
        "Dark",
    ]
    assert theme.currentData() == "system"
    assert "start over with new keys" in text


def test_every_page_is_free_of_known_jargon(qtbot, make_window, existing_vault):
    from peerdesk.ui.shell.pages import PAGES

    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    for spec in PAGES:
        text = _visible_text(window.go(spec.key))
        for phrase in JARGON:
            assert phrase not in text, f"{phrase!r} on {spec.key}"
