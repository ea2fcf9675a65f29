"""sitrep serve: browse an output folder in a local, read-only web UI (src/sitrep/serve.py)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ConfigError
from . import fail_usage


def serve_command(
    outdir: Annotated[Path, typer.Argument(help="An output folder written by sitrep run (holds sitrep.db).")],
    host: Annotated[
        str, typer.Option(help="Address to listen on. The default, 127.0.0.1, keeps it on this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port; 0 picks a free one.", min=0, max=65535)] = 8765,
) -> None:
    """Browse OUTDIR's report and store in a local web UI; nothing can be changed through it.

    Pages: / (tables and files), /report.html, /table/NAME (filters, facets,
    sorting; .json and .csv), /row/TABLE/KEY, /sql (SELECT only). Ctrl-C stops it.

    Example: sitrep serve sitrep-out/ --port 8765
    """
    from ..serve import address, is_loopback, make_server

    try:
        server = make_server(outdir, host, port)
    except ConfigError as error:
        raise fail_usage(str(error)) from error
    if not is_loopback(host):
        typer.echo(f"warning: listening on {host}: anyone who can reach this machine can read the store", err=True)
    typer.echo(f"serving {outdir} read-only at {address(server)} (Ctrl-C to stop)", err=True)
    with server, contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
