"""Translation set-up, and the one pattern every window module uses to mark text for translation.

Mark text where it is written, with a context named after the class (or the page) it belongs to:

    from peerdesk.ui.shared.i18n import translate
    button.setText(translate("AboutDialog", "Close"))
    label.setText(translate("ContactsPage", "%n contact(s) overdue", None, count))

`translate` has the signature of `QCoreApplication.translate`, and `pyside6-lupdate` picks up
calls by that name, including implicitly joined string literals. Plurals put `%n` in the text
and pass the count fourth; the catalogue holds each plural form. Don't use `QObject.tr`: its
context is the Python class name, which changes when code moves. Text built from pieces must be
one translatable string with placeholders (`%1`, `%2`, filled with `.replace` or `arg`), never
concatenated fragments: word order differs between languages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from peerdesk.core import language
from peerdesk.core.content import resource_path

CATALOGUE = "peerdesk"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the window's language (unchanged in English or when the catalogue lacks it)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


class PseudoTranslator(QTranslator):
    """Marks and lengthens every string that asks to be translated; the others stay plain."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation  # every string is treated alike
        text = source.replace("%n", str(n)) if n >= 0 else source
        return language.pseudo_text(text)

    def isEmpty(self) -> bool:  # Qt skips empty translators
        return False


def catalogue_path(lang: str) -> str:
    """The compiled catalogue for a language, e.g. resources/translations/peerdesk_fr_CA.qm."""
    name = language.CATALOGUE_LOCALE.get(lang, lang)
    return str(resource_path("translations", f"{CATALOGUE}_{name}.qm"))


def system_tags() -> list[str]:
    """The desktop's preferred languages (Windows, macOS and Linux desktops all report them)."""
    return [tag.replace("-", "_") for tag in QLocale.system().uiLanguages()]


def ui_locale(lang: str) -> QLocale:
    """Dates and numbers: the desktop's own locale when it speaks `lang` (fr_FR stays fr_FR),
    else `lang` as written in Canada, where PeerDesk's French comes from."""
    system = QLocale.system()
    if language.base_language(system.name()) == lang:
        return system
    if lang == language.FRENCH:
        return QLocale(QLocale.Language.French, QLocale.Country.Canada)
    return QLocale(QLocale.Language.English, system.territory())


def install(app: QCoreApplication, choice: str, pseudo: bool | None = None) -> str:
    """Load the catalogues for the chosen language at start-up; returns the language in use.

    `choice` is the `language` setting ('system', 'en' or 'fr'). Qt's own strings (standard
    buttons, context menus) come from the qtbase catalogue shipped with PySide6. Content loaded
    from core (instruments) follows `peerdesk.core.language.current()`, set here too.
    """
    if pseudo if pseudo is not None else language.pseudo_enabled():
        _keep(app, PseudoTranslator(app))
        language.set_current(language.PSEUDO)
        return language.PSEUDO
    lang = language.resolve(choice, system_tags())
    language.set_current(lang)
    QLocale.setDefault(ui_locale(lang))
    if lang != language.ENGLISH:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(QLocale(language.CATALOGUE_LOCALE[lang]), "qtbase", "_", qt_dir):
            _keep(app, qtbase)
    ours = QTranslator(app)
    if ours.load(catalogue_path(lang)):
        _keep(app, ours)
    return lang


_installed: list[QTranslator] = []


def _keep(app: QCoreApplication, translator: QTranslator) -> None:
    # Installed translators are consulted newest first; the parent keeps them alive.
    app.installTranslator(translator)
    _installed.append(translator)


def uninstall(app: QCoreApplication) -> None:
    """Back to English and the desktop's locale (tests switch languages in one process)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    language.set_current(language.ENGLISH)
    QLocale.setDefault(QLocale.system())
