"""The passphrase policy's verdict in the window's language (core gives codes and English).

zxcvbn's advice ("Add another word or two…") exists only in English, so in any other language
the meter shows PeerDesk's own sentence for the strength level instead.
"""

from __future__ import annotations

from peerdesk.core import language
from peerdesk.core.passphrase import (
    COMMON,
    GUESSABLE,
    MAX_LENGTH,
    MIN_LENGTH,
    TOO_LONG,
    TOO_SHORT,
    PolicyResult,
)
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.locale_format import format_number


def level_name(score: int) -> str:
    """zxcvbn's 0–4 score as a word ("very weak" … "very strong")."""
    names = (
        translate("PassphraseStrength", "very weak"),
        translate("PassphraseStrength", "weak"),
        translate("PassphraseStrength", "fair"),
        translate("PassphraseStrength", "strong"),
        translate("PassphraseStrength", "very strong"),
    )
    return names[min(max(score, 0), len(names) - 1)]


def guessable_advice(result: PolicyResult) -> str:
    """Why a long passphrase is still refused: zxcvbn's hint in English, our own words else."""
    if language.current() == language.ENGLISH:
        text = translate("PassphraseStrength", "This is too easy to guess.")
        return f"{text} {result.hint}".strip()
    if result.score == 0:
        return translate(
            "PassphraseStrength",
            "This is very easy to guess: it looks like a common phrase, a name, a date or a "
            "pattern on the keyboard. Add two or three words that have nothing to do with each "
            "other.",
        )
    return translate(
        "PassphraseStrength",
        "This is still too easy to guess. Add a word or two that have nothing to do with the "
        "others, or a phrase only you would think of.",
    )


def policy_messages(result: PolicyResult) -> list[str]:
    """One sentence per problem the policy found, in the window's language."""
    messages = []
    for problem, core_words in zip(result.problems, result.messages, strict=True):
        if problem == TOO_SHORT:
            text = translate(
                "PassphraseStrength",
                "Use at least %1 characters (%2 so far). A few unrelated words with spaces are "
                "easy to remember and hard to guess.",
            )
            text = text.replace("%1", format_number(MIN_LENGTH))
            messages.append(text.replace("%2", format_number(result.length)))
        elif problem == TOO_LONG:
            text = translate("PassphraseStrength", "Use at most %1 characters.")
            messages.append(text.replace("%1", format_number(MAX_LENGTH)))
        elif problem == COMMON:
            messages.append(core_words)  # core's sentence, in the window's language too
        elif problem == GUESSABLE:
            messages.append(guessable_advice(result))
    return messages
