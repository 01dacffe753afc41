"""Results as a Parquet dataset (``--out-format parquet``), instead of a SQLite database.

The dataset is a folder with one sub-folder per table, the same tables and columns as the SQLite
store (:data:`kikfacts.audit.store.TABLES`)::

    RESULTS/_meta.json                       kikfacts version, configuration, sources
    RESULTS/documents/part-000000001-1a2b3c4d.parquet
    RESULTS/facts/part-000000001-1a2b3c4d.parquet
    RESULTS/findings/part-000000001-1a2b3c4d.parquet
    RESULTS/verified/part-000000001-1a2b3c4d.parquet
    ...

Results are gathered by the process running the audit (from its own checks, its pool's workers
or a Dask cluster's) and written as one *partition* every ``partition_docs`` documents: one
file per table, all four with the same name (the source position of its first document and a
random token). Each file is written under a temporary name and renamed; the ``documents`` file
comes last, so a partition exists exactly when its ``documents`` file does. A run killed at any
moment leaves whole partitions and, at worst, files of an unfinished one, which the next
``--resume`` deletes; documents not yet in a partition are checked again. Read the dataset with
``pyarrow.dataset.dataset("RESULTS/findings")``, DuckDB (``read_parquet('RESULTS/findings/*.parquet')``)
or pandas; ``kikfacts audit report`` and ``export`` read it too.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from pathlib import Path
from typing import Any

from .store import DOC_COLUMNS, TABLES, StoreError

META = "_meta.json"
#: Tables in the order their files are written: ``documents`` last (it completes a partition).
WRITE_ORDER = ("facts", "findings", "verified", "documents")
DEFAULT_PARTITION_DOCS = 1000


def is_dataset(path: str | Path) -> bool:
    p = Path(path)
    return p.is_dir() and (p / META).is_file()


def _pa():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("Parquet kræver pakken pyarrow (pip install 'kikfacts[audit]')") \
            from None
    return pa, pq


def _part_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []


class ParquetStore:
    """A Parquet dataset opened for writing (by one process: the audit's parent)."""

    def __init__(self, path: str | Path, partition_docs: int = DEFAULT_PARTITION_DOCS):
        _pa()
        self.path = Path(path)
        self.partition_docs = max(1, partition_docs)
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: er en fil; med --out-format parquet er --out en mappe")
        try:
            for t in TABLES:
                (self.path / t).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: kan ikke oprettes ({exc.strerror})") from None
        self._clean()
        #: Ids of the documents in the dataset's partitions (resume skips them).
        self.stored: set[str] = set(self._stored_ids())
        #: Ids sent for checking in this run (a second document with one of them is a duplicate).
        self.claimed: set[str] = set()
        self.buffer: list[dict] = []
        self.partitions = 0

    # -- opening --------------------------------------------------------------------------------
    def _clean(self) -> None:
        """Delete what a killed run left half-written: temporary files, and the files of
        partitions whose ``documents`` file was never written."""
        done = {p.name for p in _part_files(self.path / "documents")}
        for t in TABLES:
            folder = self.path / t
            for p in folder.glob("*.tmp"):
                p.unlink(missing_ok=True)
            if t != "documents":
                for p in _part_files(folder):
                    if p.name not in done:
                        p.unlink(missing_ok=True)

    def _stored_ids(self) -> list[str]:
        _, pq = _pa()
        ids: list[str] = []
        for p in _part_files(self.path / "documents"):
            try:
                ids.extend(pq.read_table(p, columns=["id"]).column("id").to_pylist())
            except Exception as exc:  # noqa: BLE001 - a damaged file: name it, one line
                raise StoreError(f"{p}: ikke en læsbar Parquet-fil ({exc})") from None
        return ids

    # -- the Store interface used by the runner -------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        return self._meta().get(key)

    def set_meta(self, key: str, value: str) -> None:
        meta = self._meta()
        meta[key] = value
        tmp = self.path / (META + ".tmp")
        tmp.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path / META)

    def _meta(self) -> dict[str, Any]:
        try:
            return json.loads((self.path / META).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except ValueError:
            raise StoreError(f"{self.path / META}: ugyldig JSON") from None

    def count(self, table: str = "documents") -> int:
        if table == "documents":
            return len(self.stored)
        _, pq = _pa()
        return sum(pq.ParquetFile(p).metadata.num_rows for p in _part_files(self.path / table))

    def has(self, doc_id: str) -> bool:
        return doc_id in self.stored

    def claim(self, doc_id: str) -> bool:
        """False when the id was already sent for checking in this run (a duplicate)."""
        if doc_id in self.claimed or doc_id in self.stored:
            return False
        self.claimed.add(doc_id)
        return True

    def write(self, result: dict) -> bool:
        self.buffer.append(result)
        if len(self.buffer) >= self.partition_docs:
            self.flush()
        return True

    def flush(self) -> None:
        """Write the buffered documents as one partition."""
        if not self.buffer:
            return
        pa, pq = _pa()
        from .export import arrow_schema

        results, self.buffer = self.buffer, []
        name = f"part-{results[0]['document']['seq']:09d}-{uuid.uuid4().hex[:8]}.parquet"
        rows: dict[str, list[tuple]] = {
            "documents": [tuple(r["document"].get(c) for c in DOC_COLUMNS) for r in results],
            "facts": [row for r in results for row in r.get("facts") or ()],
            "findings": [row for r in results for row in r.get("findings") or ()],
            "verified": [row for r in results for row in r.get("verified") or ()],
        }
        for t in WRITE_ORDER:
            schema = arrow_schema(t)
            cols = list(zip(*rows[t])) if rows[t] else [()] * len(schema)
            table = pa.Table.from_arrays(
                [pa.array(list(c), type=schema.field(i).type) for i, c in enumerate(cols)],
                schema=schema)
            final = self.path / t / name
            tmp = final.with_name(name + ".tmp")
            pq.write_table(table, tmp, compression="zstd")
            os.replace(tmp, final)
        self.stored.update(r["document"]["id"] for r in results)
        self.partitions += 1

    def close(self) -> None:
        self.flush()

    def __enter__(self) -> "ParquetStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_dataset(path: str | Path, *, resume: bool, overwrite: bool, config_sig: str,
                 version: str, sources: list[str],
                 partition_docs: int = DEFAULT_PARTITION_DOCS) -> ParquetStore:
    """Open (or create) a results dataset, refusing to mix runs by mistake (as for SQLite)."""
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise StoreError(f"{path}: er en fil; med --out-format parquet er --out en mappe")
    nonempty = p.is_dir() and any(p.iterdir())
    if nonempty and not is_dataset(p) and not all((p / t).is_dir() for t in TABLES):
        raise StoreError(f"{path}: mappen findes og er ikke et kikfacts-datasæt; vælg en ny "
                         "eller tom mappe")
    if nonempty and overwrite and not resume:
        for t in TABLES:
            shutil.rmtree(p / t, ignore_errors=True)
        (p / META).unlink(missing_ok=True)
        nonempty = False
    store = ParquetStore(p, partition_docs)
    if nonempty:
        if not resume:
            n = store.count()
            raise StoreError(f"{path}: findes allerede ({n} dokumenter); brug --resume for at "
                             "fortsætte eller --overwrite for at starte forfra")
        old = store.get_meta("config")
        if old is not None and old != config_sig:
            raise StoreError(f"{path}: blev kørt med en anden konfiguration (regler, sprog "
                             "eller indstillinger); brug samme konfiguration eller --overwrite")
    if store.get_meta("config") is None:
        store.set_meta("config", config_sig)
        store.set_meta("kikfacts", version)
        store.set_meta("created", time.strftime("%Y-%m-%dT%H:%M:%S"))
        store.set_meta("format", "parquet")
    store.set_meta("sources", json.dumps(sources, ensure_ascii=False))
    return store


def read_rows(path: str | Path, table: str) -> list[tuple]:
    """All rows of a table of a dataset, in the store's order (see ``store.ORDER``)."""
    _, pq = _pa()
    cols = TABLES[table]
    out: list[tuple] = []
    for p in _part_files(Path(path) / table):
        t = pq.read_table(p, columns=list(cols))
        out.extend(zip(*(t.column(c).to_pylist() for c in cols)))
    if table == "documents":
        out.sort(key=lambda r: (r[1], r[0]))  # seq, id
    else:
        out.sort(key=lambda r: (r[0], r[1]))  # doc_id, fact id or number
    return out


def snapshot_dataset(path: str | Path) -> dict[str, list[tuple]]:
    """Like :func:`kikfacts.audit.store.snapshot`, for a dataset (to compare the two in tests)."""
    if not is_dataset(path):
        raise StoreError(f"{path}: ikke et kikfacts Parquet-datasæt")
    out = {}
    for t, cols in TABLES.items():
        keep = [i for i, c in enumerate(cols) if c != "seq"]
        out[t] = [tuple(r[i] for i in keep) for r in read_rows(path, t)]
        if t == "documents":
            out[t].sort()
    return out


def to_sqlite(path: str | Path):
    """The dataset loaded into an in-memory SQLite database with the store's schema (for
    ``report`` and ``export``; it holds the whole dataset in memory)."""
    import sqlite3

    from .store import SCHEMA, _insert

    if not is_dataset(path):
        raise StoreError(f"{path}: ikke et kikfacts Parquet-datasæt")
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    for t in TABLES:
        db.executemany(_insert(t), read_rows(path, t))
    for k, v in json.loads((Path(path) / META).read_text(encoding="utf-8")).items():
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (k, v))
    db.commit()
    return db
