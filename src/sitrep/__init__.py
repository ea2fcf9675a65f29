"""sitrep: conflict news in, an auditable incident dataset out.

    >>> import sitrep
    >>> analysis = sitrep.analyze("Two rockets hit a base near Qamishli on Sunday.", published="2024-03-04")
    >>> [e.sub_event_type for e in analysis.events]

`analyze` reads one document; `run` reads many inputs and writes the output
folder (SPEC section 3).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .model import Analysis
    from .pipeline import Pipeline
    from .settings import Settings

__all__ = ["__version__", "analyze", "run"]


@lru_cache(maxsize=4)
def _pipeline(settings: Settings) -> Pipeline:
    from .pipeline import Pipeline

    return Pipeline(settings).setup()


def analyze(
    text: str,
    published: str | None = None,
    outlet: str | None = None,
    *,
    title: str | None = None,
    doc_id: str | None = None,
    settings: Settings | None = None,
) -> Analysis:
    """Analyse one document. Raises `sitrep.errors.InputError` when it can't be read."""
    from .errors import InputError
    from .model import Analysis, RawArticle
    from .settings import Settings

    settings = settings or Settings()
    raw = RawArticle(origin=doc_id or "<text>", id=doc_id, text=text, title=title, outlet=outlet, published=published)
    result = _pipeline(settings).process(raw)
    if not isinstance(result, Analysis):
        raise InputError(result.reason)
    return result


def run(inputs: list[str] | str, outdir: str = "sitrep-out", settings: Settings | None = None):  # type: ignore[no-untyped-def]
    """Run the whole pipeline over files, folders or URLs; returns a `RunSummary`."""
    from .runner import run as run_all

    return run_all([inputs] if isinstance(inputs, str) else inputs, outdir, settings)
