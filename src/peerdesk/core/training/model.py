"""Immutable training-module entities: lessons, checks, scenarios, reflections, self-assessment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class CheckKind(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"


class Ending(StrEnum):
    """How a role-play turned out for the colleague; `fair` and `good` are good enough to pass."""

    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"

    @property
    def rank(self) -> int:
        return {"good": 2, "fair": 1, "poor": 0}[self.value]

    @property
    def good_enough(self) -> bool:
        return self is not Ending.POOR


class Effect(StrEnum):
    """Whether a scenario response shows the named skill, partly shows it, or misses it."""

    SHOWN = "shown"
    PARTLY = "partly"
    MISSED = "missed"


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    body: str  # Markdown, rendered by Qt's own Markdown support


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True)
class Check:
    id: str
    kind: CheckKind
    prompt: str
    options: tuple[Option, ...]

    def correct_indexes(self) -> frozenset[int]:
        return frozenset(i for i, option in enumerate(self.options) if option.correct)

    def is_answered_correctly(self, chosen: frozenset[int] | set[int]) -> bool:
        """Multiple choice counts only when exactly the correct options are chosen."""
        return frozenset(chosen) == self.correct_indexes()


@dataclass(frozen=True)
class Response:
    text: str
    feedback: str
    skill: str
    effect: Effect
    next: str


@dataclass(frozen=True)
class Node:
    id: str
    speaker: str
    text: str
    responses: tuple[Response, ...] = ()
    debrief: bool = False
    ending: Ending = Ending.GOOD  # only meaningful on a debrief node


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    setting: str
    start: str
    nodes: dict[str, Node]

    def decision_points(self) -> int:
        return sum(1 for node in self.nodes.values() if not node.debrief)


@dataclass(frozen=True)
class Source:
    """Where a module's checkable facts come from (shown with the module)."""

    title: str
    publisher: str
    year: int | None = None
    url: str = ""

    def __str__(self) -> str:
        year = f" ({self.year})" if self.year else ""
        return f"{self.publisher}: {self.title}{year}"


@dataclass(frozen=True)
class Reflection:
    id: str
    prompt: str


@dataclass(frozen=True)
class SelfAssessmentItem:
    id: str
    text: str


@dataclass(frozen=True)
class SelfAssessment:
    title: str
    instructions: str
    items: tuple[SelfAssessmentItem, ...]

    @property
    def max_score(self) -> int:
        return len(self.items)  # one point for each behaviour that is in place


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    version: int
    estimated_minutes: int
    prerequisites: tuple[str, ...]
    refresher_months: int
    summary: str
    pass_mark: int  # percent of check questions answered correctly
    lessons: tuple[Lesson, ...]
    checks: tuple[Check, ...]
    scenarios: tuple[Scenario, ...]
    reflections: tuple[Reflection, ...]
    self_assessment: SelfAssessment | None = None
    sources: tuple[Source, ...] = ()
    source: str = field(default="", compare=False)  # file it came from, for messages
    # Every text people read, by field path, in each language the file holds (for the checks).
    texts: Mapping[str, Mapping[str, str]] = field(default_factory=dict, compare=False, repr=False)

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)

    def scenario(self, scenario_id: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.id == scenario_id), None)


@dataclass(frozen=True)
class LoadProblem:
    """One reason a module file was rejected: the file, the field path and what is wrong."""

    source: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.field}: {self.message}"
