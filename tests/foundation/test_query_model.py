"""The ONNX query model: exported offline at index time, equal to torch, and used without loading torch."""

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from coach.config import PROJECT_DIR, Settings
from coach.evaluation import DEFAULT_DATASET, load_dataset
from coach.guidance import open_retriever
from coach.query_model import MIN_COSINE, OnnxEmbedder, min_cosine, query_embedder, verified_model
from coach.retrieval import HybridRetriever

pytestmark = pytest.mark.slow


def test_index_build_exports_a_verified_query_model(guidance_settings: Settings) -> None:
    path = verified_model(guidance_settings.index_dir)
    assert path is not None and path.stat().st_size > 1_000_000
    assert isinstance(query_embedder(guidance_settings), OnnxEmbedder)


def test_onnx_vectors_equal_torch_on_the_dev_questions(guidance_settings: Settings, embedder: Any) -> None:
    path = verified_model(guidance_settings.index_dir)
    assert path is not None
    questions = [q.question for q in load_dataset(DEFAULT_DATASET)]
    assert len(questions) >= 40
    assert min_cosine(OnnxEmbedder(path), embedder, questions) >= MIN_COSINE


def test_onnx_and_torch_retrievers_return_the_same_top_three(guidance_settings: Settings, embedder: Any) -> None:
    onnx = open_retriever(guidance_settings)
    assert isinstance(onnx.embedder, OnnxEmbedder)
    torch = HybridRetriever(onnx.index, embedder)
    for question in (q.question for q in load_dataset(DEFAULT_DATASET)):
        assert [r.passage_id for r in onnx.search(question, 3)] == [r.passage_id for r in torch.search(question, 3)]


def test_a_damaged_stamp_falls_back_to_torch(guidance_settings: Settings, tmp_path: Path) -> None:
    import shutil

    copy = Settings(data_dir=tmp_path / "data")
    shutil.copytree(guidance_settings.index_dir, copy.index_dir)
    stamp = copy.index_dir / "query-model" / "verified.json"
    stamp.write_text(json.dumps({**json.loads(stamp.read_text("utf-8")), "fingerprint": "other weights"}), "utf-8")
    assert verified_model(copy.index_dir) is None
    assert not isinstance(query_embedder(copy), OnnxEmbedder)


def test_cli_answers_without_importing_torch(guidance_settings: Settings) -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from coach.cli import app\n"
        "result = CliRunner().invoke(app, ['ask', 'how often should I meet my mentor?', '--json'])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(sorted(m for m in ('torch', 'sentence_transformers', 'langchain_core') if m in sys.modules))\n"
    )
    env = {"COACH_DATA_DIR": str(guidance_settings.data_dir), "PATH": "/usr/bin:/bin", "HOME": str(Path.home())}
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_DIR, env=env, capture_output=True, text=True,
                          timeout=240, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_index_if_missing_adds_the_query_model_to_an_older_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedder: Any
) -> None:
    import shutil

    from typer.testing import CliRunner

    from coach.cli import app
    from coach.index import build_index

    from .test_knowledge import write_card

    cards = tmp_path / "cards"
    cards.mkdir()
    write_card(cards, "cadence", "How often to meet")
    settings = Settings(data_dir=tmp_path / "data", cards_dir=cards)
    build_index(settings, embedder)
    shutil.rmtree(settings.index_dir / "query-model")  # as an index built before the export existed
    monkeypatch.setenv("COACH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("COACH_CARDS_DIR", str(cards))
    result = CliRunner().invoke(app, ["index", "--if-missing"])
    assert result.exit_code == 0, result.output
    assert "0 embedded now" in result.stdout
    assert verified_model(settings.index_dir) is not None
    again = CliRunner().invoke(app, ["index", "--if-missing"])
    assert "already present" in again.stdout
