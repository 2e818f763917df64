"""Reconcile documents on a Dask cluster: the same report as :func:`factrecon.reconcile`, on several cores or machines.

Install the extra first: ``pip install 'factrecon[dask]'`` (dask and distributed).

>>> from factrecon.dask import reconcile          # doctest: +SKIP
>>> report = reconcile(["examples/corpus"])       # doctest: +SKIP

The work is split along the seams of :mod:`factrecon.reconcile`:

1. **per document**, on the workers: each file is read (or each Document of a
   bag taken) and :func:`~factrecon.reconcile.document_part` extracts its claims
   and computes what needs that document alone (its statements, arithmetic
   checks, sentences). The parts stay on the workers.
2. the document ids come back to the client as soon as they are known, and it
   checks that they are unique (:class:`~factrecon.DuplicateDocumentError`, as
   single-process) while the workers go on to step 3.
3. **per block**, on the workers: each partition gathers its statements by
   block key (measure, unit, kind, change), one list per key; these lists are
   shuffled so that each block meets on one worker (statements travel once),
   and :func:`~factrecon.reconcile.reconcile_block` clusters it.
4. the parts (without their statements), the documents and the blocks' facts
   come back to the client, and :func:`~factrecon.reconcile.build_report` merges them.

Every id and every order in a report is derived from content, so the report is
equal (``==``, and the same ``to_json()``) to
``factrecon.reconcile([factrecon.read_document(p) for p in paths])``, however
the input is partitioned and whichever worker did what.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

try:
    import dask.bag as db
    import distributed
except ImportError as exc:  # pragma: no cover - exercised in a subprocess by tests/test_dask.py
    raise ImportError(
        f"factrecon.dask needs dask and distributed ({exc}); install them with: pip install 'factrecon[dask]'"
    ) from exc

from factrecon.cluster import BlockKey, Statement
from factrecon.copies import find_copies
from factrecon.document import Document, is_document_json, read_document
from factrecon.errors import DuplicateDocumentError, InputTypeError
from factrecon.model import Fact, Finding
from factrecon.reconcile import DocPart, build_report, document_part, reconcile_block
from factrecon.report import DocumentInfo, Report

__all__ = ["expand", "reconcile"]

#: Partitions per worker thread when the input is a list of paths: enough for the
#: scheduler to balance uneven documents, few enough that the block shuffle stays small.
PARTITIONS_PER_THREAD = 4

_Part = tuple[DocPart, "DocumentInfo"]
_Result = list[tuple["Fact", "Finding | None"]]


def reconcile(
    source: Any,
    *,
    client: distributed.Client | None = None,
    npartitions: int | None = None,
    keep_text: bool = True,
) -> Report:
    """Reconcile documents on a Dask cluster; the report equals :func:`factrecon.reconcile`'s on the same documents.

    *source* is a :class:`dask.bag.Bag` of :class:`~factrecon.Document`, or paths
    (``str`` or ``os.PathLike``; one path or an iterable of them, a folder standing
    for its documents as in :func:`expand`), which the workers read with
    :func:`~factrecon.read_document`, or an iterable of Documents.

    *client*: the :class:`distributed.Client` to run on. Without one, the current
    default client is used; if there is none, a :class:`distributed.LocalCluster`
    (one single-threaded worker process per available core) is started for this
    call and closed afterwards.

    *npartitions*: how many partitions the documents are split into (default: a
    bag keeps its own; paths and Documents get four per worker thread). It must
    be an int (else :class:`~factrecon.InputTypeError`) of at least 1 (else
    :class:`ValueError`).

    *keep_text*: as for :class:`~factrecon.Reconciler`; ``False`` leaves the
    texts out of the report's documents.

    Errors are those of the single-process path, raised here (not wrapped): a file
    that cannot be read raises what :func:`~factrecon.read_document` raises
    (:class:`FileNotFoundError`, :class:`~factrecon.DocumentError`), two documents
    with one id raise :class:`~factrecon.DuplicateDocumentError`, and an item that
    is neither a path nor a Document raises :class:`~factrecon.InputTypeError`.
    An empty input gives an empty report.
    """
    if npartitions is not None and (not isinstance(npartitions, int) or isinstance(npartitions, bool)):
        raise InputTypeError(f"npartitions must be an int, not {type(npartitions).__name__}")
    if npartitions is not None and npartitions < 1:
        raise ValueError(f"npartitions must be at least 1, not {npartitions}")
    items: list[Any] | None = None
    if not isinstance(source, db.Bag):
        items = _items(source)
        if not items:
            return build_report([], [], [])
    with _client(client) as cl:
        if items is None:
            bag = source if npartitions is None else source.repartition(npartitions)
            parts = bag.map(_document_part, keep_text=keep_text)
        else:
            n = npartitions or PARTITIONS_PER_THREAD * sum(cl.nthreads().values())
            bag = db.from_sequence(items, npartitions=max(1, min(n, len(items))))
            parts = bag.map(_read_part, keep_text=keep_text)
        return _run(cl, parts)


def expand(paths: Any) -> list[Any]:
    """The documents that *paths* stand for, in the order given: a folder stands for its ``.txt`` files
    and its ``.json`` documents (sorted by name; JSON files that are not documents, such as an
    ``expected.json``, are skipped; a ``.json`` that does not parse raises
    :class:`~factrecon.DocumentError` naming it), as ``factrecon check`` reads folders. Other paths are kept
    as given, so that reading them raises what :func:`~factrecon.read_document` raises.
    """
    out: list[Any] = []
    for path in [paths] if isinstance(paths, str | os.PathLike) else paths:
        if not isinstance(path, str | os.PathLike):
            raise InputTypeError(f"a path must be str or os.PathLike, not {type(path).__name__}")
        folder = Path(path)
        if not folder.is_dir():
            out.append(path)
            continue
        out.extend(child for child in sorted(folder.iterdir()) if _is_document_file(child))
    return out


def _items(source: Any) -> list[Any]:
    """Paths (folders expanded) or Documents, as a list; never both."""
    if isinstance(source, str | os.PathLike):
        return expand(source)
    if not isinstance(source, Iterable) or isinstance(source, bytes):
        raise InputTypeError(f"reconcile() takes a dask Bag of Documents or paths, not {type(source).__name__}")
    items = list(source)
    docs = [isinstance(item, Document) for item in items]
    if all(docs):
        return items
    if any(docs):
        raise InputTypeError("reconcile() takes paths or Documents, not a mix of both")
    return expand(items)


def _is_document_file(path: Path) -> bool:
    if not path.is_file() or path.suffix not in (".txt", ".json"):
        return False
    return path.suffix == ".txt" or is_document_json(path)


@contextlib.contextmanager
def _client(client: distributed.Client | None) -> Iterator[distributed.Client]:
    """*client*, else the default client, else a LocalCluster of its own, closed on leaving."""
    if client is None:
        with contextlib.suppress(ValueError):  # ValueError: no client has been started
            client = distributed.default_client()
    if client is not None:
        yield client
        return
    with (
        distributed.LocalCluster(
            n_workers=_cores(), threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as own,
    ):
        yield own


def _cores() -> int:
    """The cores this process may run on: extraction is pure Python, so one worker process each."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _run(client: distributed.Client, parts: db.Bag) -> Report:
    """One graph: the ids, the parts without statements and the blocks' facts, computed from the same parts."""
    grouped = parts.map_partitions(_blocks).groupby(_key, shuffle="tasks")
    blocks = grouped.map(_reconcile_group).flatten()
    futures = client.compute([parts.map(_doc_id), parts.map(_without_statements), blocks])
    try:
        # the ids arrive first (a reading error is raised here); the blocks go on being reconciled meanwhile
        _check_ids(futures[0].result())
        slim, results = client.gather(futures[1:])
    finally:
        for future in futures:  # on an error, stop what is left at once (a traceback would keep them alive)
            future.release()
    copies = find_copies((p.doc_id, p.fingerprint) for p, _ in slim)
    if copies:
        # republished documents are one source with their originals: the blocks again, knowing them
        again = client.compute(grouped.map(_reconcile_group, copies=copies).flatten())
        try:
            results = again.result()
        finally:
            again.release()
    return build_report([p for p, _ in slim], [info for _, info in slim], results, copies)


def _check_ids(ids: Iterable[str]) -> None:
    """The single-process check, in input order: the first id seen twice."""
    seen: set[str] = set()
    for doc_id in ids:
        if doc_id in seen:
            raise DuplicateDocumentError.for_id(doc_id)
        seen.add(doc_id)


# --------------------------------------------------------------------------- on the workers


def _document_part(doc: Any, keep_text: bool) -> _Part:
    if not isinstance(doc, Document):
        raise InputTypeError(f"a bag given to factrecon.dask.reconcile holds Documents, not {type(doc).__name__}")
    return document_part(doc, keep_text=keep_text)


def _read_part(path: Any, keep_text: bool) -> _Part:
    if isinstance(path, Document):
        return document_part(path, keep_text=keep_text)
    return document_part(read_document(path), keep_text=keep_text)


def _doc_id(item: _Part) -> str:
    return item[0].doc_id


def _without_statements(item: _Part) -> _Part:
    """A part as the client needs it: its statements travel once, to their block, not back."""
    part, info = item
    return attrs.evolve(part, statements=()), info


def _blocks(partition: Iterable[_Part]) -> list[tuple[BlockKey, list[Statement]]]:
    """A partition's statements gathered by block key: the shuffle then moves one list per key, not each statement."""
    by_key: dict[BlockKey, list[Statement]] = {}
    for part, _ in partition:
        for st in part.statements:
            by_key.setdefault(st.key, []).append(st)
    return list(by_key.items())


def _key(item: tuple[BlockKey, list[Statement]]) -> BlockKey:
    return item[0]


def _reconcile_group(
    group: tuple[BlockKey, list[tuple[BlockKey, list[Statement]]]], copies: Mapping[str, str] | None = None
) -> _Result:
    """One block, from the lists its partitions sent (*copies*: :func:`~factrecon.reconcile.find_copies`)."""
    _, lists = group
    return reconcile_block([st for _, sts in lists for st in sts], copies)
