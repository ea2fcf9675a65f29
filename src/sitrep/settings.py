"""One validated settings object, passed explicitly to every part that needs it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from . import registry
from .errors import ConfigError


@dataclass(frozen=True)
class Settings:
    extractor: str = "rules"
    slant: str = "slant.model.v2"  # persuasion/speculation model: v1 is linear only, "slant.lexicon.v1" the lexicon
    screen: str = "screen.model.v1"  # drops likely false alarms among the claims; "screen.none.v1" keeps all
    engine: str = "local"
    workers: int | None = None  # processes/dask: None = all cores
    dask_address: str | None = None  # None: start a local cluster
    batch_size: int = 16
    db_url: str | None = None  # None: sqlite in the output folder
    published: dt.date | None = None  # for inputs that carry no date
    outlet: str | None = None  # for inputs that carry no outlet
    languages: tuple[str, ...] = ("en",)
    max_file_bytes: int = 20_000_000  # a .txt/.html larger than this is skipped
    max_article_chars: int = 300_000  # an article longer than this is skipped
    online: bool = False  # URLs and feeds may be fetched
    network_timeout: float = 20.0
    max_download_bytes: int = 5_000_000
    llm_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = field(default=None, repr=False)
    resume: bool = True  # skip documents already stored with the same content

    def __post_init__(self) -> None:
        registry.resolve("extractor", self.extractor)
        registry.resolve("engine", self.engine)
        registry.resolve("slant", self.slant)
        registry.resolve("screen", self.screen)
        for name in ("batch_size", "max_file_bytes", "max_article_chars", "max_download_bytes"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be a positive number, got {getattr(self, name)}")
        if self.workers is not None and self.workers < 1:
            raise ConfigError(f"workers must be at least 1, got {self.workers}")
        if self.network_timeout <= 0:
            raise ConfigError("network_timeout must be positive")

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]
