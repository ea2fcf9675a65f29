"""sitrep eval: score a stage against gold data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ConfigError
from ..evaluate import TASKS, task
from ..settings import Settings
from . import fail_usage


def eval_command(
    name: Annotated[str, typer.Argument(metavar="TASK", help=f"One of: {', '.join(TASKS)}.")],
    path: Annotated[Path, typer.Argument(help="Gold file or folder (the task's dataset).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    details: Annotated[bool, typer.Option("--details", help="Include every error in the JSON.")] = False,
    extractor: Annotated[str, typer.Option(help="Event extractor backend.")] = "rules",
    slant: Annotated[str, typer.Option(help="Slant model backend.")] = Settings.slant,
    screen: Annotated[str, typer.Option(help="Event screen backend (none: keep every claim).")] = Settings.screen,
) -> None:
    """Score a stage against gold data and print its headline numbers.

    Example: sitrep eval events eval/gold/dev --json
    """
    try:
        module = task(name)
        settings = Settings(extractor=extractor, slant=slant, screen=screen)
    except ConfigError as error:
        raise fail_usage(str(error)) from error
    if not path.exists():
        raise fail_usage(f"{path} does not exist; give the gold file or the dataset folder")
    result = module.evaluate(path, settings, details=details)
    typer.echo(json.dumps(result, ensure_ascii=False) if as_json else module.format_text(result))


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
