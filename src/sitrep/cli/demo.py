"""sitrep demo: the pipeline on the example articles shipped with the package."""

from __future__ import annotations

from importlib.resources import as_file
from pathlib import Path
from typing import Annotated

import typer

from ..resources import data_path
from ..settings import Settings
from . import EXIT_OK, EXIT_SOME_FAILED
from .run import describe, execute

EXAMPLES = "examples/examples.gold.jsonl"


def demo_command(
    outdir: Annotated[Path, typer.Option("--outdir", "-o", help="Output folder.")] = Path("sitrep-demo"),
) -> None:
    """Run on the bundled example articles and say where the report is.

    Example: sitrep demo -o demo-out/
    """
    with as_file(data_path(EXAMPLES)) as path:
        summary = execute([str(path)], outdir, Settings(), show_progress=False)
    for failure in summary.failures:
        typer.echo(f"skipped {failure.origin}: {failure.reason}", err=True)
    typer.echo(describe(summary))
    raise typer.Exit(EXIT_OK if summary.ok else EXIT_SOME_FAILED)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_command)
