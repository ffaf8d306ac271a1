"""Passphrase policy after NIST SP 800-63B rev. 4 for an offline-attackable file key."""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field

from peerdesk.core import language as lang
from peerdesk.core.messages import say

MIN_LENGTH = 15  # rev. 4's single-factor minimum; the vault file can be attacked offline
MAX_LENGTH = 1024  # far above the 64 NIST asks us to allow; only bounds the work per attempt
_CONTEXT_WORDS = ["peerdesk", "peer", "desk", "support", "supporter", "vault"]
LABELS = ("very weak", "weak", "fair", "strong", "very strong")
# What is wrong, as codes a window can put in its own words (and language); `messages` holds
# the sentences the command line prints, in the current language (core.messages).
TOO_SHORT, TOO_LONG, COMMON, GUESSABLE = "too_short", "too_long", "common", "guessable"


@dataclass(frozen=True)
class PolicyResult:
    ok: bool
    messages: list[str] = field(default_factory=list)
    score: int = 0  # 0..4, zxcvbn's scale
    label: str = LABELS[0]
    problems: tuple[str, ...] = ()  # TOO_SHORT, TOO_LONG, COMMON, GUESSABLE, in that order
    length: int = 0  # characters after normalisation
    hint: str = ""  # zxcvbn's own advice, in English


def normalize(passphrase: str) -> str:
    """NFKC, so the same passphrase typed on another keyboard or OS still opens the vault."""
    return unicodedata.normalize("NFKC", passphrase)


def check(passphrase: str) -> PolicyResult:
    """Judge a new passphrase: length and common-password checks only, no composition rules."""
    text = normalize(passphrase)
    problems: list[str] = []
    if len(text) < MIN_LENGTH:
        problems.append(TOO_SHORT)
    if len(text) > MAX_LENGTH:
        problems.append(TOO_LONG)
    score, hint = _estimate(text)
    if text and _is_common(text):
        problems.append(COMMON)
    elif len(text) >= MIN_LENGTH and score <= 1:
        problems.append(GUESSABLE)
    return PolicyResult(
        ok=not problems,
        messages=[_message(p, len(text), hint) for p in problems],
        score=score,
        label=LABELS[score],
        problems=tuple(problems),
        length=len(text),
        hint=hint,
    )


def _message(problem: str, length: int, hint: str) -> str:
    if problem == TOO_SHORT:
        return say(
            "Use at least {least} characters ({count} so far). "
            "A few unrelated words with spaces are easy to remember and hard to guess.",
            least=MIN_LENGTH,
            count=length,
        )
    if problem == TOO_LONG:
        return say("Use at most {most} characters.", most=MAX_LENGTH)
    if problem == COMMON:
        return say("This is one of the most common passwords; attackers try it first.")
    return say("This is too easy to guess. {hint}", hint=_hint(hint)).strip()


def _hint(english: str) -> str:
    """zxcvbn's advice is English only: other languages get PeerDesk's own, general advice."""
    if lang.current() == lang.ENGLISH:
        return english
    return say("Add a few more words that have nothing to do with each other.")


def _estimate(text: str) -> tuple[int, str]:
    if not text:
        return 0, ""
    from zxcvbn import zxcvbn  # deferred: it loads its word lists on first use

    # zxcvbn refuses more than 72 characters; the first 72 decide the estimate anyway.
    result = zxcvbn(text[:72], user_inputs=_CONTEXT_WORDS)
    feedback = result.get("feedback", {})
    hint = " ".join([feedback.get("warning") or "", *feedback.get("suggestions", [])]).strip()
    return int(result["score"]), hint


def _is_common(text: str) -> bool:
    lowered = text.lower()
    common = _common_passwords()
    return lowered in common or lowered.rstrip("0123456789!@#$%^&*.?") in common


@functools.cache
def _common_passwords() -> frozenset[str]:
    """zxcvbn's 30,000 most common passwords: the compact blocklist NIST asks for."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


# Said wherever the passphrase is changed (command line and window), in the same words;
# KEEPS_DATA_KEY and ROTATE_OFFER are read in the current language when imported.
def keeps_data_key() -> str:
    return say(
        "A new passphrase changes only the lock on the vault's data key, not the key itself (disk "
        "encryption such as LUKS works the same way). So a copy of the vault taken before the "
        "change still opens with the old passphrase, and whoever has such a copy and the old "
        "passphrase can also read every later save of the vault that reaches them."
    )


def rotate_offer() -> str:
    return say(
        "If someone may know the old passphrase, also replace the data key: the vault is "
        "re-encrypted under a new key, the automatic backups made under the old one are deleted, "
        "and you get a new recovery key."
    )


def __getattr__(name: str) -> str:
    if name == "KEEPS_DATA_KEY":
        return keeps_data_key()
    if name == "ROTATE_OFFER":
        return rotate_offer()
    raise AttributeError(name)
