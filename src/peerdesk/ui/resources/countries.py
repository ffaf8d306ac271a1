"""Country names and the user's country: light enough for the first window (no phone data)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from peerdesk.ui.shared.i18n import translate


def _country_names() -> dict[str, str]:
    """The countries PeerDesk ships a directory for; Qt names the others (in English)."""
    return {
        "AU": translate("CountryName", "Australia"),
        "CA": translate("CountryName", "Canada"),
        "GB": translate("CountryName", "United Kingdom"),
        "IE": translate("CountryName", "Ireland"),
        "NZ": translate("CountryName", "New Zealand"),
        "US": translate("CountryName", "United States"),
    }


def country_name(code: str) -> str:
    known = _country_names().get(code)
    if known is None:
        territory = QLocale.codeToTerritory(code)
        if territory == QLocale.Country.AnyTerritory:
            return code
        known = QLocale.territoryToString(territory)
    text = translate("CountryName", "%1 (%2)", "a country and its two-letter code")
    return text.replace("%1", known).replace("%2", code)


def guess_country(locale: QLocale | None = None) -> str | None:
    """The two-letter country of the system locale (en_NZ → NZ), or None if it has none."""
    name = (locale or QLocale.system()).name()
    _, _, code = name.partition("_")
    return code.upper() if len(code) == 2 and code.isalpha() else None


def chosen_country() -> str | None:
    """The country the user chose at first run or in Settings; None for 'system' (not chosen)."""
    from peerdesk import paths
    from peerdesk.core.settings import LocalSettings

    chosen = str(LocalSettings(paths.local_settings_path()).get("country"))
    return None if chosen == "system" else chosen


def preferred_country() -> str | None:
    """The chosen country, else the computer's region."""
    return chosen_country() or guess_country()
