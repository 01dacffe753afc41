"""The results store: one SQLite database (WAL mode), one transaction per document.

Tables:

- ``documents``: one row per document with its outcome (``ok`` or ``failed`` with the reason),
  publication date, title and counts;
- ``facts``: the facts of each ``ok`` document;
- ``findings``: findings (``suppressed = 1`` for those silenced by a suppression comment), each
  with the text of its sentence;
- ``verified``: the relations that held;
- ``meta``: the kikfacts version and the configuration the audit ran with.

A document's rows are written in one transaction together with its ``documents`` row, so a run
killed at any moment (even ``kill -9``) leaves only whole documents behind; ``--resume`` checks
the documents that are missing. Primary keys make duplicates impossible.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT
);
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  seq INTEGER,
  source TEXT,
  title TEXT,
  published TEXT,
  published_source TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'failed')),
  reason TEXT,
  bytes INTEGER,
  n_facts INTEGER NOT NULL DEFAULT 0,
  n_findings INTEGER NOT NULL DEFAULT 0,
  n_errors INTEGER NOT NULL DEFAULT 0,
  n_warnings INTEGER NOT NULL DEFAULT 0,
  n_info INTEGER NOT NULL DEFAULT 0,
  n_verified INTEGER NOT NULL DEFAULT 0,
  n_suppressed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS facts (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  fact_id TEXT NOT NULL,
  kind TEXT,
  text TEXT,
  char_start INTEGER,
  char_end INTEGER,
  sentence INTEGER,
  block INTEGER,
  value TEXT,
  unit TEXT,
  qualifier TEXT,
  subject TEXT,
  role TEXT,
  PRIMARY KEY (doc_id, fact_id)
);
CREATE TABLE IF NOT EXISTS findings (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  n INTEGER NOT NULL,
  rule TEXT,
  code TEXT,
  severity TEXT,
  message TEXT,
  char_start INTEGER,
  char_end INTEGER,
  sentence INTEGER,
  sentence_start INTEGER,
  sentence_text TEXT,
  facts TEXT,
  stated TEXT,
  computed TEXT,
  arithmetic TEXT,
  suggestion TEXT,
  suppressed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (doc_id, n)
);
CREATE TABLE IF NOT EXISTS verified (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  n INTEGER NOT NULL,
  rule TEXT,
  code TEXT,
  message TEXT,
  char_start INTEGER,
  char_end INTEGER,
  sentence INTEGER,
  facts TEXT,
  arithmetic TEXT,
  PRIMARY KEY (doc_id, n)
);
CREATE INDEX IF NOT EXISTS findings_rule ON findings(rule);
CREATE INDEX IF NOT EXISTS documents_seq ON documents(seq);
"""

DOC_COLUMNS = ("id", "seq", "source", "title", "published", "published_source", "outcome",
               "reason", "bytes", "n_facts", "n_findings", "n_errors", "n_warnings", "n_info",
               "n_verified", "n_suppressed")
FACT_COLUMNS = ("doc_id", "fact_id", "kind", "text", "char_start", "char_end", "sentence",
                "block", "value", "unit", "qualifier", "subject", "role")
FINDING_COLUMNS = ("doc_id", "n", "rule", "code", "severity", "message", "char_start",
                   "char_end", "sentence", "sentence_start", "sentence_text", "facts", "stated",
                   "computed", "arithmetic", "suggestion", "suppressed")
VERIFIED_COLUMNS = ("doc_id", "n", "rule", "code", "message", "char_start", "char_end",
                    "sentence", "facts", "arithmetic")
TABLES = {"documents": DOC_COLUMNS, "facts": FACT_COLUMNS, "findings": FINDING_COLUMNS,
          "verified": VERIFIED_COLUMNS}
#: Columns holding JSON text (decoded to objects in JSONL exports).
JSON_COLUMNS = {"value", "facts", "stated", "computed"}
#: Order of the rows of each table in exports and comparisons.
ORDER = {"documents": "seq, id", "facts": "doc_id, fact_id", "findings": "doc_id, n",
         "verified": "doc_id, n"}


class StoreError(Exception):
    """A results database that cannot be used (usage error)."""


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _insert(table: str) -> str:
    cols = TABLES[table]
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


class Store:
    """A results database opened for writing (by one process: the audit's parent)."""

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = str(path)
        if not create and not Path(self.path).is_file():
            raise StoreError(f"{self.path}: resultatdatabasen findes ikke")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode: a committed transaction survives the process being killed
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: ikke en kikfacts-resultatdatabase ({exc})") from None
        self._ins = {t: _insert(t) for t in TABLES}

    def close(self) -> None:
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.DatabaseError:
            pass
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- meta ---------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- documents ----------------------------------------------------------------------------
    def count(self, table: str = "documents") -> int:
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def has(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() \
            is not None

    def claim(self, doc_id: str) -> bool:
        """Whether to check this document (always: a duplicate id is dropped when written)."""
        return True

    def write(self, result: dict) -> bool:
        """Write one document's result in one transaction. False if the id is already stored."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            doc = result["document"]
            cur = db.execute(
                _insert("documents").replace("INSERT", "INSERT OR IGNORE", 1),
                tuple(doc.get(c) for c in DOC_COLUMNS),
            )
            if cur.rowcount == 0:
                db.execute("ROLLBACK")
                return False
            if result.get("facts"):
                db.executemany(self._ins["facts"], result["facts"])
            if result.get("findings"):
                db.executemany(self._ins["findings"], result["findings"])
            if result.get("verified"):
                db.executemany(self._ins["verified"], result["verified"])
            db.execute("COMMIT")
            return True
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """Open a results database for reading (export, report).

    A Parquet dataset (``--out-format parquet``) is loaded into an in-memory database."""
    p = Path(path)
    if p.is_dir():
        from .dataset import is_dataset, to_sqlite

        if is_dataset(p):
            return to_sqlite(p)
        raise StoreError(f"{path}: er en mappe, men ikke et kikfacts Parquet-datasæt")
    if not p.is_file():
        raise StoreError(f"{path}: resultatdatabasen findes ikke")
    try:
        db = sqlite3.connect(f"file:{p.resolve()}?mode=ro", uri=True)
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: ikke en kikfacts-resultatdatabase ({exc})") from None
    missing = set(TABLES) - names
    if missing:
        raise StoreError(f"{path}: ikke en kikfacts-resultatdatabase (mangler tabellen "
                         f"{sorted(missing)[0]})")
    return db


def rows(db: sqlite3.Connection, table: str, batch: int = 1000) -> Iterable[tuple]:
    """All rows of a table in a stable order, fetched in batches (flat memory)."""
    cur = db.execute(f"SELECT {', '.join(TABLES[table])} FROM {table} ORDER BY {ORDER[table]}")
    while True:
        chunk = cur.fetchmany(batch)
        if not chunk:
            return
        yield from chunk


def snapshot(path: str | Path) -> dict[str, list[tuple]]:
    """Every table's rows (without the ``seq`` column), for comparing two runs in tests."""
    db = open_readonly(path)
    try:
        out = {}
        for t, cols in TABLES.items():
            keep = [i for i, c in enumerate(cols) if c != "seq"]
            out[t] = [tuple(r[i] for i in keep) for r in rows(db, t)]
            if t == "documents":
                out[t].sort()
        return out
    finally:
        db.close()
