"""Canary for PySide6 6.12.0's refcount bug on Python 3.11: void calls must not eat None's refs."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit


def test_void_calls_keep_nones_refcount(qtbot):
    timer = QTimer()
    field = QLineEdit()
    qtbot.addWidget(field)
    for _ in range(20):  # warm up caches that legitimately take references once
        timer.start(1000)
        timer.stop()
        field.setText("x")
    before = sys.getrefcount(None)
    for _ in range(300):
        timer.start(1000)
        timer.stop()
        field.setText("warm")
    after = sys.getrefcount(None)
    # A broken build loses one reference per call (900 here); allow small noise either way.
    assert after - before > -50, f"None lost {before - after} references"
