#!/usr/bin/env python3
"""Write docs/reference/forms-tables.md and languages-table.md from the language data.

forms-tables.md lists every form factrecon reads, per language; languages-table.md
lists the languages (one row per folder of lang/data).

    python scripts/gen_forms_doc.py            # rewrite the page
    python scripts/gen_forms_doc.py --check    # exit 1 if the committed page is stale

The tables list stems and suffix families, not every inflected surface (the
loader expands stems x suffix chains into tens of thousands of forms).
tests/test_docs_forms.py checks the committed page is current.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factrecon.lang.registry import has_file, language, languages, read_lang, tags

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "reference" / "forms-tables.md"
LANGUAGES_OUT = ROOT / "docs" / "reference" / "languages-table.md"


def _cell(words: object) -> str:
    if isinstance(words, dict):
        return ", ".join(f"`{k}` = {v}" for k, v in words.items())
    if isinstance(words, list | tuple):
        return ", ".join(f"`{w}`" for w in words) or "—"
    return f"`{words}`"


def _rows(data: dict) -> list[tuple[str, str]]:
    numbers = data["numbers"]
    rows = [
        ("digit words (0-9, and one-word teens where a language has them)", _cell(numbers["units"])),
        ("tens", _cell(numbers["tens"])),
        ("hundred", _cell(numbers["hundred"])),
        ("scale words", _cell(numbers["scales"])),
        ("abbreviations (with or without a dot)", _cell(numbers["abbreviations"])),
        ("halves and quarters", _cell(numbers["fractions"])),
        ("half of a scale in one word (= the scale it halves)", _cell(numbers.get("halves", {}))),
        ("decimal point word", _cell(numbers["decimal"]["point"])),
        ("decimal denominators", _cell(numbers["decimal"]["denominators"])),
        ("vague (tens/thousands of)", _cell(numbers["vague"])),
        ("several", _cell(numbers["several"]["words"])),
        ("not numbers alone (homographs; after a number word they go on with it)",
         _cell(numbers["homographs"]["words"])),
        ("never numbers, even after a number word", _cell(numbers["homographs"].get("never", []))),
        ("ordinal suffixes on words", _cell(data["ordinals"]["word_suffixes"])),
        ("ordinal suffixes on digits", _cell(data["ordinals"]["digit_suffixes"])),
        ("ordinal stems (where they change)", _cell(data["ordinals"].get("stem_changes", {}))),
        ("ordinals in one word: counts", _cell(data["ordinals"].get("compounds", {}).get("counts", {}))),
        ("ordinals in one word: scale stems", _cell(data["ordinals"].get("compounds", {}).get("scales", {}))),
        ("collectives", _cell({k: v for k, v in data["collectives"].items() if k != "digit_suffixes"})),
    ]
    for family, forms in data["suffixes"].items():
        if family != "chains":
            rows.append((f"suffix family `{family}`", _cell(forms)))
    rows.append(("suffixes written apart", _cell(data["suffixes"]["chains"].get("spaced", []))))
    for phrase, bound in data["qualifiers"]["before"].items():
        rows.append((f"qualifier before: {bound}", f"`{phrase}`"))
    for phrase, spec in data["qualifiers"]["after"].items():
        case = "" if spec["case"] == "any" else f" (after the {spec['case']} case)"
        rows.append((f"qualifier after: {spec['bound']}", f"`{phrase}`{case}"))
    rows.append(("change verbs (stems)", _cell(data["change"]["verb_stems"])))
    rows.append(("N times", _cell(data["change"]["times"])))
    if "prepositions" in data["change"]:
        rows.append(("change prepositions (before the figure)", _cell(data["change"]["prepositions"])))
    if "levels" in data["change"]:
        rows.append(("qualifiers that close a change (a level, not a bound)", _cell(data["change"]["levels"])))
    if "multiplicatives" in data["change"]:
        rows.append(("N times in one word", _cell(data["change"]["multiplicatives"])))
    for unit, stems in data["units"].items():
        if unit not in ("symbols", "prefixes"):
            rows.append((f"unit `{unit}`", _cell(stems)))
    rows.append(("symbols", _cell(data["units"]["symbols"])))
    return rows


def _structure_rows(data: dict) -> list[tuple[str, str]]:
    """The rows of lang/data/<tag>/structure.toml: page structure, written units, shares, rates, furniture."""
    units = data.get("units", {})
    rows = [
        ("units written in several marks", _cell(units.get("written", {}))),
        ("per hectare (tonnes after it are a yield)", _cell(units.get("per_hectare", {}).get("words", []))),
        ("currency subunits", _cell({k: f"1/{v['per']} of {', '.join(v['units'])}"
                                     for k, v in units.get("subunits", {}).items()})),
        ("limit reached: verb stems", _cell(data.get("limit", {}).get("reached_stems", []))),
        ("limit reached: endings after the stem", _cell(data.get("limit", {}).get("reached_endings", []))),
        ("shares: half", _cell(list(data.get("shares", {}).get("half", {})))),
        ("shares: part words", _cell(list(data.get("shares", {}).get("parts", {})))),
        ("rates: bases", _cell([str(b) for b in data.get("rates", {}).get("bases", [])])),
        ("rates: words after the base's noun", _cell(data.get("rates", {}).get("after", []))),
        ("rates: 'every' before the base", _cell(data.get("rates", {}).get("each", []))),
        ("conjunctions between coordinated figures", _cell(data.get("conjunctions", []))),
        ("comparison base endings", _cell(data.get("comparison", {}).get("base_endings", []))),
        ("a difference after a comparison base", _cell(data.get("comparison", {}).get("difference", []))),
        ("year abbreviations", _cell(data.get("dates", {}).get("year_abbreviations", []))),
        ("furniture: counter labels", _cell(data.get("furniture", {}).get("labels", []))),
        ("furniture: phrases after a counter", _cell(data.get("furniture", {}).get("after", []))),
    ]
    for stem, spec in data.get("nouns", {}).items():
        after = ", ".join(f"`{w}`" for w in spec.get("after", []))
        ordinal = " or an ordinal" if spec.get("after_ordinal") else ""
        rows.append((f"number word that is a noun: `{stem}`", f"after {after}{ordinal}"))
    return rows


def _escape(cell: str) -> str:
    """A pipe inside a table cell would end the cell."""
    return cell.replace("|", "\\|")


def render() -> str:
    lines = [
        "<!-- GENERATED by scripts/gen_forms_doc.py from src/factrecon/lang/data; do not edit. -->",
        "",
    ]
    for tag in tags():  # every language folder; a derived one shows its data as it is read (transliterated)
        data = read_lang(tag, "numbers")
        lines += [f"## {language(tag).name} (`{tag}`)", "", "| form | what the data lists |", "|---|---|"]
        lines += [f"| {kind} | {_escape(cell)} |" for kind, cell in _rows(data)]
        if has_file(tag, "structure"):
            lines += [f"| {kind} | {_escape(cell)} |" for kind, cell in _structure_rows(read_lang(tag, "structure"))]
        lines.append("")
    return "\n".join(lines)


_SCRIPTS = {"Cyrl": "Cyrillic", "Latn": "Latin"}


def render_languages() -> str:
    """The table of docs/reference/languages.md: every language folder, from its language.toml."""
    lines = [
        "<!-- GENERATED by scripts/gen_forms_doc.py from src/factrecon/lang/data/*/language.toml; do not edit. -->",
        "",
        "| tag | language | script | also accepted | written from |",
        "|---|---|---|---|---|",
    ]
    for lang in languages():
        aliases = ", ".join(f"`{a}`" for a in lang.aliases) or "—"
        source = f"`{lang.derive_from}`, transliterated" if lang.derive_from else "its own data"
        script = _SCRIPTS.get(lang.script, lang.script)
        lines.append(f"| `{lang.tag}` | {lang.name} | {script} | {aliases} | {source} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = False
    for out, text in ((OUT, render()), (LANGUAGES_OUT, render_languages())):
        if args.check:
            current = out.read_text(encoding="utf-8") if out.exists() else ""
            if current != text:
                print(f"stale: {out}; run python scripts/gen_forms_doc.py", file=sys.stderr)
                stale = True
            continue
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
