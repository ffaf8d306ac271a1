"""The unlock screens, the window's menus, the help and the printed recovery key in French."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QMenu
from tests.ui.mnemonics import clashes, letter

from peerdesk.core.passphrase import check
from peerdesk.ui.shared import i18n

pytestmark = pytest.mark.gui

# zxcvbn's English advice, none of which may reach a French screen.
ENGLISH_ADVICE = ("Add another word", "Avoid", "easy to guess", "Use a few words", "common")


@pytest.fixture
def french(qapp, monkeypatch):
    monkeypatch.setattr(i18n, "system_tags", lambda: ["en_CA"])  # French chosen on English
    assert i18n.install(qapp, "fr", pseudo=False) == "fr"
    yield
    i18n.uninstall(qapp)


def test_welcome_and_menus_in_french(qtbot, french, make_window, tmp_path):
    window = make_window(tmp_path / "new.peerdesk")
    welcome = window.flow.welcome
    assert window.flow.currentWidget() is welcome
    assert "Bienvenue dans PeerDesk" in welcome.heading.text()
    assert welcome.create_button.text() == "&Créer mon coffre-fort"
    assert welcome.resources_button.text() == "&Ressources de crise et d'orientation"
    assert window.country_step.combo.itemText(0).startswith("Ailleurs")
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["&Fichier", "É&dition", "A&ller", "&Aide"]
    go = [a.text() for a in menus["A&ller"].actions()]
    assert go[:3] == ["Tableau de bord", "Journal des contacts", "Prendre soin de soi"]


def test_french_mnemonics_are_unique_in_each_menu_and_screen(qtbot, french, make_window, tmp_path):
    window = make_window(tmp_path / "new.peerdesk")
    for menu in window.menuBar().findChildren(QMenu):
        letters = [letter(a.text()) for a in menu.actions() if letter(a.text())]
        assert len(set(letters)) == len(letters), [a.text() for a in menu.actions()]
    flow = window.flow
    flow.key_screen.show_key("ABCD-EFGH")
    for index in range(flow.count()):
        flow.setCurrentIndex(index)
        assert clashes(window) == {}, type(flow.currentWidget()).__name__


def test_create_screen_speaks_french_strength_and_policy(qtbot, french, make_window, tmp_path):
    window = make_window(tmp_path / "new.peerdesk")
    window.flow.welcome.create_button.click()
    form = window.flow.create_screen.form
    form.first.setText("abcde")
    assert form.meter.label.text().startswith("Solidité\u00a0: ")
    assert "au moins 15 caractères (5 pour l'instant)" in form.meter.messages.text()
    form.first.setText("qwertyuiopasdfghjkl")  # long, but a keyboard row
    shown = form.meter.messages.text()
    assert "facile à deviner" in shown
    assert not any(phrase in shown for phrase in ENGLISH_ADVICE)
    form.second.setText("something else")
    assert form.match.text() == "Les deux saisies ne sont pas identiques."
    assert not window.flow.create_screen.action_button.isEnabled()


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=15, max_size=30))
def test_no_english_advice_reaches_the_french_meter(qapp, text):
    from peerdesk.core import language
    from peerdesk.ui.unlock.strength import level_name, policy_messages

    i18n.install(qapp, "fr", pseudo=False)
    try:
        result = check(text)
        shown = " ".join(policy_messages(result))
        assert len(policy_messages(result)) == len(result.problems)
        assert not any(phrase in shown for phrase in ENGLISH_ADVICE)
        assert level_name(result.score) in {
            "très faible",
            "faible",
            "passable",
            "forte",
            "très forte",
        }
        assert language.current() == "fr"
    finally:
        i18n.uninstall(qapp)


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=30))
def test_the_english_meter_says_what_the_policy_says(qapp, text):
    from peerdesk.ui.unlock.strength import level_name, policy_messages

    i18n.install(qapp, "en", pseudo=False)
    try:
        result = check(text)
        assert policy_messages(result) == result.messages  # the window's English is unchanged
        assert level_name(result.score) == result.label
    finally:
        i18n.uninstall(qapp)


def test_unlock_and_problem_screens_in_french(qtbot, french, make_window, existing_vault):
    from peerdesk.core.errors import UnlockTooCostly, VaultInUse

    window = make_window(existing_vault[0], shell_only=True)
    screen = window.flow.unlock_screen
    assert screen.where.text().startswith("Coffre-fort\u00a0: <code>")
    screen.field.setText("not the passphrase at all")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: screen.error.text() != "Déverrouillage…", timeout=5000)
    assert screen.error.text().startswith("Cette phrase de passe n'ouvre pas ce coffre-fort.")
    window.flow.show_problem(VaultInUse("x"))
    assert "déjà ouvert" in window.flow.problem.message.text()
    window.flow.show_problem(UnlockTooCostly(42.0, 2.5))
    message = window.flow.problem.message.text()
    assert "42\u00a0s" in message and "2,5\u00a0s" in message  # French numbers
    assert "--allow-slow-unlock" not in message
    assert window.flow.problem.action_button.text() == "Dé&verrouiller quand même"


def test_recovery_key_sheet_and_file_in_french(qtbot, french, tmp_path):
    from peerdesk.ui.unlock import keyout

    key = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    sheet = keyout.key_document_html(key)
    assert "<h2>Clé de récupération PeerDesk</h2>" in sheet and key in sheet
    assert "Gardez cette page en lieu sûr" in sheet
    path = tmp_path / "cle.txt"
    keyout.write_key_file(path, key)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("Clé de récupération PeerDesk\n\n" + key)
    assert "oubliez votre phrase de passe" in text
    assert (path.stat().st_mode & 0o777) == 0o600


def test_help_dialog_in_french(qtbot, french):
    from peerdesk.ui.shared.dialogs import HelpDialog

    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert dialog.windowTitle() != "PeerDesk help"
    assert "Clavier" in text and "Verrouiller maintenant" in text
    assert "Ctrl+1 à Ctrl+7" in text
    assert "Keyboard" not in text and "Lock now" not in text


def test_save_states_in_french(french):
    from peerdesk.ui.shell.saving import FAILED, SAVED, state_label

    assert state_label(SAVED) == "Toutes les modifications sont enregistrées"
    assert state_label(FAILED) == "Échec de l'enregistrement"


def test_theme_names_in_french(french):
    from peerdesk.ui.shell.theme import THEMES, theme_names

    assert set(theme_names()) == set(THEMES)
    assert theme_names() == {"system": "Comme le système", "light": "Clair", "dark": "Sombre"}


def test_french_unlock_screens_fit_a_small_window(qtbot, french, make_window, tmp_path):
    """At 800×600 no French label or button on the unlock screens is cut (the line edits' own
    icon buttons are left out: they show an icon, never their text)."""
    from tests.ui.i18n_walk import clipped

    window = make_window(tmp_path / "new.peerdesk")
    window.resize(800, 600)
    flow = window.flow
    flow.key_screen.show_key("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789")
    cut = []
    for index in range(flow.count()):
        flow.setCurrentIndex(index)
        qtbot.wait(10)
        screen = flow.currentWidget()
        cut += [f"{type(screen).__name__}: {c}" for c in clipped(screen)]
    assert [c for c in cut if "QToolButton" not in c] == []


def test_older_copy_explained_in_french(french):
    from peerdesk.storage.seen import Rollback
    from peerdesk.ui.unlock.problems import rollback_message

    text = rollback_message(Rollback(generation=3, seen_generation=5, retired_key=True))
    assert text.startswith("Cette copie du coffre-fort est plus ancienne")
    assert "n°\u00a03" in text and "n°\u00a05" in text
    assert text.endswith("Elle utilise aussi une clé de données remplacée depuis.")


def test_older_copy_explained_in_english_as_storage_does(english_catalogue):
    from peerdesk.storage.seen import Rollback
    from peerdesk.ui.unlock.problems import rollback_message

    for retired in (False, True):
        rollback = Rollback(generation=7, seen_generation=9, retired_key=retired)
        assert rollback_message(rollback).replace(" then.", " (rotate-key).") == rollback.message()
