"""The directory, the crisis dialog and panel, and the report view in French and in pseudo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QPushButton
from tests.ui.i18n_walk import load_allowlist, untranslated
from tests.ui.sync_runner import SyncRunner

from peerdesk.core import language
from peerdesk.ui.shared import i18n

pytestmark = pytest.mark.gui


@pytest.fixture
def french(qapp, monkeypatch):
    monkeypatch.setattr(i18n, "system_tags", lambda: ["en_CA"])
    assert i18n.install(qapp, "fr", pseudo=False) == "fr"
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def directory(tmp_path):
    from peerdesk.storage.directory import Directory

    opened = Directory.open(tmp_path / "directory.sqlite")  # built in the current language
    yield opened
    opened.close()


def test_crisis_dialog_in_french_shows_the_canadian_entries_in_french(qtbot, french, directory):
    from peerdesk.ui.resources.crisis import CrisisResourcesDialog
    from peerdesk.ui.resources.labels import card_html

    dialog = CrisisResourcesDialog(directory, country="CA")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ressources de crise et d'orientation"
    assert dialog.emergency.text() == "Canada\u00a0: le numéro d'urgence est le 911."
    names = {r.id: r.name for r in directory.search("", country="CA")}
    assert names["pd-ca-kids-help-phone"] == "Jeunesse, J'écoute"
    card = card_html(directory.get("pd-ca-988"))
    assert "Appeler\u00a0: 988" in card and "Texto au 988" in card
    assert "24 heures sur 24, 7 jours sur 7" in card and "Fourni avec PeerDesk" in card
    assert "prévention du suicide" in card  # the need, by its French name


def test_crisis_panel_in_french(qtbot, french, directory, monkeypatch):
    from peerdesk.ui.contacts import crisis_panel

    monkeypatch.setattr(crisis_panel, "_directory", lambda: directory)
    panel = crisis_panel.CrisisPanel()
    qtbot.addWidget(panel)
    panel.load("CA")
    texts = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "Quoi faire maintenant" in texts and "Lignes de crise" in texts
    assert "Jeunesse, J'écoute — appeler le 1-800-668-6868, texto CONNECT au 686868" in texts
    assert "répertoire" in panel.findChild(QPushButton).text()
    panel.load("ZZ")  # a country with no lines stored: every country's, never nothing
    assert "Lignes de crise" in panel.services.text()


def test_crisis_panel_has_no_string_that_skips_the_translator(
    qtbot, pseudo, directory, monkeypatch
):
    from peerdesk.ui.contacts import crisis_panel

    monkeypatch.setattr(crisis_panel, "_directory", lambda: directory)
    panel = crisis_panel.CrisisPanel()
    qtbot.addWidget(panel)
    panel.load("CA")
    panel.show()
    assert untranslated(panel, load_allowlist()) == []


def test_report_view_in_french(qapp, french):
    from tests.core.reports_helpers import build
    from tests.ui.scripts.report_pdf_probe import contacts

    from peerdesk.ui.reports.view import all_rows, chart_spec, report_title

    report = build(contacts(3), date(2016, 1, 1), date(2016, 3, 31))
    march = QLocale().standaloneMonthName(3, QLocale.FormatType.ShortFormat)
    assert report_title(report) == f"Rapport de soutien par les pairs, janv. 2016 à {march} 2016"
    rows = all_rows(report)
    sections = {row.section for row in rows}
    assert {"Résumé", "Contacts par moyen de communication", "Contacts par mois"} <= sections
    assert any(row.category == "Texto / clavardage" for row in rows)
    assert chart_spec(report, "channel").title == "Contacts par moyen de communication"
    assert language.current() == language.FRENCH


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.wait(10)
    return widget


@pytest.mark.parametrize(
    "name",
    ["CrisisResourcesDialog", "DirectoryDialog", "ImportDialog", "ReferralDialog", "ServiceForm"],
)
def test_french_dialogs_fit_their_longer_text(qtbot, french, directory, name):
    from tests.ui.i18n_walk import clipped, dialog_builders

    from peerdesk.ui.shared.clipboard import SecureClipboard

    dialog = _shown(qtbot, dialog_builders(directory, SyncRunner(), SecureClipboard())[name]())
    assert clipped(dialog) == []
    dialog.close()


@pytest.mark.parametrize("key", ["resources", "reports"])
def test_french_pages_fit_their_longer_text(qtbot, french, vault_factory, local_settings, key):
    from tests.ui.conftest import PASSPHRASE
    from tests.ui.i18n_walk import clipped

    from peerdesk.storage.assembly import open_desk
    from peerdesk.ui.shared.clipboard import SecureClipboard
    from peerdesk.ui.shared.page import UiContext
    from peerdesk.ui.shared.settings import AppSettings
    from peerdesk.ui.shell.pages import build_page

    vault, _ = vault_factory("fr.peerdesk", PASSPHRASE)
    desk = open_desk(vault)
    settings = AppSettings(local_settings, desk.settings)
    ctx = UiContext(desk, SyncRunner(), SecureClipboard(), settings, lambda _t: None, lambda: None)
    page = _shown(qtbot, build_page(key, ctx))
    assert clipped(page) == []
    page.clear()
