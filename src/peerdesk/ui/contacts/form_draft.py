"""The contact form's draft: every field as plain values, and back (kept in the vault only)."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date, datetime
from typing import Any

from peerdesk.core.contacts.model import Contact, Referral

NEW = "contact:new"
PREFIX = "contact:"


def draft_key(editing: Contact | None) -> str:
    return NEW if editing is None or editing.id is None else f"{PREFIX}{editing.id}"


def edited_id(key: str) -> int | None:
    """The stored contact a draft key belongs to (None for a new contact)."""
    tail = key.removeprefix(PREFIX)
    return int(tail) if tail.isdigit() else None


def capture(form: Any) -> dict[str, Any]:
    """What is on the form right now, including text that would not pass the checks yet."""
    return {
        "when": form.when.dateTime().toPython().isoformat(timespec="minutes"),
        "duration": form.duration.text(),
        "channel": form.channel.currentData(),
        "kind": form.kind.currentData(),
        "group_size": form.group_size.value(),
        "started_by": form.started_by.currentData(),
        "relationship": form.relationship.currentData(),
        "topics": list(form.topics.checked()),
        "signs": list(form.signs.checked()),
        "risk": form.risk.currentData(),
        "referrals": [json.dumps(asdict(r)) for r in form.referrals.referrals],
        "referral_typed": form.referrals.label_edit.text(),
        "incident_ref": form.incident_ref.text(),
        "followup": form.followup.isChecked(),
        "followup_due": form.followup_due.date().toPython().isoformat(),
        "followup_done": form.followup_done.isChecked(),
        "affect": form.affect.currentData(),
        "note": form.note.toPlainText(),
        "closed": form.isHidden(),
    }


def as_contact(base: Contact, fields: dict[str, Any]) -> Contact:
    """Rebuild a contact from a draft; a value that no longer reads keeps the base's value."""
    return replace(
        base,
        when=_parse(datetime.fromisoformat, fields.get("when"), base.when),
        channel=_text(fields.get("channel"), base.channel),
        kind=_text(fields.get("kind"), base.kind),
        group_size=_int(fields.get("group_size"), base.group_size),
        started_by=_text(fields.get("started_by"), base.started_by),
        relationship=_text(fields.get("relationship"), base.relationship),
        topics=_codes(fields.get("topics"), base.topics),
        signs=_codes(fields.get("signs"), base.signs),
        risk=_text(fields.get("risk"), base.risk),
        referrals=_referrals(fields.get("referrals"), base.referrals),
        incident_ref=_text(fields.get("incident_ref"), base.incident_ref or "") or None,
        followup_due=_due(fields, base.followup_due),
        followup_done=bool(fields.get("followup_done", base.followup_done)),
        affect=_int(fields.get("affect"), None),
        note=_text(fields.get("note"), base.note),
    )


def _parse(read: Any, raw: object, default: Any) -> Any:
    try:
        return read(raw) if isinstance(raw, str) else default
    except ValueError:
        return default


def _text(raw: object, default: str) -> str:
    return raw if isinstance(raw, str) else default


def _int(raw: object, default: int | None) -> int | None:
    return raw if isinstance(raw, int) and not isinstance(raw, bool) else default


def _codes(raw: object, default: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(str(c) for c in raw) if isinstance(raw, list) else default


def _due(fields: dict[str, Any], default: date | None) -> date | None:
    if not fields.get("followup"):
        return None
    return _parse(date.fromisoformat, fields.get("followup_due"), default or date.today())


def _referrals(raw: object, default: tuple[Referral, ...]) -> tuple[Referral, ...]:
    if not isinstance(raw, list):
        return default
    found = []
    for item in raw:
        try:
            found.append(Referral(**json.loads(item)))
        except (TypeError, ValueError):
            continue  # a damaged entry is skipped; the rest of the draft still comes back
    return tuple(found)
