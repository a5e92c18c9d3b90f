"""The ``coach`` command spares its ending process the last full garbage collection; in-process callers keep theirs."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import gc, sys
from coach.cli import main
sys.argv = ["coach", "tasks"]
try:
    main({argv})
except SystemExit as done:
    print(done.code, gc.get_freeze_count() > 0)
"""


def _probe(argv: str) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE.format(argv=argv)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_the_command_freezes_the_heap_after_its_output() -> None:
    assert _probe("") == "0 True"


def test_a_caller_passing_arguments_keeps_its_collector() -> None:
    assert _probe('["tasks"]') == "0 False"
