"""sitrep serve: browse an output folder in a local, read-only web page."""

from __future__ import annotations

import contextlib
import functools
import http.server
from pathlib import Path
from typing import Annotated

import typer

from . import fail_usage


class _ReadOnlyHandler(http.server.SimpleHTTPRequestHandler):
    def do_POST(self) -> None:
        self.send_error(405, "read-only")

    do_PUT = do_DELETE = do_PATCH = do_POST


def serve_command(
    outdir: Annotated[Path, typer.Argument(help="An output folder written by sitrep run.")],
    host: Annotated[str, typer.Option(help="Address to bind; 127.0.0.1 keeps it on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8765,
) -> None:
    """Serve OUTDIR's report and files, read-only, on this machine.

    Example: sitrep serve sitrep-out/ --port 8765
    """
    if not (outdir / "report.html").exists():
        raise fail_usage(f"{outdir} has no report.html; run 'sitrep run ... -o {outdir}' first")
    handler = functools.partial(_ReadOnlyHandler, directory=str(outdir))
    with http.server.ThreadingHTTPServer((host, port), handler) as server:
        typer.echo(f"serving {outdir} at http://{host}:{port}/report.html (Ctrl-C to stop)", err=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
