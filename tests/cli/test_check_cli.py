"""``coach check``: the rubric on a message the user wrote, through Typer's CliRunner (no model, no index)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import app

runner = CliRunner()
FIELDS = {
    "mentor_name": "Marcus Lee",
    "mentor_context": "leads platform engineering at Acme",
    "why_them": "your talk on growing platform teams from 3 to 30 people",
    "goal": "becoming an engineering manager",
    "ask": "a 20-minute call next month",
}
GOOD = (
    "Hi Marcus,\n\nYour talk on growing platform teams from 3 to 30 people is the clearest account of that journey "
    "I've heard. I'm working towards becoming an engineering manager.\n\nWould you be open to a 20-minute call "
    "next month? No worries if you're too busy.\n\nThanks,\nDaniel"
)
GARBLED = GOOD.replace("from 3 to 30 people is the clearest account of that journey I've heard.", "from 3.")


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps(FIELDS), "utf-8")
    return fields, tmp_path / "draft.txt"


def _check(fields: Path, draft: Path, *extra: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["check", "outreach", "--input", str(fields), "--text-file", str(draft), *extra])
    return result.exit_code, result.stdout, result.stderr


def test_a_good_message_passes_and_json_lists_the_checks(files: tuple[Path, Path]) -> None:
    fields, draft = files
    draft.write_text(GOOD, "utf-8")
    code, out, _ = _check(fields, draft, "--subject", "Your platform teams talk", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["task"] == "outreach"
    assert all(c["passed"] for c in data["checks"]), data["checks"]
    assert {"reads_well", "faithful", "one_specific_ask", "time_boxed", "subject_line"} <= {
        c["name"] for c in data["checks"]
    }


def test_a_garbled_message_fails_and_still_exits_zero(files: tuple[Path, Path]) -> None:
    fields, draft = files
    draft.write_text(GARBLED, "utf-8")
    code, out, _ = _check(fields, draft, "--json")
    assert code == 0
    failed = {c["name"]: c["hint"] for c in json.loads(out)["checks"] if not c["passed"]}
    assert "from 3" in failed["faithful"]
    assert "subject_line" in failed  # an email without --subject


def test_plain_output_marks_each_check(files: tuple[Path, Path]) -> None:
    fields, draft = files
    draft.write_text(GARBLED, "utf-8")
    code, out, _ = _check(fields, draft)
    assert code == 0
    assert "✓ names_mentor" in out and "✗ faithful: " in out


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing_text", "--text-file: no such file"),
        ("empty_text", "is empty"),
        ("bad_json", "is not valid JSON"),
        ("list_json", "must hold a JSON object"),
        ("missing_field", "mentor_name is required"),
        ("unknown_field", "has no field 'colour'"),
    ],
)
def test_bad_input_is_one_line_with_status_2(files: tuple[Path, Path], setup: str, message: str) -> None:
    fields, draft = files
    draft.write_text(GOOD, "utf-8")
    if setup == "missing_text":
        draft.unlink()
    elif setup == "empty_text":
        draft.write_text("  \n", "utf-8")
    elif setup == "bad_json":
        fields.write_text("{not json", "utf-8")
    elif setup == "list_json":
        fields.write_text("[]", "utf-8")
    elif setup == "missing_field":
        fields.write_text(json.dumps({k: v for k, v in FIELDS.items() if k != "mentor_name"}), "utf-8")
    else:
        fields.write_text(json.dumps({**FIELDS, "colour": "blue"}), "utf-8")
    code, out, err = _check(fields, draft)
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert out == ""


def test_an_unknown_job_is_a_usage_error(files: tuple[Path, Path]) -> None:
    fields, draft = files
    draft.write_text(GOOD, "utf-8")
    result = runner.invoke(app, ["check", "cover-letter", "--input", str(fields), "--text-file", str(draft)])
    assert result.exit_code == 2 and "unknown task" in result.stderr
