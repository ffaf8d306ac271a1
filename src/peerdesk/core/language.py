"""Which language PeerDesk speaks: the setting, the desktop's locale, and a pseudo-locale."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping

ENGLISH = "en"
FRENCH = "fr"
# Not a language: every text is marked and lengthened so untranslated strings stand out.
PSEUDO = "pseudo"
SUPPORTED = (ENGLISH, FRENCH)
# The one catalogue per language; any French locale (fr_FR, fr_BE...) reads the Canadian one.
# English has one too, holding only plural forms ("1 hour", "2 hours").
CATALOGUE_LOCALE = {FRENCH: "fr_CA", ENGLISH: "en"}
NAMES = {"system": "System", ENGLISH: "English", FRENCH: "Français"}
# Words both the directory and the reports show: translated once (docs/glossary-fr.md), and
# merged into each of their tables.
COMMON_FRENCH: dict[str, str] = {"Phone": "Téléphone", "In person": "En personne"}
PSEUDO_ENV = "PEERDESK_PSEUDO"

# One process, one language, set once at start-up (by the window or a command).
_state = {"current": ENGLISH}

# Placeholders, markup and mnemonics must come through the pseudo-locale untouched.
_KEEP = re.compile(r"%L?\d+|%n|<[^>]*>|&[#\w]+;|&&|&(?=\w)|\{[^}]*\}|%[sdf]")
_ACCENTS = str.maketrans(
    "aceinouyACEINOUY", "àçéîñöûýÀÇÉÎÑÖÛÝ"
)  # letters stay readable, but anything drawn with a narrow font or a bad encoding shows
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"


def current() -> str:
    """The language content is loaded in (instruments, later training and the directory)."""
    return _state["current"]


def set_current(language: str) -> None:
    if language not in (*SUPPORTED, PSEUDO):
        raise ValueError(f"unsupported language {language!r}")
    _state["current"] = language


def base_language(tag: str) -> str:
    """'fr_CA.UTF-8', 'fr-CA' or 'FR' -> 'fr'; '' for an empty or 'C'/'POSIX' tag."""
    code = re.split(r"[_.@-]", tag.strip(), maxsplit=1)[0].lower()
    return "" if code in ("c", "posix") else code


def environment_tags(env: Mapping[str, str] | None = None) -> list[str]:
    """The user's preferred languages from the POSIX variables, most preferred first.

    LC_ALL overrides everything; LANGUAGE (a colon list) is GNU gettext's preference order and
    only counts when a locale is set at all, as gettext does.
    """
    env = os.environ if env is None else env
    chosen = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if not base_language(chosen):
        return []
    if env.get("LC_ALL"):
        return [chosen]
    listed = [tag for tag in env.get("LANGUAGE", "").split(":") if tag]
    return [*listed, chosen]


def resolve(choice: str, system_tags: Iterable[str] = ()) -> str:
    """The language to use: an explicit choice wins; 'system' takes the first supported tag."""
    if choice in SUPPORTED:
        return choice
    for tag in system_tags:
        code = base_language(tag)
        if code in SUPPORTED:
            return code
    return ENGLISH


def pseudo_enabled(env: Mapping[str, str] | None = None) -> bool:
    env = os.environ if env is None else env
    return env.get(PSEUDO_ENV, "").strip() not in ("", "0")


def pseudo_text(text: str) -> str:
    """Mark a string and make it about 40 % longer, keeping placeholders and markup intact."""
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(_ACCENTS))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(_ACCENTS))
    visible = len(_KEEP.sub("", text))
    padding = "~" * max(1, round(visible * 0.4))
    return f"{PSEUDO_OPEN}{''.join(parts)}{padding}{PSEUDO_CLOSE}"


def pick(texts: Mapping[str, str], language: str) -> str | None:
    """The text in `language`, or None when it is missing (the caller falls back to English)."""
    if language == PSEUDO:
        english = texts.get(ENGLISH)
        return None if english is None else pseudo_text(english)
    return texts.get(language)
