"""Reading documents: .txt, .md, .html and .docx files and stdin, with errors that name the file.

Every reader returns a :class:`Source`: the text to analyse and a way to turn an offset in that
text into a line and column of the original file, so reports point at the draft itself.
"""

from __future__ import annotations

import codecs
import html.parser
import io
import sys
import zipfile
import zlib
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

#: Largest document read, in bytes; a larger one is refused with a clear error.
MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".rst", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES


class InputError(Exception):
    """A document that cannot be read. ``str()`` is a one-line message naming the file."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class Source:
    path: str
    text: str
    encoding: str
    #: For derived text (HTML, .docx): text offsets where a run starts, and the original
    #: (line, column) of that run's first character. Empty for plain text.
    runs: list[int] = field(default_factory=list)
    origins: list[tuple[int, int]] = field(default_factory=list)
    original: str | None = None

    def line_col(self, offset: int) -> tuple[int, int]:
        if not self.runs:
            return line_col(self.text, offset)
        i = bisect_right(self.runs, offset) - 1
        if i < 0:
            return 1, 1
        line, col = self.origins[i]
        return line, col + (offset - self.runs[i])


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252; refuse binary data."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Notepad's "Unicode": UTF-16 with a byte-order mark (it has NUL bytes, but it is text)
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(path, "ugyldig UTF-16-tekst") from None
        if not text.strip():
            raise InputError(path, "filen er tom")
        return text, "utf-16"
    if not data.strip():
        raise InputError(path, "filen er tom")
    if data.startswith(b"%PDF"):
        raise InputError(path, "filen er en PDF, ikke tekst (gem den som .txt eller .docx)")
    if data.startswith(b"PK\x03\x04"):
        raise InputError(path, "filen er et zip-arkiv (en .docx?), ikke tekst")
    if b"\x00" in data[:8192]:
        raise InputError(path, "filen er binær, ikke tekst")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # cp1252 leaves five bytes undefined; a file that uses them is neither encoding
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        line = data.count(b"\n", 0, utf8_error.start) + 1
        raise InputError(
            path, f"linje {line}: ugyldig tekstkodning (byte {utf8_error.start}): "
                  "hverken UTF-8 eller cp1252"
        ) from None
    return text, "cp1252"


class _VisibleText(html.parser.HTMLParser):
    """Visible text of an HTML page with the original position of every run."""

    _SKIP = {"script", "style", "head", "title", "noscript", "template", "svg"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul",
              "ol", "section", "article", "header", "footer", "blockquote", "hr", "td", "th"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.runs: list[int] = []
        self.origins: list[tuple[int, int]] = []
        self.length = 0
        self.skip = 0

    def _emit(self, s: str, origin: tuple[int, int] | None) -> None:
        if origin is not None:
            self.runs.append(self.length)
            self.origins.append(origin)
        self.parts.append(s)
        self.length += len(s)

    def _break(self, n: int = 2) -> None:
        tail = "".join(self.parts[-2:])
        need = n - (len(tail) - len(tail.rstrip("\n")))
        if self.length and need > 0:
            self._emit("\n" * need, None)

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self._break(1 if tag in ("br", "td", "th") else 2)
        elif tag == "li":
            self._break(1)

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._BLOCK:
            self._break(1 if tag in ("td", "th") else 2)

    def handle_data(self, data):
        if self.skip or not data.strip():
            if data and not self.skip and self.parts and not self.parts[-1].endswith((" ", "\n")):
                self._emit(" ", None)
            return
        line, col = self.getpos()
        lead = len(data) - len(data.lstrip())
        # the original column of the first visible character (1-based)
        prefix = data[:lead]
        if "\n" in prefix:
            line += prefix.count("\n")
            col = len(prefix) - prefix.rfind("\n") - 1
        else:
            col += lead
        self._emit(" ".join(data.split()), (line, col + 1))
        if data[-1:].isspace():
            self._emit(" ", None)

    def handle_comment(self, data):
        # keep kikfacts suppression comments so they work in HTML too
        if "kikfacts:" in data:
            line, col = self.getpos()
            self._emit(f"<!--{data}-->", (line, col + 1))


def read_html(text: str, path: str, encoding: str) -> Source:
    p = _VisibleText()
    try:
        p.feed(text)
        p.close()
    except Exception as exc:  # html.parser is lenient; this is a last resort
        raise InputError(path, f"HTML kan ikke læses: {exc}") from None
    visible = "".join(p.parts)
    if not visible.strip():
        raise InputError(path, "HTML-filen har ingen synlig tekst")
    return Source(path, visible, encoding, p.runs, p.origins, text)


def read_docx(data: bytes, path: str) -> Source:
    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - a dependency
        raise InputError(path, ".docx kræver pakken python-docx") from None
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(path, "ikke en gyldig .docx (filen er ikke et zip-arkiv)")
    try:
        d = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, zlib.error):
        raise InputError(path, "ikke en gyldig .docx (zip-arkivet er beskadiget)") from None
    except KeyError:
        raise InputError(path, "ikke en gyldig .docx (zip-arkivet er ikke et Word-dokument)") from None
    except Exception as exc:
        kind = type(exc).__name__
        if kind == "PackageNotFoundError":
            raise InputError(path, "ikke en gyldig .docx (zip-arkivet er ikke et Word-dokument)") from None
        reason = str(exc).splitlines()[0][:200] if str(exc).strip() else kind
        raise InputError(path, f"ikke en gyldig .docx ({reason})") from None
    parts: list[str] = []
    runs: list[int] = []
    origins: list[tuple[int, int]] = []
    length = 0
    n = 0
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        texts: list[str] = []
        if tag == "p":
            texts = ["".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))]
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for cell in row.iterchildren():
                        if cell.tag.endswith("}tc"):
                            cells.append("".join(t.text or "" for t in cell.iter()
                                                 if t.tag.endswith("}t")))
                    texts.append("   ".join(cells))
        for t in texts:
            n += 1
            if not t.strip():
                continue
            runs.append(length)
            origins.append((n, 1))
            parts.append(t + "\n\n")
            length += len(t) + 2
    text = "".join(parts)
    if not text.strip():
        raise InputError(path, ".docx-filen har ingen tekst")
    return Source(path, text, "docx", runs, origins)


def read_source(path: str) -> Source:
    """Read one document by its suffix; ``-`` reads standard input as text."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError("<stdin>", f"inddata er for stort (over {MAX_BYTES} bytes)")
        text, enc = decode(data, "<stdin>")
        return Source("<stdin>", text, enc)
    p = Path(path)
    if not p.exists():
        raise InputError(path, "filen findes ikke")
    if p.is_dir():
        raise InputError(path, "er en mappe, ikke en fil")
    if not p.is_file():
        # a device, FIFO or socket: /dev/zero would otherwise be read forever
        raise InputError(path, "er ikke en almindelig fil")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"filen er for stor ({size} bytes; grænsen er {MAX_BYTES})")
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(path, f"kan ikke læses: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:  # grew while we looked
        raise InputError(path, f"filen er for stor (over {MAX_BYTES} bytes)")
    suffix = p.suffix.lower()
    if suffix in DOCX_SUFFIXES:
        return read_docx(data, path)
    text, enc = decode(data, path)
    if suffix in HTML_SUFFIXES:
        return read_html(text, path, enc)
    return Source(path, text, enc)


def expand_paths(paths: list[str]) -> list[str]:
    """Files as given; folders expanded to the documents they hold (recursively, sorted)."""
    out: list[str] = []
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in
                           (SUFFIXES - {""}))
            if not found:
                raise InputError(path, "mappen indeholder ingen dokumenter (.txt, .md, .html, .docx)")
            out.extend(found)
        else:
            out.append(path)
    return out
