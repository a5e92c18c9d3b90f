"""``coach index``, ``coach search`` and ``coach eval``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from coach.cli.common import StderrProgress, app, fail, load_settings, print_json
from coach.errors import GuidanceIndexError
from coach.knowledge import AUDIENCES, TASK_TAGS, SearchResult

if TYPE_CHECKING:  # chromadb and bm25s load only for the commands that search
    from coach.config import Settings
    from coach.retrieval import HybridRetriever

MAX_QUERY_CHARS = 2000
MAX_K = 20


@app.command("index")
def index_command(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Delete the index and embed everything again.")] = False,
    if_missing: Annotated[bool, typer.Option("--if-missing", help="Do nothing when an index exists.")] = False,
) -> None:
    """Build or update the guidance index (only changed files are embedded again)."""
    from coach.embeddings import load_embedder
    from coach.index import build_index, index_exists
    from coach.query_model import verified_model

    settings = load_settings()
    # An index built before the ONNX query model existed still gets one (an unchanged re-index writes only that).
    if if_missing and index_exists(settings) and not rebuild and verified_model(settings.index_dir) is not None:
        typer.echo(f"Index already present in {settings.index_dir}.")
        _prepare_models(settings)
        return
    try:
        report = build_index(settings, load_embedder(), rebuild=rebuild, progress=StderrProgress())
    except GuidanceIndexError as error:
        fail(str(error), code=1)
    for problem in report.problems:
        typer.echo(f"warning: {problem}", err=True)
    typer.echo(
        f"Indexed {report.cards} cards and {report.documents - report.cards} other documents: "
        f"{report.passages} passages, {report.embedded} embedded now, {report.unchanged} unchanged, "
        f"{report.removed} documents removed."
    )
    _prepare_models(settings)


def _prepare_models(settings: Settings) -> None:
    from coach.rehearsal.session import prepare_move_detector
    from coach.tasks.private_model import prepare_private_model

    typer.echo("Preparing the rehearsal move detector (trained once, then read back)…", err=True)
    prepare_move_detector(settings)
    typer.echo("Preparing the reader of private note lines (trained once, then read back)…", err=True)
    prepare_private_model()


@app.command("search")
def search_command(
    query: Annotated[str | None, typer.Argument(help="What you want guidance on.")] = None,
    k: Annotated[int, typer.Option("-k", help=f"How many results (1-{MAX_K}).")] = 3,
    task: Annotated[str | None, typer.Option(help=f"Only cards for this job: {', '.join(TASK_TAGS)}.")] = None,
    audience: Annotated[str | None, typer.Option(help=f"Only cards for: {', '.join(AUDIENCES)}.")] = None,
    queries: Annotated[
        str | None, typer.Option("--queries", help="File with one query per line ('-' for stdin).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Search the guidance cards (hybrid dense + keyword retrieval)."""
    _validate_search_options(k, task, audience)
    batch = _read_queries(queries) if queries is not None else None
    if batch is None and (query is None or not query.strip()):
        fail('the query is empty; try: coach search "how do I ask someone to mentor me"')
    if batch is None:
        assert query is not None
        checked = _checked(query)
        results = _retriever().search(checked, k, task=task, audience=audience)
        _print_results(results, as_json)
        return
    retriever = _retriever()
    answers = [retriever.search(q, k, task=task, audience=audience) for q in batch]
    if as_json:
        print_json([[r.to_json() for r in results] for results in answers])
        return
    for q, results in zip(batch, answers, strict=True):
        typer.echo(f"## {q}")
        _print_results(results, as_json=False)


def _validate_search_options(k: int, task: str | None, audience: str | None) -> None:
    if not 1 <= k <= MAX_K:
        fail(f"-k must be between 1 and {MAX_K}, got {k}")
    if task is not None and task not in TASK_TAGS:
        fail(f"unknown task {task!r}; choose one of {', '.join(TASK_TAGS)}")
    if audience is not None and audience not in AUDIENCES:
        fail(f"unknown audience {audience!r}; choose one of {', '.join(AUDIENCES)}")


def _checked(query: str) -> str:
    if len(query) > MAX_QUERY_CHARS:
        fail(f"the query is {len(query)} characters; the limit is {MAX_QUERY_CHARS}")
    return query.strip()


def _read_queries(source: str) -> list[str]:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text("utf-8")
    except FileNotFoundError:
        fail(f"no such file: {source}")
    except (OSError, ValueError) as error:  # ValueError: undecodable bytes, or a NUL in the name
        fail(f"cannot read {source} as UTF-8 text ({type(error).__name__})")
    lines = [_checked(line) for line in text.splitlines() if line.strip()]
    if not lines:
        fail(f"{source} holds no queries; put one query on each line")
    return lines


def _retriever() -> HybridRetriever:
    from coach.guidance import open_retriever

    settings = load_settings()
    try:
        return open_retriever(settings, progress=StderrProgress())
    except GuidanceIndexError as error:
        fail(str(error), code=1)


def _print_results(results: list[SearchResult], as_json: bool) -> None:
    if as_json:
        print_json([r.to_json() for r in results])
        return
    if not results:
        typer.echo("No matching guidance.")
    for number, r in enumerate(results, start=1):
        typer.echo(f"[{number}] {r.title} — {r.heading}  ({r.id}, score {r.score:.4f})")
        snippet = " ".join(r.text.split())
        typer.echo(f"    {snippet[:280]}{'…' if len(snippet) > 280 else ''}\n")


@app.command("eval")
def eval_command(
    dataset: Annotated[
        Path | None, typer.Option(help="JSONL of {question, ids}; default tests/data/retrieval_dev.jsonl.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    rehearsal: Annotated[
        bool, typer.Option("--rehearsal", help="Measure rehearsal move detection instead (precision/recall per move).")
    ] = False,
    suggest_decisions: Annotated[
        bool, typer.Option("--suggest-decisions",
                           help="With --rehearsal: print each move's best classifier threshold on the train lines.")
    ] = False,
    notes: Annotated[
        bool, typer.Option("--notes", help="Measure where each labelled line of session notes lands in the summary.")
    ] = False,
) -> None:
    """Measure retrieval quality: ours (hybrid) against dense, BM25 and a naive LangChain baseline.

    With --rehearsal: precision and recall of each rehearsal move, per detector, on the train/dev
    and held-out labelled lines (--dataset: one JSONL of {text, moves} instead). With
    --suggest-decisions: the per-move ``decision`` thresholds for prompts/rehearse_moves.yaml, chosen
    on the train lines' out-of-fold scores (held-out sets take no part).

    With --notes: the summary job's reading of raw notes, on the labelled notes sets (--dataset: one
    JSONL of labelled notes instead): tasks under the right owner, private lines kept out of the email.
    """
    if notes:
        _eval_notes(dataset, as_json)
        return
    if rehearsal and suggest_decisions:
        _suggest_decisions(as_json)
        return
    if rehearsal:
        _eval_rehearsal(dataset, as_json)
        return
    from coach.evaluation import DEFAULT_DATASET, DatasetError, run_evaluation

    settings = load_settings()
    try:
        report = run_evaluation(settings, dataset or DEFAULT_DATASET, progress=StderrProgress())
    except DatasetError as error:
        fail(str(error))
    except GuidanceIndexError as error:
        fail(str(error), code=1)
    if as_json:
        print_json(report.to_json())
    else:
        typer.echo(report.table())


def _suggest_decisions(as_json: bool) -> None:
    from coach.embeddings import load_embedder
    from coach.rehearsal.move_eval import DEV_SET, MemoEmbedder, load_labelled, suggest_decisions
    from coach.rehearsal.moves import MoveDatasetError

    typer.echo("Loading the embedding model…", err=True)
    try:
        decisions = suggest_decisions(MemoEmbedder(load_embedder()), load_labelled(DEV_SET))
    except MoveDatasetError as error:
        fail(str(error))
    if as_json:
        print_json(decisions)
    else:
        typer.echo("\n".join(f"{move:22} decision: {value:+.1f}" for move, value in decisions.items()))


def _eval_notes(dataset: Path | None, as_json: bool) -> None:
    from coach.tasks.notes_eval import ALL_SETS, run_notes_evaluation, table
    from coach.tasks.notes_labelled import NotesDatasetError

    try:
        reports = run_notes_evaluation([dataset] if dataset else ALL_SETS)
    except NotesDatasetError as error:
        fail(str(error))
    if as_json:
        print_json([r.to_json() for r in reports])
    else:
        typer.echo(table(reports))


def _eval_rehearsal(dataset: Path | None, as_json: bool) -> None:
    from coach.embeddings import load_embedder
    from coach.rehearsal.move_eval import ALL_SETS, run_move_evaluation, table
    from coach.rehearsal.moves import MoveDatasetError

    typer.echo("Loading the embedding model…", err=True)
    try:
        reports = run_move_evaluation(load_embedder(), [dataset] if dataset else ALL_SETS)
    except MoveDatasetError as error:
        fail(str(error))
    if as_json:
        print_json([r.to_json() for r in reports])
    else:
        typer.echo(table(reports))
