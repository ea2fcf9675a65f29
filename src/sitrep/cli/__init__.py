"""The `sitrep` command: thin wrappers that parse, call one library function, format.

Exit codes: 0 success, 1 some inputs failed (the rest is written), 2 usage or
configuration error.
"""

from __future__ import annotations

import logging
import sys

import typer

from ..errors import SitrepError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="sitrep",
    help="Conflict news in, an auditable incident dataset out.\n\nExample: sitrep run articles/ -o out/",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail_usage(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


def _register_commands() -> None:
    from . import bench, demo, evaluate, run, serve

    for module in (run, demo, evaluate, bench, serve):
        module.register(app)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _register_commands()
    try:
        app()
    except SitrepError as error:
        typer.echo(f"error: {error}", err=True)
        sys.exit(EXIT_USAGE)
