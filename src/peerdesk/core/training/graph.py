"""Structural checks of a branching scenario: reachable, no dead ends, paths end in a debrief."""

from __future__ import annotations

from collections import deque

from peerdesk.core.training.model import Scenario

GraphProblem = tuple[str, str]  # (field path inside the scenario, message)


def check_scenario(scenario: Scenario, path: str) -> list[GraphProblem]:
    """Every problem that would strand or confuse a trainee walking through the role-play."""
    problems = _check_links(scenario, path)
    if problems:
        return problems  # reachability is meaningless while links point nowhere
    reachable = _reachable(scenario)
    for node_id in scenario.nodes:
        if node_id not in reachable:
            problems.append((f"{path}.nodes[{node_id}]", "cannot be reached from the start node"))
    exits = _can_reach_debrief(scenario)
    for node_id, node in scenario.nodes.items():
        if node_id in exits or node.debrief:
            continue
        problems.append(
            (f"{path}.nodes[{node_id}]", "never leads to a debrief (a dead end or a closed loop)")
        )
    return problems


def _check_links(scenario: Scenario, path: str) -> list[GraphProblem]:
    problems: list[GraphProblem] = []
    if scenario.start not in scenario.nodes:
        problems.append((f"{path}.start", f"names a node '{scenario.start}' that does not exist"))
    if not any(node.debrief for node in scenario.nodes.values()):
        problems.append((f"{path}.nodes", "has no debrief node, so no path can end"))
    for node_id, node in scenario.nodes.items():
        where = f"{path}.nodes[{node_id}]"
        if node.debrief and node.responses:
            problems.append(
                (f"{where}.responses", "a debrief node ends the scenario: no responses")
            )
        if not node.debrief and not node.responses:
            problems.append((where, "has no responses and is not a debrief (a dead end)"))
        for index, response in enumerate(node.responses):
            if response.next not in scenario.nodes:
                problems.append(
                    (f"{where}.responses[{index}].next", f"names a missing node '{response.next}'")
                )
            elif response.next == node_id:
                problems.append((f"{where}.responses[{index}].next", "points back to its own node"))
    return problems


def _reachable(scenario: Scenario) -> set[str]:
    seen = {scenario.start}
    queue = deque([scenario.start])
    while queue:
        for response in scenario.nodes[queue.popleft()].responses:
            if response.next not in seen:
                seen.add(response.next)
                queue.append(response.next)
    return seen


def _can_reach_debrief(scenario: Scenario) -> set[str]:
    """Walk edges backwards from the debriefs: whatever is found has a way out."""
    incoming: dict[str, set[str]] = {node_id: set() for node_id in scenario.nodes}
    for node_id, node in scenario.nodes.items():
        for response in node.responses:
            incoming[response.next].add(node_id)
    found = {node_id for node_id, node in scenario.nodes.items() if node.debrief}
    queue = deque(found)
    while queue:
        for source in incoming[queue.popleft()]:
            if source not in found:
                found.add(source)
                queue.append(source)
    return found


def fewest_decisions(scenario: Scenario) -> int:
    """The fewest choices a trainee can make before reaching a debrief (breadth-first)."""
    depth = {scenario.start: 0}
    queue = deque([scenario.start])
    while queue:
        node_id = queue.popleft()
        node = scenario.nodes[node_id]
        if node.debrief:
            return depth[node_id]
        for response in node.responses:
            if response.next not in depth:
                depth[response.next] = depth[node_id] + 1
                queue.append(response.next)
    return 0
