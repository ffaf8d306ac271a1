"""Alt+letter is unique in every window and dialog, in every state a user can see."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QDialog, QTabWidget, QWidget
from tests.ui.conftest import unlock
from tests.ui.mnemonics import clashes


def _tab_states(root: QWidget) -> Iterator[str]:
    """Show each tab of each visible tab widget in turn (one level deep is enough here)."""
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root.window()):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"tab {tabs.tabText(index)!r}"


def _check(window: QWidget, state: str, found: dict[str, list[str]]) -> None:
    for key, texts in clashes(window).items():
        found[f"{state}: Alt+{key.upper()}"] = texts


def test_every_page_and_state_of_the_main_window(qtbot, make_window, existing_vault):
    window = make_window(existing_vault[0])
    found: dict[str, list[str]] = {}
    _check(window, "locked", found)
    unlock(qtbot, window)
    from peerdesk.ui.shell.pages import PAGES

    for spec in PAGES:
        page = window.go(spec.key)
        _check(window, spec.key, found)
        for state in _tab_states(page):
            _check(window, f"{spec.key} {state}", found)
    contacts = window.go("contacts")
    contacts.new_contact()
    _check(window, "contact form", found)
    contacts.form.more.setChecked(True)
    _check(window, "contact form, more details", found)
    contacts.form.risk.setCurrentIndex(contacts.form.risk.count() - 1)
    _check(window, "contact form, crisis help", found)
    training = window.go("training")
    module_id = next(iter(training.service.catalogue.modules))
    view = training.open_module(module_id)
    _check(window, "training module", found)
    for state in _tab_states(view):
        _check(window, f"training module {state}", found)
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_every_dialog(qtbot, make_window, existing_vault, monkeypatch):
    from peerdesk.ui.shared.dialogs import AboutDialog, HelpDialog

    window = make_window(existing_vault[0])
    unlock(qtbot, window)
    dialogs: list[QDialog] = [HelpDialog(window), AboutDialog(window)]
    from peerdesk.ui.resources import form as service_form
    from peerdesk.ui.resources import import_dialog
    from peerdesk.ui.settings import data_dialogs

    resources = window.go("resources")
    dialogs.append(service_form.ServiceForm(resources.directory, resources, None))
    dialogs.append(import_dialog.ImportDialog(resources.directory.path, window.runner, resources))
    for name in dir(data_dialogs):
        cls = getattr(data_dialogs, name)
        if isinstance(cls, type) and issubclass(cls, QDialog) and not name.startswith("_"):
            built = _try_build(cls, window)
            if built is not None:
                dialogs.append(built)
    found: dict[str, list[str]] = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        _check(dialog, type(dialog).__name__, found)
        dialog.reject()
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def _try_build(cls: type, parent: QWidget) -> QDialog | None:
    """Build a settings dialog with plausible arguments (their signatures differ)."""
    for args in (
        (parent, "Title", "Explain.", "Save"),
        (parent, []),
        (parent, "ABCD-EFGH", None),
        (parent,),
    ):
        try:
            return cls(*args)
        except (TypeError, AttributeError):
            continue
    return None
