"""Self-care instruments as data: the model, and a loader that names file and field on any error."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerdesk.core import language as lang
from peerdesk.core.content import resource_path
from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say

FORMAT_VERSION = 1
KINDS = ("own", "third_party", "organisation")
DIRECTIONS = ("better", "worse")
_IDENT = re.compile(r"[a-z][a-z0-9_]{0,39}")
_LANGUAGE = re.compile(r"[a-z]{2}")
MAX_CONCERN = 2  # 0 fine, 1 concerning (nudge), 2 strongly suggest professional support


@dataclass(frozen=True)
class Band:
    id: str
    label: str
    min: float
    max: float
    concern: int
    message: str

    def contains(self, value: float) -> bool:
        return self.min <= value <= self.max


@dataclass(frozen=True)
class Item:
    number: int
    key: str
    text: str  # empty when the wording is not shipped (third-party instruments)
    labels: dict[int, str]


@dataclass(frozen=True)
class Subscale:
    id: str
    name: str
    items: tuple[int, ...]
    higher_is: str  # "better" or "worse": which way a change counts as worsening
    bands: tuple[Band, ...]
    multiplier: float = 1
    unit: str = ""
    meaningful_change: float | None = None


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str
    short_name: str
    kind: str
    purpose: str
    credit: str
    source_url: str
    timeframe: str
    scale_min: int
    scale_max: int
    items: tuple[Item, ...]
    reverse_items: frozenset[int]
    subscales: tuple[Subscale, ...]
    source: str = ""  # file the definition came from
    language: str = lang.ENGLISH  # the language its texts were picked in
    # Fields shown in English because the file has no text in `language` (empty when complete).
    fallbacks: tuple[str, ...] = ()

    @property
    def item_count(self) -> int:
        return len(self.items)

    @property
    def has_wording(self) -> bool:
        return any(item.text for item in self.items)

    def subscale(self, subscale_id: str) -> Subscale:
        for sub in self.subscales:
            if sub.id == subscale_id:
                return sub
        raise InvalidInput(
            say(
                "unknown measure {subscale_id!r} for {short_name}",
                subscale_id=subscale_id,
                short_name=self.short_name,
            ),
            "measure",
        )

    def item_by_key(self, key: str) -> Item | None:
        return next((item for item in self.items if item.key == key), None)


class _Reader:
    """Reads fields from parsed JSON, raising InvalidInput('file:path') on anything wrong."""

    def __init__(self, source: str, language: str = lang.ENGLISH) -> None:
        self.source = source
        self.language = language
        self.fallbacks: list[str] = []

    def fail(self, path: str, message: str) -> InvalidInput:
        return InvalidInput(message, field=f"{self.source}: {path}")

    def get(self, obj: dict[str, Any], key: str, kind: type | tuple[type, ...], path: str) -> Any:
        where = f"{path}.{key}" if path else key
        if key not in obj:
            raise self.fail(where, "this field is required")
        return self.check(obj[key], kind, where)

    def opt(
        self, obj: dict[str, Any], key: str, kind: type | tuple[type, ...], path: str, default: Any
    ) -> Any:
        if key not in obj or obj[key] is None:
            return default
        return self.get(obj, key, kind, path)

    def check(self, value: Any, kind: type | tuple[type, ...], where: str) -> Any:
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # bool is an int in Python; a true/false where a number belongs is still a mistake.
        if isinstance(value, bool) and bool not in kinds:
            raise self.fail(where, f"expected {_kind_name(kinds)}, found true/false")
        if not isinstance(value, kinds):
            raise self.fail(where, f"expected {_kind_name(kinds)}, found {type(value).__name__}")
        return value

    def text(self, obj: dict[str, Any], key: str, path: str) -> str:
        """A text for people: plain (English) or one per language, {"en": "...", "fr": "..."}."""
        where = f"{path}.{key}" if path else key
        if key not in obj:
            raise self.fail(where, "this field is required")
        return self.localized(obj[key], where)

    def opt_text(self, obj: dict[str, Any], key: str, path: str) -> str:
        return "" if obj.get(key) is None else self.text(obj, key, path)

    def localized(self, value: Any, where: str) -> str:
        """Pick the reader's language, falling back to English and noting where it had to."""
        if isinstance(value, str):
            if self.language != lang.ENGLISH and value:
                self.fallbacks.append(where)
            return value
        texts = self.check(value, (str, dict), where)
        for code, text in texts.items():
            if not _LANGUAGE.fullmatch(code):
                raise self.fail(f"{where}.{code}", "key texts by a two-letter language, e.g. 'fr'")
            self.check(text, str, f"{where}.{code}")
        if lang.ENGLISH not in texts:
            raise self.fail(where, "an English text ('en') is needed to fall back on")
        picked = lang.pick(texts, self.language)
        if picked is None:
            self.fallbacks.append(where)
            return str(texts[lang.ENGLISH])
        return picked

    def ident(self, obj: dict[str, Any], key: str, path: str) -> str:
        """A code such as an id or key: lower-case letters, digits and underscores."""
        value: str = self.get(obj, key, str, path)
        if not _IDENT.fullmatch(value):
            where = f"{path}.{key}" if path else key
            raise self.fail(where, "use lower-case letters, digits and _ only (e.g. 'burnout')")
        return value

    def int_list(self, obj: dict[str, Any], key: str, path: str) -> list[int]:
        values = self.get(obj, key, list, path)
        for index, value in enumerate(values):
            self.check(value, int, f"{path + '.' if path else ''}{key}[{index}]")
        return list(values)


def _kind_name(kinds: tuple[type, ...]) -> str:
    names = {
        int: "a whole number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "an object",
        bool: "true or false",
    }
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def parse_instrument(data: Any, source: str, language: str | None = None) -> Instrument:
    """Build and validate an Instrument from parsed JSON; `source` names the file in errors.

    Texts are picked in `language` (default: the current one), falling back to English.
    """
    r = _Reader(source, language or lang.current())
    if not isinstance(data, dict):
        raise r.fail("(top level)", "expected a JSON object")
    if r.get(data, "format", int, "") != FORMAT_VERSION:
        raise r.fail("format", f"this PeerDesk reads format {FORMAT_VERSION}")
    kind = r.get(data, "kind", str, "")
    if kind not in KINDS:
        raise r.fail("kind", f"must be one of {', '.join(KINDS)}")
    lo, hi, default_labels = _parse_scale(r, r.get(data, "scale", dict, ""))
    items = _parse_items(r, data, default_labels, lo, hi)
    if kind == "third_party" and any(item.text for item in items):
        raise r.fail(
            "items", "third-party instruments are scored by item number; leave out the wording"
        )
    numbers = {item.number for item in items}
    reverse = _parse_reverse(r, data, numbers)
    subscales = _parse_subscales(r, data, numbers, (lo, hi))
    name = r.text(data, "name", "")
    return Instrument(
        id=r.ident(data, "id", ""),
        name=name,
        short_name=r.opt_text(data, "short_name", "") or name,
        kind=kind,
        purpose=r.text(data, "purpose", ""),
        credit=r.text(data, "credit", ""),
        source_url=r.opt(data, "source_url", str, "", ""),
        timeframe=r.opt_text(data, "timeframe", ""),
        scale_min=lo,
        scale_max=hi,
        items=items,
        reverse_items=frozenset(reverse),
        subscales=subscales,
        source=source,
        language=r.language,
        fallbacks=tuple(r.fallbacks),
    )


def _parse_reverse(r: _Reader, data: dict[str, Any], numbers: set[int]) -> list[int]:
    reverse = r.int_list(data, "reverse_items", "") if "reverse_items" in data else []
    for index, number in enumerate(reverse):
        if number not in numbers:
            raise r.fail(f"reverse_items[{index}]", f"there is no item {number}")
    return reverse


def _parse_subscales(
    r: _Reader, data: dict[str, Any], numbers: set[int], scale: tuple[int, int]
) -> tuple[Subscale, ...]:
    subs = r.get(data, "subscales", list, "")
    if not subs:
        raise r.fail("subscales", "at least one measure is needed")
    subscales = tuple(
        _parse_subscale(r, sub, f"subscales[{i}]", numbers, scale) for i, sub in enumerate(subs)
    )
    _unique(r, [s.id for s in subscales], "subscales", "id")
    return subscales


def _parse_scale(r: _Reader, scale: dict[str, Any]) -> tuple[int, int, dict[int, str]]:
    lo = r.get(scale, "min", int, "scale")
    hi = r.get(scale, "max", int, "scale")
    if hi <= lo:
        raise r.fail("scale.max", "must be larger than scale.min")
    labels = _parse_labels(r, r.get(scale, "labels", dict, "scale"), "scale.labels", lo, hi)
    return lo, hi, labels


def _parse_labels(r: _Reader, raw: dict[str, Any], path: str, lo: int, hi: int) -> dict[int, str]:
    labels: dict[int, str] = {}
    for key, text in raw.items():
        if not key.lstrip("-").isdigit() or not lo <= int(key) <= hi:
            raise r.fail(f"{path}.{key}", f"labels are keyed by answers {lo}–{hi}")
        labels[int(key)] = r.localized(text, f"{path}.{key}")
    missing = [str(v) for v in range(lo, hi + 1) if v not in labels]
    if missing:
        raise r.fail(path, f"every answer needs a label; missing {', '.join(missing)}")
    return labels


def _parse_items(
    r: _Reader, data: dict[str, Any], labels: dict[int, str], lo: int, hi: int
) -> tuple[Item, ...]:
    if ("items" in data) == ("item_count" in data):
        raise r.fail("items", "give either 'items' (with wording) or 'item_count' (numbers only)")
    if "item_count" in data:
        count = r.get(data, "item_count", int, "")
        if not 1 <= count <= 200:
            raise r.fail("item_count", "must be between 1 and 200")
        return tuple(Item(n, f"item{n}", "", labels) for n in range(1, count + 1))
    raw = r.get(data, "items", list, "")
    items = []
    for index, entry in enumerate(raw):
        path = f"items[{index}]"
        r.check(entry, dict, path)
        number = r.get(entry, "number", int, path)
        if number != index + 1:
            raise r.fail(f"{path}.number", f"items are numbered 1, 2, 3, …; expected {index + 1}")
        own = entry.get("labels")
        item_labels = (
            labels
            if own is None
            else _parse_labels(r, r.check(own, dict, f"{path}.labels"), f"{path}.labels", lo, hi)
        )
        items.append(
            Item(number, r.ident(entry, "key", path), r.text(entry, "text", path), item_labels)
        )
    if not items:
        raise r.fail("items", "at least one item is needed")
    _unique(r, [item.key for item in items], "items", "key")
    return tuple(items)


def _parse_subscale(
    r: _Reader, raw: Any, path: str, numbers: set[int], scale: tuple[int, int]
) -> Subscale:
    r.check(raw, dict, path)
    items = r.int_list(raw, "items", path)
    for index, number in enumerate(items):
        if number not in numbers:
            raise r.fail(f"{path}.items[{index}]", f"there is no item {number}")
    if not items or len(set(items)) != len(items):
        raise r.fail(f"{path}.items", "list each item once, at least one")
    higher_is = r.get(raw, "higher_is", str, path)
    if higher_is not in DIRECTIONS:
        raise r.fail(f"{path}.higher_is", "must be 'better' or 'worse'")
    multiplier = r.opt(raw, "multiplier", (int, float), path, 1)
    if multiplier <= 0:
        raise r.fail(f"{path}.multiplier", "must be above zero")
    bands = tuple(
        _parse_band(r, b, f"{path}.bands[{i}]")
        for i, b in enumerate(r.get(raw, "bands", list, path))
    )
    _check_coverage(r, bands, f"{path}.bands", len(items), scale, multiplier=multiplier)
    change = r.opt(raw, "meaningful_change", (int, float), path, None)
    if change is not None and change <= 0:
        raise r.fail(f"{path}.meaningful_change", "must be above zero")
    return Subscale(
        id=r.ident(raw, "id", path),
        name=r.text(raw, "name", path),
        items=tuple(items),
        higher_is=higher_is,
        bands=bands,
        multiplier=multiplier,
        unit=r.opt_text(raw, "unit", path),
        meaningful_change=change,
    )


def _parse_band(r: _Reader, raw: Any, path: str) -> Band:
    r.check(raw, dict, path)
    concern = r.get(raw, "concern", int, path)
    if not 0 <= concern <= MAX_CONCERN:
        raise r.fail(f"{path}.concern", f"must be 0, 1 or {MAX_CONCERN}")
    low, high = r.get(raw, "min", (int, float), path), r.get(raw, "max", (int, float), path)
    if high < low:
        raise r.fail(f"{path}.max", "must not be below min")
    return Band(
        r.ident(raw, "id", path),
        r.text(raw, "label", path),
        low,
        high,
        concern,
        r.text(raw, "message", path),
    )


def _check_coverage(
    r: _Reader,
    bands: tuple[Band, ...],
    path: str,
    count: int,
    scale: tuple[int, int],
    *,
    multiplier: float,
) -> None:
    """Every score the measure can produce must fall in exactly one band."""
    if not bands:
        raise r.fail(path, "at least one band is needed")
    lo, hi = scale
    for raw_sum in range(count * lo, count * hi + 1):
        value = raw_sum * multiplier
        hits = [i for i, band in enumerate(bands) if band.contains(value)]
        if len(hits) != 1:
            problem = "falls in no band" if not hits else "falls in more than one band"
            raise r.fail(path, f"the score {value:g} {problem}")


def _unique(r: _Reader, values: Iterable[str], path: str, key: str) -> None:
    seen: set[str] = set()
    for index, value in enumerate(values):
        if value in seen:
            raise r.fail(f"{path}[{index}].{key}", f"{value!r} is used twice")
        seen.add(value)


def _from_text(text: str, name: str, language: str | None = None) -> Instrument:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InvalidInput(
            say("not valid JSON (line {lineno}): {msg}", lineno=err.lineno, msg=err.msg),
            field=f"{name}: (file)",
        ) from None
    instrument = parse_instrument(data, name, language)
    stem = name.rsplit(".", 1)[0]
    if instrument.id != stem:
        raise InvalidInput(
            say("must match the file name ({stem!r})", stem=stem), field=f"{name}: id"
        )
    return instrument


def load_instrument_file(path: Path, language: str | None = None) -> Instrument:
    """Read and validate one definition file; every error names the file and the field."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InvalidInput(
            say("cannot be read ({err})", err=err), field=f"{path.name}: (file)"
        ) from None
    return _from_text(text, path.name, language)


def load_folder(folder: Path, language: str | None = None) -> dict[str, Instrument]:
    """An organisation's own definitions (e.g. a licensed instrument), validated the same way."""
    files = sorted(folder.glob("*.json"))
    return {inst.id: inst for inst in (load_instrument_file(f, language) for f in files)}


def builtin_instruments(language: str | None = None) -> dict[str, Instrument]:
    """The instruments shipped in resources/instruments, in `language` (default: the current).

    They parse the same way every time (~8 ms for four, at every unlock): once per language
    and process, behind a lock so an unlock waits for the parse the prewarm thread began.
    Instruments are frozen; each caller gets its own dict.
    """
    code = language or lang.current()
    with _builtin_lock:
        if code not in _builtin:
            _builtin[code] = _parse_builtin(code)
        return dict(_builtin[code])


_builtin: dict[str, dict[str, Instrument]] = {}
_builtin_lock = threading.Lock()


def _parse_builtin(language: str) -> dict[str, Instrument]:
    folder = resource_path("instruments")
    entries = sorted(
        (e for e in folder.iterdir() if e.name.endswith(".json")), key=lambda e: e.name
    )
    found = (_from_text(e.read_text(encoding="utf-8"), e.name, language) for e in entries)
    return {inst.id: inst for inst in found}
