"""Assessment rules: per-attempt option order, role-play endings and debriefs, time estimates."""

from __future__ import annotations

import random
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say
from peerdesk.core.training.model import Effect, Ending, Module, Node, Response, Scenario

SEED_LIMIT = 2**31
# Average silent reading of non-fiction is about 238 words a minute (Brysbaert 2019, Journal of
# Memory and Language 109); training text is read to be remembered, so we allow a little less.
READING_WPM = 200
THINKING_SECONDS = 20  # weighing the options of a question or the replies of a decision
MINUTES_PER_REFLECTION = 3  # a few sentences of one's own
MINUTES_SELF_ASSESSMENT = 2


def new_seed() -> int:
    """A fresh order for one attempt or one role-play run (not a secret, just unpredictable)."""
    return secrets.randbelow(SEED_LIMIT)


def display_order(key: str, count: int, seed: int) -> tuple[int, ...]:
    """File indexes in the order shown: the same key and seed always give the same order."""
    order = list(range(count))
    random.Random(f"{seed}:{key}").shuffle(order)  # str seeds hash the same in every process
    return tuple(order)


EFFECT_RANK = {Effect.MISSED: 0, Effect.PARTLY: 1, Effect.SHOWN: 2}


@dataclass(frozen=True)
class DebriefStep:
    """One reply the trainee gave, with the skill it practised and how well."""

    number: int
    said: str
    skill: str
    effect: Effect
    feedback: str


@dataclass(frozen=True)
class Debrief:
    ending: Ending
    outcome: str  # the ending node's text: what happened for the colleague
    steps: tuple[DebriefStep, ...]


def path_nodes(scenario: Scenario, choices: tuple[int, ...]) -> list[tuple[Node, Response]]:
    """(node, reply chosen there) for every choice; invalid choices are an input error."""
    node = scenario.nodes[scenario.start]
    taken = []
    for step, index in enumerate(choices):
        if node.debrief or not 0 <= index < len(node.responses):
            raise InvalidInput(
                say(
                    "choice {value} does not exist in scenario '{id}'",
                    value=step + 1,
                    id=scenario.id,
                ),
                field="choices",
            )
        taken.append((node, node.responses[index]))
        node = scenario.nodes[node.responses[index].next]
    return taken


def ending_of(scenario: Scenario, choices: tuple[int, ...]) -> Ending | None:
    """The ending these choices reached, or None while the role-play is unfinished."""
    taken = path_nodes(scenario, choices)
    last = scenario.nodes[taken[-1][1].next] if taken else scenario.nodes[scenario.start]
    return last.ending if last.debrief else None


def debrief(scenario: Scenario, choices: tuple[int, ...]) -> Debrief:
    """What the trainee actually did on this path, reply by reply, and where it led."""
    taken = path_nodes(scenario, choices)
    last = scenario.nodes[taken[-1][1].next] if taken else scenario.nodes[scenario.start]
    if not last.debrief:
        raise InvalidInput(
            say("scenario '{id}' is not finished yet", id=scenario.id), field="choices"
        )
    steps = tuple(
        DebriefStep(number, r.text, r.skill, r.effect, r.feedback)
        for number, (_node, r) in enumerate(taken, start=1)
    )
    return Debrief(last.ending, last.text, steps)


def has_cycle(scenario: Scenario) -> bool:
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished

    def visit(node_id: str) -> bool:
        state[node_id] = 1
        for response in scenario.nodes[node_id].responses:
            mark = state.get(response.next, 0)
            if mark == 1 or (mark == 0 and visit(response.next)):
                return True
        state[node_id] = 2
        return False

    return visit(scenario.start)


def all_paths(scenario: Scenario) -> Iterator[tuple[int, ...]]:
    """Every complete path from the start to a debrief (the scenario must have no loop)."""
    stack: list[tuple[str, tuple[int, ...]]] = [(scenario.start, ())]
    while stack:
        node_id, choices = stack.pop()
        node = scenario.nodes[node_id]
        if node.debrief:
            yield choices
            continue
        for index, response in enumerate(node.responses):
            stack.append((response.next, (*choices, index)))


def best_reachable(scenario: Scenario) -> dict[str, int]:
    """For each node, the rank of the best ending still reachable from it."""

    @cache
    def best(node_id: str) -> int:
        node = scenario.nodes[node_id]
        if node.debrief:
            return node.ending.rank
        return max(best(response.next) for response in node.responses)

    return {node_id: best(node_id) for node_id in scenario.nodes}


def ending_changing_nodes(scenario: Scenario) -> list[str]:
    """Decisions where one reply leaves a better ending open than another reply does."""
    best = best_reachable(scenario)
    return [
        node_id
        for node_id, node in scenario.nodes.items()
        if not node.debrief and len({best[r.next] for r in node.responses}) > 1
    ]


def weakest(node: Node) -> set[int]:
    low = min(EFFECT_RANK[r.effect] for r in node.responses)
    return {i for i, r in enumerate(node.responses) if EFFECT_RANK[r.effect] == low}


def longest_path(scenario: Scenario) -> int:
    if has_cycle(scenario):
        return scenario.decision_points()  # a loop has no longest path; count each decision
    return max((len(choices) for choices in all_paths(scenario)), default=0)


def _words(text: str) -> int:
    return len(text.split())


def reading_words(module: Module) -> int:
    """Words a trainee reads once through: lessons, every check with its explanations, and one
    role-play path (the average decision's line, replies and feedback, times the longest path)."""
    words = sum(_words(lesson.body) for lesson in module.lessons)
    for check in module.checks:
        words += _words(check.prompt) + sum(
            _words(o.text) + _words(o.explanation) for o in check.options
        )
    for scenario in module.scenarios:
        decisions = [n for n in scenario.nodes.values() if not n.debrief]
        per_decision = sum(
            _words(n.text)
            + sum(_words(r.text) for r in n.responses)
            + sum(_words(r.feedback) for r in n.responses) / len(n.responses)
            for n in decisions
        ) / max(len(decisions), 1)
        ending = max((_words(n.text) for n in scenario.nodes.values() if n.debrief), default=0)
        words += round(per_decision * longest_path(scenario)) + ending + _words(scenario.setting)
    return words


def estimate_minutes(module: Module) -> int:
    """Honest time for a module: what there is to read at READING_WPM, plus a short pause to
    think at each question and decision, and time to write each reflection."""
    minutes = reading_words(module) / READING_WPM
    pauses = len(module.checks) + sum(longest_path(s) for s in module.scenarios)
    minutes += pauses * THINKING_SECONDS / 60
    minutes += MINUTES_PER_REFLECTION * len(module.reflections)
    minutes += MINUTES_SELF_ASSESSMENT if module.self_assessment else 0
    return max(1, round(minutes))
