"""find_quantities speed, side by side with the peers on the same sentences, on one core.

    python benchmarks/quantities.py [--sentences 1000] [--repeat 5] [--long-mb 2] [--json out.json]

Per language (kk, uz-Cyrl, ru; --lang picks some) it generates news-style sentences (benchmarks/corpus.py,
seeded) and times, in this one process pinned to one CPU, best of --repeat
passes after a warm-up pass, the tools' passes interleaved (so that the host's
load at any moment falls on all of them alike):

- factrecon.find_quantities(sentence, lang) (and with lang=None: detection);
- words2num2.words2num_sentence(sentence, "kk" / "uz_Cyrl" / "ru"), which only
  rewrites number words into digits (no spans, no scales on digits, no units,
  no bounds);
- ICU's Kazakh spell-out rules (PyICU RuleBasedNumberFormat.parse), used the
  only way a prefix parser can find numbers in a sentence: tried at every word
  start, skipping what it consumed. ICU has no Uzbek rules, so uz-Cyrl is n/a;
- for ru, natasha's MoneyExtractor (a yargy grammar over pymorphy2's
  morphology: amounts of money with their number words, scales and currency;
  natasha 1.x has no extractor of bare numbers), when natasha is installed.

Then MB/s on one long text (the sentences in paragraphs, repeated to --long-mb)
and the cold start: import, language-data load, first call (fresh interpreters, for every
language folder: uz-Latn, whose data is uz-Cyrl's transliterated at load, included).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, machine, one_core, table
from corpus import LANGS, W2N_LANG, sentences

import factrecon
from factrecon.lang import SUPPORTED

_WORD_START = re.compile(r"(?:^|(?<=\s))\S")


def _words2num2() -> Callable[[str, str], str] | None:
    try:
        from words2num2 import words2num_sentence
    except ImportError:
        return None
    return words2num_sentence  # type: ignore[no-any-return]


def _icu_kk() -> Callable[[str], list[tuple[int, int, float]]] | None:
    """A sentence scanner on ICU's kk RBNF parser, or None when PyICU is not installed."""
    try:
        import icu
    except ImportError:
        return None
    fmt = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale("kk"))

    def scan(text: str) -> list[tuple[int, int, float]]:
        found = []
        for m in _WORD_START.finditer(text):
            start = m.start()
            if found and start < found[-1][1]:
                continue
            pos = icu.ParsePosition(start)
            value = icu.Formattable()
            fmt.parse(text, value, pos)
            if pos.getIndex() > start:
                found.append((start, pos.getIndex(), value.getDouble()))
        return found

    return scan


def _natasha_money() -> tuple[Callable[[str], object] | None, str]:
    """natasha's money extractor, or None and the reason it is missing."""
    try:
        from natasha import MoneyExtractor, MorphVocab
    except Exception as exc:  # an ImportError, or a pymorphy2 that fails on this Python
        return None, f"natasha not usable: {type(exc).__name__}: {exc}"
    extractor = MoneyExtractor(MorphVocab())
    return (lambda s: list(extractor(s))), ""


def _icu_version() -> str:
    try:
        import icu
    except ImportError:
        return ""
    return f"ICU {icu.ICU_VERSION}, PyICU {icu.VERSION}"


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


# ---------------------------------------------------------------------------
# Cold start, in fresh interpreters

_COLD = r"""
import sys, time, json
sys.path.insert(0, {bench!r})
t0 = time.perf_counter()
import factrecon
from factrecon.lang import SUPPORTED
from factrecon.lang.data import load
t1 = time.perf_counter()
load({lang!r})
t2 = time.perf_counter()
factrecon.find_quantities("Биыл 4,4 млрд теңге бөлінді.", {lang!r})
t3 = time.perf_counter()
print(json.dumps({{"import": t1 - t0, "load": t2 - t1, "first_call": t3 - t2}}))
"""

_COLD_W2N = r"""
import time, json
t0 = time.perf_counter()
from words2num2 import words2num_sentence
t1 = time.perf_counter()
words2num_sentence("екі мың жиырма бес", {lang!r})
t2 = time.perf_counter()
print(json.dumps({{"import": t1 - t0, "first_call": t2 - t1}}))
"""


def _cold(code: str, runs: int) -> dict[str, float]:
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        results.append(json.loads(out))
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


# ---------------------------------------------------------------------------


def _rate(fn: Callable[[str], object], items: list[str], repeat: int) -> dict[str, float]:
    """Time fn over every item: best of *repeat* passes after one warm-up pass."""

    def run() -> None:
        for s in items:
            fn(s)

    run()  # warm-up (caches, first-call set-up), not timed
    seconds = best_of(run, repeat)
    size = sum(len(s.encode("utf-8")) for s in items)
    return {"seconds": seconds, "per_s": len(items) / seconds, "mb_s": size / seconds / 1e6}


def _rates(fns: dict[str, Callable[[str], object]], items: list[str], repeat: int) -> dict[str, dict[str, float]]:
    """:func:`_rate` of several tools on the same items, their passes interleaved (A, B, C, A, B, C, ...).

    The host's neighbours slow a pass now and then; interleaving puts every tool's
    passes at the same moments, so a burst cannot favour one tool's best pass.
    """
    size = sum(len(s.encode("utf-8")) for s in items)
    runs = {name: (lambda fn=fn: [fn(s) for s in items]) for name, fn in fns.items()}
    for run in runs.values():
        run()  # warm-up (caches, first-call set-up), not timed
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            best[name] = min(best[name], best_of(run, 1))
    return {name: {"seconds": t, "per_s": len(items) / t, "mb_s": size / t / 1e6} for name, t in best.items()}


def _long_text(items: list[str], mb: float) -> str:
    paragraphs = [" ".join(items[k : k + 4]) for k in range(0, len(items), 4)]
    one = "\n\n".join(paragraphs)
    copies = max(1, round(mb * 1e6 / len(one.encode("utf-8"))))
    return "\n\n".join([one] * copies)


def _icu_numbers(items: list[str], lang: str) -> list[str]:
    """The number-word phrases factrecon finds in the sentences (to time ICU's parse on numbers alone)."""
    found = (q.text for s in items for q in factrecon.find_quantities(s, lang))
    return [t for t in found if t and t[0].isalpha() and not any(ch.isdigit() for ch in t)]


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sentences", type=int, default=1000, help="sentences per language (default 1000)")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes; the best is kept (default 5)")
    ap.add_argument("--long-mb", type=float, default=2.0, help="size of the long text per language (default 2)")
    ap.add_argument("--cold-runs", type=int, default=5, help="fresh interpreters for the cold start (median)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--lang", action="append", choices=LANGS, help="only these languages (default: all)")
    args = ap.parse_args(argv)

    pinned = one_core()
    w2n = _words2num2()
    icu_scan = _icu_kk()
    natasha, natasha_missing = _natasha_money()
    langs = tuple(args.lang) if args.lang else LANGS
    res: dict[str, Any] = {
        "machine": machine(),
        "pinned": pinned,
        "versions": {"factrecon": factrecon.__dict__.get("__version__", _version("factrecon")),
                     "words2num2": _version("words2num2"), "icu": _icu_version() or "not installed",
                     "natasha": _version("natasha"), "yargy": _version("yargy")},
        "args": vars(args) | {"json": str(args.json) if args.json else None},
        "langs": {},
    }
    print(f"# find_quantities vs peers\n\n{res['machine']}; {pinned}\n")
    print(f"words2num2 {res['versions']['words2num2']}; {res['versions']['icu']}; "
          f"natasha {res['versions']['natasha']} (yargy {res['versions']['yargy']}); "
          f"{args.sentences} sentences per language, best of {args.repeat} after a warm-up pass\n")

    def _detected(s: str, lang: str) -> object:
        # detection as a user without a language tag runs it; a sentence it cannot tell
        # (no telling letter or word) is then read in the language the user would give
        try:
            return factrecon.find_quantities(s)
        except factrecon.UnknownLanguageError:
            return factrecon.find_quantities(s, lang)

    rows = []
    for lang in langs:
        items = sentences(lang, args.sentences)
        words = sum(len(s.split()) for s in items)
        found = sum(len(factrecon.find_quantities(s, lang)) for s in items)
        r: dict[str, Any] = {"sentences": len(items), "words_per_sentence": words / len(items),
                             "quantities": found}
        tools: dict[str, Callable[[str], object]] = {
            "factrecon": lambda s, lang=lang: factrecon.find_quantities(s, lang),
            "factrecon_detect": lambda s, lang=lang: _detected(s, lang),
        }
        if w2n is not None:
            tools["words2num2"] = lambda s, lang=lang: w2n(s, W2N_LANG[lang])
        if icu_scan is not None and lang == "kk":
            tools["icu_scan"] = icu_scan
        if natasha is not None and lang == "ru":
            tools["natasha"] = natasha
        r |= _rates(tools, items, args.repeat)
        if "natasha" in r:
            r["natasha_found"] = sum(len(natasha(s)) for s in items)  # type: ignore[arg-type, misc]
        if icu_scan is not None and lang == "kk":
            r["icu_scan_found"] = sum(len(icu_scan(s)) for s in items)
            numbers = _icu_numbers(items, lang)
            import icu

            fmt = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale("kk"))

            def parse(text: str, fmt: Any = fmt) -> None:
                fmt.parse(text, icu.Formattable(), icu.ParsePosition(0))

            r["icu_parse_numbers"] = _rate(parse, numbers, args.repeat) | {"count": len(numbers)}
        # one long text
        text = _long_text(items, args.long_mb)
        mb = len(text.encode("utf-8")) / 1e6
        factrecon.find_quantities(text[:10_000], lang)
        secs = best_of(lambda text=text, lang=lang: factrecon.find_quantities(text, lang), max(2, args.repeat // 2))
        r["long"] = {"mb": mb, "seconds": secs, "mb_s": mb / secs}
        if w2n is not None:
            secs = best_of(lambda text=text, lang=lang: w2n(text, W2N_LANG[lang]), max(2, args.repeat // 2))
            r["long_words2num2"] = {"mb": mb, "seconds": secs, "mb_s": mb / secs}
        res["langs"][lang] = r

        fr_rate = r["factrecon"]["per_s"]
        rows.append([lang, "factrecon find_quantities", f"{fr_rate:,.0f}", f"{r['factrecon']['mb_s']:.2f}",
                     f"{found / len(items):.2f} quantities/sentence", "1.00"])
        rows.append([lang, "factrecon find_quantities(lang=None)", f"{r['factrecon_detect']['per_s']:,.0f}",
                     f"{r['factrecon_detect']['mb_s']:.2f}", "same, language detected", ""])
        if "words2num2" in r:
            w = r["words2num2"]["per_s"]
            rows.append([lang, "words2num2 words2num_sentence", f"{w:,.0f}", f"{r['words2num2']['mb_s']:.2f}",
                         "rewrites number words only", f"{fr_rate / w:.2f}"])
        else:
            rows.append([lang, "words2num2", "not installed", "", "", ""])
        if "icu_scan" in r:
            i = r["icu_scan"]["per_s"]
            rows.append([lang, "ICU kk RBNF parse at every word start", f"{i:,.0f}", f"{r['icu_scan']['mb_s']:.2f}",
                         f"{r['icu_scan_found'] / len(items):.2f} numbers/sentence (words only)",
                         f"{fr_rate / i:.2f}"])
            p = r["icu_parse_numbers"]
            rows.append([lang, "ICU kk RBNF parse, number phrases alone", f"{p['per_s']:,.0f} phrases/s",
                         f"{p['mb_s']:.2f}", f"{p['count']} phrases from these sentences", ""])
        elif lang == "kk":
            rows.append([lang, "ICU kk RBNF", "PyICU not installed", "", "", ""])
        elif lang == "uz-Cyrl":
            rows.append([lang, "ICU RBNF", "n/a: ICU has no Uzbek spell-out rules", "", "", ""])
        if "natasha" in r:
            n = r["natasha"]["per_s"]
            rows.append([lang, "natasha MoneyExtractor (yargy)", f"{n:,.0f}", f"{r['natasha']['mb_s']:.2f}",
                         f"{r['natasha_found'] / len(items):.2f} amounts of money/sentence", f"{fr_rate / n:.2f}"])
        elif lang == "ru":
            rows.append([lang, "natasha MoneyExtractor", natasha_missing, "", "", ""])

    print(table(["lang", "tool", "sentences/s", "MB/s", "output", "factrecon / tool"], rows))

    print("\n## One long text (MB/s)\n")
    long_rows = []
    for lang, r in res["langs"].items():
        long_rows.append([lang, f"{r['long']['mb']:.1f}", f"{r['long']['seconds']:.2f}", f"{r['long']['mb_s']:.2f}",
                          f"{r['long_words2num2']['mb_s']:.2f}" if "long_words2num2" in r else "n/a"])
    print(table(["lang", "MB", "find_quantities s", "find_quantities MB/s", "words2num2 MB/s"], long_rows))

    print(f"\n## Cold start (fresh interpreter, median of {args.cold_runs})\n")
    bench_dir = str(Path(__file__).resolve().parent)
    cold_rows = []
    # every language folder, a derived one (uz-Latn: its source's data transliterated at load) included
    for lang in SUPPORTED if not args.lang else langs:
        c = _cold(_COLD.format(bench=bench_dir, lang=lang), args.cold_runs)
        res["langs"].setdefault(lang, {})["cold"] = c
        cold_rows.append([lang, "factrecon", f"{c['import'] * 1000:.0f}", f"{c['load'] * 1000:.0f}",
                          f"{c['first_call'] * 1000:.1f}"])
        if w2n is not None and lang in W2N_LANG:
            c = _cold(_COLD_W2N.format(lang=W2N_LANG[lang]), args.cold_runs)
            res["langs"][lang]["cold_words2num2"] = c
            cold_rows.append([lang, "words2num2", f"{c['import'] * 1000:.0f}", "", f"{c['first_call'] * 1000:.1f}"])
    print(table(["lang", "tool", "import ms", "lang.data.load ms (target < 200)", "first call ms"], cold_rows))

    print("\n## Against the target (find_quantities >= 2x words2num2 sentences/s)\n")
    for lang, r in res["langs"].items():
        if "words2num2" in r:
            ratio = r["factrecon"]["per_s"] / r["words2num2"]["per_s"]
            print(f"- {lang}: {ratio:.2f}x ({'meets' if ratio >= 2 else 'BELOW'} the 2x target)")
    if args.json:
        args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False))
    return res


if __name__ == "__main__":
    main()
