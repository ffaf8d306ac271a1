"""Pseudo-locale walk: every page, unlock screen and dialog, checked for strings that skip tr.

Surfaces listed in tests/ui/untranslated_allowlist.txt may still show untranslated strings
(the first round of issue 20 built the tools; the second wraps the strings). Any other surface
must show none, and a listed surface that has become clean must be taken off the list.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from tests.ui.conftest import PASSPHRASE
from tests.ui.i18n_walk import (
    DIALOGS,
    clipped,
    dialog_builders,
    load_allowlist,
    needs_translation,
    untranslated,
)
from tests.ui.sync_runner import SyncRunner, page_context

from peerdesk.core import language
from peerdesk.ui.shared import i18n
from peerdesk.ui.shell.pages import PAGES

ALLOWED = load_allowlist()


def judge(surface: str, found: list[str]) -> None:
    if surface in ALLOWED.surfaces:
        assert found, f"{surface} is fully translated now: delete its line from the allow-list"
    else:
        listing = "\n".join(found)
        assert not found, f"{surface} shows strings that skip the translator:\n{listing}"


def show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.wait(10)
    return widget


@pytest.mark.parametrize("key", [p.key for p in PAGES])
def test_page_strings_go_through_the_translator(qtbot, pseudo, vault_factory, local_settings, key):
    from peerdesk.storage.assembly import open_desk
    from peerdesk.ui.shell.pages import build_page

    vault, _ = vault_factory("pseudo.peerdesk", PASSPHRASE)
    desk = open_desk(vault)  # after `pseudo`: questionnaires load their texts marked too
    ctx = page_context(desk, local_settings)
    page = show(qtbot, build_page(key, ctx))
    judge(f"page:{key}", untranslated(page, ALLOWED))
    page.clear()


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_strings_go_through_the_translator(qtbot, pseudo, tmp_path, name):
    from peerdesk.storage.directory import Directory
    from peerdesk.ui.shared.clipboard import SecureClipboard

    directory = Directory.open(tmp_path / "directory.sqlite")
    dialog = dialog_builders(directory, SyncRunner(), SecureClipboard())[name]()
    judge(f"dialog:{name}", untranslated(show(qtbot, dialog), ALLOWED))
    dialog.close()


def test_unlock_screens_and_menus_go_through_the_translator(qtbot, pseudo, make_window, tmp_path):
    window = make_window(tmp_path / "new.peerdesk")
    roots = []
    for index in range(window.flow.count()):
        window.flow.setCurrentIndex(index)
        screen = window.flow.currentWidget()
        roots.append((f"unlock:{type(screen).__name__}", screen))
    roots += [("window:menus", window.menuBar()), ("window:status", window.statusBar())]
    problems = []
    for surface, root in roots:
        found = untranslated(root, ALLOWED)
        if (surface in ALLOWED.surfaces) == (not found):
            problems.append(f"{surface}: {found or 'clean: delete its allow-list line'}")
    assert problems == []


# --- the walker itself ---------------------------------------------------------------------
def test_the_walker_flags_plain_text_and_passes_translated_text(qtbot, pseudo):
    root = QWidget()
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("<b>Plain</b> words"))
    layout.addWidget(QPushButton(i18n.translate("Walker", "&Save")))
    button = QPushButton("OK")
    button.setToolTip("A tooltip nobody wrapped")
    layout.addWidget(button)
    layout.addWidget(QLabel("PeerDesk 0.1.0"))  # a proper name and a number: nothing to do
    hidden = QLabel("Hidden text")
    layout.addWidget(hidden)
    show(qtbot, root)
    hidden.hide()
    found = untranslated(root, ALLOWED)
    assert found == [
        "QLabel text: 'Plain words'",  # inline markup does not split a sentence
        "QPushButton toolTip: 'A tooltip nobody wrapped'",
        "QPushButton text: 'OK'",
    ]


def test_pseudo_mode_marks_qt_own_strings_and_plurals(qtbot, pseudo):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text().startswith(language.PSEUDO_OPEN)
    assert "3" in i18n.translate("Walker", "%n file(s)", None, 3)
    assert language.current() == language.PSEUDO
    assert isinstance(QApplication.instance(), QApplication)


def test_the_layout_check_sees_text_that_no_longer_fits(qtbot, pseudo):
    root = QWidget()
    button = QPushButton(i18n.translate("Walker", "Save the contact"), root)
    show(qtbot, root)
    assert clipped(root) == []
    button.setFixedWidth(button.minimumSizeHint().width() // 2)
    assert len(clipped(root)) == 1
    assert clipped(root)[0].startswith("QPushButton '⟦Sàvé")


def test_allowlist_names_only_known_surfaces():
    known = {f"page:{p.key}" for p in PAGES} | {f"dialog:{d}" for d in DIALOGS}
    prefixes = ("unlock:", "window:")
    unknown = [s for s in ALLOWED.surfaces if s not in known and not s.startswith(prefixes)]
    assert unknown == []


def test_inline_markup_keeps_a_translated_sentence_whole(pseudo):
    from tests.ui.i18n_walk import _lines

    marked = i18n.translate("Walker", "Shown <b>only now</b>: keep it safe")
    assert _lines(marked) == [_lines(marked)[0]]  # one line, the marker included
    assert not needs_translation(_lines(marked)[0], ALLOWED.names)
    assert _lines("<p>One</p><p>Two</p>") == ["One", "Two"]  # paragraphs still split
