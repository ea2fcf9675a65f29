"""sitrep bench: throughput and memory beside spaCy alone."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ..benchmark import benchmark


def bench_command(
    docs: Annotated[int, typer.Option("--docs", help="Number of documents in the corpus.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Measure articles/second and peak memory of the pipeline and of spaCy alone.

    Example: sitrep bench --docs 400 --json
    """
    result = benchmark(docs)
    if as_json:
        typer.echo(json.dumps(result))
        return
    s, b = result["sitrep"], result["spacy_only"]
    typer.echo(f"{result['documents']} documents, {result['words']} words")
    typer.echo(f"sitrep     {s['docs_per_second']:8.1f} docs/s  peak {s['peak_rss_mb']:7.1f} MB")
    typer.echo(f"spaCy only {b['docs_per_second']:8.1f} docs/s  peak {b['peak_rss_mb']:7.1f} MB")
    typer.echo(f"speed ratio sitrep / spaCy alone: {result['speed_ratio_vs_spacy']:.3f}")
    typer.echo(
        "share of pipeline time by stage: " + ", ".join(f"{k} {v:.0%}" for k, v in result["stage_share"].items())
    )


def register(app: typer.Typer) -> None:
    app.command("bench")(bench_command)
