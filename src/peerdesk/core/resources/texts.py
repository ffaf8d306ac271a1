"""The directory's labels for people (detail pane, copied text) in the current language."""

from __future__ import annotations

from peerdesk.core import language as lang

# English label -> Canadian French (docs/glossary-fr.md). The data (names, descriptions) carry
# their own languages (docs/directory-format.md); these are PeerDesk's own words around them.
FRENCH: dict[str, str] = {
    **lang.COMMON_FRENCH,
    "Call": "Appeler",
    "Text": "Texto",
    "Website": "Site Web",
    "%1: %2": "%1 : %2",
    "Text %1 to %2": "Texto %1 au %2",
    "Text %1": "Texto au %1",
    " (number not checked)": " (numéro non vérifié)",
    " (not checked: shown as written in the source)": (
        " (non vérifié : tel qu'écrit dans la source)"
    ),
    "Open 24 hours, 7 days a week": "Ouvert 24 heures sur 24, 7 jours sur 7",
    "Open now": "Ouvert en ce moment",
    "Closed now": "Fermé en ce moment",
    " (by this computer's clock and the listed weekly hours)": (
        " (selon l'horloge de cet ordinateur et l'horaire hebdomadaire indiqué)"
    ),
    "Hours": "Heures",
    "Right now": "En ce moment",
    "About the hours": "À propos de l'horaire",
    "Holidays": "Jours fériés",
    "Please note": "À noter",
    "Notice": "Avis",
    "What it is": "De quoi il s'agit",
    "About": "Description",
    "Categories": "Catégories",
    "Who it is for": "Pour qui",
    "Eligibility": "Admissibilité",
    "Ages": "Âges",
    "Documents to bring": "Documents à apporter",
    "Cost": "Coût",
    "Fees": "Frais",
    "Payment accepted": "Paiement accepté",
    "How to apply": "Comment faire une demande",
    "Waiting time": "Délai d'attente",
    "Email": "Courriel",
    "When it is open": "Heures d'ouverture",
    "Languages": "Langues",
    "Interpreting": "Interprétation",
    "Accessibility": "Accessibilité",
    "Access": "Accès",
    "Where": "Où",
    "Address": "Adresse",
    "Area": "Territoire",
    "Service area": "Territoire desservi",
    "Source and date": "Source et date",
    "Changed": "Modifié",
    "Source": "Source",
    "Last verified": "Dernière vérification",
    "Not recorded": "Non indiquée",
    "Funding": "Financement",
    "Accreditations": "Agréments",
}


def human(english: str, language: str | None = None) -> str:
    """A directory label in the reader's language (English when it has no translation)."""
    chosen = language or lang.current()
    if chosen == lang.PSEUDO:
        return lang.pseudo_text(english)
    if chosen == lang.FRENCH:
        # French keeps a colon with the word before it: a no-break space, never a line break.
        return FRENCH.get(english, english).replace(" :", "\u00a0:")
    return english


def text_code_line(keyword: str, number: str, language: str | None = None) -> str:
    """'Text HOME to 741741' (or 'Text 988' when any message will do), in the reader's language."""
    if keyword:
        return human("Text %1 to %2", language).replace("%1", keyword).replace("%2", number)
    return human("Text %1", language).replace("%1", number)


def phone_line(label: str, number: str, language: str | None = None) -> str:
    """'Call: 988' ('Appeler : 988'); the entry's own label when it has one."""
    text = human("%1: %2", language).replace("%1", label or human("Call", language))
    return text.replace("%2", number)
