"""Short words several windows show (Close, Country, Hours…): each written and translated once,
in the "Common" context. tests/ui/test_strings_once.py keeps it so: a text in two contexts of
the catalogue is a duplicate; a short one belongs here, a longer one in the module that owns it.

Functions, not constants: the translation is looked up when called (after the catalogue is
installed). A word with two meanings gets two entries, told apart by a disambiguation.
"""

from __future__ import annotations

from peerdesk.core.selfcare.periods import period_words
from peerdesk.ui.shared.i18n import translate


def close() -> str:
    return translate("Common", "Close")


def category() -> str:
    return translate("Common", "Category")


def country() -> str:
    return translate("Common", "Country")


def country_field() -> str:
    return translate("Common", "Coun&try:")


def region() -> str:
    return translate("Common", "Region")


def region_field() -> str:
    return translate("Common", "&Region:")


def search_field() -> str:
    return translate("Common", "&Search:")


def search_directory() -> str:
    return translate("Common", "Search the directory")


def open_24_7() -> str:
    return translate("Common", "Open &24/7")


def module() -> str:
    return translate("Common", "Module")


def completed_on() -> str:
    return translate("Common", "Completed", "column: the date a training module was finished")


def page_titles() -> dict[str, str]:
    """Sidebar, Go menu and page headings: one translation per page, read at run time."""
    return {
        "dashboard": translate("Common", "Dashboard"),
        "contacts": translate("Common", "Contact log"),
        "selfcare": translate("Common", "Self-care"),
        "training": translate("Common", "Training"),
        "resources": translate("Common", "Resources"),
        "reports": translate("Common", "Reports"),
        "settings": translate("Common", "Settings"),
    }


def training() -> str:
    return page_titles()["training"]


def contacts() -> str:
    return translate("Common", "Contacts")


def language() -> str:
    return translate("Common", "Language")


def your_country() -> str:
    return translate("Common", "Your country")


def last_3_months() -> str:
    """The report period (three calendar months, "Les 3 derniers mois" beside "Ce mois-ci");
    the trend chart's span of 13 weeks is core's period_words("3m")."""
    return translate("Common", "Last 3 months", "a report period: three calendar months")


def pdf_files() -> str:
    return translate("Common", "PDF (*.pdf)")


def table() -> str:
    return translate("Common", "Table")


def did_not_work() -> str:
    """A sentence, so not a "Common" word: its own context, still written once."""
    return translate("Messages", "That did not work.")


def quit_app() -> str:
    return translate("Common", "&Quit")


def period() -> str:
    return translate("Common", "Period")


def recovery_key() -> str:
    return translate("Common", "Recovery key")


def crisis_resources_button() -> str:
    return translate("Common", "Crisis && referral &resources")


def training_hours() -> str:
    return translate("Common", "Training hours")


def hours_of_training() -> str:
    return translate("Common", "Hours", "column: a number of hours of training")


def external_trainings() -> str:
    return translate("Common", "External trainings")


def modules_completed() -> str:
    return translate("Common", "PeerDesk modules completed")


def figure() -> str:
    return translate("Common", "Figure")


def published() -> str:
    return translate("Common", "Published")


def edit_your_service() -> str:
    return translate("Common", "Edit your service")


def period_field() -> str:
    return translate("Common", "&Period:")


def last_12_months() -> str:
    """Written once, in core (the self-care trend's span and its summary say it too)."""
    return period_words("12m")


def date() -> str:
    return translate("Common", "Date")


def note() -> str:
    return translate("Common", "Note")


def topic() -> str:
    return translate("Common", "Topic")


def topics() -> str:
    return translate("Common", "Topics")


def channel() -> str:
    return translate("Common", "Channel")


def channel_column() -> str:
    """The same word where a table column has little room ("Moyen" in French)."""
    return translate("Common", "Channel", "a narrow column's header")


def follow_up() -> str:
    """A contact's planned follow-up (the filter, the column); not the kind of support."""
    return translate("Common", "Follow-up", "a contact's planned follow-up")


def risk_level() -> str:
    return translate("Common", "Risk level")


def referrals() -> str:
    return translate("Common", "Referrals")


def new_contact() -> str:
    return translate("Common", "New contact")


def training_modules() -> str:
    return translate("Common", "Training modules")


def contacts_unit() -> str:
    return translate("Common", "contacts", "units of a chart")
