"""The results list is updated in place (issue 19): it must show exactly what a new list shows."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.ui.resources_helpers import ids

from peerdesk.core.resources.entity import resource_from_dict
from peerdesk.storage.directory import Directory
from peerdesk.ui.resources.browser import DirectoryBrowser
from peerdesk.ui.resources.query import find

pytestmark = pytest.mark.usefixtures("english_catalogue")

# Typed queries the tuning never saw: needs, places, numbers, typos, odd Unicode, nothing.
QUERIES = ["", "c", "cr", "crisis", "crisis l", "li", "lif", "life l", "kids", "centre 1",
           "suicide", "grief", "Samaritans", "samaritens", "988", "116 123", "youth",
           "Ünïcødé ☂", "ß", "  ", "zzqx", "life", "lifeline", "money", "debt", "vétérans",
           "kids help", "NZ", "text"]  # fmt: skip
FILTERS = [{}, {"country": "CA"}, {"country": "GB"}, {"channel": "call"}]


@pytest.fixture(scope="module")
def directory(tmp_path_factory):
    found = Directory.open(tmp_path_factory.mktemp("dir") / "directory.sqlite")
    for i, name in enumerate(["Ünïcødé ☂ helpline", "ß Beratung", "Crisis line for 🙂 youth"]):
        found.add_user_resource(
            {"id": f"odd-{i}", "name": name, "country": "CA", "phones": [f"416-555-01{i:02d}"]}
        )
    # Enough entries that lists fill their 100 rows and shift as the words change.
    rng = random.Random(19)
    needs = ["crisis", "grief", "money and debt", "youth", "legal", "housing", "addiction"]
    more = [
        resource_from_dict(
            {"id": f"gen-{i}", "name": f"{rng.choice(['Life', 'Kids', 'Crisis', 'Vétérans'])} "
             f"{rng.choice(['line', 'help', 'centre', 'Ünïon'])} {i}",
             "country": rng.choice(["CA", "US"]), "categories": rng.sample(needs, 2),
             "phones": [f"416-555-{i:04d}"], "channels": rng.sample(["call", "text", "chat"], 1),
             "open_24_7": rng.random() < 0.2},
            "imported",
        )
        for i in range(400)
    ]  # fmt: skip
    with found.conn:
        found._upsert(more)
    yield found
    found.close()


def _browser(qtbot, directory, favourites=frozenset()) -> DirectoryBrowser:
    browser = DirectoryBrowser(directory)
    browser.favourites = favourites
    qtbot.addWidget(browser)
    browser.resize(900, 600)
    browser.show()
    return browser


def _search(browser: DirectoryBrowser, query: str, filters: dict[str, str]) -> None:
    """Set the query and filters, then run the search the pause after typing runs."""
    bar = browser.filter_bar
    for widget in (bar.search, *bar.combos.values()):
        widget.blockSignals(True)
    for key, combo in bar.combos.items():
        combo.setCurrentIndex(max(combo.findData(filters.get(key)), 0))
    bar.search.setText(query)
    for widget in (bar.search, *bar.combos.values()):
        widget.blockSignals(False)
    browser.run_search()


def _shown(browser: DirectoryBrowser) -> tuple:
    model = browser.model
    lines = [model.index(r, 0).data() for r in range(model.rowCount())]
    card = browser.card.resource.id if browser.card.resource else None
    return ids(browser), lines, browser.count_label.text(), card, browser.card.view.toPlainText()


def _resetting(browser: DirectoryBrowser) -> DirectoryBrowser:
    """The list as it was before issue 19: every search starts the model again."""
    model = browser.model

    def set_resources(resources, favourites=()) -> None:
        model.beginResetModel()
        model._rows, model._favourites = list(resources), frozenset(favourites)
        model.endResetModel()

    model.set_resources = set_resources
    return browser


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(st.tuples(st.sampled_from(QUERIES), st.sampled_from(FILTERS)), max_size=7),
    favourite=st.sampled_from([frozenset(), frozenset({"pd-ca-988", "odd-1"})]),
)
def test_each_keystroke_shows_what_a_new_list_would(qtbot, qapp, directory, steps, favourite):
    browser = _browser(qtbot, directory, favourite)
    before = _resetting(_browser(qtbot, directory, favourite))
    for query, filters in steps:
        for each in (browser, before):
            _search(each, query, filters)
        qapp.processEvents()
        assert _shown(browser) == _shown(before)
        assert ids(browser) == [r.id for r in find(directory, query.strip(), filters, favourite)]
        # Drawn the same, pixel for pixel (which rows are repainted is checked by signals below).
        assert browser.results.grab().toImage() == before.results.grab().toImage()
    for each in (browser, before):
        each.close()


def test_only_rows_that_changed_are_announced(qtbot, qtmodeltester, directory):
    browser = _browser(qtbot, directory)
    model = browser.model
    qtmodeltester.check(model)  # keeps checking every change below
    seen: list[tuple] = []
    model.modelReset.connect(lambda: seen.append(("reset",)))
    model.dataChanged.connect(lambda a, b, _r: seen.append(("changed", a.row(), b.row())))
    model.rowsInserted.connect(lambda _p, a, b: seen.append(("inserted", a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: seen.append(("removed", a, b)))
    rows = list(model._rows)
    model.set_resources(rows)
    assert seen == []  # the same list: nothing to repaint
    model.set_resources([rows[0], rows[2], rows[1], *rows[3:]])
    assert seen == [("changed", 1, 1), ("changed", 2, 2)]
    seen.clear()
    model.set_resources(rows[:5])
    assert seen == [("removed", 5, len(rows) - 1), ("changed", 1, 1), ("changed", 2, 2)]
    seen.clear()
    model.set_resources(rows)
    assert seen == [("inserted", 5, len(rows) - 1)]
    seen.clear()
    model.set_resources(rows, {rows[3].id})  # a new favourite marks rows anywhere
    assert seen == [("reset",)]
    assert model.index(3, 0).data().startswith("★ ")
    seen.clear()
    model.set_resources([])
    assert seen == [("reset",)] and model.rowCount() == 0


def test_the_card_follows_a_new_top_row_in_the_same_place(qtbot, directory):
    browser = _browser(qtbot, directory)
    announced: list = []
    browser.current_changed.connect(announced.append)
    _search(browser, "samaritans", {})
    top = browser.model.resource(0)
    assert browser.current() == top and browser.results.currentIndex().row() == 0
    _search(browser, "988", {})  # row 0 again, another entry: no signal from the view
    assert browser.model.resource(0) != top
    assert browser.current() == browser.model.resource(0)
    assert announced[-1] == browser.model.resource(0)
    assert browser.model.resource(0).name in browser.card.view.toPlainText()


def test_a_kept_entry_stays_chosen_and_in_view(qtbot, qapp, directory):
    browser = _browser(qtbot, directory)
    _search(browser, "", {})
    far = browser.model.rowCount() - 2
    browser.select(browser.model.resource(far).id)
    chosen = browser.current()
    browser.results.scrollToTop()
    _search(browser, "", {"channel": "call"} if "call" in chosen.channels else {})
    assert browser.current() == chosen
    row = browser.model.row_of(chosen.id)
    qapp.processEvents()
    assert (
        browser.results.viewport()
        .rect()
        .intersects(browser.results.visualRect(browser.model.index(row, 0)))
    )


def test_nothing_found_says_so_and_suggests_needs_then_finds_again(qtbot, directory):
    browser = _browser(qtbot, directory)
    _search(browser, "crisis", {})
    assert browser.model.rowCount() > 0
    _search(browser, "detbs", {})
    assert browser.model.rowCount() == 0
    assert browser.count_label.text().startswith("No services match that. Closest needs")
    assert "money and debt" in browser.count_label.text()
    assert browser.current() is None and not browser.card.copy_button.isEnabled()
    assert browser.card.view.toPlainText().startswith("Choose a service")
    _search(browser, "", {})
    assert browser.count_label.text() == f"{browser.model.rowCount()} services found"
    assert browser.current() == browser.model.resource(0)
    assert "emergency" in browser.model.resource(0).categories  # browsing: emergency first
