"""The Dashboard: builds empty and with data, real counts, missing services, themes, a11y."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor, QPalette
from tests.ui.a11y_walk import unnamed_inputs
from tests.ui.report_helpers import add_contacts, make_ctx

from peerdesk.ui.dashboard.data import first_month

pytestmark = pytest.mark.gui


def build(qtbot, desk, opened=None):
    from peerdesk.ui.dashboard.page import Page

    page = Page(make_ctx(desk, opened=opened))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    return page


def test_empty_vault_shows_plain_notes_instead_of_empty_charts(qtbot, desk):
    page = build(qtbot, desk)
    assert not page.cards["contacts"].chart.isVisibleTo(page)
    assert "Ctrl+N" in page.cards["contacts"].note.text()  # what to do next
    assert "No follow-ups are due" in page.followups.text()
    assert "No check-ins yet" in page.cards["selfcare"].note.text()
    assert not page.cards["selfcare"].chart.isVisibleTo(page)
    assert not page.cards["topics"].isVisibleTo(page)


def test_with_data_counts_the_last_twelve_months(qtbot, desk):
    today = date.today()
    start = first_month(today)
    add_contacts(desk, 24, start, (today - start).days)
    add_contacts(desk, 3, start - timedelta(days=40), 5, seed=2)  # older: not on the dashboard
    page = build(qtbot, desk)
    contacts = page.cards["contacts"].chart.spec()
    assert sum(contacts.series[0].values) == 24
    minutes = sum(c.duration_min for c in desk.contacts.list_between(start, today))
    hours = page.cards["hours"].chart.spec().series[0].values
    assert abs(sum(hours) - minutes / 60) < 0.6  # each month rounded to a tenth
    topics = page.cards["topics"].chart.spec()
    assert 0 < len(topics.x_labels) <= 8
    due = desk.contacts.followups_count(today)
    if due:
        assert str(due) in page.followups.text()
    assert "Contacts per month" in page.cards["contacts"].chart.accessibleName()
    assert page.cards["contacts"].chart.accessibleDescription()


def test_followup_button_opens_the_contact_log(qtbot, desk):
    today = date.today()
    add_contacts(desk, 5, today - timedelta(days=30), 3)  # follow-ups a week later: overdue
    opened: list[str] = []
    page = build(qtbot, desk, opened)
    assert "overdue" in page.followups.text()
    page.log_button.click()
    assert opened == ["contacts"]


def test_selfcare_trend_and_training(qtbot, desk):
    desk.selfcare.add_by_keys("who5", _who5_answers(desk), taken_at=None)
    page = build(qtbot, desk)
    card = page.cards["selfcare"]
    assert card.chart.isVisibleTo(page)
    values = [v for v in card.chart.spec().series[0].values if v is not None]
    assert len(values) == 1
    training = page.cards["training"].chart.spec()
    total = len(desk.training.modules())
    assert training.series[0].values[2] == total  # nothing started yet
    assert "hours of training" in page.cards["training"].note.text()


def _who5_answers(desk) -> dict[str, int]:
    instrument = desk.selfcare.instrument("who5")
    return {item.key: 3 for item in instrument.items}


def test_refresh_reloads_and_clear_drops_content(qtbot, desk):
    page = build(qtbot, desk)
    page.show()
    add_contacts(desk, 2, date.today() - timedelta(days=1), 1)  # yesterday: never in the future
    page.refresh("contacts")
    qtbot.waitUntil(lambda: sum(page.cards["contacts"].chart.spec().series[0].values) == 2)
    page.refresh("unrelated")
    assert not page.loading
    page.clear()
    assert page.data is None and page.followups.text() == ""
    assert page.cards["contacts"].chart.spec().series == ()


@pytest.mark.parametrize("dark", [False, True])
def test_readable_in_light_and_dark_and_accessible(qtbot, desk, dark):
    add_contacts(desk, 12, first_month(date.today()), 200)
    page = build(qtbot, desk)
    if dark:
        palette = QPalette(page.palette())
        for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                             (QPalette.ColorRole.WindowText, "#e8eaed"),
                             (QPalette.ColorRole.Base, "#2b2c2f"),
                             (QPalette.ColorRole.Text, "#e8eaed")):  # fmt: skip
            palette.setColor(role, QColor(colour))
        page.setPalette(palette)
    page.resize(900, 1200)
    page.show()
    image = page.cards["contacts"].chart.grab().toImage()
    background = image.pixelColor(5, 5)
    assert (background.lightness() < 100) == dark  # the chart follows the palette
    assert unnamed_inputs(page) == []
