"""The Reports page: preview equals the export, small counts as <k, exports, team merge, a11y."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from tests.ui.a11y_walk import unnamed_inputs
from tests.ui.report_helpers import CANARY_INCIDENT, CANARY_NOTE, add_contacts, make_ctx

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, desk, english_catalogue):
    from peerdesk.ui.reports.page import Page

    add_contacts(desk, 40, date(2024, 1, 1), 88)  # January to March 2024
    statuses: list[str] = []
    widget = Page(make_ctx(desk, statuses))
    widget.statuses = statuses
    qtbot.addWidget(widget)
    widget.from_month.setDate(QDate(2024, 1, 1))
    widget.to_month.setDate(QDate(2024, 3, 1))
    settle(qtbot, widget)
    return widget


def settle(qtbot, widget) -> None:
    widget.rebuild()
    qtbot.waitUntil(lambda: not widget.busy, timeout=5000)


def published_column(page) -> list[str]:
    model = page.model
    return [model.data(model.index(r, 2)) for r in range(model.rowCount())]


def test_preview_equals_exported_json(page, tmp_path):
    path = page.export("json", tmp_path / "mine.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    summary = doc["summary"]
    assert published_column(page)[:5] == [
        str(summary["contacts"]),
        str(summary["hours"]),
        page.model.row(2).value,  # the mean, worked out from the two figures above
        summary["people_reached"]["text"],
        str(summary["incidents"]),
    ]
    expected = []
    for table in doc["tables"][1:]:
        expected += [str(c["value"]) for c in table["cells"]]
        if table["total"] is not None:
            expected.append(str(table["total"]))
    assert published_column(page)[-len(expected) :] == expected
    assert doc["period"] == {"from_month": "2024-01", "to_month": "2024-03"}
    assert abs(summary["contacts"] - 40) <= 6
    assert doc["accuracy"] == page.explanation.text()


def test_figures_that_may_hide_small_counts_are_explained(page, qtbot):
    values = published_column(page)
    model = page.model
    row = values.index("0", 5)
    assert "fewer than 5" in model.data(model.index(row, 3))
    assert model.data(model.index(row, 2), Qt.ItemDataRole.UserRole) == "protected"
    assert "off by up to 4" in page.explanation.text()
    page.k_spin.setValue(10)
    settle(qtbot, page)
    assert all(v == "0" or int(v) >= 10 for v in published_column(page)[5:] if v.isdigit())
    assert page.k_spin.minimum() == 3 and page.k_spin.maximum() == 100


def test_quarter_and_year_views(page, qtbot):
    page.from_month.setDate(QDate(2023, 1, 1))
    page.to_month.setDate(QDate(2024, 12, 1))
    page.grain_combo.setCurrentIndex(page.grain_combo.findData("quarter"))
    settle(qtbot, page)
    rows = [page.model.row(r) for r in range(page.model.rowCount())]
    quarters = [r for r in rows if r.section == "Contacts per quarter" and r.category != "Total"]
    assert [r.category for r in quarters][:2] == ["2023 Q1", "2023 Q2"] and len(quarters) == 8
    assert sum(int(r.value) for r in quarters) == page.own_report.contacts
    page.grain_combo.setCurrentIndex(page.grain_combo.findData("year"))
    settle(qtbot, page)
    assert page.chart.spec().title == "Contacts per year"


def test_exports_csv_json_pdf_without_free_text(page, tmp_path, monkeypatch):
    from peerdesk.ui.reports import page as reports

    chosen = iter([tmp_path / "r.csv", tmp_path / "r.json", tmp_path / "r"])
    monkeypatch.setattr(reports, "ask_save_path", lambda *_: next(chosen))
    for fmt in ("csv", "json", "pdf"):
        page.export_buttons[fmt].click()
    rows = list(csv.reader((tmp_path / "r.csv").open(encoding="utf-8")))
    contacts = str(page.own_report.contacts)
    assert rows[0] == ["table", "category", "value"] and ["summary", "contacts", contacts] in rows
    assert (tmp_path / "r.pdf").stat().st_size > 1000  # no suffix typed: .pdf added
    for path in (tmp_path / "r.csv", tmp_path / "r.json"):
        text = path.read_text(encoding="utf-8")
        assert CANARY_NOTE not in text and CANARY_INCIDENT not in text
    if shutil.which("pdftotext"):
        from tests.ui.test_report_pdf import pdf_text

        text = pdf_text(tmp_path / "r.pdf")
        assert "Peer support report" in text and CANARY_NOTE not in text
    assert page.message.text() == "Report saved as r.pdf."


def test_cancelled_dialog_writes_nothing(page, tmp_path, monkeypatch):
    from peerdesk.ui.reports import page as reports

    monkeypatch.setattr(reports, "ask_save_path", lambda *_: None)
    before = set(tmp_path.iterdir())
    assert page.export("csv") is None
    assert set(tmp_path.iterdir()) == before


def test_months_in_the_wrong_order_are_refused(page, qtbot):
    page.from_month.setDate(QDate(2024, 5, 1))
    page.to_month.setDate(QDate(2024, 2, 1))
    page.rebuild()
    assert "after the last month" in page.message.text()


def write_reports(page, tmp_path, qtbot, overlap: bool = False) -> list:
    """January (or January to March), then February to March, from this vault."""
    if not overlap:
        page.to_month.setDate(QDate(2024, 1, 1))
        settle(qtbot, page)
    first = page.export("json", tmp_path / "a.json")
    page.from_month.setDate(QDate(2024, 2, 1))
    page.to_month.setDate(QDate(2024, 3, 1))
    settle(qtbot, page)
    second = page.export("json", tmp_path / "b.json")
    return [first, second]


def merge(page, qtbot, paths) -> None:
    done: list[bool] = []
    page.merge_files(paths, done=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)


def test_merge_previews_team_report_and_exports_it(page, qtbot, tmp_path):
    paths = write_reports(page, tmp_path, qtbot)
    merge(page, qtbot, paths)
    assert page.team_report is not None and page.team_report.reports_merged == 2
    assert "2 reports merged" in page.heading.text()
    assert page.own_button.isVisibleTo(page)
    out = page.export("json", tmp_path / "team.json")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["reports_merged"] == 2
    assert published_column(page)[0] == str(doc["summary"]["contacts"])
    page.show_own()
    assert page.team_report is None and "Peer support report" in page.heading.text()


def test_merge_refuses_old_versions_with_a_clear_message(page, qtbot, tmp_path):
    paths = write_reports(page, tmp_path, qtbot)
    doc = json.loads(paths[1].read_text(encoding="utf-8"))
    doc["schema_version"] = 1
    paths[1].write_text(json.dumps(doc), encoding="utf-8")
    before = published_column(page)
    merge(page, qtbot, paths)
    text = page.message.text()
    assert "b.json uses report schema version 1" in text
    assert page.team_report is None and published_column(page) == before


def test_merge_refuses_months_counted_twice(page, qtbot, tmp_path):
    paths = write_reports(page, tmp_path, qtbot, overlap=True)
    merge(page, qtbot, paths)
    assert "counted twice" in page.message.text()
    merge(page, qtbot, [paths[0], paths[0]])
    assert "same report" in page.message.text() and page.team_report is None


def test_merge_refuses_unreadable_file(page, qtbot, tmp_path):
    bad = tmp_path / "notes.json"
    bad.write_text("not json", encoding="utf-8")
    merge(page, qtbot, [bad])
    assert "notes.json is not a readable JSON report" in page.message.text()


def test_refresh_follows_new_contacts_and_clear_drops_everything(page, qtbot, desk):
    add_contacts(desk, 5, date(2024, 2, 1), 10, seed=3)
    page.refresh("contacts")
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert page.own_report.contacts > 0 and page.own_report.table("month").total > 0
    page.clear()
    assert page.model.rowCount() == 0 and page.current_report() is None
    assert not page.export_buttons["pdf"].isEnabled()


def test_accessibility_and_keyboard(page, qtbot):
    page.show()
    assert unnamed_inputs(page) == []
    with qtbot.waitActive(page):
        page.activateWindow()
    page.from_month.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    order = [page.from_month]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        # A spin box's inner editor takes the focus on its behalf; Tab first walks a date
        # edit's sections (month, then year), as everywhere in Qt.
        if focused.objectName() == "qt_spinbox_lineedit":
            focused = focused.parent()
        if focused is not order[-1]:
            order.append(focused)
    assert order[:5] == [
        page.from_month,
        page.to_month,
        page.k_spin,
        page.grain_combo,
        page.training_box,
    ]


def test_model_passes_qtmodeltester(qtmodeltester, page):
    qtmodeltester.check(page.model)
    page.model.set_report(None)
    qtmodeltester.check(page.model)


def test_period_presets_set_whole_months_and_follow_hand_edits(page, qtbot):
    from datetime import date

    from PySide6.QtCore import QDate

    from peerdesk.core.periods import CUSTOM, preset_months

    chooser = page.period_chooser
    assert chooser.currentData() == CUSTOM  # the fixture chose January to March 2024
    for preset in ("last_month", "this_quarter", "last_year", "this_month"):
        chooser.setCurrentIndex(chooser.findData(preset))
        chooser.activated.emit(chooser.currentIndex())
        first, last = preset_months(preset, date.today())
        assert page.from_month.date().toPython().replace(day=1) == first
        assert page.to_month.date().toPython().replace(day=1) == last
    page.from_month.setDate(QDate(2019, 2, 1))
    page.to_month.setDate(QDate(2019, 7, 1))
    assert chooser.currentData() == CUSTOM
    settle(qtbot, page)  # the recount the date changes asked for, before the vault closes
