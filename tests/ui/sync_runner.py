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


def page_context(desk, local_settings):
    """A page's context over a desk, as the window builds it, with a synchronous runner."""
    from peerdesk.ui.shared.clipboard import SecureClipboard
    from peerdesk.ui.shared.page import UiContext
    from peerdesk.ui.shared.settings import AppSettings

    return UiContext(
        desk=desk,
        runner=SyncRunner(),
        clipboard=SecureClipboard(),
        settings=AppSettings(local_settings, desk.settings),
        status=lambda _text: None,
        request_save=lambda: None,
    )
