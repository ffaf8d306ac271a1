"""The training page in French and under the pseudo-locale: every part of an open module."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.ui.conftest import PASSPHRASE
from tests.ui.i18n_walk import load_allowlist, untranslated
from tests.ui.sync_runner import page_context

from peerdesk.core import language
from peerdesk.core.training.progress import walk

ALLOWED = load_allowlist()
TRUST = "trust-and-allyship"  # has a self-assessment, so every part of a module is shown


def open_page(qtbot, vault_factory, local_settings):
    from peerdesk.storage.assembly import open_desk
    from peerdesk.ui.training.page import Page

    vault, _ = vault_factory("training-i18n.peerdesk", PASSPHRASE)
    desk = open_desk(vault)  # after the language is set: modules load in it
    ctx = page_context(desk, local_settings)
    page = Page(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.wait(10)
    return page


def shown_choices(scenario):
    """Always the reply that shows the skill, up to the debrief."""
    choices: list[int] = []
    while not (node := walk(scenario, tuple(choices))[0][-1]).debrief:
        choices.append(next(i for i, r in enumerate(node.responses) if r.effect.value == "shown"))
    return choices


def plain(root) -> list[str]:
    """Strings that skipped the translator. A module's Markdown is marked once as a whole, so
    its rendered lines carry no marker; they count as translated when every letter shows the
    pseudo-locale's accents (a line of plain English always has an a, e, i, o or u)."""
    return [
        found
        for found in untranslated(root, ALLOWED)
        if not (
            found.startswith("QTextBrowser document")
            and not ACCENTED_AWAY & set(found.split(": ", 1)[1])
        )
    ]


ACCENTED_AWAY = set("aceinouyACEINOUY")


def every_part_untranslated(page) -> dict[str, list[str]]:
    """Open the module and walk each of its parts as a trainee would see it."""
    view = page.open_module(TRUST, resume=False)
    found = {"lessons": plain(page)}
    view.tabs.setCurrentIndex(1)
    for question in view.checks.questions:
        question.first_button().setChecked(True)
    view.checks.submit()  # explanations and the score are shown
    found["checks"] = plain(page)
    view.tabs.setCurrentIndex(2)
    roleplay = view.roleplay
    found["role-play"] = plain(page)
    roleplay.restore(roleplay.scenario.id, shown_choices(roleplay.scenario))
    found["debrief"] = plain(page)
    view.tabs.setCurrentIndex(3)
    view.reflect.save()
    found["reflect"] = plain(page)
    page.back_to_list()
    page.tabs.setCurrentIndex(1)
    found["log"] = plain(page)
    return found


def test_every_part_of_an_open_module_goes_through_the_translator(
    qtbot, pseudo, vault_factory, local_settings
):
    page = open_page(qtbot, vault_factory, local_settings)
    found = every_part_untranslated(page)
    assert found == {part: [] for part in found}
    page.clear()


def test_the_training_page_speaks_french(qtbot, french, vault_factory, local_settings):
    assert language.current() == language.FRENCH
    page = open_page(qtbot, vault_factory, local_settings)
    view = page.open_module(TRUST, resume=False)
    module = page.service.module(TRUST)
    assert module.title.startswith("Bâtir la confiance")
    assert view.title.text() == module.title
    assert "Leçons (3)" in [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "confiance" in view.lessons.browser.toPlainText()
    question = view.checks.questions[0]
    assert question.title() == "Question 1 de 5"
    assert question.prompt.text().startswith("Quels comportements bâtissent la confiance")
    roleplay = view.roleplay
    assert roleplay.line.text().startswith("Nadia dit")  # speaker and line, French quotes
    assert "«" in roleplay.line.text()
    page.back_to_list()
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Module"
    assert page.model.headerData(5, Qt.Orientation.Horizontal) == "Temps consacré"
    page.clear()


def test_french_mnemonics_are_unique_in_every_part_of_the_page(
    qtbot, french, vault_factory, local_settings
):
    from tests.ui.mnemonics import clashes, offered

    page = open_page(qtbot, vault_factory, local_settings)
    menus = {"f", "e", "g", "h"}  # the window's menus (File, Edit, Go, Help) are not French yet
    found: dict[str, list[str]] = {}

    def check(state: str) -> None:
        for key, texts in clashes(page).items():
            found[f"{state}: Alt+{key.upper()}"] = texts
        for key, text in offered(page):
            if key in menus:
                found[f"{state}: Alt+{key.upper()} (a menu)"] = [text]

    check("list")
    page.tabs.setCurrentIndex(1)
    check("log")
    page.tabs.setCurrentIndex(0)
    view = page.open_module(TRUST, resume=False)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        check(f"module tab {index}")
    view.lessons.show_lesson(len(view.lessons.module.lessons) - 1)
    check("last lesson")
    assert found == {}
    page.clear()


def test_longer_text_fits_in_every_part_of_an_open_module(
    qtbot, pseudo, vault_factory, local_settings
):
    """The pseudo-locale lengthens every string by ~40 %, more than French does."""
    from tests.ui.i18n_walk import clipped

    page = open_page(qtbot, vault_factory, local_settings)
    view = page.open_module(TRUST, resume=False)
    found = {}
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        found[view.tabs.tabText(index)] = clipped(page)
    page.back_to_list()
    page.tabs.setCurrentIndex(1)
    qtbot.wait(10)
    found["log"] = clipped(page)
    assert found == {part: [] for part in found}
    page.clear()
