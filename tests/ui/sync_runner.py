"""SyncRunner: runs a page's background jobs inline, for tests and tools that walk widgets (no
threads are needed, and the desk is GUI-thread only anyway)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class SyncRunner:
    pending = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        try:
            result = fn()
        except Exception as err:
            if on_failure is not None:
                on_failure(err)
            return
        if on_success is not None:
            on_success(result)
