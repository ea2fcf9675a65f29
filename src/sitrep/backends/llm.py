"""An event extractor that asks a language model (``events.llm.v1``).

Any OpenAI-compatible chat endpoint works: a local llama.cpp, vLLM or Ollama
server, or a hosted one. The model sees the article with numbered sentences
and answers JSON; every answer is validated (taxonomy, sentence numbers,
numbers, statuses) and turned into the same `EventClaim` records the rules
backend makes. Evidence is always a whole sentence of the article, so
offsets stay exact; actors go through the same dictionary; places, dates
and sources are resolved by the stages that follow, as for the rules.

Network use is opt-in (``--extractor llm --llm-url ...``), with a timeout and
a cap on the size of the answer.
"""

from __future__ import annotations

import json
import os
import urllib.request
from dataclasses import replace
from typing import Any

from ..errors import ConfigError, InputError
from ..model import ACLED_TAXONOMY, EVENT_STATUSES, SUB_EVENT_PARENT, Actor, Analysis, Count, EventClaim, Span
from ..registry import register
from ..settings import Settings
from ..stages.actors import ActorResolver, fallback_actor, lexicon

SYSTEM_PROMPT = (
    """You code conflict news into ACLED events. Answer only JSON:
{"events": [{"sentence": <number of the sentence stating the event>,
  "event_type": <ACLED event type>, "sub_event_type": <ACLED sub-event type>,
  "actor1": <who acted, as written, or null>, "actor2": <the target, as written, or null>,
  "killed": {"min": int, "max": int or null} or null, "injured": ... or null, "casualties": ... or null,
  "status": "occurred" | "denied" | "possible" | "planned" | "hypothetical",
  "aggregate": <true when the sentence sums up many events>}]}
Use only these types and sub-types: """
    + json.dumps({k: list(v) for k, v in ACLED_TAXONOMY.items()})
    + """
Code one event per act and source; skip opinion, metaphors and generic statements."""
)


@register("extractor", "events.llm.v1", alias="llm")
class LlmExtractor:
    name = "events.llm.v1"

    def __init__(self, settings: Settings) -> None:
        if not settings.llm_url or not settings.llm_model:
            raise ConfigError("the llm extractor needs --llm-url (an OpenAI-compatible endpoint) and --llm-model")
        self.settings = settings
        self.url = settings.llm_url.rstrip("/") + "/chat/completions"
        self.api_key = settings.llm_api_key or os.environ.get("SITREP_LLM_API_KEY")
        self.resolver = ActorResolver(lexicon())

    def extract(self, analysis: Analysis) -> tuple[EventClaim, ...]:
        sentences = analysis.sentences or ()
        numbered = "\n".join(f"[{s.index}] {analysis.document.text[s.start : s.end].strip()}" for s in sentences)
        answer = self._ask(numbered)
        claims = []
        for number, item in enumerate(_events_of(answer)):
            claim = self._claim(analysis, item, number)
            if claim is not None:
                claims.append(claim)
        return tuple(claims)

    def _ask(self, numbered_text: str) -> str:
        body = json.dumps(
            {
                "model": self.settings.llm_model,
                "temperature": 0,
                "response_format": {"type": "json_object"},
                "messages": [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": numbered_text}],
            }
        ).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.settings.network_timeout) as response:
                raw = response.read(self.settings.max_download_bytes + 1)
        except OSError as error:
            raise InputError(f"LLM endpoint failed: {error}") from error
        if len(raw) > self.settings.max_download_bytes:
            raise InputError("LLM answer larger than the download cap; skipped")
        try:
            return str(json.loads(raw)["choices"][0]["message"]["content"])
        except (ValueError, KeyError, IndexError, TypeError) as error:
            raise InputError(f"LLM endpoint gave no chat completion ({type(error).__name__})") from error

    def _claim(self, analysis: Analysis, item: dict[str, Any], number: int) -> EventClaim | None:
        sentences = analysis.sentences or ()
        index = item.get("sentence")
        sub_type = item.get("sub_event_type")
        if not isinstance(index, int) or not 0 <= index < len(sentences) or sub_type not in SUB_EVENT_PARENT:
            return None  # an answer that doesn't fit the article or the taxonomy is dropped
        sentence = sentences[index]
        text = analysis.document.text
        end = sentence.end
        while end > sentence.start and text[end - 1].isspace():
            end -= 1
        evidence = Span(sentence.start, end, text[sentence.start : end])
        status = item.get("status") if item.get("status") in EVENT_STATUSES else "occurred"
        return EventClaim(
            event_id=f"{analysis.document.doc_id}:llm:{number}",
            doc_id=analysis.document.doc_id,
            evidence=evidence,
            event_type=SUB_EVENT_PARENT[sub_type],
            sub_event_type=sub_type,
            trigger=evidence,
            actor1=self._actor(item.get("actor1")),
            actor2=self._actor(item.get("actor2")),
            killed=_count(item.get("killed")),
            injured=_count(item.get("injured")),
            casualties=_count(item.get("casualties")),
            status=status,  # type: ignore[arg-type]
            aggregate=bool(item.get("aggregate")),
            confidence=0.6,
            backend=self.name,
            sentence=index,
        )

    def _actor(self, text: Any) -> Actor | None:
        if not isinstance(text, str) or not text.strip():
            return None
        head = text.split()[-1]
        found = self.resolver.resolve(text, head=head, is_entity=True)
        actor = found[0] if found else fallback_actor(text)
        return replace(actor, text=text)


def _events_of(answer: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(answer)
    except ValueError as error:
        raise InputError("LLM answer is not JSON") from error
    events = data.get("events") if isinstance(data, dict) else None
    return [e for e in events if isinstance(e, dict)] if isinstance(events, list) else []


def _count(value: Any) -> Count | None:
    if not isinstance(value, dict) or not isinstance(value.get("min"), int) or value["min"] < 0:
        return None
    high = value.get("max")
    if high is not None and (not isinstance(high, int) or high < value["min"]):
        high = None
    return Count(value["min"], high)
