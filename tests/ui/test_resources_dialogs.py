"""Resources dialogs: import preview, the lock-screen dialog, the service form, referrals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from tests.ui.resources_helpers import ids, unnamed_inputs, write_csv

GOOD = "imp-1,Harbour staff line,CA,416-555-0101,eap,2026-10-01"


# Plural forms ("2 services found") come from the English catalogue, as in the window.
pytestmark = pytest.mark.usefixtures("english_catalogue")


@pytest.fixture
def directory(tmp_path):
    from peerdesk.storage.directory import Directory

    directory = Directory.open(tmp_path / "dir" / "directory.sqlite")
    yield directory
    directory.close()


@pytest.fixture
def importer(qtbot, directory):
    from peerdesk.ui.resources.import_dialog import ImportDialog
    from peerdesk.ui.shared.tasks import Runner

    runner = Runner()
    dialog = ImportDialog(directory.path, runner)
    qtbot.addWidget(dialog)
    yield dialog
    runner.wait()


def preview(qtbot, dialog, path):
    dialog.choose(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


# -- import -------------------------------------------------------------------------------------
def test_a_bad_row_is_listed_and_the_rest_imports(qtbot, importer, directory, tmp_path):
    bad = write_csv(tmp_path / "bad.csv", [GOOD, "imp-2,Broken line,CA,12,eap,2026-10-01"])
    preview(qtbot, importer, bad)
    report = importer.details.toPlainText()
    assert "bad.csv, row 3, column phones" in report and "marked unchecked" in report
    assert importer.import_button.isEnabled()
    importer.start_import()
    qtbot.waitUntil(lambda: not importer.busy, timeout=10_000)
    kept = directory.get("imp-2")
    assert kept is not None and kept.phones[0].number == "12" and not kept.phones[0].checked


def test_a_package_level_problem_imports_nothing(qtbot, importer, directory, tmp_path):
    before = directory.count()
    bad = write_csv(tmp_path / "bad.csv", [GOOD])
    bad.write_text(bad.read_text().replace("id,", "id,shoe_size,", 1))
    preview(qtbot, importer, bad)
    assert "Nothing will be imported" in importer.state.text()
    assert not importer.import_button.isEnabled()
    importer.start_import()  # even if called anyway, nothing happens
    assert not importer.busy
    assert directory.count() == before and directory.get("imp-1") is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"id,name\nx,\xff\xfe broken\n", "not valid UTF-8"),
        (b"id,name,colour\nx,Y,blue\n", "column colour: unknown column"),
    ],
)
def test_unreadable_files_get_a_clear_message(qtbot, importer, tmp_path, content, expected):
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    preview(qtbot, importer, path)
    assert expected in importer.details.toPlainText()
    assert not importer.import_button.isEnabled()


def test_a_missing_file_is_reported(qtbot, importer, tmp_path):
    preview(qtbot, importer, tmp_path / "gone.csv")
    assert "does not exist" in importer.details.toPlainText()
    assert not importer.import_button.isEnabled()


def test_good_file_previews_then_imports_all(qtbot, importer, directory, tmp_path):
    path = write_csv(tmp_path / "good.csv", [GOOD, "imp-2,Site chaplain,CA,613-555-0102,,"])
    preview(qtbot, importer, path)
    assert "Ready to import 2 services (2 new, 0 updates)" in importer.state.text()
    assert "Harbour staff line" in importer.details.toPlainText()
    assert directory.get("imp-1") is None  # a preview writes nothing
    with qtbot.waitSignal(importer.imported, timeout=10_000) as signal:
        importer.import_button.click()
    assert signal.args == [2]
    assert directory.get("imp-1").name == "Harbour staff line"
    assert not importer.import_button.isEnabled()
    assert importer.progress.value() == importer.progress.maximum()


def test_import_dialog_is_named_for_screen_readers(importer):
    assert unnamed_inputs(importer) == []


def test_page_import_reloads_the_list(qtbot, desk, tmp_path, monkeypatch):
    from tests.ui.resources_helpers import make_ctx

    from peerdesk.ui.resources.import_dialog import ImportDialog
    from peerdesk.ui.resources.page import Page

    page = Page(make_ctx(desk))
    qtbot.addWidget(page)
    path = write_csv(tmp_path / "good.csv", [GOOD])

    def run(dialog: ImportDialog) -> int:
        preview(qtbot, dialog, path)
        with qtbot.waitSignal(dialog.imported, timeout=10_000):
            dialog.start_import()
        return 1

    monkeypatch.setattr(ImportDialog, "exec", run)
    page.open_import()
    assert "imp-1" in ids(page.browser)
    page.clear()


# -- the lock-screen dialog ---------------------------------------------------------------------
def test_lock_screen_dialog_needs_no_desk_and_lists_the_country_first(qtbot, directory):
    from peerdesk.ui.resources.crisis import CrisisResourcesDialog

    dialog = CrisisResourcesDialog(directory, None, country="NZ")
    qtbot.addWidget(dialog)
    model = dialog.browser.model
    shown = [model.resource(r) for r in range(model.rowCount())]
    assert shown and {r.country for r in shown} == {"NZ"}
    assert "emergency" in shown[0].categories
    dialog.browser.filter_bar.search.setText("1737")
    dialog.browser.filter_bar.flush()
    assert ids(dialog.browser) == ["pd-nz-1737"]
    dialog.browser.card.copy_button.click()
    assert QGuiApplication.clipboard().text() == directory.get("pd-nz-1737").contact_text()
    assert QGuiApplication.clipboard().mimeData().hasFormat("x-kde-passwordManagerHint")
    assert unnamed_inputs(dialog) == []


def test_country_guess_follows_the_locale():
    from PySide6.QtCore import QLocale

    from peerdesk.ui.resources.countries import guess_country

    assert guess_country(QLocale("en_NZ")) == "NZ"
    assert guess_country(QLocale("fr_CA")) == "CA"
    assert guess_country(QLocale.c()) is None


def test_unlock_screen_hook_opens_this_dialog(qtbot, monkeypatch):
    from peerdesk.ui.resources import hook as resources_hook
    from peerdesk.ui.resources.crisis import CrisisResourcesDialog

    seen = []
    monkeypatch.setattr(CrisisResourcesDialog, "exec", lambda self: (seen.append(self), 0)[1])
    resources_hook.show_resources(None)
    assert len(seen) == 1 and seen[0].browser.model.rowCount() >= 26


# -- the service form ---------------------------------------------------------------------------
def test_form_saves_the_organisations_service(qtbot, directory):
    from peerdesk.ui.resources.form import ServiceForm

    form = ServiceForm(directory)
    qtbot.addWidget(form)
    form.fields["name"].setText("Peer support team")
    form.kind.setCurrentIndex(form.kind.findData("peer support"))
    form.fields["phones"].setText("416-555-0142; 416-555-0143")
    form.fields["country"].setText("CA")
    form.fields["text_codes"].setText("PEER to 686868")
    form.save()
    assert form.result() == QDialog.DialogCode.Accepted
    saved = directory.get("user-peer-support-team")
    assert saved.origin == "user" and saved.categories == ("peer support",)
    assert [p.number for p in saved.phones] == ["416-555-0142", "416-555-0143"]
    assert saved.text_codes[0].keyword == "PEER"
    assert unnamed_inputs(form) == []


def test_form_names_the_bad_field_and_saves_nothing(qtbot, directory):
    from peerdesk.ui.resources.form import ServiceForm

    before = directory.count()
    form = ServiceForm(directory)
    qtbot.addWidget(form)
    form.fields["name"].setText("Chaplain")
    form.fields["country"].setText("CA")
    form.fields["phones"].setText("12")
    form.save()
    assert form.result() != QDialog.DialogCode.Accepted
    assert "phones" in form.error.text() and "Not saved" in form.error.text()
    assert directory.count() == before


def test_form_edits_an_existing_entry_in_place(qtbot, directory):
    from peerdesk.ui.resources.form import ServiceForm

    first = directory.add_user_resource(
        {"id": "user-hr", "name": "HR", "country": "GB", "phones": ["020 7946 0000"],
         "last_verified": "2025-03-04"}
    )  # fmt: skip
    form = ServiceForm(directory, None, first)
    qtbot.addWidget(form)
    assert form.fields["phones"].text() == "020 7946 0000"
    assert form.verified.date().toString("yyyy-MM-dd") == "2025-03-04"
    form.fields["hours"].setText("Weekdays")
    form.save()
    assert directory.get("user-hr").hours == "Weekdays"


# -- picking a referral -------------------------------------------------------------------------
def test_referral_from_the_directory(qtbot, directory):
    from peerdesk.ui.resources.referral import ReferralDialog

    dialog = ReferralDialog(directory)
    qtbot.addWidget(dialog)
    dialog.browser.filter_bar.search.setText("kids help")
    dialog.browser.filter_bar.flush()
    dialog.browser.select("pd-ca-kids-help-phone")
    dialog.accept()
    assert dialog.picked == ("Kids Help Phone", "crisis_line", "pd-ca-kids-help-phone")
    assert unnamed_inputs(dialog) == []


def test_referral_with_a_free_label(qtbot, directory):
    from peerdesk.ui.resources.referral import ReferralDialog

    dialog = ReferralDialog(directory)
    qtbot.addWidget(dialog)
    dialog.free.setChecked(True)
    dialog.accept()
    assert dialog.picked is None and "type a label" in dialog.error.text()
    dialog.label.setText("Union representative")
    dialog.accept()
    assert dialog.picked == ("Union representative", "other", None)


def test_pick_referral_returns_none_when_cancelled(qtbot, directory):
    from peerdesk.ui.resources.referral import pick_referral

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert pick_referral(None, directory) is None


# -- the detail pane ----------------------------------------------------------------------------
def test_card_shows_imported_details_in_the_steady_order(qtbot, tmp_path):
    from pathlib import Path

    from peerdesk.core.resources.importer import read_import
    from peerdesk.ui.resources.browser import ResourceCard

    real = Path(__file__).parents[1] / "fixtures" / "openreferral" / "hsds3_json"
    service = read_import(real).resources[0]
    card = ResourceCard()
    qtbot.addWidget(card)
    card.show_resource(service)
    text = card.view.toPlainText()
    headings = ["What it is", "Who it is for", "Cost", "How to apply", "When it is open",
                "Languages", "Accessibility", "Where", "Source and date"]  # fmt: skip
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert "Ages 12 to 100" in text and "Urdu" in text and "induction loops" in text
    assert "Open now" in text or "Closed now" in text


def test_card_says_when_an_organisation_changed_a_built_in_entry(qtbot, directory, tmp_path):
    from peerdesk.ui.resources.browser import ResourceCard

    pack = tmp_path / "acme-pack.csv"
    pack.write_text("id,name,country,phones\npd-gb-samaritans,Samaritans (Acme note),GB,116 123\n")
    directory.import_path(pack)
    card = ResourceCard()
    qtbot.addWidget(card)
    card.show_resource(directory.get("pd-gb-samaritans"))
    assert "Changed by your organisation: acme-pack.csv" in card.view.toPlainText()


def test_first_run_country_step_saves_the_choice_for_the_lock_screen(qtbot, directory):
    from peerdesk import paths
    from peerdesk.core.settings import LocalSettings
    from peerdesk.ui.resources.crisis import CrisisResourcesDialog
    from peerdesk.ui.unlock.country import CountryStep

    local = LocalSettings(paths.config_dir() / "settings.json")
    step = CountryStep(local)
    qtbot.addWidget(step)
    step.combo.setCurrentIndex(step.combo.findData("IE"))
    assert LocalSettings(paths.config_dir() / "settings.json").get("country") == "IE"
    dialog = CrisisResourcesDialog(directory)
    qtbot.addWidget(dialog)
    first = dialog.browser.model.resource(0)
    assert first.id == "pd-ie-112" and "112" in dialog.emergency.text()
    dialog.done(0)


def test_country_step_keeps_working_when_the_setting_cannot_be_saved(qtbot, tmp_path):
    from peerdesk.ui.unlock.country import CountryStep

    class Broken:
        def get(self, key):
            return "system"

        def set(self, key, value):
            raise OSError("read-only disk")

    step = CountryStep(Broken())
    qtbot.addWidget(step)
    step.combo.setCurrentIndex(step.combo.findData("CA"))
    assert "could not be saved" in step.message.text()
