"""``kikfacts check --server URL``: send drafts to a running ``kikfacts serve`` instead of loading
the pipeline in this process.

An editor integration or a hook that runs often then pays a few milliseconds per draft instead of
spaCy's start-up. The server answers with the same JSON as ``kikfacts check --format json``; this
module turns that answer back into a :class:`~kikfacts.engine.Report`, so every output format works
the same way for local and remote checks. Only the standard library is used (no extra dependency).
"""

from __future__ import annotations

import datetime as dt
import json
import socket
import urllib.error
import urllib.request
from dataclasses import fields
from typing import Any

from .engine import Config, Finding, Report

#: Keys of a finding in the JSON report that are not fields of Finding (added per output).
_FINDING_FIELDS = {f.name for f in fields(Finding)}
DEFAULT_TIMEOUT = 30.0


class RemoteError(Exception):
    """The server could not be reached or refused the request; the message is one line."""


class RemoteReport(Report):
    """A report received from a server: findings rebuilt as Finding objects, the rest kept as
    the server sent it (so ``to_dict`` gives back the same document)."""

    def __init__(self, data: dict[str, Any], path: str | None):
        self.data = {k: v for k, v in data.items() if k != "text"}
        self.data["path"] = path
        self.document = None  # the facts stay in ``data``
        self.lang = data.get("lang", "da")
        self.errors = list(data.get("errors", []))
        self.findings = [_finding(d, "finding") for d in data.get("findings", [])]
        self.verified = [_finding(d, "verified") for d in data.get("verified", [])]
        self.suppressed = [_finding(d, "finding", suppressed=True) for d in data.get("suppressed", [])]

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.data)
        for group in ("findings", "verified", "suppressed"):
            out[group] = [{k: v for k, v in f.items() if k not in ("line", "column")}
                          for f in self.data.get(group, [])]
        return out


def _finding(d: dict[str, Any], status: str, suppressed: bool = False) -> Finding:
    kwargs = {k: d[k] for k in _FINDING_FIELDS if k in d}
    kwargs.update(status=status, suppressed=suppressed)
    return Finding(**kwargs)


def request_body(text: str, published: dt.date | None, config: Config) -> dict[str, Any]:
    """The JSON body of ``POST /api/check`` for a draft and the local configuration."""
    body: dict[str, Any] = {"text": text, "lang": config.lang}
    if published is not None:
        body["published"] = published.isoformat()
    remote: dict[str, Any] = {}
    if config.select is not None:
        remote["select"] = sorted(config.select)
    if config.ignore:
        remote["ignore"] = sorted(config.ignore)
    if config.severity:
        remote["severity"] = dict(config.severity)
    if config.options:
        remote["options"] = config.options
    if config.preview:
        remote["preview"] = True
    if remote:
        body["config"] = remote
    return body


def check_remote(url: str, text: str, *, published: dt.date | None = None,
                 config: Config | None = None, path: str | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> RemoteReport:
    """Check ``text`` on the server at ``url`` (e.g. ``http://127.0.0.1:8000``)."""
    config = config or Config()
    if config.rule_dirs:
        raise RemoteError("egne regelmapper (rule_dirs) kan ikke bruges med --server; "
                          "kør uden --server")
    endpoint = url.rstrip("/") + "/api/check"
    data = json.dumps(request_body(text, published, config), ensure_ascii=False).encode("utf-8")
    req = urllib.request.Request(endpoint, data=data, method="POST",
                                 headers={"Content-Type": "application/json; charset=utf-8",
                                          "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (http/https only)
            answer = json.loads(resp.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        raise RemoteError(f"serveren {url} svarede {exc.code}: {_reason(exc)}") from None
    except (urllib.error.URLError, socket.timeout, ConnectionError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RemoteError(f"kan ikke nå serveren {url}: {reason}") from None
    except (ValueError, UnicodeDecodeError):
        raise RemoteError(f"serveren {url} svarede ikke med JSON") from None
    if not isinstance(answer, dict) or "findings" not in answer:
        raise RemoteError(f"serveren {url} svarede ikke med en kikfacts-rapport")
    return RemoteReport(answer, path)


def _reason(exc: urllib.error.HTTPError) -> str:
    try:
        body = json.loads(exc.read().decode("utf-8"))
    except Exception:
        return str(exc.reason)
    msg = body.get("error") if isinstance(body, dict) else None
    return str(msg or exc.reason).splitlines()[0][:300]


def valid_url(url: str) -> bool:
    return url.startswith(("http://", "https://")) and len(url) > len("http://")
