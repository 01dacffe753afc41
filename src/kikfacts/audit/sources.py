"""Document sources for an audit, streamed one document at a time.

A source is a folder (searched recursively for .txt/.md/.html/.docx), a single document file, a
JSON Lines file or a CSV file with a text column (and optional id, date and title columns), or a
.zip archive whose members are any of these. Nothing is read ahead: an archive of any size is
walked with flat memory, and a document's bytes are only read when :meth:`Pending.load` is
called (so ``--resume`` skips stored documents without reading them).

Every document has a stable id, the same on every run over the same arguments:

- a file: its path as found (``archive/2019/a.txt``);
- a JSONL/CSV record: ``FILE#ID`` with the id column's value, or ``FILE#line N`` / ``FILE#row N``
  when there is no id column;
- a zip member: ``ARCHIVE!MEMBER`` (and ``ARCHIVE!MEMBER#ID`` for records inside a member).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import json
import os
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

TEXT_EXT = {".txt", ".md", ".markdown", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
DOCX_EXT = {".docx"}
DOC_EXT = TEXT_EXT | HTML_EXT | DOCX_EXT
JSONL_EXT = {".jsonl", ".ndjson"}
CSV_EXT = {".csv", ".tsv"}
ZIP_EXT = {".zip"}
#: Largest document checked, in bytes (UTF-8); a longer one is recorded as failed.
DEFAULT_MAX_BYTES = 1_000_000
#: Longest time one document may take, in seconds (``--doc-timeout``): a press release takes
#: milliseconds, a document of DEFAULT_MAX_BYTES a few seconds.
DEFAULT_DOC_TIMEOUT = 60.0


class SourceError(Exception):
    """A SOURCE argument that cannot be audited at all (usage error, exit 2)."""


@dataclass
class Columns:
    """Column names for JSONL and CSV sources."""

    text: str = "text"
    id: str | None = "id"
    date: str | None = "date"
    title: str | None = "title"
    #: True when the user named the id column (then a missing column is an error, not a fallback).
    explicit_id: bool = False


@dataclass
class Item:
    """One document, ready to be checked by a worker (picklable, no open handles)."""

    id: str
    source: str
    seq: int
    fmt: str = "text"  # text | html | docx
    data: bytes | None = None
    title: str | None = None
    published: str | None = None
    #: Set when the document is known to have failed before checking (too long, unreadable...).
    error: str | None = None


@dataclass
class Pending:
    """A document found in a source; ``load()`` reads it (only when it is not yet stored)."""

    id: str
    source: str
    fmt: str
    size: int | None
    loader: Callable[[], bytes] | None = None
    title: str | None = None
    published: str | None = None
    error: str | None = None
    extra: dict = field(default_factory=dict)

    def load(self, seq: int, max_bytes: int) -> Item:
        item = Item(self.id, self.source, seq, self.fmt, None, self.title, self.published,
                    self.error)
        if item.error:
            return item
        if self.size is not None and self.size > max_bytes:
            item.error = f"{self.id}: dokumentet er for langt ({self.size} bytes; grænsen er {max_bytes})"
            return item
        try:
            data = self.loader() if self.loader else b""
        except (OSError, zipfile.BadZipFile, RuntimeError, EOFError) as exc:
            item.error = f"{self.id}: kan ikke læses: {getattr(exc, 'strerror', None) or exc}"
            return item
        if len(data) > max_bytes:
            item.error = f"{self.id}: dokumentet er for langt ({len(data)} bytes; grænsen er {max_bytes})"
            return item
        item.data = data
        return item


def _fmt(name: str) -> str:
    ext = os.path.splitext(name)[1].lower()
    if ext in HTML_EXT:
        return "html"
    if ext in DOCX_EXT:
        return "docx"
    return "text"


def _ext(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def parse_date(value) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from a date column's value, or None."""
    if value is None:
        return None
    s = str(value).strip()[:10]
    try:
        return dt.date.fromisoformat(s).isoformat()
    except ValueError:
        return None


def check_sources(paths: list[str]) -> None:
    """Refuse SOURCE arguments that do not exist or are of an unknown kind (before any work)."""
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise SourceError(f"{p}: kilden findes ikke")
        if path.is_dir():
            continue
        if _ext(p) not in DOC_EXT | JSONL_EXT | CSV_EXT | ZIP_EXT:
            raise SourceError(
                f"{p}: ukendt kildetype (brug en mappe, .txt/.md/.html/.docx, .jsonl, .csv eller .zip)"
            )


def _walk(root: str) -> Iterator[str]:
    """Files under ``root``, recursively, in a stable (sorted) order, without listing all first."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        if e.is_dir(follow_symlinks=False):
            yield from _walk(e.path)
        elif e.is_file():
            yield e.path


def iter_pending(paths: list[str], columns: Columns | None = None) -> Iterator[Pending]:
    """Every document of the SOURCE arguments, in a stable order."""
    columns = columns or Columns()
    for p in paths:
        if os.path.isdir(p):
            for f in _walk(p):
                ext = _ext(f)
                if ext in DOC_EXT:
                    yield _file_pending(f)
                elif ext in JSONL_EXT | CSV_EXT | ZIP_EXT:
                    yield from _container(f, columns)
        else:
            ext = _ext(p)
            if ext in DOC_EXT:
                yield _file_pending(p)
            else:
                yield from _container(p, columns)


def _file_pending(path: str) -> Pending:
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        return Pending(path, path, _fmt(path), None, error=f"{path}: kan ikke læses: {exc.strerror}")

    def load(path=path) -> bytes:
        with open(path, "rb") as fh:
            return fh.read()

    return Pending(path, path, _fmt(path), size, load)


def _container(path: str, columns: Columns) -> Iterator[Pending]:
    ext = _ext(path)
    try:
        if ext in JSONL_EXT:
            with open(path, "rb") as fh:
                yield from _jsonl(fh, path, columns)
        elif ext in CSV_EXT:
            with open(path, "rb") as fh:
                yield from _csv(fh, path, columns, "\t" if ext == ".tsv" else ",")
        elif ext in ZIP_EXT:
            yield from _zip(path, columns)
    except OSError as exc:
        yield Pending(path, path, "text", None, error=f"{path}: kan ikke læses: {exc.strerror}")


def _record(rec: dict, where: str, source: str, key: str, columns: Columns, what: str) -> Pending:
    """One JSONL/CSV record as a pending document."""
    rid = rec.get(columns.id) if columns.id else None
    if rid is None or str(rid).strip() == "":
        if columns.explicit_id:
            return Pending(f"{where}#{key}", source, "text", None,
                           error=f"{where}: {key}: id-kolonnen '{columns.id}' mangler")
        doc_id = f"{where}#{key}"
    else:
        doc_id = f"{where}#{rid}"
    if columns.text not in rec:
        return Pending(doc_id, source, "text", None,
                       error=f"{where}: {key}: tekstkolonnen '{columns.text}' mangler")
    text = rec.get(columns.text)
    if text is None:
        text = ""
    if not isinstance(text, str):
        return Pending(doc_id, source, "text", None,
                       error=f"{where}: {key}: tekstkolonnen '{columns.text}' er ikke tekst")
    data = text.encode("utf-8", "surrogatepass")
    title = rec.get(columns.title) if columns.title else None
    published = parse_date(rec.get(columns.date)) if columns.date else None
    return Pending(doc_id, source, "text", len(data), lambda data=data: data,
                   title=str(title) if title is not None else None, published=published)


def _jsonl(fh, where: str, columns: Columns) -> Iterator[Pending]:
    for n, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        key = f"line {n}"
        try:
            rec = json.loads(raw)
        except (UnicodeDecodeError, ValueError) as exc:
            yield Pending(f"{where}#{key}", where, "text", None,
                          error=f"{where}: linje {n}: ugyldig JSON ({type(exc).__name__})")
            continue
        if not isinstance(rec, dict):
            yield Pending(f"{where}#{key}", where, "text", None,
                          error=f"{where}: linje {n}: ikke et JSON-objekt")
            continue
        yield _record(rec, where, where, key, columns, "linje")


def _csv(fh, where: str, columns: Columns, delimiter: str) -> Iterator[Pending]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    text = codecs.getreader("utf-8-sig")(fh, errors="replace")
    reader = csv.DictReader(text, delimiter=delimiter)
    fields = reader.fieldnames or []
    if columns.text not in fields:
        yield Pending(f"{where}#header", where, "text", None,
                      error=f"{where}: CSV-filen har ingen tekstkolonne '{columns.text}' "
                            f"(kolonner: {', '.join(fields) or 'ingen'}; brug --text-column)")
        return
    n = 1
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            n += 1
            yield Pending(f"{where}#row {n}", where, "text", None,
                          error=f"{where}: række {n}: ugyldig CSV ({exc})")
            return
        n += 1
        yield _record(rec, where, where, f"row {n}", columns, "række")


def _zip(path: str, columns: Columns) -> Iterator[Pending]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield Pending(path, path, "text", None, error=f"{path}: ikke et gyldigt zip-arkiv ({exc})")
        return
    with zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            if info.is_dir():
                continue
            name = info.filename
            ext = _ext(name)
            where = f"{path}!{name}"
            if ext in DOC_EXT:
                def load(zf=zf, info=info) -> bytes:
                    with zf.open(info) as m:
                        return m.read()
                yield Pending(where, path, _fmt(name), info.file_size, load)
            elif ext in JSONL_EXT | CSV_EXT:
                try:
                    with zf.open(info) as m:
                        if ext in JSONL_EXT:
                            yield from _jsonl(m, where, columns)
                        else:
                            yield from _csv(m, where, columns, "\t" if ext == ".tsv" else ",")
                except (zipfile.BadZipFile, RuntimeError, OSError) as exc:
                    yield Pending(where, path, "text", None,
                                  error=f"{where}: kan ikke læses ({exc})")


def count_documents(paths: list[str], columns: Columns | None = None) -> int:
    """How many documents the sources hold (a cheap pass for the progress bar's ETA)."""
    columns = columns or Columns()
    n = 0
    for p in paths:
        if os.path.isdir(p):
            for f in _walk(p):
                n += _count_file(f, columns)
        else:
            n += _count_file(p, columns)
    return n


def _count_lines(fh) -> int:
    n = 0
    for raw in fh:
        if raw.strip():
            n += 1
    return n


def _count_file(p: str, columns: Columns) -> int:
    ext = _ext(p)
    try:
        if ext in DOC_EXT:
            return 1
        if ext in JSONL_EXT:
            with open(p, "rb") as fh:
                return _count_lines(fh)
        if ext in CSV_EXT or ext in ZIP_EXT:
            return sum(1 for _ in iter_pending([p], columns))
    except OSError:
        return 1
    return 0


def read_item(item: Item):
    """The text of a loaded item (decoded with :func:`kikfacts.reader.decode` and friends).

    Raises :class:`kikfacts.reader.InputError` with the same one-line messages as ``kikfacts check``.
    """
    from ..reader import decode, read_docx, read_html

    data = item.data or b""
    if item.fmt == "docx":
        return read_docx(data, item.id).text
    text, enc = decode(data, item.id)
    if item.fmt == "html":
        return read_html(text, item.id, enc).text
    return text


__all__ = ["Columns", "Item", "Pending", "SourceError", "check_sources", "iter_pending",
           "count_documents", "read_item", "parse_date", "DEFAULT_MAX_BYTES", "DEFAULT_DOC_TIMEOUT"]
