"""The text-reading checks against labelled sets: flawed drafts from issue 8 must fail, good messages must pass.

Both sides matter: a check that fails a well-written message is as wrong as one that passes a garbled
one. The sets live in ``tests/data/checks/``: ``flawed.json`` (each entry names the check that must
fail) and ``<job>_good.json`` (at least 40 well-written texts per job, by varied people).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from coach.tasks.registry import get_task

DATA = Path(__file__).parent.parent / "data" / "checks"
GOOD_CHECKS = {
    "outreach": ("reads_well", "faithful", "one_specific_ask", "time_boxed", "easy_out"),
    "feedback": ("reads_well", "faithful", "restatement", "no_labels", "no_absolutes", "non_defensive_reply"),
    "summary": ("reads_well", "faithful", "task_lines_in_actions", "action_items_with_owners"),
    "prepare": ("reads_well", "faithful", "open_questions"),
    "ask": ("reads_well",),
}
"""For each job, the checks every good text in its set must pass."""


def _load(name: str) -> list[dict[str, Any]]:
    return json.loads((DATA / name).read_text("utf-8"))


def _results(task: str, entry: dict[str, Any]) -> dict[str, Any]:
    spec = get_task(task)
    values = spec.validate(entry["fields"])
    return {c.name: c for c in spec.check(entry["text"], entry.get("subject"), values)}


FLAWED = _load("flawed.json")


@pytest.mark.parametrize("entry", FLAWED, ids=[f"{e['task']}-{e['quote'][:30]}" for e in FLAWED])
def test_flawed_text_fails_its_check(entry: dict[str, Any]) -> None:
    check = _results(entry["task"], entry)[entry["fails"]]
    assert not check.passed, f"{entry['fails']} passed {entry['quote']!r}"
    assert check.hint


@pytest.mark.parametrize("task", sorted(GOOD_CHECKS))
def test_every_good_text_passes(task: str) -> None:
    good = _load(f"{task}_good.json")
    assert len(good) >= 40
    failures = []
    for entry in good:
        results = _results(task, entry)
        failures += [f"{name}: {results[name].hint} <- {entry['text'][:60]!r}"
                     for name in GOOD_CHECKS[task] if name in results and not results[name].passed]  # fmt: skip
    assert not failures, "\n".join(failures)


def _mutations(entry: dict[str, Any]) -> list[tuple[str, str]]:
    """Garbled copies of a good outreach message, one per kind of damage the issue describes."""
    text, why = entry["text"], entry["fields"]["why_them"]
    words = why.split()
    body = re.search(r"(?:\n\n)([A-Z])(?=[a-z' ])", text)
    lowered = text[: body.start(1)] + body.group(1).lower() + text[body.end(1) :] if body else text
    doubled = (
        re.sub(r"\ba (\d)", r"a maybe a \1", text, count=1)
        if re.search(r"\ba \d", text)
        else text.replace("Would you", "Would you be open to a maybe a", 1)
    )
    capital = text.replace(" and ", " And ", 1) if " and " in text else text.replace(" I ", " Because I ", 1)
    cut_why = " ".join(words[: max(3, len(words) - 2)]) + "."
    cut = text.replace(why, cut_why, 1) if why in text else text + "\n\n" + " ".join(words[:3]) + " of."
    minutes = "50" if "45" in json.dumps(entry["fields"]) else "45"
    return [
        ("doubled article", doubled),
        ("lower-case start", lowered),
        ("capital mid-sentence", capital),
        ("cut fact", cut),
        ("invented number", text.replace("?", f" for {minutes} minutes?", 1)),
        ("stray comma", text.replace(",\n", ",.\n", 1)),
    ]  # fmt: skip


def test_garbled_copies_of_good_messages_fail() -> None:
    caught, total, missed = 0, 0, []
    for entry in _load("outreach_good.json"):
        for kind, garbled in _mutations(entry):
            if garbled == entry["text"]:
                continue
            results = _results("outreach", {**entry, "text": garbled})
            total += 1
            if not (results["reads_well"].passed and results["faithful"].passed):
                caught += 1
            else:
                missed.append(f"{kind}: {garbled[:80]!r}")
    # Recall on synthetic damage; the cut-fact mutation keeps whole words, so a few cuts read as whole facts.
    assert caught / total >= 0.9, f"caught {caught}/{total}:\n" + "\n".join(missed[:10])
