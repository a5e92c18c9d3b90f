import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coach.cli import app
from coach.config import Settings
from coach.evaluation import DEFAULT_DATASET, DatasetError, Question, load_dataset, score


def test_dev_set_is_large_and_points_at_real_cards(guidance_settings: Settings) -> None:
    questions = load_dataset(DEFAULT_DATASET)
    assert len(questions) >= 40
    cards = {path.stem for path in guidance_settings.cards_dir.glob("*.md")}
    assert set().union(*(q.ids for q in questions)) <= cards


def test_scoring_counts_first_answering_card() -> None:
    questions = [Question("a", frozenset({"x"})), Question("b", frozenset({"y", "z"}))]
    ranked = {"a": ["w", "x"], "b": ["q", "r", "s", "t", "u", "v"]}
    result = score("fake", questions, lambda q: ranked[q])
    assert result.recall == {1: 0.0, 3: 0.5, 5: 0.5}
    assert result.mrr == pytest.approx(0.25)


@pytest.mark.parametrize("content", ["", "not json\n", '{"question": "q"}\n'])
def test_malformed_dataset_is_reported(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, "utf-8")
    with pytest.raises(DatasetError):
        load_dataset(path)


def test_eval_meets_its_target(guidance_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(guidance_settings.data_dir))
    result = CliRunner().invoke(app, ["eval", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)["retrievers"]
    ours = report.pop("hybrid (ours)")
    assert set(report) == {"dense only", "BM25 only", "naive LangChain"}
    assert ours["recall@3"] >= 0.9
    for name, baseline in report.items():
        for metric in ("recall@1", "recall@3", "recall@5", "mrr"):
            assert ours[metric] >= baseline[metric], (name, metric)


def test_eval_rejects_a_missing_dataset(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--dataset", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2 and "cannot read" in result.stderr
