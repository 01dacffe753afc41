"""Reading documents from files and stdin, with clear errors that name the file."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

#: Largest document read, in bytes; a larger one is refused with a clear error.
MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}


class InputError(Exception):
    """A document that cannot be read. ``str()`` is a one-line message naming the file."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(slots=True)
class Source:
    path: str
    text: str
    encoding: str


def decode(data: bytes, path: str) -> Source:
    """Decode bytes as UTF-8 (with or without BOM), else as cp1252; refuse binary data."""
    if not data.strip():
        raise InputError(path, "filen er tom")
    if data.startswith(b"%PDF"):
        raise InputError(path, "filen er en PDF, ikke tekst")
    if b"\x00" in data[:8192]:
        raise InputError(path, "filen er binær, ikke tekst")
    try:
        return Source(path, data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(
            path, f"ugyldig tekstkodning ved byte {utf8_error.start}: hverken UTF-8 eller cp1252"
        ) from None
    return Source(path, text, "cp1252")


def read_source(path: str) -> Source:
    """Read one document; ``-`` reads standard input."""
    if path == "-":
        data = sys.stdin.buffer.read()
        return decode(data, "<stdin>")
    p = Path(path)
    if not p.exists():
        raise InputError(path, "filen findes ikke")
    if p.is_dir():
        raise InputError(path, "er en mappe, ikke en fil")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(path, f"filen er for stor ({size} bytes; grænsen er {MAX_BYTES})")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(path, f"kan ikke læses: {exc.strerror}") from None
    return decode(data, path)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col
