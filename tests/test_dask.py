"""factrecon.dask: the same report as factrecon.reconcile, computed on a 2-worker LocalCluster."""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")
db = pytest.importorskip("dask.bag")

import factrecon  # noqa: E402
from factrecon.dask import expand, reconcile  # noqa: E402
from factrecon.reconcile import Reconciler  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
PATHS = sorted(CORPUS.glob("*.txt"))
Generated = tuple[list[Path], factrecon.Report]  # files and their single-process report


@pytest.fixture(scope="module")
def client() -> Any:
    """Two single-threaded worker processes (issue 7), started once; not the default client."""
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
        distributed.Client(cluster, set_as_default=False) as cl,
    ):
        yield cl


def single(paths: list[Path]) -> factrecon.Report:
    return factrecon.reconcile([factrecon.read_document(p) for p in paths])


def assert_same(got: factrecon.Report, want: factrecon.Report) -> None:
    assert got == want
    assert got.to_json() == want.to_json()


@pytest.fixture(scope="module")
def corpus_report() -> factrecon.Report:
    return single(PATHS)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """200 generated articles (benchmarks/corpus.py), half kk, half uz-Cyrl, as files; and their report."""
    source = ROOT / "benchmarks" / "corpus.py"
    if not source.exists():
        pytest.skip("benchmarks/corpus.py is not in this tree")
    spec = importlib.util.spec_from_file_location("factrecon_bench_corpus", source)
    assert spec is not None
    assert spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    folder = tmp_path_factory.mktemp("generated")
    paths = []
    for k in range(200):
        lang = corpus.LANGS[k % 2]
        day = dt.date(2025, 1, 1) + dt.timedelta(days=k % 300)
        path = folder / f"a{k:04d}-{lang}.txt"
        path.write_text(f"date {day.isoformat()}\n{corpus.article(lang, k)}\n", encoding="utf-8")
        paths.append(path)
    return paths, single(paths)


def test_corpus_from_paths(client: Any, corpus_report: factrecon.Report) -> None:
    assert corpus_report.findings  # a report worth comparing
    assert_same(reconcile(PATHS, client=client), corpus_report)


def test_corpus_from_a_folder_skips_json_that_is_not_a_document(client: Any, corpus_report: factrecon.Report) -> None:
    assert (CORPUS / "expected.json").exists()
    assert expand([CORPUS]) == PATHS
    assert_same(reconcile(str(CORPUS), client=client, npartitions=3), corpus_report)


def test_generated_from_a_bag_of_documents(client: Any, generated: Generated) -> None:
    paths, want = generated
    assert len(want.claims) > 2000
    docs = [factrecon.read_document(p) for p in paths]
    assert_same(reconcile(db.from_sequence(docs, npartitions=7), client=client), want)


def test_generated_shuffled_and_partitioned_otherwise(client: Any, generated: Generated) -> None:
    paths, want = generated
    shuffled = paths[:]
    random.Random(7).shuffle(shuffled)
    assert_same(reconcile(shuffled, client=client, npartitions=5), want)


def test_keep_text_false_is_the_streaming_reconcilers_report(client: Any) -> None:
    rec = Reconciler(keep_text=False)
    for p in PATHS:
        rec.add(factrecon.read_document(p))
    got = reconcile(PATHS, client=client, keep_text=False)
    assert_same(got, rec.report())
    assert all(d.text == "" for d in got.documents)


def test_without_a_client_starts_and_closes_a_local_cluster() -> None:
    with pytest.raises(ValueError, match="No clients found"):
        distributed.default_client()  # the module's client is not the default
    docs = [factrecon.read_document(p) for p in PATHS[:4]]
    assert_same(reconcile(docs), factrecon.reconcile(docs))
    with pytest.raises(ValueError, match="No clients found"):
        distributed.default_client()  # and the one started for the call is gone


def test_empty_input_gives_an_empty_report(client: Any) -> None:
    empty = factrecon.reconcile([])
    assert_same(reconcile([], client=client), empty)
    assert_same(reconcile(db.from_sequence([], npartitions=1), client=client), empty)


def test_duplicate_ids_raise_as_single_process(client: Any) -> None:
    docs = [factrecon.read_document(p) for p in PATHS[:3]]
    docs.append(factrecon.Document(docs[1].text, id=docs[1].id))
    with pytest.raises(factrecon.DuplicateDocumentError) as want:
        factrecon.reconcile(docs)
    with pytest.raises(factrecon.DuplicateDocumentError) as got:
        reconcile(db.from_sequence(docs, npartitions=2), client=client)
    assert str(got.value) == str(want.value)


def test_a_missing_file_raises_what_read_document_raises(client: Any, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(FileNotFoundError) as want:
        factrecon.read_document(missing)
    with pytest.raises(FileNotFoundError) as got:
        reconcile([*PATHS[:2], missing], client=client)
    assert str(got.value) == str(want.value)


def test_an_unreadable_file_raises_the_document_error(client: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"2025 \xff\xfe")
    with pytest.raises(factrecon.DocumentError) as want:
        factrecon.read_document(bad)
    with pytest.raises(factrecon.DocumentError) as got:
        reconcile([bad, *PATHS[:2]], client=client)
    assert type(got.value) is type(want.value)
    assert str(got.value) == str(want.value)
    assert "bad.txt" in str(got.value)


def test_wrong_inputs_raise_input_type_error(client: Any) -> None:
    with pytest.raises(factrecon.InputTypeError, match="int"):
        reconcile([1, 2], client=client)
    with pytest.raises(factrecon.InputTypeError, match="mix"):
        reconcile([PATHS[0], factrecon.read_document(PATHS[1])], client=client)
    with pytest.raises(factrecon.InputTypeError, match="str"):
        reconcile(db.from_sequence(["not a document"], npartitions=1), client=client)


def test_import_without_dask_names_the_extra_and_factrecon_never_imports_dask() -> None:
    code = """
import sys
import factrecon
factrecon.reconcile([factrecon.Document("2025 жылы 5 млн тонна астық жиналды.", id="a")])
assert "dask" not in sys.modules and "distributed" not in sys.modules, "import factrecon imported dask"
sys.modules["dask"] = None  # as if dask were not installed
try:
    import factrecon.dask
except ImportError as exc:
    print(exc)
else:
    raise SystemExit("factrecon.dask imported without dask")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert "pip install 'factrecon[dask]'" in out.stdout


def test_a_bad_partition_count_is_refused_before_any_work(client: Any) -> None:
    with pytest.raises(factrecon.InputTypeError, match="npartitions must be an int"):
        reconcile(PATHS, client=client, npartitions="2")
    with pytest.raises(ValueError, match="at least 1"):
        reconcile(PATHS, client=client, npartitions=0)
