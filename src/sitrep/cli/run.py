"""sitrep run: the whole pipeline over files, folders, JSONL/CSV or URLs."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ConfigError
from ..settings import Settings
from . import EXIT_OK, EXIT_SOME_FAILED, fail_usage


def settings_from_options(published: str | None, **options: object) -> Settings:
    """A validated Settings from command-line options; usage errors exit 2."""
    day = None
    if published:
        try:
            day = dt.date.fromisoformat(published)
        except ValueError as error:
            raise fail_usage(f"--published must be a date like 2024-01-29, got {published!r}") from error
    try:
        return Settings(published=day, **options)  # type: ignore[arg-type]
    except ConfigError as error:
        raise fail_usage(str(error)) from error


def run_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, JSONL/CSV files or URLs.")],
    outdir: Annotated[Path, typer.Option("--outdir", "-o", help="Output folder.")] = Path("sitrep-out"),
    extractor: Annotated[
        str, typer.Option(help="Event extractor backend: rules (default) or a registered one.")
    ] = "rules",
    slant: Annotated[
        str,
        typer.Option(
            help="Slant backend: slant.model.v2 (default), slant.model.v1 (linear only, faster) or slant.lexicon.v1."
        ),
    ] = Settings.slant,
    screen: Annotated[
        str,
        typer.Option(
            help="Event screen: screen.model.v1 (default) drops claims likely to be false alarms; "
            "screen.none.v1 keeps every claim."
        ),
    ] = Settings.screen,
    engine: Annotated[str, typer.Option(help="local, processes or dask.")] = "local",
    workers: Annotated[
        int | None, typer.Option(help="Worker processes for processes/dask (default: all cores).")
    ] = None,
    db: Annotated[str | None, typer.Option(help="Database URL (default: sqlite file in OUTDIR).")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date for inputs that carry none (YYYY-MM-DD).")
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for inputs that carry none.")] = None,
    online: Annotated[bool, typer.Option("--online", help="Allow fetching URLs and feeds.")] = False,
    max_file_bytes: Annotated[int, typer.Option(help="Skip .txt/.html files larger than this.")] = 20_000_000,
    max_article_chars: Annotated[int, typer.Option(help="Skip articles longer than this.")] = 300_000,
    llm_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint for --extractor llm (key: $SITREP_LLM_API_KEY).")
    ] = None,
    llm_model: Annotated[str | None, typer.Option(help="Model name for --extractor llm.")] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress or summary; failures still listed.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a machine-readable summary on stdout.")] = False,
) -> None:
    """Run the whole pipeline and write OUTDIR.

    Example: sitrep run articles/ feed.jsonl -o out/ --published 2024-01-29
    """
    settings = settings_from_options(
        published,
        extractor=extractor,
        slant=slant,
        screen=screen,
        engine=engine,
        workers=workers,
        db_url=db,
        outlet=outlet,
        online=online,
        max_file_bytes=max_file_bytes,
        max_article_chars=max_article_chars,
        llm_url=llm_url,
        llm_model=llm_model,
    )
    summary = execute(inputs, outdir, settings, show_progress=not quiet and not as_json and sys.stderr.isatty())
    for failure in summary.failures:
        typer.echo(f"skipped {failure.origin}: {failure.reason}", err=True)
    if as_json:
        typer.echo(json.dumps(summary.as_json()))
    elif not quiet:
        typer.echo(describe(summary))
    raise typer.Exit(EXIT_OK if summary.ok else EXIT_SOME_FAILED)


def execute(inputs: list[str], outdir: Path, settings: Settings, show_progress: bool):  # type: ignore[no-untyped-def]
    from ..runner import run

    if not show_progress:
        return run(inputs, outdir, settings)
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task("reading articles", total=None)

        def update(done: int, failed: int) -> None:
            bar.update(task, description=f"{done} documents analysed, {failed} skipped")

        return run(inputs, outdir, settings, progress=update)


def describe(summary) -> str:  # type: ignore[no-untyped-def]
    lines = [
        f"{summary.documents} documents analysed ({summary.skipped_current} unchanged, skipped), "
        f"{summary.events} event claims, {summary.incidents} incidents, {len(summary.failures)} inputs skipped",
        f"wrote {summary.outdir}/: " + ", ".join(summary.outputs),
        f"report: {Path(summary.outdir, 'report.html').resolve()}",
    ]
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    app.command("run")(run_command)
