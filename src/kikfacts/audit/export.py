"""Export a results database as CSV, JSON Lines or Parquet: one file per table, streamed.

Parquet goes through pyarrow (``ParquetWriter``, one row group per batch), so memory stays flat
however many rows a table has. Rows come out in a stable order (``documents`` by source order,
the others by document id and number).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from .store import JSON_COLUMNS, TABLES, StoreError, open_readonly, rows

FORMATS = ("csv", "jsonl", "parquet")
BATCH = 5000

_INT = {"seq", "bytes", "n_facts", "n_findings", "n_errors", "n_warnings", "n_info",
        "n_verified", "n_suppressed", "char_start", "char_end", "sentence", "block", "n",
        "sentence_start", "suppressed"}


def default_dir(results: str) -> Path:
    p = Path(results)
    return p.with_name(p.stem + "-export")


def export(results: str, fmt: str, out_dir: str | Path | None = None,
           tables: list[str] | None = None) -> list[Path]:
    """Write the tables of ``results`` into ``out_dir``; returns the files written."""
    if fmt not in FORMATS:
        raise StoreError(f"ukendt format '{fmt}' (brug {', '.join(FORMATS)})")
    tables = tables or list(TABLES)
    for t in tables:
        if t not in TABLES:
            raise StoreError(f"ukendt tabel '{t}' (brug {', '.join(TABLES)})")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise StoreError("Parquet kræver pakken pyarrow (pip install 'kikfacts[audit]')") \
                from None
    db = open_readonly(results)
    out = Path(out_dir) if out_dir else default_dir(results)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{out}: kan ikke oprettes ({exc.strerror})") from None
    written = []
    try:
        for t in tables:
            path = out / f"{t}.{fmt}"
            tmp = path.with_name(path.name + ".tmp")
            {"csv": _csv, "jsonl": _jsonl, "parquet": _parquet}[fmt](db, t, tmp)
            tmp.replace(path)
            written.append(path)
    finally:
        db.close()
    return written


def _csv(db, table: str, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(TABLES[table])
        for r in rows(db, table, BATCH):
            w.writerow(["" if v is None else v for v in r])


def _jsonl(db, table: str, path: Path) -> None:
    cols = TABLES[table]
    js = [c in JSON_COLUMNS for c in cols]
    with path.open("w", encoding="utf-8") as fh:
        for r in rows(db, table, BATCH):
            d = {c: (json.loads(v) if j and v is not None else v) for c, v, j in zip(cols, r, js)}
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


def arrow_schema(table: str):
    import pyarrow as pa

    return pa.schema([(c, pa.int64() if c in _INT else pa.string()) for c in TABLES[table]])


def _parquet(db, table: str, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    cols = TABLES[table]
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        batch: list[tuple] = []

        def flush() -> None:
            arrays = [pa.array([r[i] for r in batch], type=schema.field(i).type)
                      for i in range(len(cols))]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))

        for r in rows(db, table, BATCH):
            batch.append(r)
            if len(batch) >= BATCH:
                flush()
                batch = []
        if batch:
            flush()
