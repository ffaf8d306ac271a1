"""Counts lead to what they count: follow-up counts open the filtered contact list."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from tests.ui.conftest import unlock

# The window loads the English catalogue for its plural forms ("4 follow-ups"), as app.py does.
pytestmark = pytest.mark.usefixtures("english_catalogue")


def _add_followups(desk, overdue: int, later: int) -> None:
    from peerdesk.core.contacts.model import Contact

    when = datetime.now().replace(second=0, microsecond=0) - timedelta(days=20)
    for i in range(overdue + later):
        due = date.today() - timedelta(days=3) if i < overdue else date.today() + timedelta(days=9)
        desk.contacts.add(
            Contact(when=when, duration_min=15, topics=("conflict",), followup_due=due)
        )
    desk.contacts.add(Contact(when=when, duration_min=15, topics=("health",)))


def test_dashboard_follow_up_count_opens_only_those_contacts(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    _add_followups(window.session.desk, overdue=4, later=2)
    dashboard = window.go("dashboard")
    dashboard.reload()
    qtbot.waitUntil(lambda: "4 follow-ups" in dashboard.followups.text(), timeout=5000)
    dashboard.log_button.click()
    page = window.session.view.current_page()
    assert window.session.view.current_key() == "contacts"
    assert page.model.rowCount() == 4  # not the whole log of 7
    assert "4 contacts shown" in page.summary.text()


def test_contact_list_summary_links_to_the_due_follow_ups(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    _add_followups(window.session.desk, overdue=2, later=1)
    page = window.go("contacts")
    page.reload()
    assert page.model.rowCount() == 4
    assert '<a href="due">2 follow-ups due or overdue</a>' in page.summary.text()
    page.summary.linkActivated.emit("due")
    assert page.model.rowCount() == 2
    assert "<a" not in page.summary.text()  # the list already is what the link offered


def test_empty_states_say_what_to_do_next(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    contacts = window.go("contacts")
    assert "Ctrl+N" in contacts.summary.text()  # nothing logged yet: how to start
    _add_followups(window.session.desk, overdue=0, later=1)
    contacts.reload()
    contacts.filters.search.setText("zebra")
    contacts.filters.flush()
    assert contacts.model.rowCount() == 0
    assert "No contacts match" in contacts.summary.text()
    dashboard = window.go("dashboard")
    dashboard.reload()
    qtbot.waitUntil(lambda: not dashboard.loading, timeout=5000)
    assert dashboard.cards["contacts"].chart.isVisibleTo(dashboard)  # there is data now


def test_empty_dashboard_explains_instead_of_drawing_empty_charts(
    qtbot, make_window, existing_vault
):
    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    dashboard = window.go("dashboard")
    qtbot.waitUntil(lambda: not dashboard.loading, timeout=5000)
    card = dashboard.cards["contacts"]
    assert not card.chart.isVisibleTo(dashboard)
    assert "Ctrl+N" in card.note.text()
    assert not dashboard.cards["hours"].isVisibleTo(dashboard)  # said once, not three times
