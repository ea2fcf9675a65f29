"""Exception types. Each message says what happened and how to fix it."""

from __future__ import annotations


class SitrepError(Exception):
    """Base class for errors sitrep reports to the user."""


class InputError(SitrepError):
    """One input (a file, a row, a URL) can't be used; the run goes on.

    The message is a one-line reason shown in the run summary.
    """


class ConfigError(SitrepError):
    """A setting, option or backend name is wrong: a usage error (exit 2)."""


class PipelineError(SitrepError):
    """The stages don't fit together (a stage needs what none before it assigns)."""


class ResourceError(SitrepError):
    """A shipped model or data file is missing or unreadable."""


def choices(values: object) -> str:
    """Format valid choices for an error message."""
    return ", ".join(repr(v) for v in sorted(values))  # type: ignore[call-overload]
