"""The web API behind `kikfacts serve` (FastAPI TestClient; no network, no browser)."""

from __future__ import annotations

import io
import json
import re
import warnings

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install 'kikfacts[web]')")
pytest.importorskip("multipart", reason="python-multipart is not installed")
jsonschema = pytest.importorskip("jsonschema")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from kikfacts.web.app import create_app

from .conftest import ROOT

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

SCHEMA = json.loads((ROOT / "schema" / "document.schema.json").read_text(encoding="utf-8"))
DOCUMENT = {"$ref": "#/$defs/document", "$defs": SCHEMA["$defs"]}
UDKAST = (ROOT / "examples" / "udkast.txt").read_text(encoding="utf-8")
LIMIT = 64 * 1024


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(max_bytes=LIMIT)) as c:
        yield c


def _valid(doc):
    jsonschema.validate(doc, DOCUMENT)


def _rules(items):
    return {f["rule"] for f in items}


def test_check_answers_one_schema_document(client):
    r = client.post("/api/check", json={"text": UDKAST})
    assert r.status_code == 200
    doc = r.json()
    _valid(doc)
    assert doc["text"] == UDKAST and doc["path"] is None and doc["lang"] == "da"
    assert {"sum-of-parts", "unlabelled-share"} <= _rules(doc["findings"])
    assert _rules(doc["verified"]) == {"stock-flow"}
    sop = next(f for f in doc["findings"] if f["rule"] == "sum-of-parts")
    assert sop["severity"] == "error" and sop["code"] == "KF101"
    assert "8,5 + 5 = 13,5" in sop["arithmetic"] and (sop["line"], sop["column"]) == (5, 31)
    for span in sop["spans"]:
        assert UDKAST[span["start"]:span["end"]] == span["text"]
    for fact in doc["facts"]:
        assert UDKAST[fact["start"]:fact["end"]] == fact["text"]


def test_same_answer_as_the_cli(client, capsys, tmp_path):
    from kikfacts.cli import main

    path = tmp_path / "udkast.txt"
    path.write_text(UDKAST, encoding="utf-8")
    main(["check", "--format", "json", "--no-config", str(path)])
    cli_doc = json.loads(capsys.readouterr().out)["documents"][0]
    api_doc = client.post("/api/check", json={"text": UDKAST}).json()
    for key in ("findings", "verified", "suppressed", "facts", "summary", "published"):
        assert api_doc[key] == cli_doc[key], key


def test_english_messages(client):
    doc = client.post("/api/check", json={"text": UDKAST, "lang": "en"}).json()
    _valid(doc)
    assert doc["lang"] == "en"
    sop = next(f for f in doc["findings"] if f["rule"] == "sum-of-parts")
    assert "total" in sop["message"] and "Delene" not in sop["message"]


def test_published_date_is_used_when_the_draft_has_none(client):
    text = "Kommunen afsætter samlet 10 mio. kr. Heraf går 4 mio. kr. til skoler og 5 mio. kr. til veje."
    doc = client.post("/api/check", json={"text": text, "published": "2024-03-01"}).json()
    _valid(doc)
    assert doc["published"] == "2024-03-01" and doc["published_source"] == "caller"


def test_extract(client):
    doc = client.post("/api/extract", json={"text": UDKAST}).json()
    _valid(doc)
    assert len(doc["facts"]) >= 10 and "findings" not in doc


@pytest.mark.parametrize("body, field", [
    (b"{bad json", "body"),
    (b'{"text": 5}', "text"),
    (b'{"text": ""}', "text"),
    (b'{"text": "x", "published": "3. maj"}', "published"),
    (b'{"text": "x", "lang": "de"}', "lang"),
    (b'{"text": "x", "path": "/etc/passwd"}', "path"),
    (b"[]", "body"),
])
def test_422_on_bad_json_or_fields(client, body, field):
    r = client.post("/api/check", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 422
    data = r.json()
    assert data["error"].startswith("ugyldig forespørgsel")
    assert any(p["field"].startswith(field) for p in data["detail"])


def test_413_on_oversize_body_before_reading_it(client):
    big = json.dumps({"text": "a" * (LIMIT + 10)}).encode()
    r = client.post("/api/check", content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert r.json()["max_bytes"] == LIMIT and "for stor" in r.json()["error"]


def test_413_on_oversize_chunked_body(client):
    def chunks():
        yield b'{"text": "'
        for _ in range(LIMIT // 1024 + 2):
            yield b"a" * 1024
        yield b'"}'

    r = client.post("/api/check", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and "for stor" in r.json()["error"]


def test_413_on_oversize_upload(client):
    r = client.post("/api/check-file", files={"file": ("big.txt", b"1 " * LIMIT, "text/plain")})
    assert r.status_code == 413


def test_413_middleware_refuses_without_reading():
    """A declared Content-Length over the limit is answered before the body is received."""
    import asyncio

    from kikfacts.web.app import BodyLimit

    called = []

    async def app(scope, receive, send):  # pragma: no cover - must not run
        called.append(1)

    async def receive():  # pragma: no cover - must not run
        raise AssertionError("the body was read")

    sent = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "headers": [(b"content-length", b"999999999")]}
    asyncio.run(BodyLimit(app, 1000)(scope, receive, send))
    assert not called and sent[0]["status"] == 413
    assert json.loads(sent[1]["body"])["max_bytes"] == 1000


def test_script_comes_back_as_data(client):
    text = UDKAST.replace("Kontakt:", "<script>alert(1)</script> <img src=x onerror=alert(2)>\n\nKontakt:")
    r = client.post("/api/check", json={"text": text})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    doc = r.json()
    _valid(doc)
    assert doc["text"] == text  # returned verbatim as a JSON string, never rendered by the server
    assert "sum-of-parts" in _rules(doc["findings"])


def test_page_never_injects_document_text_as_html(client):
    page = client.get("/")
    assert page.status_code == 200 and '<html lang="da"' in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>" not in page.text.replace('<script src="/static/app.js" defer></script>', "")
    assert "http://" not in page.text and "https://" not in page.text  # no CDN
    js = client.get("/static/app.js").text
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "DOMParser", "createContextualFragment"):
        assert sink not in js, sink
    assert "textContent" in js and "createTextNode" in js
    assert not re.search(r"https?://", js)
    css = client.get("/static/style.css").text
    assert "@import" not in css and "url(" not in css


def test_page_english(client):
    page = client.get("/?lang=en")
    assert '<html lang="en"' in page.text
    assert client.get("/?lang=xx").status_code == 422


def test_static_files_are_a_fixed_list(client):
    for name in ("../app.py", "..%2Fapp.py", "index.html", "%2e%2e/%2e%2e/reader.py", "x"):
        assert client.get(f"/static/{name}").status_code == 404


def test_upload_docx(client):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for para in UDKAST.split("\n\n"):
        d.add_paragraph(para.strip())
    buf = io.BytesIO()
    d.save(buf)
    r = client.post("/api/check-file",
                    files={"file": ("../../etc/udkast.docx", buf.getvalue(),
                                    ("application/vnd.openxmlformats-officedocument."
                                     "wordprocessingml.document"))},
                    data={"lang": "en"})
    assert r.status_code == 200, r.text
    doc = r.json()
    _valid(doc)
    assert doc["path"] == "udkast.docx"  # the base name, used only as a label
    assert {"sum-of-parts", "unlabelled-share"} <= _rules(doc["findings"])
    assert doc["lang"] == "en"
    for f in doc["facts"]:
        assert doc["text"][f["start"]:f["end"]] == f["text"]


@pytest.mark.parametrize("name, data, status, words", [
    ("a.docx", b"not a zip", 422, "ikke en gyldig .docx"),
    ("a.txt", b"", 422, "tom"),
    ("a.pdf", b"%PDF-1.4", 415, "filtype"),
    ("a.txt", b"\x00\x01\x02binary", 422, "binær"),
])
def test_upload_errors_are_one_line(client, name, data, status, words):
    r = client.post("/api/check-file", files={"file": (name, data, "application/octet-stream")})
    assert r.status_code == status
    assert words in r.json()["error"] and "\n" not in r.json()["error"]


def test_upload_html_and_cp1252(client):
    html = "<html><body><p>Kommunen afsætter samlet 10 mio. kr.</p></body></html>".encode("cp1252")
    r = client.post("/api/check-file", files={"file": ("a.html", html, "text/html")})
    assert r.status_code == 200 and "afsætter" in r.json()["text"]


def test_rules_health_and_openapi(client):
    rules = client.get("/api/rules").json()["rules"]
    assert len(rules) >= 12 and {"code", "name", "severity", "title", "doc"} <= set(rules[0])
    assert client.get("/api/rules?lang=en").json()["rules"][0]["title"] != rules[0]["title"]
    doc = client.get("/api/rules/KF101")
    assert doc.status_code == 200 and "sum-of-parts" in doc.text
    assert client.get("/api/rules/nope").status_code == 404
    assert client.get("/healthz").json()["status"] == "ok"
    spec = client.get("/openapi.json").json()
    assert {"/api/check", "/api/check-file", "/api/extract", "/api/rules"} <= set(spec["paths"])


def test_serve_cli_parser_defaults():
    import argparse

    from kikfacts.web import cli

    parser = argparse.ArgumentParser()
    cli.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["serve"])
    assert (args.host, args.port, args.max_bytes, args.lang) == ("127.0.0.1", 8000, 5 * 1024 ** 2,
                                                                 "da")
    args = parser.parse_args(["serve", "--max-bytes", "2M", "--port", "0", "--lang", "en"])
    assert args.max_bytes == 2 * 1024 ** 2 and args.port == 0
    with pytest.raises(SystemExit):
        parser.parse_args(["serve", "--port", "70000"])
    assert cli._is_loopback("127.0.0.1") and cli._is_loopback("::1")
    assert not cli._is_loopback("0.0.0.0")
