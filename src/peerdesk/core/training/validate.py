"""Turn one module's parsed JSON into a Module, or a list of problems naming file and field."""

from __future__ import annotations

from typing import Any

from peerdesk.core import language as lang
from peerdesk.core.training.fields import FieldReader
from peerdesk.core.training.graph import check_scenario
from peerdesk.core.training.model import (
    Check,
    CheckKind,
    Effect,
    Ending,
    Lesson,
    LoadProblem,
    Module,
    Node,
    Option,
    Reflection,
    Response,
    Scenario,
    SelfAssessment,
    SelfAssessmentItem,
    Source,
)

FORMAT = 1  # bump when the module schema changes incompatibly


def parse_module(
    data: Any, source: str, language: str | None = None
) -> tuple[Module | None, list[LoadProblem]]:
    """Validate everything; a module is returned only when it has no problem at all.

    Texts are picked in `language` (the current one by default), English where it has none.
    """
    r = FieldReader(source, lang.current() if language is None else language)
    root = r.obj(data, "(module)")
    if root and root.get("format", FORMAT) != FORMAT:
        r.problem("format", f"this PeerDesk reads module format {FORMAT}")
    module = Module(
        id=r.ident(root, "id", ""),
        title=r.words(root, "title", ""),
        version=r.integer(root, "version", "", 1, 10_000),
        estimated_minutes=r.integer(root, "estimated_minutes", "", 1, 600),
        prerequisites=tuple(_prerequisites(r, root)),
        refresher_months=r.integer(root, "refresher_months", "", 0, 120),
        summary=r.words(root, "summary", ""),
        pass_mark=r.integer(root, "pass_mark", "", 1, 100),
        lessons=tuple(_lessons(r, root)),
        checks=tuple(_checks(r, root)),
        scenarios=tuple(_scenarios(r, root)),
        reflections=tuple(_reflections(r, root)),
        self_assessment=_self_assessment(r, root),
        sources=tuple(_sources(r, root)),
        source=source,
        texts=r.texts,
    )
    if module.id and module.id in module.prerequisites:
        r.problem("prerequisites", "a module cannot require itself")
    return (None, r.problems) if r.problems else (module, [])


def _prerequisites(r: FieldReader, root: dict[str, Any]) -> list[str]:
    values = r.items(root, "prerequisites", "", 0, 20)
    for index, value in enumerate(values):
        if not isinstance(value, str) or not value:
            r.problem(f"prerequisites[{index}]", "must be a module id")
    return [v for v in values if isinstance(v, str)]


def _lessons(r: FieldReader, root: dict[str, Any]) -> list[Lesson]:
    lessons = []
    for index, raw in enumerate(r.items(root, "lessons", "", 1, 50)):
        where = f"lessons[{index}]"
        item = r.obj(raw, where)
        lessons.append(
            Lesson(
                r.ident(item, "id", where),
                r.words(item, "title", where),
                r.words(item, "body", where),
            )
        )
    r.unique([lesson.id for lesson in lessons], "lessons")
    return lessons


def _checks(r: FieldReader, root: dict[str, Any]) -> list[Check]:
    checks = []
    for index, raw in enumerate(r.items(root, "checks", "", 1, 100)):
        where = f"checks[{index}]"
        item = r.obj(raw, where)
        kind_text = r.text(item, "kind", where)
        if kind_text and kind_text not in {k.value for k in CheckKind}:
            r.problem(f"{where}.kind", "must be 'single' or 'multiple'")
            kind_text = CheckKind.SINGLE.value
        kind = CheckKind(kind_text or CheckKind.SINGLE.value)
        options = tuple(_options(r, item, where))
        correct = sum(option.correct for option in options)
        if kind is CheckKind.SINGLE and options and correct != 1:
            r.problem(
                f"{where}.options",
                f"a single-choice question needs exactly one correct option, has {correct}",
            )
        if kind is CheckKind.MULTIPLE and options and correct < 1:
            r.problem(
                f"{where}.options", "a multiple-choice question needs at least one correct option"
            )
        checks.append(
            Check(r.ident(item, "id", where), kind, r.words(item, "prompt", where), options)
        )
    r.unique([check.id for check in checks], "checks")
    return checks


def _options(r: FieldReader, item: dict[str, Any], where: str) -> list[Option]:
    options = []
    for index, raw in enumerate(r.items(item, "options", where, 2, 8)):
        at = f"{where}.options[{index}]"
        option = r.obj(raw, at)
        options.append(
            Option(
                r.words(option, "text", at),
                r.flag(option, "correct", at),
                r.words(option, "explanation", at),
            )
        )
    return options


def _scenarios(r: FieldReader, root: dict[str, Any]) -> list[Scenario]:
    scenarios = []
    for index, raw in enumerate(r.items(root, "scenarios", "", 1, 20)):
        where = f"scenarios[{index}]"
        item = r.obj(raw, where)
        scenario = Scenario(
            id=r.ident(item, "id", where),
            title=r.words(item, "title", where),
            setting=r.words(item, "setting", where),
            start=r.text(item, "start", where),
            nodes=_nodes(r, item, where),
        )
        if scenario.nodes and scenario.start:
            for field, message in check_scenario(scenario, where):
                r.problem(field, message)
        scenarios.append(scenario)
    r.unique([scenario.id for scenario in scenarios], "scenarios")
    return scenarios


def _nodes(r: FieldReader, item: dict[str, Any], where: str) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    for index, raw in enumerate(r.items(item, "nodes", where, 2, 200)):
        at = f"{where}.nodes[{index}]"
        data = r.obj(raw, at)
        debrief = data.get("debrief", False) is True
        node = Node(
            id=r.ident(data, "id", at),
            speaker=r.words(data, "speaker", at, required=not debrief),
            text=r.words(data, "text", at),
            responses=() if debrief else tuple(_responses(r, data, at)),
            debrief=debrief,
            ending=_ending(r, data, at) if debrief else Ending.GOOD,
        )
        if debrief and "responses" in data:
            r.problem(f"{at}.responses", "a debrief node ends the scenario: no responses")
        if node.id in nodes:
            r.problem(f"{at}.id", f"'{node.id}' is used twice")
        nodes[node.id] = node
    return nodes


def _ending(r: FieldReader, data: dict[str, Any], at: str) -> Ending:
    """Older packs have no `ending`: their single debrief counts as a good one."""
    text = r.text(data, "ending", at, required=False) or Ending.GOOD.value
    if text not in {e.value for e in Ending}:
        r.problem(f"{at}.ending", "must be 'good', 'fair' or 'poor'")
        return Ending.POOR
    return Ending(text)


def _sources(r: FieldReader, root: dict[str, Any]) -> list[Source]:
    sources = []
    for index, raw in enumerate(r.items(root, "sources", "", 0, 30)):
        where = f"sources[{index}]"
        item = r.obj(raw, where)
        year = r.integer(item, "year", where, 1900, 2100) if "year" in item else None
        url = r.text(item, "url", where, required=False)
        if url and not url.startswith("https://"):
            r.problem(f"{where}.url", "must start with https://")
        sources.append(
            Source(r.text(item, "title", where), r.text(item, "publisher", where), year, url)
        )
    return sources


def _responses(r: FieldReader, data: dict[str, Any], at: str) -> list[Response]:
    responses = []
    for index, raw in enumerate(r.items(data, "responses", at, 2, 4)):
        where = f"{at}.responses[{index}]"
        item = r.obj(raw, where)
        effect_text = r.text(item, "effect", where)
        if effect_text and effect_text not in {e.value for e in Effect}:
            r.problem(f"{where}.effect", "must be 'shown', 'partly' or 'missed'")
            effect_text = Effect.MISSED.value
        responses.append(
            Response(
                text=r.words(item, "text", where),
                feedback=r.words(item, "feedback", where),
                skill=r.words(item, "skill", where),
                effect=Effect(effect_text or Effect.MISSED.value),
                next=r.text(item, "next", where),
            )
        )
    return responses


def _reflections(r: FieldReader, root: dict[str, Any]) -> list[Reflection]:
    reflections = []
    for index, raw in enumerate(r.items(root, "reflections", "", 1, 20)):
        where = f"reflections[{index}]"
        item = r.obj(raw, where)
        reflections.append(Reflection(r.ident(item, "id", where), r.words(item, "prompt", where)))
    r.unique([reflection.id for reflection in reflections], "reflections")
    return reflections


def _self_assessment(r: FieldReader, root: dict[str, Any]) -> SelfAssessment | None:
    if root.get("self_assessment") is None:
        return None
    where = "self_assessment"
    item = r.obj(root["self_assessment"], where)
    entries = []
    for index, raw in enumerate(r.items(item, "items", where, 1, 30)):
        at = f"{where}.items[{index}]"
        entry = r.obj(raw, at)
        entries.append(SelfAssessmentItem(r.ident(entry, "id", at), r.words(entry, "text", at)))
    r.unique([entry.id for entry in entries], f"{where}.items")
    return SelfAssessment(
        r.words(item, "title", where), r.words(item, "instructions", where), tuple(entries)
    )
