"""French in the window: the catalogue is complete and built, loads at start-up, and formats."""

from __future__ import annotations

import importlib.util
import re
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from peerdesk.core import language
from peerdesk.ui.shared import i18n
from peerdesk.ui.shared import locale_format as fmt

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\u00a0"


def _script():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _script()


@pytest.fixture
def french(qapp, monkeypatch):
    monkeypatch.setattr(i18n, "system_tags", lambda: ["en_CA"])
    assert i18n.install(qapp, "fr") == "fr"
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def english(qapp, monkeypatch):
    monkeypatch.setattr(i18n, "system_tags", lambda: ["en_CA"])
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("en_CA"))
    assert i18n.install(qapp, "en") == "en"
    yield
    i18n.uninstall(qapp)


# --- the catalogue ---------------------------------------------------------------------------
@pytest.mark.parametrize("locale", translations.LOCALES)
def test_catalogue_is_complete_for_the_current_code(tmp_path, monkeypatch, locale):
    """Re-extract the strings into a copy: every string wrapped in the window is translated.

    This stays valid while strings get wrapped: a new `translate(...)` without its French (or
    its English plural forms) fails here until scripts/translations.py update + the translator.
    """
    copy = tmp_path / f"peerdesk_{locale}.ts"
    shutil.copy(translations.ts_path(locale), copy)
    monkeypatch.setattr(translations, "ts_path", lambda _locale: copy)
    translations.update(locale)
    assert translations.unfinished(copy) == []
    assert "%n minute(s)" in copy.read_text(encoding="utf-8")


def test_the_checker_sees_unfinished_entries(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<TS version="2.1" language="fr_CA"><context><name>C</name>'
        "<message><source>Done</source><translation>Fait</translation></message>"
        '<message><source>Todo</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n file(s)</source><translation>'
        "<numerusform>%n fichier</numerusform><numerusform></numerusform></translation>"
        "</message></context></TS>",
        encoding="utf-8",
    )
    assert translations.unfinished(ts) == ["C: 'Todo'", "C: '%n file(s)'"]


@pytest.mark.parametrize("locale", translations.LOCALES)
def test_committed_qm_is_built_from_the_committed_ts(tmp_path, locale):
    built = translations.release(locale, tmp_path / "fresh.qm")
    committed = translations.qm_path(locale)
    assert built.read_bytes() == committed.read_bytes(), "run scripts/translations.py release"


def test_plural_messages_keep_their_forms_across_an_update(tmp_path, monkeypatch):
    copy = tmp_path / "peerdesk_fr_CA.ts"
    shutil.copy(translations.ts_path("fr_CA"), copy)
    monkeypatch.setattr(translations, "ts_path", lambda _locale: copy)
    translations.update("fr_CA")
    text = copy.read_text(encoding="utf-8")
    assert "<numerusform>%n minute</numerusform>" in text
    assert "<numerusform>%n minutes</numerusform>" in text


# --- loading at start-up ---------------------------------------------------------------------
def test_french_window_text_and_qt_buttons(qtbot, french):
    from peerdesk.ui.shared.dialogs import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "À propos de PeerDesk"
    assert "n'établit aucune connexion réseau" in dialog.text.toPlainText()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert box.buttons()[0].text() == "Fermer"  # Qt's own catalogue, shipped with PySide6
    assert language.current() == "fr"
    assert QLocale().language() == QLocale.Language.French


def test_english_stays_english(qtbot, english):
    from peerdesk.ui.shared.dialogs import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "About PeerDesk"
    assert language.current() == "en"


@pytest.mark.parametrize(
    ("choice", "desktop", "expected"),
    [
        ("system", ["fr_CA", "en_CA"], "fr"),
        ("system", ["de_DE", "fr_FR"], "fr"),
        ("system", ["de_DE"], "en"),
        ("en", ["fr_CA"], "en"),
        ("fr", ["en_US"], "fr"),
    ],
)
def test_the_setting_and_the_desktop_decide(qapp, monkeypatch, choice, desktop, expected):
    monkeypatch.setattr(i18n, "system_tags", lambda: desktop)
    try:
        assert i18n.install(qapp, choice, pseudo=False) == expected
        title = i18n.translate("AboutDialog", "About PeerDesk")
        assert title == ("À propos de PeerDesk" if expected == "fr" else "About PeerDesk")
    finally:
        i18n.uninstall(qapp)
    assert i18n.translate("AboutDialog", "About PeerDesk") == "About PeerDesk"


def test_pseudo_mode_from_the_environment(qapp, monkeypatch):
    monkeypatch.setenv("PEERDESK_PSEUDO", "1")
    try:
        assert i18n.install(qapp, "fr") == language.PSEUDO
        assert i18n.translate("AboutDialog", "About PeerDesk").startswith(language.PSEUDO_OPEN)
    finally:
        i18n.uninstall(qapp)


def test_a_missing_catalogue_leaves_english(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "catalogue_path", lambda _lang: str(tmp_path / "none.qm"))
    try:
        assert i18n.install(qapp, "fr", pseudo=False) == "fr"
        assert i18n.translate("AboutDialog", "About PeerDesk") == "About PeerDesk"
    finally:
        i18n.uninstall(qapp)


# --- dates, numbers, durations ----------------------------------------------------------------
def test_french_formats(french):
    assert fmt.format_percent(52) == f"52{NBSP}%"
    assert fmt.format_number(1234.5, 1) == f"1{QLocale().groupSeparator()}234,5"
    assert fmt.format_duration(1, long=True) == "1 minute"
    assert fmt.format_duration(0, long=True) == "0 minute"  # French: 0 takes the singular
    assert fmt.format_duration(150, long=True) == "2 heures 30 minutes"
    assert fmt.format_duration(90) == f"1{NBSP}h 30{NBSP}min"
    assert fmt.format_month(2026, 3) == "mars 2026"
    assert fmt.format_date(date(2026, 3, 5), long=True) == "jeudi 5 mars 2026"
    assert "2026" in fmt.format_datetime(datetime(2026, 3, 5, 14, 30))
    assert fmt.format_hours(2.5) == f"2,5{NBSP}h"


def test_english_formats(english):
    assert fmt.format_percent(52) == "52%"
    assert fmt.format_number(1234.5, 1) == "1,234.5"
    assert fmt.format_duration(1, long=True) == "1 minute"
    assert fmt.format_duration(0, long=True) == "0 minutes"
    assert fmt.format_duration(61, long=True) == "1 hour 1 minute"
    assert fmt.format_duration(90) == "1 h 30 min"
    assert fmt.format_month(2026, 3) == "March 2026"
    assert fmt.format_hours(2.5) == "2.5 h"


@settings(deadline=None, max_examples=60)
@given(st.floats(min_value=0, max_value=10**6, allow_nan=False))
def test_durations_add_up_in_both_languages(qapp, minutes):
    for lang in ("fr", "en"):
        i18n.install(qapp, lang, pseudo=False)
        try:
            numbers = [int(n) for n in re.findall(r"\d+", fmt.format_duration(minutes))]
        finally:
            i18n.uninstall(qapp)
        total = numbers[0] * 60 + numbers[1] if len(numbers) == 2 else None
        if total is None:
            text_is_hours = round(minutes) >= 60
            total = numbers[0] * 60 if text_is_hours else numbers[0]
        assert total == round(minutes)


# --- the setting ------------------------------------------------------------------------------
def test_settings_page_offers_the_languages_by_name(qtbot, vault_factory, local_settings):
    from tests.ui.conftest import PASSPHRASE

    from peerdesk.storage.assembly import open_desk
    from peerdesk.ui.settings.page import Page
    from peerdesk.ui.shared.page import UiContext
    from peerdesk.ui.shared.settings import AppSettings

    vault, _ = vault_factory("lang.peerdesk", PASSPHRASE)
    desk = open_desk(vault)
    status: list[str] = []
    ctx = UiContext(desk, None, None, AppSettings(local_settings, desk.settings), status.append,
                    lambda: None)  # fmt: skip
    page = Page(ctx)
    qtbot.addWidget(page)
    combo = page.editors["language"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["System", "English", "Français"]
    combo.setCurrentIndex(2)
    assert local_settings.get("language") == "fr"
    assert "next time PeerDesk starts" in status[-1]
    local_settings.set("language", "en")
    page.refresh("settings")
    assert combo.currentText() == "English"


def test_start_up_applies_the_saved_language(qapp, monkeypatch):
    """`peerdesk` with no command: the setting is read and French loaded before any window."""
    import argparse

    from peerdesk import app, paths
    from peerdesk.core.settings import LocalSettings
    from peerdesk.ui.shell import application

    LocalSettings(paths.config_dir() / "settings.json").set("language", "fr")
    for hook in ("disable_core_dumps", "install_message_handler", "install_excepthook"):
        monkeypatch.setattr(application, hook, lambda: None)
    seen = {}

    def run(_app, _vault, _local, _demo):
        seen["language"] = language.current()
        seen["title"] = i18n.translate("AboutDialog", "About PeerDesk")
        return 0

    monkeypatch.setattr(app, "_run", run)
    try:
        assert app.gui_main(argparse.Namespace(vault=None, demo=False)) == 0
    finally:
        i18n.uninstall(qapp)
    assert seen == {"language": "fr", "title": "À propos de PeerDesk"}


@pytest.mark.parametrize(
    ("lang", "expected", "title"),
    [
        ("fr_CA.UTF-8", "fr fr_CA", "À propos de PeerDesk"),
        ("fr_FR.UTF-8", "fr fr_FR", "À propos de PeerDesk"),  # France keeps its own formats
        ("en_CA.UTF-8", "en en_CA", "About PeerDesk"),
        ("de_DE.UTF-8", "en ", "About PeerDesk"),  # not offered: English
    ],
)
def test_system_follows_the_desktop_locale(tmp_path, lang, expected, title):
    """A fresh process, as a desktop session starts it: only LANG says which language."""
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QLocale\n"
        "app = QApplication([])\n"
        "from peerdesk.ui.shared import i18n\n"
        "print(i18n.install(app, 'system'), QLocale().name())\n"
        "print(i18n.translate('AboutDialog', 'About PeerDesk'))\n"
    )
    keep = ("PATH", "PYTHONPATH", "HOME", "PEERDESK_HOME", "SYSTEMROOT")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(LANG=lang, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.splitlines()[:2]
    assert first.startswith(expected)
    assert second == title
