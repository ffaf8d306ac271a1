"""The directory entries shipped with PeerDesk (package data), validated on load."""

from __future__ import annotations

import json
import re
from typing import Any

from peerdesk.core import language as lang
from peerdesk.core.content import resource_path
from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.resources.entity import Resource, resource_from_dict

FORMAT = "peerdesk-directory/1"
# Texts for people may be one string (English) or one per language: {"en": "…", "fr": "…"}.
LOCALIZED = ("name", "organisation", "description", "region", "hours", "website", "source")
LOCALIZED_LISTS = ("phones", "text_codes")  # their "label"
_LANGUAGE = re.compile(r"^[a-z]{2}$")


def shipped_files() -> list[tuple[str, bytes]]:
    folder = resource_path("directory")
    return sorted(
        (entry.name, entry.read_bytes())
        for entry in folder.iterdir()
        if entry.name.endswith(".json")
    )


def pick_text(value: Any, language: str, where: str) -> Any:
    """A plain text as it is; a {"en": …, "fr": …} text in `language`, else its English."""
    if not isinstance(value, dict):
        # Plain text is English; the pseudo-locale marks it like any other text for people.
        if isinstance(value, str) and value and language == lang.PSEUDO:
            return lang.pseudo_text(value)
        return value  # (or a wrong type the entry's own checks will name)
    for code, text in value.items():
        if not isinstance(code, str) or not _LANGUAGE.match(code):
            raise InvalidInput(say("key texts by a two-letter language, e.g. 'fr'"), field=where)
        if not isinstance(text, str):
            raise InvalidInput(say("the {code!r} text must be text", code=code), field=where)
    if lang.ENGLISH not in value:
        raise InvalidInput(say("an English text ('en') is needed to fall back on"), field=where)
    picked = lang.pick(value, language)
    return value[lang.ENGLISH] if picked is None else picked


def localize_entry(entry: dict[str, Any], language: str) -> dict[str, Any]:
    """A copy of a shipped entry with every text for people picked in `language`."""
    out = dict(entry)
    for key in LOCALIZED:
        if key in out:
            # An address is not text: the pseudo-locale must not mark it.
            pseudo_url = key == "website" and language == lang.PSEUDO
            out[key] = pick_text(out[key], lang.ENGLISH if pseudo_url else language, key)
    for key in LOCALIZED_LISTS:
        items = out.get(key)
        if not isinstance(items, list):
            continue
        out[key] = [
            {**item, "label": pick_text(item["label"], language, f"{key}[{i}].label")}
            if isinstance(item, dict) and "label" in item
            else item
            for i, item in enumerate(items)
        ]
    return out


def missing_texts(entry: dict[str, Any], language: str) -> list[str]:
    """Fields of a shipped entry that have no text in `language` (English ones count as missing)."""
    # A website is the same page in both languages unless the organisation has a French one;
    # a source names the pages checked, in whatever language they were written.
    fields = [(key, entry.get(key)) for key in LOCALIZED if key not in ("website", "source")]
    for key in LOCALIZED_LISTS:
        for i, item in enumerate(entry.get(key) or []):
            if isinstance(item, dict):
                fields.append((f"{key}[{i}].label", item.get("label")))
    return [
        where
        for where, value in fields
        if value and not (isinstance(value, dict) and value.get(language))
    ]


def parse_shipped(name: str, data: bytes, language: str | None = None) -> list[Resource]:
    """Resources of one shipped file; any problem names the file, the entry and the field.

    Texts are picked in `language` (default: the current one), falling back to English.
    """
    language = language or lang.current()
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InvalidInput(say("is not valid UTF-8 JSON ({err})", err=err), field=name) from err
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InvalidInput(say('must have "format": "{format}"', format=FORMAT), field=name)
    entries = doc.get("resources")
    if not isinstance(entries, list):
        raise InvalidInput(say("must have a list of resources"), field=f"{name}: resources")
    out = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise InvalidInput(say("must be an object"), field=f"{name}: resources[{index}]")
        try:
            out.append(resource_from_dict(localize_entry(entry, language), "shipped"))
        except InvalidInput as err:
            rid = entry.get("id", index)
            raise InvalidInput(err.message, field=f"{name}: resource {rid}") from err
    return out


def load_shipped(language: str | None = None) -> list[Resource]:
    resources: list[Resource] = []
    seen: set[str] = set()
    for name, data in shipped_files():
        for resource in parse_shipped(name, data, language):
            if resource.id in seen:
                raise InvalidInput(say("id {id!r} appears twice", id=resource.id), field=name)
            seen.add(resource.id)
            resources.append(resource)
    return resources
