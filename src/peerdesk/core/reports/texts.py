"""Report labels for people (PDF, preview) in the current language; files keep English codes."""

from __future__ import annotations

from peerdesk.core import language as lang
from peerdesk.core.reports.model import TABLES, label, title

# English label -> Canadian French (docs/glossary-fr.md). Table titles and every category label
# a report can show. The JSON/CSV files keep the English (a data format); only what people read
# in the PDF and on the page goes through `human`.
FRENCH: dict[str, str] = {
    # Table titles
    "Contacts per month": "Contacts par mois",
    "Contacts by channel": "Contacts par moyen de communication",
    "Contacts by kind of support": "Contacts par type de soutien",
    "How contacts started": "Comment les contacts ont commencé",
    "Who was supported": "Personnes soutenues",
    "Contacts by level of concern": "Contacts par niveau d'inquiétude",
    "Contacts mentioning each topic": "Contacts par sujet abordé",
    "Contacts with each sign of distress": "Contacts par signe de détresse",
    "Referrals taken up, by category": "Orientations acceptées, par catégorie",
    "Referrals offered but declined, by category": (
        "Orientations proposées mais refusées, par catégorie"
    ),
    "Follow-ups planned: completed and still open": "Suivis prévus : faits et encore ouverts",
    "Completed": "Faits",
    "Still open": "Encore ouverts",
    # Channels
    **lang.COMMON_FRENCH,
    "Video": "Vidéo",
    "Text / chat": "Texto / clavardage",
    "E-mail": "Courriel",
    # Kinds of support
    "One-to-one": "Individuel",
    "Follow-up": "Suivi",
    "Defusing": "Désamorçage",
    "Group debrief": "Débreffage de groupe",
    "On-scene support": "Soutien sur les lieux",
    "Demobilisation": "Démobilisation",
    "Family support": "Soutien à la famille",
    "Education session": "Séance d'information",
    # How contacts started
    "They reached out": "La personne a demandé de l'aide",
    "I checked in": "J'ai pris des nouvelles",
    "Referred by someone": "Orientation par quelqu'un",
    "After a critical incident": "Après un incident critique",
    # Who was supported
    "Peer": "Collègue",
    "Supervisor": "Gestionnaire",
    "Family member of a colleague": "Proche d'un ou d'une collègue",
    "Other": "Autre",
    # Topics
    "Work stress": "Stress au travail",
    "Workload / burnout": "Charge de travail / épuisement professionnel",
    "Conflict": "Conflit",
    "Grief / loss": "Deuil / perte",
    "Critical incident / trauma": "Incident critique / trauma",
    "Family / relationships": "Famille / relations",
    "Health": "Santé",
    "Finances": "Finances",
    "Substance use": "Consommation de substances",
    "Isolation / loneliness": "Isolement / solitude",
    "Discrimination / bias": "Discrimination / préjugés",
    "Career": "Carrière",
    # Signs of distress
    "Change in mood": "Changement d'humeur",
    "Change in behaviour": "Changement de comportement",
    "Change in performance": "Changement dans le rendement",
    "Change in appearance": "Changement d'apparence",
    "Hopelessness": "Désespoir",
    "Guilt": "Culpabilité",
    "Anger": "Colère",
    "Anxiety": "Anxiété",
    # Levels of concern
    "None": "Aucun",  # agrees with "niveau" and "risque", the headings it is read under
    "Some concern": "Une certaine inquiétude",
    "Escalated to coordinator or clinician": "Transmis à la coordination ou à l'équipe clinique",
    "Emergency services": "Services d'urgence",
    # Referral categories
    "Crisis line": "Ligne de crise",
    "Employee assistance programme": "Programme d'aide aux employés (PAE)",
    "Counselling": "Services de consultation",
    "Medical": "Services médicaux",
    "Peer support team": "Équipe de soutien par les pairs",
    "Community service": "Service communautaire",
}

# Sentences with {placeholders}; the English is the key, as above.
SENTENCES_FR: dict[str, str] = {
    "accuracy_one": (
        "Pour protéger les personnes soutenues, chaque chiffre est modifié d'une petite quantité "
        "fixe : chaque compte peut s'écarter d'au plus {one} (les comptes inférieurs à {k} "
        "s'affichent 0 ou {k}), et les heures, de moins de 1."
    ),
    "accuracy_many": (
        "Pour protéger les personnes soutenues, les chiffres de chaque mois sont modifiés d'une "
        "petite quantité fixe : le compte d'un mois peut s'écarter d'au plus {one} (les comptes "
        "inférieurs à {k} s'affichent 0 ou {k}), et un compte qui couvre les {months} mois est "
        "habituellement à {usual} près du vrai nombre; les heures, à {hours} près."
    ),
    "zero_one": (
        "0 veut dire aucun, ou moins de {k} affiché comme 0, pour que personne ne puisse être "
        "reconnu."
    ),
    "zero_many": (
        "0 veut dire aucun, ou moins de {k} affiché comme 0 certains mois, pour que personne ne "
        "puisse être reconnu."
    ),
    "k_one": ("{k} peut représenter de 1 à {top} : les petits comptes s'affichent 0 ou {k}."),
    "or_more": "{low} ou plus",
}
SENTENCES_EN: dict[str, str] = {
    "accuracy_one": (
        "To protect the people supported, every figure is changed by a small fixed amount: "
        "each count may be off by up to {one} (counts under {k} show as 0 or {k}), and "
        "hours by less than 1."
    ),
    "accuracy_many": (
        "To protect the people supported, every month's figures are changed by a small fixed "
        "amount: a count for one month may be off by up to {one} (counts under {k} show as 0 "
        "or {k}), and a count covering all {months} months is usually within {usual} of the "
        "true number; hours are usually within {hours}."
    ),
    "zero_one": "0 means none, or fewer than {k} shown as 0, so that no one can be singled out.",
    "zero_many": (
        "0 means none, or fewer than {k} shown as 0 in some months, so that no one can be "
        "singled out."
    ),
    "k_one": "{k} may stand for anything from 1 to {top}: small counts show as 0 or {k}.",
    "or_more": "{low} or more",
}


def french_spacing(text: str) -> str:
    """French keeps a colon with the word before it: a no-break space, never a line break."""
    return text.replace(" :", "\u00a0:")


def _language(language: str | None) -> str:
    return language or lang.current()


def human(english: str, language: str | None = None) -> str:
    """A report label in the reader's language (unchanged when it has no translation)."""
    chosen = _language(language)
    if chosen == lang.PSEUDO:
        return lang.pseudo_text(english)
    if chosen == lang.FRENCH:
        return french_spacing(FRENCH.get(english, english))
    return english


def sentence(key: str, language: str | None = None, **values: object) -> str:
    """One of the report's sentences, filled in, in the reader's language."""
    chosen = _language(language)
    template = french_spacing(SENTENCES_FR[key]) if chosen == lang.FRENCH else SENTENCES_EN[key]
    if chosen == lang.PSEUDO:
        template = lang.pseudo_text(template)
    return template.format(**{name: number(v, chosen) for name, v in values.items()})


def table_title(table_name: str, language: str | None = None) -> str:
    return human(title(table_name), language)


def category_label(table_name: str, category: str, language: str | None = None) -> str:
    """A category's label for people; months ("2024-03") are not labels and stay as they are."""
    if TABLES[table_name][1] is None:
        return category
    return human(label(table_name, category), language)


def people_band(people: tuple[int, int], language: str | None = None) -> str:
    """People reached as a band for people to read ("25–49", "1 000 ou plus")."""
    low, high = people
    if high == 0:
        return "0"
    if high >= 10**9:
        return sentence("or_more", language, low=low)
    return f"{number(low, language)}–{number(high, language)}"


def number(value: object, language: str | None = None) -> str:
    """A whole number written the reader's way: 1,000 in English, 1 000 in French."""
    if not isinstance(value, int):
        return str(value)
    text = f"{value:,}"
    return text.replace(",", "\u00a0") if _language(language) == lang.FRENCH else text
