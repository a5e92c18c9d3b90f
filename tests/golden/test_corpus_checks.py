"""Every offline draft in the golden corpus passes every check, the reading checks included.

The composers on this branch predate the reading checks (issue 8 rewrites them on other branches),
so this test is marked xfail until they merge: it still runs, and lists what fails. Remove the mark
once ``pytest tests/golden/test_corpus_checks.py`` passes.
"""

from __future__ import annotations

import pytest

from tests.golden.corpus import cases, render

pytestmark = pytest.mark.timeout(900)


@pytest.mark.xfail(reason="composers from before issue 8 garble and invent; new composers merge separately")
def test_every_corpus_draft_passes_every_check() -> None:
    failures = []
    for job, index, entry in cases():
        failed = render(job, entry)["failed_checks"]
        failures += [f"{job}[{index}] {entry['shape']}: {name}: {hint}" for name, hint in failed.items()]
    assert not failures, f"{len(failures)} failed checks:\n" + "\n".join(failures)
