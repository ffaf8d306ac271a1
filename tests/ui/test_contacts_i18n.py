"""The contact log, the guard bar and the dashboard in French and under the pseudo-locale.

The pseudo walk of tests/ui/test_i18n_pseudo.py sees only what an empty vault shows (the list);
these tests also open the form with every part showing (details, crisis help, the guard's
findings, a referral), the list with contacts in it, and the dashboard with data.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from tests.ui.conftest import PASSPHRASE
from tests.ui.contacts_helpers import Recorder, make_ctx, now, sample
from tests.ui.i18n_walk import clipped, load_allowlist, untranslated
from tests.ui.sync_runner import SyncRunner

from peerdesk.core import language
from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact, Referral
from peerdesk.core.deid import LABELS

ALLOWED = load_allowlist()
OWN_TOPIC = "Shift swaps"
NOTE = "Ngozi rang me from 902-555-0178; the only female medic on C shift at Station 2."


def open_desk_in(vault_factory):
    from peerdesk.storage.assembly import open_desk

    vault, _ = vault_factory("contacts-i18n.peerdesk", PASSPHRASE)
    return open_desk(vault)  # after the language is set, as the window does


def contacts_page(qtbot, desk, size=(1000, 700)):
    from peerdesk.ui.contacts.page import Page

    page = Page(make_ctx(desk, Recorder()))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.wait(10)
    return page


def log_some(desk) -> list[Contact]:
    """Contacts as an English window stored them: codes, an English-named custom topic."""
    rng = random.Random(20)
    service = desk.contacts
    service.add_topic(OWN_TOPIC)
    today = now().date()
    stored = [
        service.add(
            sample(
                i,
                rng,
                when=now() - timedelta(days=5 + i),
                kind="group_debrief" if i == 0 else "one_to_one",
                group_size=6 if i == 0 else None,
                topics=("work_stress", "shift_swaps") if i == 0 else ("grief_loss",),
                risk="some_concern",
                followup_due=today - timedelta(days=2) if i < 2 else None,
                note="Has a note." if i == 0 else "",
            )
        )
        for i in range(3)
    ]
    return stored


def plain(page) -> list[str]:
    """Strings that skipped the translator, but for the supporter's own topic (their words)."""
    return [found for found in untranslated(page, ALLOWED) if OWN_TOPIC not in found]


def open_everything(page, qtbot) -> None:
    """The form with every part showing: details, crisis help, findings, a referral."""
    page.new_contact()
    form = page.form
    form.risk.setCurrentIndex(form.risk.findData("escalated"))
    form.kind.setCurrentIndex(form.kind.findData("group_debrief"))
    form.referrals.add(Referral(label="EAP", category="eap", declined=True))
    form.followup.setChecked(True)
    form.note.setPlainText(NOTE)
    form.note.scan_now()
    form.more.setChecked(True)  # the kind may already have been a group one: no change
    qtbot.wait(10)
    assert form.details.isVisibleTo(page) and form.crisis.isVisibleTo(page)


def test_labels_cover_every_code_and_match_core_in_english(qapp):
    from peerdesk.ui.contacts import labels
    from peerdesk.ui.shared.deid_guard import kind_words

    pairs = [
        (labels.channels(), vocab.CHANNELS),
        (labels.kinds(), vocab.KINDS),
        (labels.started_by(), vocab.STARTED_BY),
        (labels.relationships(), vocab.RELATIONSHIPS),
        (labels.default_topics(), vocab.DEFAULT_TOPICS),
        (labels.signs(), vocab.SIGNS),
        (labels.risks(), vocab.RISKS),
        (labels.referral_categories(), vocab.REFERRAL_CATEGORIES),
        (labels.affect_labels(), vocab.AFFECT_LABELS),
        (kind_words(), LABELS),
    ]
    for ours, core in pairs:
        assert ours == core  # same codes, and English unchanged


# What the window showed in French before it took these words from core's table (a sample of
# every list): the move must not change a word. "None" was "Aucune" in the reports and "Aucun"
# in the window; "Aucun" agrees with "niveau" and "risque", the headings both read it under.
SHOWN_BEFORE = {
    ("channels", "text_chat"): "Texto / clavardage",
    ("kinds", "group_debrief"): "Débreffage de groupe",
    ("started_by", "they_reached_out"): "La personne a demandé de l'aide",
    ("relationships", "family_member"): "Proche d'un ou d'une collègue",
    ("relationships", "other"): "Autre",
    ("default_topics", "workload_burnout"): "Charge de travail / épuisement professionnel",
    ("signs", "performance"): "Changement dans le rendement",
    ("risks", "none"): "Aucun",
    ("risks", "escalated"): "Transmis à la coordination ou à l'équipe clinique",
    ("referral_categories", "eap"): "Programme d'aide aux employés (PAE)",
}
VOCABULARY = {
    "channels": ("channel", vocab.CHANNELS),
    "kinds": ("kind", vocab.KINDS),
    "started_by": ("started_by", vocab.STARTED_BY),
    "relationships": ("relationship", vocab.RELATIONSHIPS),
    "default_topics": ("topic", vocab.DEFAULT_TOPICS),
    "signs": ("sign", vocab.SIGNS),
    "risks": ("risk", vocab.RISKS),
    "referral_categories": ("referral", vocab.REFERRAL_CATEGORIES),
}


def test_the_window_names_the_vocabulary_as_the_reports_do(french):
    """One definition: each code's French is the report's category label, and all is French."""
    from peerdesk.core.reports.texts import FRENCH, category_label
    from peerdesk.ui.contacts import labels

    for function, (table, english) in VOCABULARY.items():
        shown = getattr(labels, function)()
        assert shown == {code: category_label(table, code) for code in english}, function
        assert all(english[code] in FRENCH for code in english), function  # none left English
    for (function, code), french_words in SHOWN_BEFORE.items():
        assert getattr(labels, function)()[code] == french_words


def test_renamed_and_added_topics_show_as_written_in_french(french):
    from peerdesk.ui.contacts.labels import topic_labels

    stored = {**vocab.DEFAULT_TOPICS, "health": "Santé mentale — équipe B", "shift_swaps": "Ünï"}
    shown = topic_labels(stored)
    assert shown["work_stress"] == "Stress au travail"  # built in, untouched: French
    assert shown["health"] == "Santé mentale — équipe B"  # renamed: the supporter's words
    assert shown["shift_swaps"] == "Ünï"  # their own topic, as typed


def test_every_part_of_the_contact_log_goes_through_the_translator(qtbot, pseudo, vault_factory):
    desk = open_desk_in(vault_factory)
    log_some(desk)
    page = contacts_page(qtbot, desk)
    page.delete_selected()  # the undo bar
    found = {"list": plain(page)}
    open_everything(page, qtbot)
    found["form"] = plain(page)
    page.form.close_keeping_draft()
    qtbot.wait(10)
    found["list with a draft"] = plain(page)
    assert page.draft_bar.isVisibleTo(page)
    assert found == {part: [] for part in found}
    page.clear()


def test_table_cells_and_sentences_are_marked(qtbot, pseudo, vault_factory):
    desk = open_desk_in(vault_factory)
    log_some(desk)
    page = contacts_page(qtbot, desk)
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.contact_at(r).group_size)
    cells = [model.data(model.index(row, col)) for col in range(model.columnCount())]
    for text in [*cells[2:], page.summary.text()]:  # date and minutes are numbers
        assert language.PSEUDO_OPEN in text, text
    assert OWN_TOPIC in cells[4]  # the supporter's own topic, as typed
    page.clear()


def test_the_contact_log_speaks_french(qtbot, french, vault_factory):
    desk = open_desk_in(vault_factory)
    stored = log_some(desk)
    page = contacts_page(qtbot, desk)
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["Date", "Minutes", "Moyen", "Type", "Sujets", "Risque", "Suivi", "Note"]
    row = model.row_of(stored[0].id)
    assert model.data(model.index(row, 3)) == "Débreffage de groupe (6)"
    # Stored in English, shown in French; the supporter's own topic stays as they wrote it.
    assert model.data(model.index(row, 4)) == f"Stress au travail, {OWN_TOPIC}"
    assert model.data(model.index(row, 5)) == "Une certaine inquiétude"
    assert model.data(model.index(row, 6)).startswith("En retard\u00a0: ")
    assert model.data(model.index(row, 7)) == "Avec note"
    assert desk.contacts.get(stored[0].id).topics == ("work_stress", "shift_swaps")
    assert page.summary.text().startswith("3 contacts affichés · ")
    assert "2 suivis à faire ou en retard" in page.summary.text()
    bar = page.filters
    assert bar.topic.itemText(0) == "Tous les sujets"
    assert bar.topic.itemText(bar.topic.findData("grief_loss")) == "Deuil / perte"
    assert bar.channel.itemText(bar.channel.findData("text_chat")) == "Texto / clavardage"
    assert page.new_button.text() == "&Nouveau contact (Ctrl+N)"
    page.clear()


def test_the_form_and_guard_bar_speak_french(qtbot, french, vault_factory):
    desk = open_desk_in(vault_factory)
    page = contacts_page(qtbot, desk)
    open_everything(page, qtbot)
    form = page.form
    assert form.heading.text() == "<h2>Noter un contact</h2>"
    assert form.kind.currentText() == "Débreffage de groupe"
    assert form.referrals.listing.item(0).text() == (
        "EAP (Programme d'aide aux employés (PAE)) — proposée mais refusée"
    )
    assert form.signs.item(0).text() == "Changement d'humeur"
    guard = form.guard
    assert guard.summary.text().startswith("Le texte pourrait permettre de reconnaître")
    assert "2 détails possibles" in guard.summary.text()
    assert "1 description (soulignée en pointillé)" in guard.summary.text()
    names = [b.accessibleName() for b in guard.buttons]
    assert "Remplacer un nom par [NAME]" in names
    assert "Remplacer un numéro de téléphone par [PHONE]" in names
    assert "« Ngozi » → [NAME]" in [b.text().replace("\u00a0", " ") for b in guard.buttons]
    assert guard.replace_all_button.text() == "Tout remplacer"
    page.resize(800, 600)
    assert page.minimumSizeHint().width() <= 800  # the guard's buttons fit in French too
    form.duration.setText("une demi-heure")
    assert form.save() is None  # bad input: a French message, nothing stored
    assert form.error.text() == "Durée\u00a0: indiquez la durée en minutes entières"
    assert desk.contacts.count() == 0
    page.clear()


def test_french_mnemonics_are_unique_in_the_list_and_the_form(qtbot, french, vault_factory):
    from tests.ui.mnemonics import clashes, offered

    desk = open_desk_in(vault_factory)
    log_some(desk)
    page = contacts_page(qtbot, desk)
    menus = {"f", "d", "l", "a"}  # the French window's menus: Fichier, É&dition, A&ller, Aide
    found: dict[str, list[str]] = {}

    def check(state: str) -> None:
        for key, texts in clashes(page).items():
            found[f"{state}: Alt+{key.upper()}"] = texts
        found.update(
            {f"{state}: {text} (a menu)": [] for key, text in offered(page) if key in menus}
        )

    page.new_contact()
    page.form.close_keeping_draft()
    check("list")
    open_everything(page, qtbot)
    check("form")
    assert found == {}
    page.clear()


@pytest.mark.parametrize("size", [(1000, 700), (800, 600)])
def test_longer_text_fits_the_contact_log(qtbot, pseudo, vault_factory, size):
    """The pseudo-locale lengthens every string by ~40 %, more than French does."""
    desk = open_desk_in(vault_factory)
    log_some(desk)
    page = contacts_page(qtbot, desk, size)
    found = {"list": clipped(page)}
    open_everything(page, qtbot)
    found["form"] = clipped(page)
    assert found == {part: [] for part in found}
    page.clear()


def dashboard(qtbot, desk, size=(1000, 700)):
    from peerdesk.ui.dashboard.page import Page
    from peerdesk.ui.shared.clipboard import SecureClipboard
    from peerdesk.ui.shared.page import UiContext

    ctx = UiContext(desk, SyncRunner(), SecureClipboard(), None, lambda _t: None, lambda: None)
    page = Page(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.wait(10)
    return page


def test_the_dashboard_with_data_goes_through_the_translator(qtbot, pseudo, vault_factory):
    desk = open_desk_in(vault_factory)
    log_some(desk)
    page = dashboard(qtbot, desk, (800, 600))
    assert untranslated(page, ALLOWED) == []
    assert clipped(page) == []
    topics = page.cards["topics"].chart.spec()
    assert all(language.PSEUDO_OPEN in label for label in topics.x_descriptions[:1])
    page.clear()


def test_the_dashboard_speaks_french(qtbot, french, vault_factory):
    desk = open_desk_in(vault_factory)
    log_some(desk)
    page = dashboard(qtbot, desk)
    assert page.accessibleName() == "Tableau de bord"
    assert page.minimumSizeHint().width() <= 800
    assert page.cards["contacts"].title() == "Contacts"
    assert page.cards["hours"].title() == "Heures de soutien"
    assert page.log_button.text() == "Les &voir dans le journal des contacts"  # not A&ller's L
    assert "Contacts par mois" in page.cards["contacts"].chart.accessibleName()
    assert page.followups.text() == (
        "2 suivis sont à faire aujourd'hui ou avant, dont 2 en retard."
    )
    topics = page.cards["topics"].chart.spec()
    assert "Stress au travail" in topics.x_descriptions
    assert OWN_TOPIC in topics.x_descriptions
    assert page.cards["training"].note.text().startswith("0\u00a0h de formation créditées")
    page.clear()


def test_the_retention_offer_speaks_french(qtbot, french):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from peerdesk.ui.contacts.retention import ask_purge

    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == "Pas maintenant").click()

    QTimer.singleShot(0, answer)
    assert ask_purge(None, 1, 12) is False  # "Not now" keeps every note
    assert seen["title"] == "Retirer les anciennes notes?"
    assert seen["text"] == (
        "Votre paramètre de conservation garde les notes pendant 12 mois. 1 contact plus "
        "ancien a encore une note ou un numéro d'incident. Retirer ce texte maintenant? Le "
        "reste de chaque contact, et toutes les statistiques, sont conservés."
    )
    assert seen["buttons"] == ["Pas maintenant", "Retirer les anciennes notes"]


def core_problems(desk) -> list[str]:
    """Problems core itself finds, worded as it words them (not copied from its source)."""
    from datetime import datetime

    from peerdesk.core.contacts.validate import problems
    from peerdesk.core.errors import InvalidInput

    topics = desk.contacts.topic_labels()
    moment = datetime(2026, 3, 4, 10, 0)
    bad = [
        Contact(when=moment, duration_min=0),
        Contact(when=moment + timedelta(days=9), duration_min=99_999, note="x" * 20_001),
        Contact(when=moment, duration_min=5, kind="one_to_one", group_size=3, affect=9),
        Contact(when=moment, duration_min=5, kind="defusing", group_size=1, incident_ref="9" * 65),
        Contact(when=moment, duration_min=5, topics=("grief_loss",), followup_due=date(2026, 1, 1)),
        Contact(when=moment, duration_min=5, referrals=(Referral(label=" ", category="eap"),)),
        Contact(
            when=moment, duration_min=5, referrals=(Referral(label="y" * 201, category="eap"),)
        ),
    ]
    found = [message for c in bad for _field, message in problems(c, topics, moment)]
    for action in (
        lambda: desk.contacts.add_topic("   "),
        lambda: desk.contacts.add_topic("z" * 61),
        lambda: desk.contacts.add_topic("Grief / loss"),
    ):
        with pytest.raises(InvalidInput) as caught:
            action()
        found.append(caught.value.message.split(": ", 1)[1])
    return found


def test_problems_core_finds_are_shown_in_french(qtbot, french, vault_factory):
    from peerdesk.ui.contacts.problems import problem_text

    desk = open_desk_in(vault_factory)
    found = core_problems(desk)
    assert len(found) >= 12
    shown = {message: problem_text(message) for message in found}
    untranslated_ones = [m for m, text in shown.items() if text == m]
    assert untranslated_ones == []
    assert shown["must be whole minutes from 1 to 1440"] == (
        "doit être un nombre entier de minutes, de 1 à 1\u00a0440"
    )
    assert "le sujet «\u00a0Grief / loss\u00a0» existe déjà" in shown.values()
    assert problem_text("a problem core has not worded before") == (
        "a problem core has not worded before"
    )


def test_the_form_says_what_is_wrong_in_french(qtbot, french, vault_factory):
    desk = open_desk_in(vault_factory)
    page = contacts_page(qtbot, desk)
    page.new_contact()
    form = page.form
    form.duration.setText("99999")
    form.note.setPlainText("")
    form.topics.set_checked(())
    assert form.save() is None
    assert form.error.text().splitlines() == [
        "Durée\u00a0: doit être un nombre entier de minutes, de 1 à 1\u00a0440",
        "Contact\u00a0: rien à noter pour l'instant; choisissez un sujet ou écrivez une courte "
        "note",
    ]
    assert desk.contacts.count() == 0  # nothing partial is stored
    page.clear()
