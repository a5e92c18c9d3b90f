"""``python -m coach.bench_scale`` (``make bench-scale``): the CLI as a whole process, and search at scale.

* **CLI**: ``coach ask … --json`` and ``coach draft outreach … --json`` (the fields the app
  benchmark types), each in a fresh process over a built index: wall time and peak resident memory
  (from ``wait4``), median of several runs.
* **Scale**: one hybrid search over the 48 shipped cards and over the same cards plus 2,000
  generated documents (about 6,000 more passages), and an unchanged re-index at both sizes.
  Generated passages mix sentences of the real cards, so BM25 sees a realistic vocabulary; their
  vectors come from a hash (embedding 6,000 passages with MiniLM would take minutes on a shared
  machine and the cost measured here, ranking and fusion, does not depend on what the vectors mean).
  The query's own embedding is therefore excluded and reported apart, by ``make bench``.
* **History**: listing the newest items and searching, with 10 and with 10,000 saved drafts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from coach.bench_app import OUTREACH
from coach.config import Settings
from coach.model_files import EMBEDDING_DIMENSIONS

QUESTION = "How often should I meet my mentor?"
GENERATED_DOCUMENTS = 2000


def cli_process(data_dir: Path, runs: int, *command_args: str) -> dict[str, float]:
    """Median wall seconds and peak MiB of one ``coach`` command as a fresh process."""
    env = {**os.environ, "COACH_DATA_DIR": str(data_dir), "COACH_ENGINE": "offline"}
    command = [sys.executable, "-c", "from coach.cli import main; main()", *command_args]
    seconds, mib = [], []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        seconds.append(time.perf_counter() - start)
        mib.append(usage.ru_maxrss / 1024)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise RuntimeError(f"coach {command_args[0]} failed with status {process.returncode}")
    return {"seconds": round(statistics.median(seconds), 2), "peak_mib": round(statistics.median(mib))}


class HashEmbedder:
    """Deterministic unit vectors from a text's hash: realistic cost for ranking, no model."""

    name = "hash-vectors"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One pseudo-random unit vector per text."""
        return [self.embed_query(text) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        """A pseudo-random unit vector, the same for the same text."""
        rng = random.Random(hashlib.sha256(text.encode("utf-8")).digest())
        vector = [rng.gauss(0.0, 1.0) for _ in range(EMBEDDING_DIMENSIONS)]
        norm = sum(x * x for x in vector) ** 0.5
        return [x / norm for x in vector]


def generate_documents(folder: Path, count: int, cards_dir: Path) -> None:
    """``count`` Markdown documents of three sections each, made of the shipped cards' sentences."""
    sentences = [s.strip() + "." for card in sorted(cards_dir.glob("*.md"))
                 for s in card.read_text("utf-8").replace("\n", " ").split(".") if len(s.split()) > 5]
    rng = random.Random(13)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        sections = "\n\n".join(
            f"## Part {part}\n\n" + " ".join(rng.sample(sentences, 6)) for part in range(1, 4)
        )
        (folder / f"note-{number:04d}.md").write_text(f"# Working note {number}\n\n{sections}\n", "utf-8")


def search_ms(settings: Settings, queries: list[str], runs: int) -> float:
    """Median milliseconds of one hybrid search (hash query vectors), after one warm-up."""
    from coach.index import open_index
    from coach.retrieval import HybridRetriever

    retriever = HybridRetriever(open_index(settings), HashEmbedder())
    retriever.search(queries[0], 4)
    samples = []
    for number in range(runs):
        start = time.perf_counter()
        retriever.search(queries[number % len(queries)], 4)
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 1)


def scale(work: Path, runs: int) -> dict[str, Any]:
    """Search and unchanged re-index over the shipped cards, then with the generated documents."""
    from coach.evaluation import DEFAULT_DATASET, load_dataset
    from coach.index import build_index, open_index

    queries = [q.question for q in load_dataset(DEFAULT_DATASET)]
    small = Settings(data_dir=work / "small")
    generated = work / "generated"
    generate_documents(generated, GENERATED_DOCUMENTS, small.cards_dir)
    large = Settings(data_dir=work / "large", knowledge_dirs=(generated,))
    result: dict[str, Any] = {}
    for label, settings in (("48 cards", small), (f"48 cards + {GENERATED_DOCUMENTS} documents", large)):
        build_index(settings, HashEmbedder())
        start = time.perf_counter()
        build_index(settings, HashEmbedder())
        result[label] = {
            "passages": len(open_index(settings).passages),
            "search_ms": search_ms(settings, queries, runs),
            "unchanged_reindex_ms": round((time.perf_counter() - start) * 1000),
        }
    return result


def history(work: Path, sizes: tuple[int, ...], runs: int) -> dict[str, Any]:
    """Median ms to list the newest items (what the History page shows) and to search, per history size."""
    from coach.bench_app import seed_history
    from coach.store import HistoryStore

    result: dict[str, Any] = {}
    for size in sizes:
        path = work / f"history-{size}.sqlite3"
        seed_history(path, size)
        store = HistoryStore(path)
        result[f"{size} items"] = {
            "list_ms": round(_median_ms(lambda store=store: store.list_items(""), runs), 1),
            "search_ms": round(_median_ms(lambda store=store: store.list_items("mentor number 7"), runs), 1),
        }
    return result


def _median_ms(action: Any, runs: int) -> float:
    action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    """Print the measurements as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30, help="searches per median (default 30)")
    parser.add_argument("--cli-runs", type=int, default=5, help="CLI processes per median (default 5)")
    args = parser.parse_args()
    from coach.embeddings import load_embedder
    from coach.index import build_index, index_exists

    with tempfile.TemporaryDirectory(prefix="coach-bench-scale-") as folder:
        work = Path(folder)
        settings = Settings.from_env()  # the index `make run` uses, when it is built
        if not index_exists(settings):
            settings = Settings(data_dir=work / "cli")
            build_index(settings, load_embedder())
        result = {
            "cli_ask": cli_process(settings.data_dir, args.cli_runs, "ask", QUESTION, "--json"),
            "cli_draft": cli_process(settings.data_dir, args.cli_runs, "draft", "outreach", "--json",
                                     *(f"--set={name}={value}" for name, value in OUTREACH.items())),
            "history": history(work, (10, 10_000), 5),
            "scale": scale(work, args.runs),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
