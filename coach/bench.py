"""``python -m coach.bench`` (``make bench``): how fast the offline path is, as medians and ratios.

Timings on shared 2-core machines wobble, so every figure is the median of several runs, and the
headline numbers are ratios that hold across machines. Nothing here asserts a time: the tests
check behaviour, this command reports speed for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coach.config import Settings

SAMPLE_FIELDS: dict[str, dict[str, Any]] = {
    "outreach": {
        "mentor_name": "Priya Raman",
        "mentor_context": "staff engineer who leads the payments platform at Finch",
        "why_them": "your talk on migrating a monolith without a freeze",
        "about_me": "backend developer, two years in, on the checkout team",
        "goal": "growing into technical leadership",
        "ask": "a 20-minute video call in the next few weeks",
    },
    "prepare": {
        "mentor_name": "Sam",
        "goals": "lead my first cross-team project",
        "progress": "wrote the project brief and got sign-off",
        "challenges": "two teams disagree on the API shape",
        "meeting_minutes": 30,
        "open_items": "share the brief; ask about estimation",
    },
    "feedback": {
        "direction": "give",
        "feedback": "You're always late with the weekly report and it's sloppy.",
        "context": "weekly status report for the platform team",
        "person_name": "Alex",
    },
    "summary": {
        "mentor_name": "Dana",
        "notes": "Talked about delegation.\nI will draft the onboarding plan by Friday.\nDana to intro me to Lee.",
        "next_meeting": "2026-12-03 15:00",
        "my_name": "Jo",
    },
    "ask": {"question": "How often should I meet my mentor?"},
}


def _distinct_queries() -> list[str]:
    # Different questions each run, so nothing a cache might hold flatters the median.
    from coach.evaluation import DEFAULT_DATASET, load_dataset

    return [q.question for q in load_dataset(DEFAULT_DATASET)]


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall time of ``action`` in milliseconds over ``runs`` calls (after one warm-up)."""
    action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def cold_start_ms(runs: int) -> float:
    """Median time for a fresh process to import the coach and load the embedding model."""
    code = "from coach.embeddings import load_embedder; load_embedder().load()"
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run(runs: int) -> dict[str, Any]:
    """Measure everything into one dictionary of medians (ms) and ratios."""
    from coach.embeddings import load_embedder
    from coach.index import build_index
    from coach.retrieval import HybridRetriever
    from coach.service import Coach

    embedder = load_embedder()
    embedder.load()
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder), engine="offline")
        full = median_ms(lambda: build_index(settings, embedder, rebuild=True), 3)
        incremental = median_ms(lambda: build_index(settings, embedder), runs)
        from coach.index import open_index

        retriever = HybridRetriever(open_index(settings), embedder)
        queries = iter(_distinct_queries())
        search = median_ms(lambda: retriever.search(next(queries), 4), runs)
        coach = Coach(settings, retriever=retriever)

        def drafter(task: str) -> Callable[[], object]:
            return lambda: coach.draft(task, SAMPLE_FIELDS[task])

        drafts = {task: median_ms(drafter(task), runs) for task in SAMPLE_FIELDS}
        turn = rehearsal_turn_ms(settings, runs)
    return {
        "runs": runs,
        "cold_start_ms": round(cold_start_ms(3)),
        "index_full_ms": round(full),
        "index_unchanged_ms": round(incremental),
        "index_unchanged_over_full": round(incremental / full, 3),
        "search_ms": round(search, 1),
        "offline_draft_ms": {task: round(ms, 1) for task, ms in drafts.items()},
        "offline_draft_over_search": {task: round(ms / search, 2) for task, ms in drafts.items()},
        "rehearsal_turn_ms": round(turn, 1),
    }


REHEARSAL_LINES = (
    "Thanks for making time today. I wanted to talk about how our sessions have been going.",
    "Of our last four sessions, three were moved on the day.",
    "How does it look from your side?",
)


def rehearsal_turn_ms(settings: Settings, runs: int) -> float:
    """Median time for the offline partner to answer one turn (move detection included)."""
    from coach.rehearsal.session import RehearsalSession

    samples = []
    for run_number in range(runs + 1):
        session = RehearsalSession("frequent-cancels", "busy", "medium", engine="offline", settings=settings)
        for line in REHEARSAL_LINES:
            start = time.perf_counter()
            session.user_turn(f"{line} ({run_number})")  # a new line each run: no cache can help
            samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples[len(REHEARSAL_LINES) :])  # the first session warms up


def main() -> None:
    """Print the measurements as JSON or a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="runs per median (default 15)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    result = run(args.runs)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"Medians over {result['runs']} runs (cold start: 3 runs).\n")
    print("| measure | median |\n|---|---|")
    print(f"| fresh process: import + load MiniLM | {result['cold_start_ms']} ms |")
    print(f"| full index build (48 cards) | {result['index_full_ms']} ms |")
    print(f"| re-index, nothing changed | {result['index_unchanged_ms']} ms |")
    print(f"| one hybrid search (warm) | {result['search_ms']} ms |")
    for task, ms in result["offline_draft_ms"].items():
        ratio = result["offline_draft_over_search"][task]
        print(f"| offline `{task}` draft, retrieval included | {ms} ms ({ratio}× one search) |")
    print(f"| offline rehearsal turn, move detection included | {result['rehearsal_turn_ms']} ms |")


if __name__ == "__main__":
    main()
