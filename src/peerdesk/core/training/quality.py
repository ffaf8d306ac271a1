"""Stricter rules for shipped modules: checks that assess, endings that follow the path."""

from __future__ import annotations

from collections import Counter

from peerdesk.core.training.assessment import (
    EFFECT_RANK,
    all_paths,
    ending_changing_nodes,
    ending_of,
    estimate_minutes,
    has_cycle,
    path_nodes,
    weakest,
)
from peerdesk.core.training.model import (
    Check,
    CheckKind,
    Effect,
    Ending,
    LoadProblem,
    Module,
    Scenario,
)

MAX_POSITION_SHARE = 0.40  # no option position may hold more than this share of right answers
MAX_LONGEST_SHARE = 0.45  # of single-answer checks whose right answer is the longest option
MIN_DISTRACTOR_SHARE = 0.35  # a wrong option far shorter than the right one gives it away
MIN_ENDING_DECISIONS = 2
MAX_PARTLY_FOR_GOOD = 1  # a second half-hearted reply costs the good ending
ESTIMATE_RANGE = (0.8, 1.5)  # declared minutes / minutes computed from the content


def quality_problems(module: Module) -> list[LoadProblem]:
    """Every way a module falls short of the shipped-module rules (empty when it meets them)."""
    found = _check_problems(module)
    for index, scenario in enumerate(module.scenarios):
        found += [(f"scenarios[{index}]{where}", msg) for where, msg in _scenario(scenario)]
    found += _estimate(module)
    return [LoadProblem(module.source, where, message) for where, message in found]


def _check_problems(module: Module) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    positions = Counter(i for check in module.checks for i in check.correct_indexes())
    total = sum(positions.values())
    for position, count in sorted(positions.items()):
        if count > MAX_POSITION_SHARE * total:
            share = round(100 * count / total)
            found.append(
                ("checks", f"option {position + 1} is the right answer {count} of {total} times "
                 f"({share} %, more than {MAX_POSITION_SHARE:.0%})")
            )  # fmt: skip
    singles = [c for c in module.checks if c.kind is CheckKind.SINGLE]
    longest = [c.id for c in singles if _right_is_longest(c)]
    if singles and len(longest) > MAX_LONGEST_SHARE * len(singles):
        found.append(
            ("checks", f"the right answer is the longest option in {len(longest)} of "
             f"{len(singles)} single-answer checks ({', '.join(longest)}); at most "
             f"{MAX_LONGEST_SHARE:.0%} may be")
        )  # fmt: skip
    for index, check in enumerate(module.checks):
        found += [(f"checks[{index}]{where}", msg) for where, msg in _one_check(check)]
    return found


def _right_is_longest(check: Check) -> bool:
    right = max(len(o.text) for o in check.options if o.correct)
    return all(right >= len(o.text) for o in check.options if not o.correct)


def _one_check(check: Check) -> list[tuple[str, str]]:
    found = []
    if check.kind is CheckKind.MULTIPLE and all(o.correct for o in check.options):
        found.append((".options", "choosing every option must not be right: add a wrong one"))
    shortest_right = min(len(o.text) for o in check.options if o.correct)
    for index, option in enumerate(check.options):
        if not option.correct and len(option.text) < MIN_DISTRACTOR_SHARE * shortest_right:
            found.append(
                (f".options[{index}]", "is much shorter than the right answer, which gives it away")
            )
    return found


def _scenario(scenario: Scenario) -> list[tuple[str, str]]:
    if has_cycle(scenario):
        return [("", "shipped role-plays must not loop, so every path can be checked")]
    found = _decisions(scenario)
    endings = set()
    examples: dict[str, str] = {}  # one example path per broken rule keeps the report readable
    for choices in all_paths(scenario):
        ending = ending_of(scenario, choices)
        assert ending is not None  # all_paths stops only at debriefs
        endings.add(ending)
        steps = ",".join(str(c + 1) for c in choices)
        for rule in _path_rules(scenario, choices, ending):
            examples.setdefault(rule, steps)
    found += [("", f"{rule} (for example the path {steps})") for rule, steps in examples.items()]
    if Ending.GOOD not in endings or Ending.POOR not in endings:
        found.append((".nodes", "needs a good ending and a poor one that some path reaches"))
    return found


def _path_rules(scenario: Scenario, choices: tuple[int, ...], ending: Ending) -> list[str]:
    taken = path_nodes(scenario, choices)
    broken = []
    partly = sum(r.effect is Effect.PARTLY for _n, r in taken)
    if ending is Ending.GOOD and any(r.effect is Effect.MISSED for _n, r in taken):
        broken.append("a path that misses a skill reaches the good ending")
    if ending is Ending.GOOD and partly > MAX_PARTLY_FOR_GOOD:
        broken.append("a path with several half-shown skills reaches the good ending")
    none_shown = all(r.effect is not Effect.SHOWN for _n, r in taken[:-1])
    if ending is Ending.GOOD and none_shown:
        broken.append("a path that shows no skill until the last step reaches the good ending")
    weak_until_last = all(c in weakest(n) for (n, _r), c in zip(taken[:-1], choices, strict=False))
    if weak_until_last and ending is Ending.GOOD:
        broken.append("the weakest replies until the last step reach the good ending")
    if weak_until_last and choices[-1] in weakest(taken[-1][0]) and ending.good_enough:
        broken.append(f"always choosing the weakest reply still ends {ending.value}")
    return broken


def _decisions(scenario: Scenario) -> list[tuple[str, str]]:
    found = []
    for node_id, node in scenario.nodes.items():
        effects = {EFFECT_RANK[r.effect] for r in node.responses}
        if not node.debrief and (2 not in effects or 0 not in effects):
            found.append(
                (
                    f".nodes[{node_id}]",
                    "needs one reply that shows the skill and one that misses it",
                )
            )
    changing = ending_changing_nodes(scenario)
    if len(changing) < MIN_ENDING_DECISIONS:
        found.append(
            ("", f"only {len(changing)} decision(s) change the ending; at least "
             f"{MIN_ENDING_DECISIONS} must")
        )  # fmt: skip
    return found


def _estimate(module: Module) -> list[tuple[str, str]]:
    computed = estimate_minutes(module)
    low, high = ESTIMATE_RANGE
    if low * computed <= module.estimated_minutes <= high * computed:
        return []
    return [
        ("estimated_minutes", f"{module.estimated_minutes} is not plausible: the content takes "
         f"about {computed} minutes (lesson words at the stated reading speed plus activities)")
    ]  # fmt: skip


def catalogue_problems(modules: list[Module]) -> list[LoadProblem]:
    """The rules over every module, plus the same position rule across the whole catalogue."""
    found = [problem for module in modules for problem in quality_problems(module)]
    positions = Counter(i for m in modules for c in m.checks for i in c.correct_indexes())
    total = sum(positions.values())
    for position, count in sorted(positions.items()):
        if count > MAX_POSITION_SHARE * total:
            found.append(
                LoadProblem("(catalogue)", "checks", f"option {position + 1} is right {count} "
                            f"of {total} times, more than {MAX_POSITION_SHARE:.0%}")
            )  # fmt: skip
    return found
