"""Pluggable implementations, registered by name (see `sitrep.registry`)."""
