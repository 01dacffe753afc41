"""Compiled regular expressions, cached across processes.

The ``regex`` module compiles kikfacts' fact grammar in about 0.2 s, which is most of the
difference between ``kikfacts check`` and a bare ``spacy.blank("da")`` start. Compiled patterns
pickle to their internal code, and unpickling them takes a few milliseconds, so this module keeps
them in one cache file in the user's cache folder (``$KIKFACTS_CACHE_DIR``, else
``$XDG_CACHE_HOME/kikfacts``, else ``~/.cache/kikfacts``), keyed by the pattern text, its flags and
the ``regex`` version. A missing, stale or unreadable cache only means compiling as usual; set
``KIKFACTS_NO_CACHE=1`` to never read or write it. Nothing is downloaded.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import tempfile
from pathlib import Path

import regex

_VERSION = f"kikfacts-patterns-1-regex-{getattr(regex, '__version__', '0')}"
_DISABLED = os.environ.get("KIKFACTS_NO_CACHE", "") not in ("", "0")


def cache_dir() -> Path:
    env = os.environ.get("KIKFACTS_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kikfacts"


def _cache_file() -> Path:
    return cache_dir() / f"{_VERSION}.pickle"


def _load() -> dict[str, regex.Pattern]:
    if _DISABLED:
        return {}
    try:
        path = _cache_file()
        st = path.stat()
        # only a file of ours, written by this user and not writable by others, is trusted
        if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
            return {}
        with path.open("rb") as fh:
            data = pickle.load(fh)
        return data if isinstance(data, dict) else {}
    except Exception:  # a stale or broken cache is a cache miss, never an error
        return {}


_cache: dict[str, regex.Pattern] = _load()
_used: dict[str, regex.Pattern] = {}
_dirty = False


def _key(pattern: str, flags: int) -> str:
    return hashlib.sha1(f"{flags}\x00{pattern}".encode("utf-8")).hexdigest()


def compile(pattern: str, flags: int = 0) -> regex.Pattern:
    """``regex.compile`` through the cross-process cache."""
    global _dirty
    key = _key(pattern, flags)
    p = _cache.get(key)
    if p is None or p.pattern != pattern:
        p = regex.compile(pattern, flags)
        _dirty = True
    _used[key] = p
    return p


def _save() -> None:
    if _DISABLED or not _dirty:
        return
    try:
        d = cache_dir()
        d.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=d, prefix=".patterns-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(_used, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(tmp, 0o600)
        os.replace(tmp, _cache_file())
    except Exception:  # a read-only home or a full disk: just don't cache
        pass


atexit.register(_save)


class _Cached:
    """``regex``'s module-level functions (``search``, ``match``...) on patterns compiled once
    and kept: ``regex``'s own cache costs about 10 µs per call, which the checks, asking the
    same few patterns of every figure, paid thousands of times per document."""

    SIZE = 512

    def __init__(self) -> None:
        self._patterns: dict[tuple[str, int], regex.Pattern] = {}

    def get(self, pattern: str, flags: int = 0) -> regex.Pattern:
        try:
            return self._patterns[pattern, flags]
        except KeyError:
            if len(self._patterns) >= self.SIZE:  # patterns built from words: keep it bounded
                self._patterns.clear()
            p = self._patterns[pattern, flags] = regex.compile(pattern, flags)
            return p

    def search(self, pattern: str, string: str, flags: int = 0) -> regex.Match | None:
        return self.get(pattern, flags).search(string)

    def match(self, pattern: str, string: str, flags: int = 0) -> regex.Match | None:
        return self.get(pattern, flags).match(string)

    def fullmatch(self, pattern: str, string: str, flags: int = 0) -> regex.Match | None:
        return self.get(pattern, flags).fullmatch(string)

    def findall(self, pattern: str, string: str, flags: int = 0) -> list:
        return self.get(pattern, flags).findall(string)

    def finditer(self, pattern: str, string: str, flags: int = 0):
        return self.get(pattern, flags).finditer(string)

    def split(self, pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
        return self.get(pattern, flags).split(string, maxsplit)

    def sub(self, pattern: str, repl, string: str, count: int = 0, flags: int = 0) -> str:
        return self.get(pattern, flags).sub(repl, string, count)


#: ``cached.search(pattern, text)`` and the like: ``regex.search`` without its per-call cost.
cached = _Cached()
