"""'Could identify': a role plus a small unit that points to one person, without a name."""

from __future__ import annotations

import re

Span = tuple[int, int]

_UNIT_NOUN = (
    r"(?:shift|watch|platoon|crew|unit|team|station|ward|line|floor|desk|dispatch|depot|base|"
    r"hall|squad|office|department|dept|section|block|pod|brigade|rota|roster|course|intake|"
    r"nights|days|lates|earlies)"
)
# "on B shift", "at Station 4", "in the legal team", "at Northgate station", "on Red watch".
_PLACE = (
    rf"(?:on|at|in|from)\s+(?:the\s+)?"
    rf"(?:(?:[\w’'-]+\s+){{0,3}}{_UNIT_NOUN}\b(?:\s+(?:[A-Z]|\d+)\b)?"
    rf"|(?:[A-Z][\w’'-]*|\d+)(?:\s+(?:[A-Z][\w’'-]*|\d+))*)"
)
# "The first call on my shift" is about a job, not a person: no word of the role is one of these.
_THING = (
    r"(?!(?:calls?|jobs?|things?|times?|shifts?|days?|nights?|weeks?|months?|years?|incidents?|"
    r"cases?|callouts?|runs?|crash|fires?|cars?|trucks?|ambulances?|ambos?|vehicles?|breaks?|"
    r"meals?|coffee|patients?|scenes?)(?![\w’'-]))"  # whole words: a "call-taker" is a role
)
_COULD = re.compile(
    rf"\b(?i:the|a|our|their|his|her|my)\s+(?i:only|sole|one|youngest|oldest|newest|first|last)\s+"
    rf"(?:{_THING}[\w’'-]+\s+){{1,3}}?{_PLACE}(?:\s+{_PLACE})?",
)


def could_identify(text: str) -> list[Span]:
    return [m.span() for m in _COULD.finditer(text)]
