"""The Self-care page: check-in forms, trends and their table, the plan and its PDF, nudges."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextEdit,
    QWidget,
)

from peerdesk.core.selfcare.scoring import score
from peerdesk.ui.shared.page import UiContext
from peerdesk.ui.shared.tasks import Runner

# The window always loads the English catalogue: it holds the plural forms ("3 answers").
pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("english_catalogue")]

QUICK_GOOD = {"energy": 4, "sleep": 4, "stress": 2, "mood": 4, "connected": 4, "meaning": 5}
QUICK_LOW = [1, 1, 5, 1, 1, 1]  # stress is reverse-scored: 6 in all, the "Struggling" band


@pytest.fixture
def make_page(qtbot, desk):
    from peerdesk.ui.selfcare.page import Page

    runners, statuses = [], []

    def make(country: str = "ZZ") -> Page:
        runner = Runner()
        runners.append(runner)
        ctx = UiContext(desk, runner, None, None, statuses.append, lambda: None)
        page = Page(ctx, country=country)
        desk.subscribe(page.refresh)  # as the main window routes desk.notify
        qtbot.addWidget(page)
        page.resize(900, 1000)
        page.show()
        qtbot.waitUntil(lambda: runner.pending == 0)
        return page

    yield make
    for runner in runners:
        runner.wait()


@pytest.fixture
def page(make_page):
    return make_page()


def answer_quick(page, answers: dict[str, int]) -> None:
    form = page.checkin.forms["quick_checkin"]
    for widget in form.items:
        if widget.item.key in answers:
            widget.group.button(answers[widget.item.key]).click()


def quick_value(desk, answers: list[int]) -> float:
    inst = desk.selfcare.instrument("quick_checkin")
    return score(inst, answers)["overall"].value


def test_quick_checkin_is_stored_and_the_chart_follows(page, desk):
    assert page.trends.chart.spec().series[0].values[-1] is None  # nothing this week yet
    answer_quick(page, QUICK_GOOD)
    page.checkin.note.setPlainText("slept in the car")
    page.checkin.save_button.click()
    stored = desk.selfcare.checkins("quick_checkin")
    assert len(stored) == 1
    assert stored[0].answers == (4, 4, 2, 4, 4, 5)
    assert stored[0].note == "slept in the car"
    expected = quick_value(desk, [4, 4, 2, 4, 4, 5])  # stress 2 reversed to 4: 25
    assert expected == 25
    assert page.trends.chart.spec().series[0].values[-1] == expected
    assert "1 of 13 weeks" in page.trends.chart.accessibleDescription()
    assert "Doing well" in page.checkin.result.text()
    # The form is ready for next time: answers and note are gone.
    assert all(w.value() is None for w in page.checkin.forms["quick_checkin"].items)
    assert page.checkin.note.toPlainText() == ""


def test_keyboard_only_check_in(qtbot, page, desk):
    form = page.checkin.forms["quick_checkin"]
    with qtbot.waitActive(page):
        page.activateWindow()
    for widget in form.items:
        first = widget.group.buttons()[0]
        first.setFocus()
        qtbot.waitUntil(first.hasFocus)
        qtbot.keyClick(first, Qt.Key.Key_Space)  # answer 1
        qtbot.keyClick(first, Qt.Key.Key_Right)  # arrows move within the scale: answer 2
    assert [w.value() for w in form.items] == [2] * 6
    button = page.checkin.save_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert desk.selfcare.checkins("quick_checkin")[0].answers == (2,) * 6


def test_unanswered_item_is_blocked_with_a_clear_message(page, desk):
    answer_quick(page, {k: v for k, v in QUICK_GOOD.items() if k != "sleep"})
    page.checkin.save_button.click()
    assert desk.selfcare.checkins() == []
    message = page.checkin.message.text()
    assert "Not saved yet" in message
    assert "How well have you been sleeping lately?" in message


def test_too_long_note_is_refused_and_nothing_stored(page, desk):
    answer_quick(page, QUICK_GOOD)
    page.checkin.note.setPlainText("x" * 4001)
    page.checkin.save_button.click()
    assert desk.selfcare.checkins() == []
    assert "note" in page.checkin.message.text()
    assert page.checkin.forms["quick_checkin"].items[0].value() == 4  # answers kept to retry


def proqol_by_hand(answers: list[int]) -> dict[str, int]:
    """ProQOL 5 as published: burnout items 1, 4, 15, 17, 29 reversed as 6 − x."""
    cs = [3, 6, 12, 16, 18, 20, 22, 24, 27, 30]
    bo = [1, 4, 8, 10, 15, 17, 19, 21, 26, 29]
    sts = [2, 5, 7, 9, 11, 13, 14, 23, 25, 28]
    reverse = {1, 4, 15, 17, 29}

    def total(items: list[int]) -> int:
        return sum(6 - answers[n - 1] if n in reverse else answers[n - 1] for n in items)

    return {"cs": total(cs), "bo": total(bo), "sts": total(sts)}


def test_proqol_grid_scores_like_the_core_and_by_hand(page, desk):
    answers = [(n * 7) % 5 + 1 for n in range(1, 31)]
    page.checkin.select("proqol5")
    grid = page.checkin.form()
    assert "www.ProQOL.org" in page.checkin.about.text()
    assert "Center for Victims of Torture" in page.checkin.about.text()
    grid.all_in_one.setText(" ".join(map(str, answers)))
    grid.fill_button.click()
    assert [e.text() for e in grid.edits] == [str(a) for a in answers]
    page.checkin.save_button.click()
    stored = desk.selfcare.checkins("proqol5")
    assert len(stored) == 1 and list(stored[0].answers) == answers
    core = {k: v.value for k, v in desk.selfcare.scores(stored[0]).items()}
    hand = proqol_by_hand(answers)
    assert core == hand
    for measure in desk.selfcare.scores(stored[0]).values():
        shown = page.checkin.result.text()
        assert f"{measure.name}: {measure.value:g} on a scale of 10 to 50" in shown
        assert f"— {measure.band.label}." in shown


def test_grid_refuses_an_out_of_range_answer_naming_the_item(page, desk):
    page.checkin.select("proqol5")
    grid = page.checkin.form()
    grid.set_answers([3] * 30)
    grid.edits[3].setText("7")
    page.checkin.save_button.click()
    assert desk.selfcare.checkins() == []
    assert "Item 4" in page.checkin.message.text()
    assert "from 1 to 5" in page.checkin.message.text()
    grid.all_in_one.setText("1 2 3")
    grid.fill_button.click()
    assert "3 answers typed, the form has 30" in page.checkin.message.text()


def test_who5_grid_uses_its_zero_to_five_scale(page, desk):
    page.checkin.select("who5")
    grid = page.checkin.form()
    grid.set_answers([0, 5, 3, 2, 1])
    page.checkin.save_button.click()
    measure = next(iter(desk.selfcare.scores(desk.selfcare.checkins("who5")[0]).values()))
    assert measure.value == (0 + 5 + 3 + 2 + 1) * 4
    assert "44 %" in page.checkin.result.text()


def test_monthly_reflection_is_labelled_as_not_clinical(page):
    page.checkin.select("monthly_reflection")
    assert page.checkin.notice.isVisibleTo(page)
    assert "not a clinical measure" in page.checkin.notice.text()
    page.checkin.select("quick_checkin")
    assert not page.checkin.notice.isVisibleTo(page)


def test_period_switch_changes_points(page, desk):
    now = datetime.now().replace(second=0, microsecond=0)
    for weeks_ago in (1, 8, 30):
        desk.selfcare.add_checkin("quick_checkin", [3] * 6, now - timedelta(weeks=weeks_ago))
    counts = {}
    for period in ("4w", "3m", "12m", "all"):
        page.trends.select(period=period)
        spec = page.trends.chart.spec()
        values = [v for v in spec.series[0].values if v is not None]
        counts[period] = (len(spec.x_labels), len(values))
    assert counts["4w"] == (4, 1)
    assert counts["3m"] == (13, 2)
    assert counts["12m"] == (52, 3)
    assert counts["all"][1] == 3 and 31 <= counts["all"][0] <= 32
    assert (
        page.trends.summary.text()
        == desk.selfcare.trend("quick_checkin", "overall", "all").summary()
    )


def test_load_series_share_the_time_axis(page, desk):
    from peerdesk.core.contacts.model import Contact

    when = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)
    desk.contacts.add(Contact(when=when, duration_min=90, affect=4, topics=("work_stress",)))
    spec = page.trends.chart.spec()
    names = [s.name for s in spec.series]
    assert names[1:] == ["Contacts", "Hours of support", "How it affected me (1–5)"]
    assert [s.kind for s in spec.series] == ["line", "bar", "bar", "line"]
    assert all(len(s.values) == len(spec.x_labels) for s in spec.series)
    assert (spec.series[1].values[-1], spec.series[2].values[-1]) == (1, 1.5)
    assert spec.series[3].values[-1] == 4
    assert [b.label for b in spec.bands] == ["Struggling", "Getting by", "Doing well"]


def test_table_view_holds_the_chart_data(qtbot, qtmodeltester, page, desk):
    desk.selfcare.add_checkin("quick_checkin", [3] * 6)
    page.trends.as_table.setChecked(True)
    assert page.trends.views.currentWidget() is page.trends.table
    model = page.trends.model
    qtmodeltester.check(model)
    assert model.rowCount() == 13
    assert model.data(model.index(12, 1)) == "18"  # six 3s; stress reversed is 6 − 3 = 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Week"
    page.trends.as_table.setChecked(False)
    assert page.trends.views.currentWidget() is page.trends.chart


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_plan_is_saved_and_printed(qtbot, page, desk, tmp_path):
    editor = page.plan
    editor.edits["warning_signs"].setPlainText("Snapping at home\n\nDreading the phone")
    editor.edits["what_helps"].setPlainText("Walk at lunch")
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    plan = desk.selfcare.plan()
    assert plan.warning_signs == ("Snapping at home", "Dreading the phone")
    assert plan.what_helps == ("Walk at lunch",)
    target = tmp_path / "plan.pdf"
    with qtbot.waitSignal(editor.pdf_written, timeout=20_000):
        editor.write_pdf(target)
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "My warning signs" in text
    assert "Dreading the phone" in text
    assert "Walk at lunch" in text


def test_plan_with_a_too_long_entry_is_not_saved(page, desk):
    page.plan.edits["boundaries"].setPlainText("x" * 301)
    page.plan.save_button.click()
    assert desk.selfcare.plan().boundaries == ()
    assert "Boundaries I keep" in page.plan.message.text()


def nudge_buttons(page, prefix: str) -> list[QPushButton]:
    found = page.care.findChildren(QPushButton)
    return [b for b in found if b.accessibleName().startswith(prefix) and not b.isHidden()]


def test_nudge_dismiss_and_snooze(page, desk):
    desk.selfcare.save_plan({"what_helps": ["Call Sam"]})
    desk.selfcare.add_checkin("quick_checkin", QUICK_LOW)
    assert len(page.care.nudge_keys) == 1
    labels = " ".join(label.text() for label in page.care.findChildren(QLabel))
    assert "Call Sam" in labels  # a step from the supporter's own plan
    nudge_buttons(page, "Dismiss:")[0].click()
    assert page.care.nudge_keys == []
    assert desk.selfcare.nudges() == []
    # A new event (good, then low again) brings a new nudge; "not again this week" hides it.
    desk.selfcare.add_checkin("quick_checkin", [4] * 6)
    desk.selfcare.add_checkin("quick_checkin", QUICK_LOW)
    assert len(page.care.nudge_keys) == 1
    nudge_buttons(page, "Not again this week:")[0].click()
    assert page.care.nudge_keys == []
    assert desk.selfcare.nudges() == []


def test_reminder_shows_until_the_check_in_is_done(page, desk):
    assert nudge_buttons(page, "Check in now")  # weekly by default, nothing yet this week
    page.support.cadence.setCurrentIndex(page.support.cadence.findData("off"))
    assert desk.selfcare.cadence() == "off"
    assert not nudge_buttons(page, "Check in now")
    page.support.cadence.setCurrentIndex(page.support.cadence.findData("daily"))
    nudge_buttons(page, "Check in now")[0].click()
    assert page.tabs.currentWidget() is page.checkin
    desk.selfcare.add_checkin("quick_checkin", [3] * 6)
    assert not nudge_buttons(page, "Check in now")  # silent once done


def test_help_shows_crisis_lines_for_the_country(make_page):
    page = make_page("GB")
    assert "Samaritans" in page.support.help.text()


def test_help_falls_back_to_the_plan(make_page, desk):
    desk.selfcare.save_plan({"professional_supports": ["EAP line 0800 000"]})
    page = make_page("ZZ")
    assert "EAP line 0800 000" in page.support.help.text()
    assert "Samaritans" not in page.support.help.text()


def labelled(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddies:
        return True
    return isinstance(widget, QAbstractButton) and bool(widget.text().replace("&", "").strip())


def test_accessibility_walker(page):
    for key in ("quick_checkin", "monthly_reflection", "proqol5"):
        page.checkin.select(key)
    buddies = {id(lbl.buddy()) for lbl in page.findChildren(QLabel) if lbl.buddy() is not None}
    inputs = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton,
              QTableView)  # fmt: skip
    checked = 0
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, inputs) or widget.parent() is None:
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox | QTableView):
            continue  # the parts inside a composite input
        if type(widget).__name__ in ("QTabBar", "QToolButton"):
            continue  # Qt's own scroll buttons of the tab bar
        assert labelled(widget, buddies), f"{type(widget).__name__} has no name or label"
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and widget.isEnabled():
            hints = widget.inputMethodHints()
            assert hints & Qt.InputMethodHint.ImhSensitiveData, widget.accessibleName()
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            assert widget.tabChangesFocus(), widget.accessibleName()
        checked += 1
    assert checked > 60
    assert page.trends.chart.accessibleDescription().startswith("How you are doing")


def test_clear_drops_content(page, desk):
    desk.selfcare.save_plan({"people": ["Sam"]})
    page.refresh("selfcare")
    answer_quick(page, QUICK_GOOD)
    page.checkin.note.setPlainText("private")
    page.clear()
    assert page.plan.edits["people"].toPlainText() == ""
    assert page.checkin.note.toPlainText() == ""
    assert page.checkin.forms["quick_checkin"].items[0].value() is None
    assert page.trends.model.rowCount() == 0


def test_several_notes_fold_into_one_line_with_a_count(page, desk):
    from datetime import datetime

    care = page.care
    now = datetime.now()
    for weeks_ago in range(12, 0, -1):  # a steady habit: something to celebrate
        desk.selfcare.add_checkin("quick_checkin", [3] * 6, now - timedelta(weeks=weeks_ago))
    desk.selfcare.add_checkin("quick_checkin", QUICK_LOW)  # and a low one: a suggestion
    care.reload()
    count = len(care.nudge_keys) + len(care.milestone_keys)
    assert count >= 2, "the data above should give a nudge and a milestone"
    assert care.toggle is not None and care.toggle.text() == f"Show all ({count})"
    notes = [w for w in care.findChildren(QWidget) if w.accessibleName().startswith("Suggestion")]
    assert notes and all(w.isHidden() for w in notes)
    assert "1 suggestion" in care.summary.text()
    care.toggle.click()
    notes = [w for w in care.findChildren(QWidget) if w.accessibleName().startswith("Suggestion")]
    assert notes and not any(w.isHidden() for w in notes)
    assert care.toggle.text() == "Hide"
