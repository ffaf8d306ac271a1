"""The Self-care and Settings pages in French and under the pseudo-locale, every tab and form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QScrollArea
from tests.ui.conftest import PASSPHRASE
from tests.ui.i18n_walk import clipped, load_allowlist, untranslated
from tests.ui.mnemonics import clashes, letter, offered
from tests.ui.sync_runner import page_context

from peerdesk.core import language
from peerdesk.core.selfcare.nudges import DEFAULT_RESOURCES
from peerdesk.core.selfcare.periods import PERIODS
from peerdesk.ui.shared import i18n

pytestmark = pytest.mark.gui

ALLOWED = load_allowlist()
QUESTIONNAIRES = ("quick_checkin", "proqol5", "who5", "monthly_reflection")
QUICK_LOW = [1, 1, 5, 1, 1, 1]  # stress is reverse-scored: the "Struggling" band


@pytest.fixture
def build(qtbot, vault_factory, local_settings):
    """(page key, width, height) -> the page on a desk opened after the language was set."""
    from peerdesk.storage.assembly import open_desk
    from peerdesk.ui.shell.pages import build_page

    made = []

    def make(key: str, width: int = 1000, height: int = 700):
        vault, _ = vault_factory(f"{key}-{len(made)}.peerdesk", PASSPHRASE)
        desk = open_desk(vault)  # questionnaires load their texts in the current language
        ctx = page_context(desk, local_settings)
        page = build_page(key, ctx)
        qtbot.addWidget(page)
        page.resize(width, height)
        page.show()
        qtbot.wait(10)
        made.append(page)
        return page

    yield make
    for page in made:
        page.clear()


def selfcare_states(page):
    """Every tab, every questionnaire and the trend table: (name, widget to judge)."""
    for inst in QUESTIONNAIRES:
        page.tabs.setCurrentWidget(page.checkin)
        page.checkin.select(inst)
        yield f"check-in {inst}", page
    for index in range(1, page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        yield f"tab {index}", page
    page.tabs.setCurrentWidget(page.trends)
    page.trends.as_table.setChecked(True)
    yield "trend table", page


def from_core(found: str) -> bool:
    """Help lines core makes (core.selfcare.nudges.DEFAULT_RESOURCES): issue 20's core texts."""
    return any(line in found for line in DEFAULT_RESOURCES)


def test_every_selfcare_tab_and_form_goes_through_the_translator(qtbot, pseudo, build):
    page = build("selfcare")
    found = {}
    for state, root in selfcare_states(page):
        found[state] = [f for f in untranslated(root, ALLOWED) if not from_core(f)]
        qtbot.wait(1)
    assert found == {state: [] for state in found}


def test_the_selfcare_page_speaks_french(qtbot, french, build):
    assert language.current() == language.FRENCH
    page = build("selfcare")
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Bilan", "Tendances", "Mon plan", "Rappels et aide"]
    assert page.accessibleName() == "Prendre soin de soi"
    quick = page.checkin.forms["quick_checkin"]
    for widget, value in zip(quick.items, QUICK_LOW, strict=True):
        widget.group.button(value).click()
    page.checkin.save_button.click()
    result = page.checkin.result.text()
    assert result.startswith("Bilan enregistré\u00a0: Bilan rapide.")
    assert "sur une échelle de 6 à 30 (plus c'est haut, mieux c'est)" in result
    assert "on a scale" not in result
    inst = page.ctx.desk.selfcare.instrument("quick_checkin")
    assert any(band.label in result for band in inst.subscales[0].bands)  # the band in French
    periods = [page.trends.period.itemText(i) for i in range(page.trends.period.count())]
    assert periods == [
        "4 dernières semaines",
        "3 derniers mois",
        "12 derniers mois",
        "Depuis le début",  # core's words, as its summary says them (the window said "Tout")
    ]
    spec = page.trends.chart.spec()
    assert spec.x_descriptions[0].startswith("semaine du ")
    assert [s.name for s in spec.series[1:]] == [
        "Contacts",
        "Heures de soutien",
        "Effet sur moi (1 à 5)",
    ]


def test_french_answers_and_problems_in_the_answer_grid(qtbot, french, build):
    page = build("selfcare")
    page.checkin.select("proqol5")
    grid = page.checkin.form()
    grid.all_in_one.setText("1 2 3")
    grid.fill_button.click()
    assert "3 réponses tapées, le formulaire en compte 30" in page.checkin.message.text()
    grid.all_in_one.setText("1")
    grid.fill_button.click()
    assert "1 réponse tapée, le formulaire en compte 30" in page.checkin.message.text()
    grid.set_answers([3] * 30)
    grid.edits[3].setText("7")
    page.checkin.save_button.click()
    message = page.checkin.message.text()
    assert message.startswith("Pas encore enregistré. Question 4\u00a0:")
    assert "«\u00a07\u00a0» n'est pas un nombre de 1 à 5" in message
    page.checkin.select("who5")
    page.checkin.form().set_answers([0, 5, 3, 2, 1])
    page.checkin.save_button.click()
    assert "44\u00a0%" in page.checkin.result.text()  # the WHO-5 percentage, kept together


def test_the_settings_page_speaks_french(qtbot, french, build):
    page = build("settings")
    titles = [box.title() for box in page.findChildren(QGroupBox)]
    assert titles[:2] == [
        "Dans votre coffre-fort",
        "Avant le déverrouillage (sur cet ordinateur, sans contenu)",
    ]
    assert page.data_group.title() == "Vos données et leur sécurité"
    retention = page.editors["contacts.retention_months"]
    assert retention.text() == "Jamais"
    retention.setValue(6)
    assert retention.text() == "6\u00a0mois"
    theme = page.editors["theme"]
    assert [theme.itemText(i) for i in range(theme.count())] == [
        "Comme le système",
        "Clair",
        "Sombre",
    ]
    from peerdesk.ui.shell.theme import theme_names

    assert [theme.itemText(i) for i in range(theme.count())] == list(theme_names().values())
    chosen = page.editors["language"]
    assert [chosen.itemText(i) for i in range(chosen.count())] == ["Système", "English", "Français"]
    country = page.editors["country"]
    assert "Canada (CA)" in [country.itemText(i) for i in range(country.count())]
    assert page.editors["auto_lock_minutes"].accessibleName() == "Verrouiller après inactivité"
    buttons = [b.text() for b in page.data_group.buttons.values()]
    assert "Changer la &phrase de passe…" in buttons
    assert "E&xporter mes données…" in buttons


def menu_letters() -> set[str]:
    """Alt+letter of the window's menus in the current language (File, Edit, Go, Help)."""
    menus = ("&File", "&Edit", "&Go", "&Help")
    return {letter(i18n.translate("MainWindow", m)) or "" for m in menus} - {""}


def test_french_mnemonics_are_unique_on_both_pages(qtbot, french, build):
    menus = menu_letters()
    assert menus == {"f", "d", "l", "a"}  # Fichier, Édition, Aller, Aide

    def check(state: str, root) -> None:
        found.update({f"{state}: Alt+{k}": v for k, v in clashes(root).items()})
        found.update({f"{state}: Alt+{k} (a menu)": [t] for k, t in offered(root) if k in menus})

    found: dict[str, list[str]] = {}
    page = build("selfcare")
    for state, root in selfcare_states(page):
        check(state, root)
    check("settings", build("settings"))
    assert found == {}


@pytest.mark.parametrize("size", [(800, 600), (1366, 768)])
def test_french_fits_at_small_and_common_sizes(qtbot, french, build, size):
    """Nothing cut off and nothing scrolling sideways, in French, on every tab and form."""
    width, height = size
    found = {}
    page = build("selfcare", width, height)
    for state, root in selfcare_states(page):
        qtbot.wait(1)
        found[f"selfcare {state}"] = clipped(root) + sideways(root)
    settings = build("settings", width, height)
    found["settings"] = clipped(settings) + sideways(settings)
    assert found == {state: [] for state in found}


def sideways(root) -> list[str]:
    scrolls = root.findChildren(QScrollArea)
    return [
        f"{type(s.widget()).__name__} scrolls sideways"
        for s in scrolls
        if s.isVisibleTo(root)
        and s.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        and s.horizontalScrollBar().maximum() > 0
    ]


def test_every_period_core_knows_has_a_french_name(french):
    from peerdesk.ui.selfcare.trends import period_labels

    labels = period_labels()
    assert list(labels) == list(PERIODS)
    assert all(label != code for code, label in labels.items())


@pytest.mark.parametrize(
    ("cadence", "start"),
    [("daily", "Vous n'avez pas encore fait votre bilan"), ("weekly", "Pas encore de bilan")],
)
def test_the_reminder_is_in_the_window_language(french, cadence, start):
    from peerdesk.ui.selfcare.care import reminder_text

    assert reminder_text(cadence, "core's English").startswith(start)
    assert reminder_text("monthly", "core's English") == "core's English"  # unknown: as given


def test_the_printed_plan_is_in_french(french):
    from datetime import date

    from peerdesk.core.selfcare.plan import make_plan
    from peerdesk.ui.selfcare.plan import pdf_title, plan_blocks
    from peerdesk.ui.shared.pdf import Heading, Html, Paragraph

    plan = make_plan({"what_helps": ["Marcher le midi"], "boundaries": []})
    blocks = plan_blocks(plan, date(2026, 12, 2))
    assert pdf_title() == "Mon plan d'autosoins"
    assert blocks[0] == Paragraph("Écrit pour moi-même. Imprimé le mercredi 2 décembre 2026.")
    headings = [b.text for b in blocks if isinstance(b, Heading)]
    assert headings[:2] == ["Mes signaux d'alerte", "Ce qui m'aide"]
    assert headings[-1] == "Si ça devient difficile"
    assert any(isinstance(b, Html) and "Marcher le midi" in b.html for b in blocks)
    assert Paragraph("Rien d'écrit ici pour l'instant.") in blocks


def test_every_setting_and_plan_section_core_declares_has_window_words(french):
    from peerdesk.core.selfcare.plan import SECTION_LABELS
    from peerdesk.core.settings import SETTINGS
    from peerdesk.ui.selfcare.plan import section_labels
    from peerdesk.ui.settings.page import setting_texts

    texts = setting_texts()
    assert sorted(texts) == sorted(s.key for s in SETTINGS)
    assert all(label != s.label for s in SETTINGS for label in [texts[s.key][0]])
    assert list(section_labels()) == list(SECTION_LABELS)
    assert all(section_labels()[k] != v for k, v in SECTION_LABELS.items())
