"""Every page at 2× scale and on a 4K screen (at 1× and at 2×), in both themes, with the checks
of test_screenshots.py: no sideways scrolling, nothing cut off, readable colours, the window
keeps its size and fits the screen, and everything is drawn at the screen's pixel ratio.

Qt reads QT_SCALE_FACTOR and the screen once, at start-up, so each screen runs in a child
process (tests/ui/layout_child.py) on the offscreen platform with a simulated screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from peerdesk.ui.shell.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]

# (scale, physical screen, window sizes in logical pixels)
SCREENS = [
    pytest.param(2, "1600x1200", ["800x600"], id="2x-1600x1200"),
    pytest.param(1, "3840x2160", ["3840x2160", "1920x1080"], id="4k-1x"),
    pytest.param(2, "3840x2160", ["1920x1080", "1366x768"], id="4k-2x"),
]


@pytest.mark.parametrize(("scale", "screen", "sizes"), SCREENS)
def test_every_page_on_high_density_screens(scale, screen, sizes, tmp_path):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT), env.get("PYTHONPATH", "")])
    env.pop("QT_SCALE_FACTOR", None)
    command = [sys.executable, "-m", "tests.ui.layout_child", "--scale", str(scale)]
    command += ["--screen", screen, "--shots", str(tmp_path), "--sizes", *sizes]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    width, height = (int(n) // scale for n in screen.split("x"))
    assert result["screen"] == [width, height]  # the simulated screen, in logical pixels
    assert result["ratio"] == scale
    assert result["shots"] == 2 * len(sizes) * len(PAGES)  # both themes, every size and page
    assert not result["problems"], "\n".join(result["problems"])
    shot = next(tmp_path.glob(f"dark-{sizes[0]}@{scale}x-*.png"))
    image = QImage(str(shot))
    logical = [int(n) for n in sizes[0].split("x")]
    assert (image.width(), image.height()) == (logical[0] * scale, logical[1] * scale)
