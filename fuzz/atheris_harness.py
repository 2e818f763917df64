"""Coverage-guided fuzzing of factrecon with atheris (libFuzzer), for runs longer than CI's.

The hypothesis suite (tests/test_fuzz.py) runs in CI with modest example
counts; this harness is for hours-long runs on a spare machine. It checks the
same invariants on whatever bytes libFuzzer mutates:

- find_quantities / extract_claims / reconcile raise nothing on any text;
  parse_number raises only NumberParseError;
- every span is in bounds and slices the original text back;
- normalisation is idempotent, its offset map monotone and in bounds;
- the same input gives the same output.

Run (atheris needs CPython 3.11+ with a clang-built libFuzzer; the optional
extra installs it)::

    .venv/bin/pip install -e '.[fuzz]'
    mkdir -p fuzz/corpus && cp examples/corpus/*.txt fuzz/seeds/* fuzz/corpus/
    .venv/bin/python fuzz/atheris_harness.py fuzz/corpus -max_total_time=3600 -max_len=4096

libFuzzer options go after the corpus directory (``-jobs=4 -workers=4`` for
parallel runs, ``-dict=...``, ``-timeout=10`` to flag inputs slower than ten
seconds). A crash is written to ``crash-<sha1>``; replay it without atheris::

    .venv/bin/python fuzz/atheris_harness.py crash-<sha1>

``fuzz/seeds/`` holds the hostile inputs of tests/test_hostile.py (dotted lines,
long sentences of counts, huge figures, terminal escapes, surrogate bytes), cut
to 4096 bytes; tests/test_fuzz.py replays them in CI.

Any file or directory given without atheris installed is replayed the same
way, so a crash found on one machine can be checked on another.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import factrecon as fr
from factrecon.text import normalize

LANGS = (None, *fr.lang.SUPPORTED)


def _decode(data: bytes) -> tuple[str | None, str]:
    """The first byte picks the language, the rest is the text (UTF-8, bad bytes replaced)."""
    if not data:
        return None, ""
    return LANGS[data[0] % len(LANGS)], data[1:].decode("utf-8", errors="replace")


def check(data: bytes) -> None:
    """Run every invariant on one input; raise AssertionError (or the undocumented error) when one fails."""
    lang, text = _decode(data)
    if lang is None:
        try:
            lang = fr.lang.reading_language(text)
        except fr.UnknownLanguageError:  # documented: the language of the text cannot be told
            return

    quantities = fr.find_quantities(text, lang)
    for q in quantities:
        assert 0 <= q.start < q.end <= len(text), q
        assert text[q.start : q.end] == q.text, q
        if q.low is not None and q.high is not None:
            assert q.low <= q.high, q
    assert fr.find_quantities(text, lang) == quantities

    with contextlib.suppress(fr.NumberParseError):
        fr.parse_number(text[:200], lang)

    norm = normalize(text)
    assert normalize(norm.text).text == norm.text
    if norm.starts is not None and norm.ends is not None:
        last = (0, 0)
        for pair in zip(norm.starts, norm.ends, strict=True):
            assert 0 <= pair[0] <= pair[1] <= len(text)
            assert pair[0] >= last[0]
            assert pair[1] >= last[1]
            last = pair

    half = len(text) // 2
    a = fr.Document(text[:half], id="a", lang=lang)
    b = fr.Document(text[half:], id="b", lang=lang)
    for doc in (a, b):
        for c in fr.extract_claims(doc):
            assert doc.text[c.quantity.start : c.quantity.end] == c.quantity.text
    report = fr.reconcile([a, b])
    assert report.to_json() == fr.reconcile([b, a]).to_json()
    report.to_json().encode("utf-8")  # every report encodes (no lone surrogate gets through)
    table = report.format_table()
    assert not any(ord(ch) < 0x20 and ch != "\n" for ch in table), "a control character reaches the terminal"


def replay(paths: list[str]) -> int:
    """Run :func:`check` on files (or the files in directories) without atheris."""
    files = [f for p in map(Path, paths) for f in (sorted(p.iterdir()) if p.is_dir() else [p]) if f.is_file()]
    for f in files:
        check(f.read_bytes())
    print(f"replayed {len(files)} input(s): all invariants hold")
    return 0


def main() -> int:
    try:
        import atheris  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        if len(sys.argv) < 2:
            print("atheris is not installed (pip install -e '.[fuzz]'); give files to replay them", file=sys.stderr)
            return 2
        return replay(sys.argv[1:])
    atheris.instrument_all()
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
