"""report.html is self-contained and renders untrusted article text inert."""

from __future__ import annotations

import re

from sitrep.runner import run
from sitrep.settings import Settings

HOSTILE = (
    '<script>alert(1)</script> Gunmen <img src=x onerror="alert(2)"> attacked a checkpoint near '
    'Daraa on Sunday, killing two soldiers, state media said. <a href="javascript:alert(3)">x</a>'
)


def test_hostile_text_is_escaped_and_no_external_url_is_referenced(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "h<1>", "title": "<b>title</b>", "text": ' + __import__("json").dumps(HOSTILE) + "}\n")
    summary = run([str(source)], tmp_path / "out", Settings())
    assert summary.documents == 1
    html = (tmp_path / "out" / "report.html").read_text()
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>title</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert 'href="javascript' not in html
