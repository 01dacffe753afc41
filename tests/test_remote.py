"""`kikfacts check --server URL`: drafts checked by a running `kikfacts serve` give the same output
as a local check, in every format; configuration travels with the request; a server that cannot
be reached (or refuses a draft) falls back to a local check with a one-line note."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("uvicorn", reason="the web extra is not installed")

from kikfacts.cli import main

from .conftest import CORPUS, ROOT, free_port, serve_in_thread

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

LIMIT = 16 * 1024
UDKAST = ROOT / "examples" / "udkast.txt"
DOCS = [UDKAST, *sorted((CORPUS / "docs").glob("*.txt"))[:6]]


@pytest.fixture(scope="module")
def server():
    yield from serve_in_thread(max_bytes=LIMIT)


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_remote_output_equals_local_output(server, capsys, fmt):
    paths = [str(p) for p in DOCS]
    local = run(capsys, "check", "--no-config", "--show-verified", "--format", fmt, *paths)
    remote = run(capsys, "check", "--no-config", "--show-verified", "--format", fmt,
                 "--server", server, *paths)
    assert remote == local
    assert local[0] == 1 and local[1]  # the example draft has an error: the comparison is not empty


def test_remote_check_in_english_with_a_publication_date(server, capsys, here):
    (here / "kladde.txt").write_text(
        "Kommunen bruger i alt 12,5 mio. kr. Heraf går 8,5 mio. kr. til lærere og 5 mio. kr. til "
        "bygninger. Tirsdag den 5. marts åbner skolen.\n", encoding="utf-8")
    args = ["check", "--no-config", "--lang", "en", "--published", "2024-02-01", "kladde.txt"]
    local = run(capsys, *args)
    remote = run(capsys, *args, "--server", server)
    assert remote == local
    assert "error [sum-of-parts]" in local[1] and "1 file:" in local[1]


def test_configuration_travels_with_the_request(server, capsys, here):
    """select, severity and options from kikfacts.toml apply on the server as they do locally."""
    (here / "udkast.txt").write_text(UDKAST.read_text(encoding="utf-8"), encoding="utf-8")
    (here / "kikfacts.toml").write_text(
        f'server = "{server}"\nselect = ["sum-of-parts", "headline-ratio"]\n'
        '[severity]\nsum-of-parts = "warning"\n[options.headline-ratio]\ntolerance = 0.2\n',
        encoding="utf-8")
    remote = run(capsys, "check", "--format", "json", "udkast.txt")
    local = run(capsys, "check", "--no-server", "--format", "json", "udkast.txt")
    assert remote == local
    code, out, err = remote
    doc = json.loads(out)["documents"][0]
    assert code == 0 and err == ""  # the error became a warning: nothing at the fail level
    assert [(f["rule"], f["severity"]) for f in doc["findings"]] == [("sum-of-parts", "warning")]
    # headline-ratio ran (it was selected) but the wider tolerance let it hold
    assert {v["rule"] for v in doc["verified"]} >= {"headline-ratio"}


def test_unreachable_server_falls_back_to_a_local_check(capsys):
    dead = f"http://127.0.0.1:{free_port()}"
    local = run(capsys, "check", "--no-config", str(UDKAST), str(DOCS[1]))
    code, out, err = run(capsys, "check", "--no-config", "--server", dead, str(UDKAST), str(DOCS[1]))
    assert (code, out) == local[:2]
    # one note, for the first file only: the dead server is not asked again
    assert err == f"kikfacts: {UDKAST}: kan ikke nå serveren {dead}: [Errno 111] Connection refused; " \
                  "tjekker lokalt\n"


def test_a_draft_the_server_refuses_is_checked_locally(server, capsys, here):
    text = UDKAST.read_text(encoding="utf-8") + "\n" + "Skolerne i kommunen får nye lokaler. " * 500
    (here / "stor.txt").write_text(text, encoding="utf-8")
    assert len(text.encode()) > LIMIT
    local = run(capsys, "check", "--no-config", "stor.txt")
    code, out, err = run(capsys, "check", "--no-config", "--server", server, "stor.txt")
    assert (code, out) == local[:2] and code == 1
    assert err.startswith(f"kikfacts: stor.txt: serveren {server} svarede 413: ")
    assert err.endswith("; tjekker lokalt\n") and err.count("\n") == 1


@pytest.mark.parametrize(("toml", "argv", "expected"), [
    ("", ["--server", "127.0.0.1:8000"],
     "kikfacts: --server: ikke en adresse som \"http://127.0.0.1:8000\": '127.0.0.1:8000'\n"),
    ('server = 8000\n', [], "'server' skal være en adresse som \"http://127.0.0.1:8000\"\n"),
    ('rule_dirs = ["regler"]\n', ["--server", "http://127.0.0.1:1"],
     "kikfacts: --server: egne regelmapper (rule_dirs) kan ikke bruges med en server; "
     "kør med --no-server\n"),
])
def test_bad_server_settings_are_usage_errors(capsys, here, toml, argv, expected):
    (here / "regler").mkdir()
    (here / "kikfacts.toml").write_text(toml, encoding="utf-8")
    (here / "udkast.txt").write_text("Kommunen har 12 skoler.\n", encoding="utf-8")
    code, out, err = run(capsys, "check", *argv, "udkast.txt")
    assert code == 2 and out == "" and err.endswith(expected) and err.count("\n") == 1


def test_api_refuses_bad_rule_settings():
    from fastapi.testclient import TestClient

    from kikfacts.web.app import create_app

    with TestClient(create_app(warm=False)) as client:
        text = "Kommunen har 12 skoler."
        cases = [
            ({"options": {"headline-ratio": {"tolerance": "lidt"}}},
             "'options.headline-ratio.tolerance' skal være tal, ikke tekst ('lidt')"),
            ({"select": ["findes-ikke"]}, "config: ukendt regel 'findes-ikke'"),
            ({"options": {"sum-of-parts": {"x": 1}}}, "'options.sum-of-parts.x': reglen har ikke"),
        ]
        for config, message in cases:
            r = client.post("/api/check", json={"text": text, "config": config})
            assert r.status_code == 422 and message in r.json()["error"], r.json()
        # the server never reads files named by a request: rule folders are not a field
        r = client.post("/api/check", json={"text": text, "config": {"rule_dirs": ["/etc"]}})
        assert r.status_code == 422 and "config.rule_dirs" in r.json()["error"]
        r = client.post("/api/check", json={"text": text, "config": {"ignore": ["KF101"]}})
        assert r.status_code == 200
