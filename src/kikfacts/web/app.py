"""The web application behind ``kikfacts serve``: one page and a small JSON API.

- ``GET /``: the page (Danish; ``?lang=en`` for English). All assets are served from the package:
  no CDN, no external request.
- ``POST /api/check``, ``POST /api/extract``: ``{"text", "published"?, "lang"?, "config"?}`` -> one
  document of ``schema/document.schema.json`` (the same object as ``kikfacts check --format json``
  lists), plus ``text``: the text the offsets refer to. ``config`` carries a kikfacts.toml's rule settings
  (``kikfacts check --server URL`` sends them).
- ``POST /api/check-file``: a multipart upload (.txt, .md, .html, .docx) -> the same answer.
- ``GET /api/rules``, ``GET /api/rules/{code}``, ``GET /healthz``; ``/openapi.json`` and ``/docs``.

Safe by default: the CLI binds 127.0.0.1; every request body is limited (413 with a JSON error,
before the body is read when the client declares its length, and while reading otherwise); bad
JSON or fields give 422; uploads are read in memory and nothing is read from or written to a
server path named by a request; the page builds its DOM with ``textContent`` only, and a
Content-Security-Policy forbids inline scripts.
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import threading
from contextlib import asynccontextmanager
from pathlib import PurePosixPath, PureWindowsPath
from typing import Annotated, Any, Literal

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
LANGS = ("da", "en")
_STATIC = {"app.js": "text/javascript; charset=utf-8", "style.css": "text/css; charset=utf-8"}
_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
#: The fact grammar keeps per-text state (the active scanner, caches); checks are short, so run
#: one at a time.
_LOCK = threading.Lock()


class RuleConfig(BaseModel):
    """The rule settings of a ``kikfacts.toml`` (what ``kikfacts check --server`` sends along).
    Rule folders are not accepted: the server never reads files named by a request."""

    model_config = ConfigDict(extra="forbid")
    select: list[str] | None = Field(None, description="only these rules (names or codes)")
    ignore: list[str] = Field(default_factory=list, description="skip these rules")
    severity: dict[str, Literal["error", "warning", "info"]] = Field(
        default_factory=dict, description="rule name or code -> severity")
    options: dict[str, dict[str, bool | int | float | str]] = Field(
        default_factory=dict, description="rule name or code -> option overrides")
    preview: bool = Field(False, description="also run rules in preview")


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="the draft (plain text, Markdown or HTML text)")
    published: dt.date | None = Field(None, description="publication date (YYYY-MM-DD) when the "
                                      "draft has no dateline")
    lang: Literal["da", "en"] | None = Field(None, description="message language")
    config: RuleConfig | None = Field(None, description="rule settings, as in kikfacts.toml")


class _BadConfig(Exception):
    pass


def _config(lang: str, rc: RuleConfig | None):
    """The engine Config for a request; unknown rules and mistyped options are refused."""
    from ..config import ConfigError, Settings, check_options
    from ..engine import Config, rule_keys

    cfg = Config(lang=lang)
    if rc is None:
        return cfg
    known = rule_keys()
    for name in [*(rc.select or []), *rc.ignore, *rc.severity]:
        if name not in known:
            raise _BadConfig(f"config: ukendt regel '{name[:60]}'")
    cfg.select = frozenset(rc.select) if rc.select is not None else None
    cfg.ignore = frozenset(rc.ignore)
    cfg.severity = dict(rc.severity)
    cfg.options = {k: dict(v) for k, v in rc.options.items()}
    cfg.preview = rc.preview
    try:
        check_options(Settings(cfg, path="config"))
    except ConfigError as exc:
        raise _BadConfig(str(exc)) from None
    return cfg


def _static(name: str) -> str:
    return (importlib.resources.files("kikfacts.web") / "static" / name).read_text(encoding="utf-8")


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413 and a JSON error.

    A declared ``Content-Length`` over the limit is refused before anything is read; a body without
    one (chunked) is counted while it is read and refused as soon as it passes the limit.
    """

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    def _too_large(self) -> JSONResponse:
        return _error(413, f"forespørgslen er for stor (grænsen er {self.max_bytes} bytes)",
                      max_bytes=self.max_bytes)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for key, value in scope.get("headers", ()):
            if key == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    return await _error(400, "ugyldig Content-Length")(scope, receive, send)
                if declared > self.max_bytes:
                    return await self._too_large()(scope, receive, send)
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge(self.max_bytes)
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._too_large()(scope, receive, send)


class _TooLarge(StarletteHTTPException):
    """Raised by the counting ``receive``; an HTTPException so that body parsers pass it on."""

    def __init__(self, max_bytes: int):
        super().__init__(413, f"forespørgslen er for stor (grænsen er {max_bytes} bytes)")


def _rules_list(lang: str) -> list[dict[str, Any]]:
    from ..rules import load_rules

    return [{"code": r.code, "name": r.name, "check": r.check, "severity": r.severity,
             "status": r.status, "title": r.title.get(lang) or r.title["da"],
             "doc": f"/api/rules/{r.code}?lang={lang}"} for r in load_rules()]


def _check(text: str, published: dt.date | None, lang: str, path: str | None,
           source=None, config=None) -> dict[str, Any]:
    from ..engine import Config, check
    from ..output import report_json
    from ..reader import Source

    with _LOCK:
        report = check(text, config or Config(lang=lang), published=published, path=path)
    src = source or Source(path or "<tekst>", text, "utf-8")
    d = report_json(src, report)
    d["path"] = path
    d["text"] = text
    return d


def _extract(text: str, published: dt.date | None, path: str | None) -> dict[str, Any]:
    from ..extract import extract

    with _LOCK:
        doc = extract(text, published, path=path)
    d = doc.to_dict()
    d["kikfacts"] = __version__
    d["text"] = text
    return d


def _safe_name(filename: str | None) -> str:
    """The upload's base name, for messages only: never used as a server path."""
    name = PureWindowsPath(PurePosixPath(filename or "upload").name).name
    return "".join(c for c in name if c.isprintable())[:120] or "upload"


def create_app(max_bytes: int = DEFAULT_MAX_BYTES, lang: str = "da", warm: bool = True) -> FastAPI:
    """Build the application. ``lang`` is the page's default language; ``warm`` loads the
    pipeline (and runs one check) at start-up, so the first request is as fast as the rest."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")

    @asynccontextmanager
    async def lifespan(app):
        if warm:
            _check("Kommunen afsætter 12,5 mio. kr. Heraf går 8,5 mio. kr. til mentorer.",
                   None, "da", None)
        yield

    app = FastAPI(
        title="kikfacts",
        version=__version__,
        description="Check that the numeric facts of a Danish press release agree. Answers follow "
                    "`schema/document.schema.json` (one `document`), plus `text`.",
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimit, max_bytes=max_bytes)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if request.url.path in ("/", "/index.html") or request.url.path.startswith("/static/"):
            response.headers["Content-Security-Policy"] = _CSP
            response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = []
        for e in exc.errors():
            loc = list(e.get("loc", ()))
            if loc[:1] == ["body"]:
                loc = loc[1:]
            if e.get("type") == "json_invalid" or all(isinstance(p, int) for p in loc):
                loc = []  # the body itself (a JSON syntax error gives a character position)
            where = ".".join(str(p) for p in loc) or "body"
            msg = "ugyldig JSON" if e.get("type") == "json_invalid" else e.get("msg", "")
            problems.append({"field": where, "message": msg})
        first = problems[0] if problems else {"field": "body", "message": "ugyldig"}
        return _error(422, f"ugyldig forespørgsel: {first['field']}: {first['message']}",
                      detail=problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        extra = {"max_bytes": max_bytes} if exc.status_code == 413 else {}
        return _error(exc.status_code, str(exc.detail), **extra)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page(lang_: Literal["da", "en"] | None = Query(None, alias="lang")):
        chosen = lang_ or lang
        html = _static("index.html").replace("{{LANG}}", chosen).replace(
            "{{MAX_BYTES}}", str(max_bytes))
        return HTMLResponse(html)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str):
        if name not in _STATIC:  # a fixed list: no path from the request reaches the file system
            raise HTTPException(404, "ikke fundet")
        return Response(_static(name), media_type=_STATIC[name],
                        headers={"Cache-Control": "no-cache"})

    @app.get("/healthz")
    def healthz():
        return {"status": "ok", "kikfacts": __version__}

    @app.get("/api/rules")
    def rules(lang_: Literal["da", "en"] = Query("da", alias="lang")):
        """The rules, with code, name, default severity and title."""
        return {"kikfacts": __version__, "rules": _rules_list(lang_)}

    @app.get("/api/rules/{code}", response_class=PlainTextResponse)
    def rule_doc(code: str, lang_: Literal["da", "en"] = Query("da", alias="lang")):
        """One rule's documentation as Markdown (by code or name)."""
        from ..docs import rule_doc as doc
        from ..rules import load_rules

        for r in load_rules():
            if code in (r.code, r.name):
                return PlainTextResponse(doc(r, lang_), media_type="text/markdown; charset=utf-8")
        raise HTTPException(404, f"ukendt regel: {code[:40]}")

    @app.post("/api/check")
    def api_check(body: CheckRequest) -> dict[str, Any]:
        """Check a draft: findings, verified relations, suppressed findings and facts.
        ``config`` takes the rule settings of a kikfacts.toml (select, ignore, severity,
        options, preview)."""
        try:
            cfg = _config(body.lang or "da", body.config)
        except _BadConfig as exc:
            return _error(422, f"ugyldig forespørgsel: {exc}")
        return _check(body.text, body.published, body.lang or "da", None, config=cfg)

    @app.post("/api/extract")
    def api_extract(body: CheckRequest) -> dict[str, Any]:
        """The facts of a draft, without the checks."""
        return _extract(body.text, body.published, None)

    @app.post("/api/check-file")
    async def api_check_file(
        file: Annotated[UploadFile, File(description=".txt, .md, .html or .docx")],
        published: Annotated[dt.date | None, Form()] = None,
        lang_: Annotated[Literal["da", "en"] | None, Form(alias="lang")] = None,
    ):
        """Check an uploaded file (read in memory; its name is used only in messages)."""
        from ..reader import (
            DOCX_SUFFIXES,
            HTML_SUFFIXES,
            SUFFIXES,
            InputError,
            decode,
            read_docx,
            read_html,
        )

        name = _safe_name(file.filename)
        suffix = PurePosixPath(name).suffix.lower()
        if suffix not in SUFFIXES:
            return _error(415, f"{name}: ukendt filtype (brug .txt, .md, .html eller .docx)")
        data = await file.read(max_bytes + 1)
        if len(data) > max_bytes:
            return _error(413, f"{name}: filen er for stor (grænsen er {max_bytes} bytes)",
                          max_bytes=max_bytes)
        try:
            if suffix in DOCX_SUFFIXES:
                src = read_docx(data, name)
            else:
                text, enc = decode(data, name)
                if suffix in HTML_SUFFIXES:
                    src = read_html(text, name, enc)
                else:
                    from ..reader import Source

                    src = Source(name, text, enc)
        except InputError as exc:
            return _error(422, str(exc))
        return _check(src.text, published, lang_ or "da", name, source=src)

    return app


def app_factory() -> FastAPI:  # for `uvicorn --factory kikfacts.web.app:app_factory`
    return create_app()
