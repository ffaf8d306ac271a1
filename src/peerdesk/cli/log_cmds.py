"""`peerdesk log add|list|show|delete`: the contact log from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from peerdesk.cli.common import add_command, add_vault_arg, print_json, print_table, unlocked_desk
from peerdesk.cli.freetext import TextInputs, add_text_option
from peerdesk.core.contacts import vocab
from peerdesk.core.contacts.model import Contact, ContactFilter, Referral
from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say

LIST_COLUMNS = ["id", "when", "minutes", "channel", "kind", "topics", "risk", "follow_up"]


def register(sub: Any) -> None:
    parser = add_command(sub, "log", say("The contact log: add, list, show or delete contacts."))
    actions = parser.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    _register_add(actions)
    _register_list(actions)
    show = actions.add_parser("show", help=say("show one contact (the note only with --with-note)"))
    add_vault_arg(show)
    show.add_argument("id", type=int, help=say("contact number"))
    show.add_argument("--json", action="store_true", help=say("print as JSON"))
    show.add_argument("--with-note", action="store_true", help=say("also print the private note"))
    show.set_defaults(func=_show)
    delete = actions.add_parser("delete", help=say("delete one contact"))
    add_vault_arg(delete)
    delete.add_argument("id", type=int, help=say("contact number"))
    delete.set_defaults(func=_delete)


def _choices(mapping: Mapping[str, str]) -> str:
    return ", ".join(mapping)


def _register_add(actions: Any) -> None:
    add = actions.add_parser("add", help=say("log a contact; codes or labels, any case"))
    add_vault_arg(add)
    opt = add.add_argument
    opt("--when", metavar="'YYYY-MM-DD HH:MM'", help=say("date and time (default: now)"))
    opt("--duration", type=int, required=True, metavar="MIN", help=say("duration in minutes"))
    opt(
        "--channel",
        default="in_person",
        help=say("one of {choices}", choices=_choices(vocab.CHANNELS)),
    )
    opt("--kind", default="one_to_one", help=say("one of {choices}", choices=_choices(vocab.KINDS)))
    opt("--group-size", type=int, metavar="N", help=say("people present (group kinds only)"))
    opt(
        "--started-by",
        default="they_reached_out",
        help=say("one of {choices}", choices=_choices(vocab.STARTED_BY)),
    )
    opt(
        "--relationship",
        default="peer",
        help=say("one of {choices}", choices=_choices(vocab.RELATIONSHIPS)),
    )
    opt("--topic", action="append", default=[], help=say("a topic (repeat, or comma-separate)"))
    opt(
        "--sign",
        action="append",
        default=[],
        help=say("signs observed: {choices}", choices=_choices(vocab.SIGNS)),
    )
    opt("--risk", default="none", help=say("one of {choices}", choices=_choices(vocab.RISKS)))
    opt(
        "--referral",
        action="append",
        default=[],
        metavar="CATEGORY[:LABEL]",
        help=say(
            "a referral given; categories: {choices}", choices=_choices(vocab.REFERRAL_CATEGORIES)
        ),
    )
    opt(
        "--declined",
        action="append",
        default=[],
        metavar="CATEGORY[:LABEL]",
        help=say("a referral offered but declined"),
    )
    add_text_option(add, "--incident-ref", "incident or call number (never in reports)")
    opt("--followup", metavar="YYYY-MM-DD", help=say("follow-up due date"))
    opt("--followup-done", action="store_true", help=say("the follow-up has happened"))
    opt("--affect", type=int, metavar="1-5", help=say("how much it affected you"))
    add_text_option(add, "--note", "a private note (never printed)")
    opt("--redact", action="store_true", help=say("replace likely identifiers in the note first"))
    opt("--json", action="store_true", help=say("print the stored contact as JSON (without note)"))
    add.set_defaults(func=_add)


def _register_list(actions: Any) -> None:
    show = actions.add_parser("list", help=say("list contacts, newest first (notes never shown)"))
    add_vault_arg(show)
    opt = show.add_argument
    opt("--from", dest="start", metavar="YYYY-MM-DD", help=say("first day (inclusive)"))
    opt("--to", dest="end", metavar="YYYY-MM-DD", help=say("last day (inclusive)"))
    opt("--topic", help=say("only contacts with this topic"))
    opt("--channel", help=say("only this channel"))
    opt("--risk", help=say("only this risk level"))
    opt("--followup", choices=["due", "overdue"], help=say("open follow-ups due today or overdue"))
    add_text_option(show, "--search", "words to look for in notes")
    opt("--limit", type=int, default=50, help=say("at most this many (default 50, 0 = all)"))
    opt("--json", action="store_true", help=say("print as JSON"))
    show.set_defaults(func=_list)


# -- parsing -------------------------------------------------------------------------------
def code_of(mapping: Mapping[str, str], text: str, field: str) -> str:
    """The code for a code or label typed in any case; a clear error naming the field."""
    code = vocab.lookup_code(mapping, text)
    if code is None:
        raise InvalidInput(
            say(
                "unknown value {text!r}; use one of {choices}", text=text, choices=_choices(mapping)
            ),
            field=field,
        )
    return code


def _optional(mapping: Mapping[str, str], text: str | None, field: str) -> str | None:
    return code_of(mapping, text, field) if text else None


def _day(text: str | None, field: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise InvalidInput(
            say("{text!r} is not a date like 2024-05-31", text=text), field=field
        ) from err


def _moment(text: str | None) -> datetime:
    if not text:
        return datetime.now().replace(second=0, microsecond=0)
    try:
        return datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError as err:
        raise InvalidInput(
            say("{text!r} is not like '2024-05-31 14:30'", text=text), field="when"
        ) from err


def _split(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _referrals(values: list[str], declined: bool) -> list[Referral]:
    found: list[Referral] = []
    for value in values:
        category, _sep, label = value.partition(":")
        code = code_of(vocab.REFERRAL_CATEGORIES, category, "referral")
        label = label.strip() or vocab.REFERRAL_CATEGORIES[code]
        found.append(Referral(label=label, category=code, declined=declined))
    return found


def _vocab_fields(args: argparse.Namespace) -> dict[str, Any]:
    """Every fixed-vocabulary option, checked before the vault is even opened."""
    return {
        "channel": code_of(vocab.CHANNELS, args.channel, "channel"),
        "kind": code_of(vocab.KINDS, args.kind, "kind"),
        "started_by": code_of(vocab.STARTED_BY, args.started_by, "started_by"),
        "relationship": code_of(vocab.RELATIONSHIPS, args.relationship, "relationship"),
        "risk": code_of(vocab.RISKS, args.risk, "risk"),
        "signs": tuple(code_of(vocab.SIGNS, s, "signs") for s in _split(args.sign)),
        "referrals": tuple(
            _referrals(args.referral, declined=False) + _referrals(args.declined, declined=True)
        ),
    }


def _note(text: str, redact: bool) -> str:
    from peerdesk.core import deid

    findings = deid.scan(text)
    if findings and redact:
        return deid.redact(text, findings)
    if findings:
        kinds = sorted({f.kind for f in findings})
        # Standard error: with --json, standard output must stay one JSON document.
        print(
            say(
                "Note: the note may hold identifying details ({items}); use --redact to "
                "replace them.",
                items=", ".join(kinds),
            ),
            file=sys.stderr,
        )
    return text


# -- commands ------------------------------------------------------------------------------
def _add(args: argparse.Namespace) -> int:
    fields = _vocab_fields(args)
    when = _moment(args.when)
    followup = _day(args.followup, "followup")
    texts = TextInputs.check(args, "--incident-ref", "--note")  # --help order
    with unlocked_desk(args) as desk:
        note = _note(texts.get("note", "") or "", args.redact)  # stdin is read after the secret
        topics = desk.contacts.topic_labels()
        contact = Contact(
            when=when, duration_min=args.duration, group_size=args.group_size,
            topics=tuple(code_of(topics, t, "topic") for t in _split(args.topic)),
            incident_ref=texts.get("incident_ref"), followup_due=followup,
            followup_done=args.followup_done, affect=args.affect, note=note, **fields,
        )  # fmt: skip
        stored = desk.contacts.add(contact)
    if args.json:
        print_json(contact_dict(stored, with_note=False))
    else:
        print(say("Logged contact {id}.", id=stored.id))
    return 0


def _list(args: argparse.Namespace) -> int:
    texts = TextInputs.check(args, "--search")
    with unlocked_desk(args) as desk:
        flt = ContactFilter(
            start=_day(args.start, "from"), end=_day(args.end, "to"),
            topic=_optional(desk.contacts.topic_labels(), args.topic, "topic"),
            channel=_optional(vocab.CHANNELS, args.channel, "channel"),
            risk=_optional(vocab.RISKS, args.risk, "risk"),
            followup=args.followup, text=texts.get("search"),
        )  # fmt: skip
        contacts = desk.contacts.list(flt, limit=args.limit or None)
    if args.json:
        print_json([contact_dict(c, with_note=False) for c in contacts])
    else:
        print_table([_row(c) for c in contacts], LIST_COLUMNS)
    return 0


def _show(args: argparse.Namespace) -> int:
    with unlocked_desk(args) as desk:
        contact = desk.contacts.get(args.id)
        labels = desk.contacts.topic_labels()
    data = contact_dict(contact, with_note=args.with_note)
    if args.json:
        print_json(data)
        return 0
    data["topics"] = ", ".join(labels.get(t, t) for t in contact.topics)
    for key, value in data.items():
        if key != "referrals":
            print(f"{key:>14}: {'' if value is None else value}")
    for ref in contact.referrals:
        print(
            f"{'referral':>14}: {ref.label} ({ref.category}){' - declined' if ref.declined else ''}"
        )
    return 0


def _delete(args: argparse.Namespace) -> int:
    with unlocked_desk(args) as desk:
        desk.contacts.delete(args.id)
    print(say("Deleted contact {id}.", id=args.id))
    return 0


def contact_dict(contact: Contact, with_note: bool) -> dict[str, Any]:
    """A contact as JSON-ready data; the note is replaced by its length unless asked for."""
    data = asdict(contact)
    data["when"] = contact.when.strftime("%Y-%m-%d %H:%M")
    data["topics"] = list(contact.topics)
    data["signs"] = list(contact.signs)
    if not with_note:
        data["note"] = f"({len(contact.note)} characters; use --with-note to show)"
    return data


def _row(c: Contact) -> dict[str, Any]:
    follow = ""
    if c.followup_due:
        follow = f"{c.followup_due}{' done' if c.followup_done else ''}"
    return {
        "id": c.id, "when": c.when.strftime("%Y-%m-%d %H:%M"), "minutes": c.duration_min,
        "channel": c.channel, "kind": c.kind, "topics": ",".join(c.topics), "risk": c.risk,
        "follow_up": follow,
    }  # fmt: skip
