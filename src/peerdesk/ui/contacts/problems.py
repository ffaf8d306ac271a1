"""The contact log's problems, as core words them in English, in the window's language.

Core (no Qt) checks contacts and topics and says what is wrong in English
(core/contacts/validate.py, core/contacts/service.py). The form and the list show those
sentences to people, so each known one is matched here and given through the translator;
one this table does not know yet is shown as core wrote it.
"""

from __future__ import annotations

import re

from peerdesk.core.errors import InvalidInput
from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.locale_format import format_number

_NUMBER = r"(\d+)"
_QUOTED = r"'(.*)'"  # a name as Python's repr() quotes it (names with ' are "…": left as is)


def _known() -> list[tuple[str, str]]:
    """(core's English as a pattern, the sentence with %1 for what the pattern captured)."""
    return [
        (
            "nothing to log yet; choose a topic or write a short note",
            translate(
                "ContactProblems", "nothing to log yet; choose a topic or write a short note"
            ),
        ),
        ("a date and time is needed", translate("ContactProblems", "a date and time is needed")),
        (
            "the date and time are in the future",
            translate("ContactProblems", "the date and time are in the future"),
        ),
        (
            "the follow-up date is before the contact",
            translate("ContactProblems", "the follow-up date is before the contact"),
        ),
        (
            f"must be whole minutes from 1 to {_NUMBER}",
            translate("ContactProblems", "must be whole minutes from 1 to %1"),
        ),
        (
            "only group contacts have a group size",
            translate("ContactProblems", "only group contacts have a group size"),
        ),
        (
            f"must be a count from 2 to {_NUMBER}",
            translate("ContactProblems", "must be a count from 2 to %1"),
        ),
        ("must be from 1 to 5", translate("ContactProblems", "must be from 1 to 5")),
        (
            f"is longer than {_NUMBER} characters",
            translate("ContactProblems", "is longer than %1 characters"),
        ),
        ("a referral needs a label", translate("ContactProblems", "a referral needs a label")),
        (
            f"label is longer than {_NUMBER} characters",
            translate("ContactProblems", "label is longer than %1 characters"),
        ),
        (
            "the start date is after the end date",
            translate("ContactProblems", "the start date is after the end date"),
        ),
        ("a topic needs a name", translate("ContactProblems", "a topic needs a name")),
        (
            "a topic name has at most 60 characters",
            translate("ContactProblems", "a topic name has at most 60 characters"),
        ),
        (
            f"the topic {_QUOTED} already exists",
            translate("ContactProblems", "the topic “%1” already exists"),
        ),
    ]


def problem_text(message: str) -> str:
    """`message` from core in the window's language; unchanged when it is not a known one."""
    for pattern, text in _known():
        found = re.fullmatch(pattern, message)
        if found is None:
            continue
        value = found.group(1) if found.groups() else ""
        if value.isdigit():
            value = format_number(int(value))
        return text.replace("%1", value)
    return message


def plain_message(err: InvalidInput) -> str:
    """An InvalidInput's problem as core wrote it, without the field's code in front."""
    return err.message.removeprefix(f"{err.field}: ") if err.field else err.message


def as_sentence(problem: str) -> str:
    """A problem on its own line: "The start date is after the end date." """
    return problem[:1].upper() + problem[1:] + ("" if problem.endswith(".") else ".")
