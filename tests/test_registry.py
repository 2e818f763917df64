"""The language registry: a language is a folder of data, and nothing else.

The fixture language in tests/data/lang/qaa (a handful of made-up words) is added
through FACTRECON_LANG_PATH, without touching a Python file, and goes through
find_quantities, extract_claims and reconcile. Each run is a fresh interpreter:
the registry reads the variable once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factrecon.lang import SUPPORTED, canonical
from factrecon.lang.registry import Transliterator, languages, read_lang, tags, union_list

FIXTURES = Path(__file__).resolve().parent / "data" / "lang"


def _run(code: str, *, lang_path: str | None = str(FIXTURES)) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("FACTRECON_LANG_PATH", None)
    if lang_path is not None:
        env["FACTRECON_LANG_PATH"] = lang_path
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_package_languages_are_its_folders() -> None:
    data = Path(__file__).resolve().parents[1] / "src" / "factrecon" / "lang" / "data"
    folders = sorted(p.name for p in data.iterdir() if (p / "language.toml").is_file())
    assert list(SUPPORTED) == folders == list(tags())
    for lang in languages():
        assert canonical(lang.tag) == lang.tag
        for alias in lang.aliases:
            assert canonical(alias) == lang.tag
            assert canonical(alias.upper().replace("-", "_")) == lang.tag


def test_a_fixture_language_runs_through_the_pipeline_from_its_folder_alone() -> None:
    run = _run(
        """
        import json
        import factrecon as fr
        from factrecon.lang import SUPPORTED, detect
        qs = fr.find_quantities("Qo tridek du projekt zum pli ol 4,4 mlrd dolar.", "qaa")
        a = fr.Document("Qazlando finis 1 234 projekt kaj 4,4 mlrd dolar.", id="a", published="2025-11-12")
        c = fr.Document("Qazlando finis 1 243 projekt kaj 4,4 mlrd dolar.", id="c", published="2025-11-11")
        claims = fr.extract_claims(a)
        report = fr.reconcile([a, c])
        print(json.dumps({
            "supported": list(SUPPORTED),
            "detected": [a.lang, detect("Qo tridek projekt qat zum.")],
            "quantities": [[q.text, str(q.value), q.unit, q.qualifier.value] for q in qs],
            "measures": [c.measure for c in claims],
            "verdicts": sorted([f.verdict.value, sorted(x.quantity.text for x in f.claims)] for f in report.facts),
            "findings": [f.kind if isinstance(f.kind, str) else f.kind.value for f in report.findings],
        }))
        """
    )
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout)
    assert "qaa" in got["supported"]
    assert got["detected"] == ["qaa", "qaa"]
    assert got["quantities"] == [
        ["tridek du", "32", "count", "exact"],
        ["pli ol 4,4 mlrd dolar", "4400000000", "USD", "more_than"],
    ]
    assert got["measures"] == ["project", "project_value"]
    assert ["conflict", ["1 234", "1 243"]] in got["verdicts"]
    assert ["consistent", ["4,4 mlrd dolar", "4,4 mlrd dolar"]] in got["verdicts"]
    assert got["findings"] == ["conflict"]


def test_without_the_variable_the_fixture_language_is_unknown() -> None:
    run = _run(
        """
        import factrecon as fr
        try:
            fr.find_quantities("tridek projekt", "qaa")
        except fr.UnknownLanguageError as exc:
            print("unknown:", exc)
        """,
        lang_path=None,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("unknown:")


def test_a_lang_path_that_is_not_a_folder_is_a_language_data_error(tmp_path: Path) -> None:
    run = _run(
        """
        try:
            import factrecon as fr  # the languages are found when factrecon is imported
            fr.find_quantities("30", "kk")
        except Exception as exc:
            print(type(exc).__name__, exc)
        """,
        lang_path=str(tmp_path / "missing"),
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("LanguageDataError")
    assert "FACTRECON_LANG_PATH" in run.stdout


def test_a_second_folder_for_a_package_language_is_refused(tmp_path: Path) -> None:
    (tmp_path / "kk").mkdir()
    (tmp_path / "kk" / "language.toml").write_text('tag = "kk"\n', encoding="utf-8")
    run = _run(
        """
        try:
            import factrecon as fr  # the languages are found when factrecon is imported
            fr.find_quantities("30", "kk")
        except Exception as exc:
            print(type(exc).__name__, exc)
        """,
        lang_path=str(tmp_path),
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("LanguageDataError")
    assert "a second folder" in run.stdout


def test_read_lang_returns_a_copy() -> None:
    first = read_lang("kk", "numbers")
    first["numbers"]["units"]["бір"] = 99
    assert read_lang("kk", "numbers")["numbers"]["units"]["бір"] == 1


def test_union_list_joins_every_language_without_repeats() -> None:
    words = union_list("sentences", "never_end")
    assert len(words) == len(set(words))
    for tag in SUPPORTED:
        own = read_lang(tag, "sentences").get("never_end", [])
        assert set(own) <= set(words)


def test_a_broken_language_file_names_itself(tmp_path: Path) -> None:
    (tmp_path / "qab").mkdir()
    (tmp_path / "qab" / "language.toml").write_text('tag = "qab"\nname = "x"\nscript = "Grek"\n', encoding="utf-8")
    run = _run(
        """
        try:
            import factrecon as fr
            fr.lang.registry.languages()
        except Exception as exc:
            print(type(exc).__name__, exc)
        """,
        lang_path=str(tmp_path),
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("LanguageDataError")
    assert "qab/language.toml" in run.stdout
    assert "script" in run.stdout


# --------------------------------------------------------------------------- transliteration

_CYR_TO_LAT = Transliterator(
    letters={"ш": "sh", "а": "a", "е": "e", "к": "k", "р": "r"},
    word_start={"е": "ye"},
    after_vowel={"е": "ye"},
    vowels=frozenset("ае"),
)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("шакар", "shakar"), ("Шакар", "Shakar"), ("ШАКАР", "SHAKAR"), ("ер", "yer"), ("кер", "ker"), ("кае", "kaye")],
)
def test_transliteration_follows_position_and_case(cyrillic: str, latin: str) -> None:
    assert _CYR_TO_LAT(cyrillic) == latin


@given(st.text(alphabet="0123456789 .,;-xyz", max_size=40))
def test_transliteration_leaves_what_it_does_not_know(text: str) -> None:
    assert _CYR_TO_LAT(text) == text


def test_an_unknown_concept_in_a_language_file_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "qac"
    folder.mkdir()
    for name in ("language.toml", "numbers.toml", "cldr.toml", "context.toml"):
        text = (FIXTURES / "qaa" / name).read_text(encoding="utf-8")
        (folder / name).write_text(text.replace('"qaa"', '"qac"'), encoding="utf-8")
    (folder / "concepts.toml").write_text('[words]\nno_such_concept = ["x"]\n', encoding="utf-8")
    run = _run(
        """
        import factrecon as fr
        from factrecon.lexicon import lexicon
        try:
            lexicon()
        except fr.LanguageDataError as exc:
            print("error:", exc)
        """,
        lang_path=str(tmp_path),
    )
    assert run.returncode == 0, run.stderr
    assert "qac/concepts.toml" in run.stdout
    assert "no_such_concept" in run.stdout
