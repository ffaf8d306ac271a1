"""Training progress, attempts, role-play runs, reflections, external log, time spent."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from peerdesk.core.training.loader import Catalogue, load_catalogue
from peerdesk.core.training.progress import (
    CheckAttempt,
    ExternalTraining,
    Progress,
    ScenarioRun,
    TimeSpent,
)

PACKS_FOLDER = "training-packs"  # imported module packs (organisation data, not personal)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class TrainingRepository:
    """sqlite-utils over the vault's in-memory database; rows map to core dataclasses."""

    def __init__(self, db: Any) -> None:
        self.db = db

    def _rows(self, table: str, where: str, params: list[Any], order_by: str = "") -> list[Any]:
        """Rows as dicts. sqlite-utils' rows_where first asks sqlite_master whether the table
        exists, on every call: ~200 extra queries each time the dashboard was drawn."""
        order = f" ORDER BY {order_by}" if order_by else ""
        cursor = self.db.conn.execute(f"SELECT * FROM {table} WHERE {where}{order}", params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def get_progress(self, module_id: str) -> Progress | None:
        rows = self._rows("training_progress", "module_id = ?", [module_id])
        if not rows:
            return None
        row = rows[0]
        return Progress(
            module_id=row["module_id"],
            started_on=date.fromisoformat(row["started_on"]),
            lessons_done=list(json.loads(row["lessons_done"])),
            position=row["position"],
            completed_on=_day(row["completed_on"]),
            module_version=row["module_version"] or 1,
        )

    def save_progress(self, progress: Progress) -> None:
        row = {
            "module_id": progress.module_id,
            "started_on": progress.started_on.isoformat(),
            "lessons_done": json.dumps(progress.lessons_done),
            "position": progress.position,
            "completed_on": progress.completed_on.isoformat() if progress.completed_on else None,
            "module_version": progress.module_version,
        }
        self.db["training_progress"].upsert(row, pk="module_id")

    def check_attempts(self, module_id: str) -> list[CheckAttempt]:
        rows = self._rows("training_check_attempts", "module_id = ?", [module_id], "attempt")
        return [
            CheckAttempt(r["module_id"], r["attempt"], r["correct"], r["total"], bool(r["passed"]),
                         date.fromisoformat(r["taken_on"]))
            for r in rows
        ]  # fmt: skip

    def add_check_attempt(self, attempt: CheckAttempt) -> None:
        self.db["training_check_attempts"].insert(
            {"module_id": attempt.module_id, "attempt": attempt.attempt, "correct": attempt.correct,
             "total": attempt.total, "passed": int(attempt.passed),
             "taken_on": attempt.taken_on.isoformat()}
        )  # fmt: skip

    def scenario_runs(self, module_id: str) -> list[ScenarioRun]:
        rows = self._rows("training_scenario_runs", "module_id = ?", [module_id], "id")
        return [
            ScenarioRun(r["module_id"], r["scenario_id"], tuple(json.loads(r["choices"])),
                        r["shown"], r["missed"], bool(r["finished"]),
                        date.fromisoformat(r["run_on"]))
            for r in rows
        ]  # fmt: skip

    def add_scenario_run(self, run: ScenarioRun) -> None:
        self.db["training_scenario_runs"].insert(
            {"module_id": run.module_id, "scenario_id": run.scenario_id,
             "choices": json.dumps(list(run.choices)), "shown": run.shown, "missed": run.missed,
             "finished": int(run.finished), "run_on": run.run_on.isoformat()}
        )  # fmt: skip

    def get_reflection(self, module_id: str, reflection_id: str) -> str | None:
        rows = self._rows(
            "training_reflections",
            "module_id = ? and reflection_id = ?",
            [module_id, reflection_id],
        )
        return rows[0]["text"] if rows else None

    def save_reflection(self, module_id: str, reflection_id: str, text: str, on: date) -> None:
        self.db["training_reflections"].upsert(
            {"module_id": module_id, "reflection_id": reflection_id, "text": text,
             "updated_on": on.isoformat()},
            pk=("module_id", "reflection_id"),
        )  # fmt: skip

    def save_self_assessment(self, module_id: str, answers: dict[str, bool], on: date) -> None:
        self.db["training_self_assessments"].insert(
            {"module_id": module_id, "answers": json.dumps(answers), "taken_on": on.isoformat()}
        )

    def self_assessments(self, module_id: str) -> list[tuple[date, dict[str, bool]]]:
        rows = self._rows("training_self_assessments", "module_id = ?", [module_id], "id")
        return [(date.fromisoformat(r["taken_on"]), dict(json.loads(r["answers"]))) for r in rows]

    def add_external(self, training: ExternalTraining) -> int:
        table = self.db["training_external"]
        table.insert(
            {"course": training.course, "provider": training.provider,
             "date": training.date.isoformat(), "hours": training.hours}
        )  # fmt: skip
        return int(table.last_pk)

    def external_trainings(self) -> list[ExternalTraining]:
        rows = self._rows("training_external", "1", [], "date, id")
        return [
            ExternalTraining(
                r["id"], r["course"], r["provider"], date.fromisoformat(r["date"]), r["hours"]
            )
            for r in rows
        ]

    def remove_external(self, training_id: int) -> bool:
        table = self.db["training_external"]
        if not table.count_where("id = ?", [training_id]):
            return False
        table.delete_where("id = ?", [training_id])
        return True

    def add_time_spent(self, module_id: str, day: date, seconds: int) -> None:
        self.db.conn.execute(
            "INSERT INTO training_time (module_id, day, seconds) VALUES (?, ?, ?) "
            "ON CONFLICT (module_id, day) DO UPDATE SET seconds = seconds + excluded.seconds",
            (module_id, day.isoformat(), seconds),
        )

    def time_spent(self, start: date | None = None, end: date | None = None) -> list[TimeSpent]:
        low = (start or date.min).isoformat()
        high = (end or date.max).isoformat()
        rows = self._rows("training_time", "day >= ? and day <= ?", [low, high], "day, module_id")
        return [TimeSpent(r["module_id"], date.fromisoformat(r["day"]), r["seconds"]) for r in rows]


def packs_folder() -> Path:
    from peerdesk import paths

    return paths.data_dir() / PACKS_FOLDER


def build_catalogue() -> Catalogue:
    """Shipped modules plus any packs the organisation imported on this computer."""
    return load_catalogue([packs_folder()])
