"""The llm extractor against a fake OpenAI-compatible server on the loopback interface."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sitrep.errors import ConfigError
from sitrep.model import Analysis, Failure, RawArticle
from sitrep.pipeline import Pipeline
from sitrep.settings import Settings

TEXT = "Rockets hit base\n\nTwo rockets struck the Conoco base in Deir ez-Zor on Monday, causing no casualties, the coalition said."


class FakeModel(BaseHTTPRequestHandler):
    answer: str = ""

    def do_POST(self) -> None:
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        assert request["messages"][1]["content"].startswith("[0] Rockets hit base")
        body = json.dumps({"choices": [{"message": {"content": type(self).answer}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def endpoint() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeModel)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()
    server.server_close()


def run_llm(endpoint: str, answer: dict | str) -> Analysis | Failure:
    FakeModel.answer = answer if isinstance(answer, str) else json.dumps(answer)
    settings = Settings(extractor="llm", llm_url=endpoint, llm_model="test", network_timeout=5)
    return Pipeline(settings).process(RawArticle(origin="t", id="t", text=TEXT, published="2024-03-06"))


def test_answers_become_validated_claims_with_exact_evidence(endpoint):
    answer = {
        "events": [
            {
                "sentence": 1,
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Shelling/artillery/missile attack",
                "actor1": None,
                "actor2": "U.S. forces",
                "killed": {"min": 0, "max": 0},
                "status": "occurred",
                "aggregate": False,
            },
            {"sentence": 7, "sub_event_type": "Air/drone strike"},  # no such sentence: dropped
            {"sentence": 1, "sub_event_type": "Alien invasion"},  # not ACLED: dropped
        ]
    }
    analysis = run_llm(endpoint, answer)
    assert isinstance(analysis, Analysis)
    [event] = analysis.events
    assert event.backend == "events.llm.v1"
    assert analysis.document.text[event.evidence.start : event.evidence.end] == event.evidence.text
    assert event.actor2.name == "Military Forces of the United States"
    assert event.date.start.isoformat() == "2024-03-04"  # resolved by the dates stage, as for the rules
    assert event.attribution.source == "coalition"


def test_a_non_json_answer_fails_that_document_with_a_reason(endpoint):
    result = run_llm(endpoint, "Sure! Here are the events: ...")
    assert isinstance(result, Failure) and "not JSON" in result.reason


def test_the_llm_backend_needs_an_endpoint():
    with pytest.raises(ConfigError, match="--llm-url"):
        Pipeline(Settings(extractor="llm")).setup()
