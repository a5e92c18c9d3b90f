"""The guidance index survives hostile folders: a failed build leaves the old index working."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from foundation.test_knowledge import write_card

from coach.config import Settings
from coach.errors import GuidanceIndexError, IndexMissingError
from coach.index import build_index, open_index
from coach.index_process import build_index_apart


@pytest.fixture
def small(tmp_path: Path) -> Settings:
    cards = tmp_path / "cards"
    cards.mkdir()
    write_card(cards, "cadence", "How often to meet")
    write_card(cards, "thanks", "Saying thank you")
    return Settings(data_dir=tmp_path / "data", cards_dir=cards)


def test_an_undecodable_file_name_is_indexed_and_later_commands_work(small: Settings, embedder: Any,
                                                                     tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / os.fsdecode(b"notes-\xff\xfe.md")).write_text("# Odd name\n\nAsk one clear question.\n", "utf-8")
    settings = small.with_overrides(knowledge_dirs=(extra,))
    report = build_index(settings, embedder)
    assert report.documents == 3
    index = open_index(settings)
    sources = {p.source for p in index.passages}
    assert any("\ufffd" in source for source in sources)  # printable, storable, never a crash
    build_index(settings, embedder)  # and the next run works too
    assert len(open_index(settings).passages) == len(index.passages)


def test_an_oversized_file_is_skipped_and_named(small: Settings, embedder: Any, tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "huge.txt").write_text("word " * 400_000, "utf-8")  # 2 MB
    report = build_index(small.with_overrides(knowledge_dirs=(extra,), max_file_mb=1), embedder)
    [problem] = [p for p in report.problems if p.path.endswith("huge.txt")]
    assert "2.0 MB is over the 1 MB limit" in problem.message and "COACH_MAX_FILE_MB" in problem.message
    assert report.documents == 2


def test_a_wrong_cards_folder_fails_loudly_and_keeps_the_working_index(small: Settings, embedder: Any) -> None:
    build_index(small, embedder)
    empty = small.cards_dir.parent / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("not a card")
    for wrong in (small.cards_dir.parent / "no-such-folder", empty):  # missing; holds no cards
        with pytest.raises(GuidanceIndexError, match="COACH_CARDS_DIR"):
            build_index(small.with_overrides(cards_dir=wrong), embedder)
        assert open_index(small).card_ids == {"cadence", "thanks"}


def test_an_empty_index_never_answers_quietly(small: Settings, embedder: Any) -> None:
    build_index(small, embedder)
    manifest = small.index_dir / "passages.json"
    manifest.write_text("[]", "utf-8")
    with pytest.raises(GuidanceIndexError):
        open_index(small)


def test_an_interrupted_build_leaves_the_previous_index_working(small: Settings, embedder: Any) -> None:
    build_index(small, embedder)
    before = open_index(small).card_ids

    class Exploding:
        name = embedder.name

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            raise KeyboardInterrupt  # Ctrl-C in the middle of embedding

        def embed_query(self, text: str) -> list[float]:
            return list(embedder.embed_query(text))

    write_card(small.cards_dir, "new-card", "Something new")
    with pytest.raises(KeyboardInterrupt):
        build_index(small, Exploding(), rebuild=True)
    assert open_index(small).card_ids == before
    assert build_index(small, embedder).documents == 3


def test_a_data_dir_that_is_a_file_is_reported_as_such(small: Settings, embedder: Any, tmp_path: Path) -> None:
    a_file = tmp_path / "data-file"
    a_file.write_text("not a folder")
    with pytest.raises(GuidanceIndexError, match="writable folder"):
        build_index(small.with_overrides(data_dir=a_file), embedder)


READ_ONLY_PROBE = """
from coach.config import Settings
from coach.embeddings import load_embedder
from coach.errors import GuidanceIndexError
from coach.index import build_index, open_index
from coach.index_process import build_index_apart
settings = Settings.from_env()
for step in (lambda: build_index(settings, load_embedder()), lambda: open_index(settings)):
    try:
        step()
        print("OK")
    except GuidanceIndexError as error:
        print("ERROR:", error)
"""


def test_a_read_only_data_dir_is_not_called_damaged(small: Settings, embedder: Any) -> None:
    # Permissions mean nothing to root, so the probe runs as the unprivileged user "nobody".
    base = Path(tempfile.mkdtemp(prefix="coach-ro-", dir="/tmp"))
    try:
        base.chmod(0o755)
        cards = shutil.copytree(small.cards_dir, base / "cards")
        data = base / "data"
        build_index(small.with_overrides(cards_dir=cards, data_dir=data), embedder)
        for folder in [data, *data.rglob("*")]:
            folder.chmod(0o555 if folder.is_dir() else 0o444)
        env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_CARDS_DIR": str(cards), "HOME": str(base)}
        command = [sys.executable, "-c", READ_ONLY_PROBE]
        if os.geteuid() == 0:
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240, check=False)
        lines = done.stdout.splitlines()
        assert len(lines) == 2, done.stderr[-2000:]
        assert "writable" in lines[0] and "damaged" not in lines[0]
        assert lines[1] == "OK" or ("read-only" in lines[1] and "damaged" not in lines[1])
    finally:
        for folder in [base, *base.rglob("*")]:
            folder.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


def test_open_index_on_a_missing_index_says_how_to_build(small: Settings) -> None:
    with pytest.raises(IndexMissingError, match="coach index"):
        open_index(small)


OPEN_AND_QUERY_PROBE = """
from coach.config import Settings
from coach.index import open_index
index = open_index(Settings.from_env())
print(len(index.collection.query(query_embeddings=[[0.1] * 384], n_results=2)["ids"][0]))
"""


def test_opening_a_built_index_rewrites_none_of_its_vector_files(small: Settings, embedder: Any) -> None:
    # Chroma saved an index under 1000 records never, so each process that opened it rebuilt its vector files from
    # the log, partly from uninitialised memory: the opening process's bytes, a user's text among them, on disk.
    build_index(small, embedder)
    chroma = small.index_dir.resolve() / "chroma"
    vector_files = {path: path.read_bytes() for path in chroma.glob("*/*") if path.is_file()}
    assert {path.parent for path in vector_files} == {path.parent for path in chroma.glob("*/index_metadata.pickle")}
    env = {**os.environ, "COACH_DATA_DIR": str(small.data_dir), "COACH_CARDS_DIR": str(small.cards_dir)}
    done = subprocess.run([sys.executable, "-c", OPEN_AND_QUERY_PROBE], env=env, capture_output=True, text=True,
                          timeout=240, check=False)
    assert done.stdout.strip() == "2", done.stderr[-2000:]
    assert {path: path.read_bytes() for path in chroma.glob("*/*") if path.is_file()} == vector_files


def test_the_app_builds_the_index_in_a_fresh_process_with_progress_and_one_line_errors(small: Settings,
                                                                                       tmp_path: Path) -> None:
    # The app's process holds its users' text; a spawned builder holds only the guidance (see the test above).
    stages: list[str] = []
    report = build_index_apart(small.with_overrides(openai_api_key="sk-never-sent"),
                               progress=lambda stage, done, total: stages.append(stage))
    assert report.documents == 2 and "embedding passages" in stages
    assert {p.card_id for p in open_index(small).passages} == {"cadence", "thanks"}
    with pytest.raises(GuidanceIndexError, match="does not exist") as refused:
        build_index_apart(small.with_overrides(cards_dir=tmp_path / "no-such-folder"))
    assert "\n" not in str(refused.value) and "Traceback" not in str(refused.value)
