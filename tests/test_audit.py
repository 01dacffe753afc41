"""``kikfacts audit``: sources, outcomes, the SQLite store, resume, jobs, export and report.

Every test builds its own small archive in ``tmp_path`` from real files. Nothing here asserts
anything about speed.
"""

from __future__ import annotations

import csv
import json
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from kikfacts.audit.cli import main
from kikfacts.audit.store import TABLES, snapshot

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
UDKAST = (ROOT / "examples" / "udkast.txt").read_text(encoding="utf-8")
SCRIPT = '<script>alert("x")</script>'


def audit(*argv: str) -> int:
    return main(["audit", *map(str, argv)])


def docs_table(db: Path) -> dict[str, tuple]:
    con = sqlite3.connect(db)
    try:
        return {r[0]: r[1:] for r in con.execute(
            "SELECT id, outcome, reason, published, title, n_findings FROM documents")}
    finally:
        con.close()


def make_folder(root: Path, n: int = 6) -> Path:
    d = root / "arkiv"
    (d / "2021" / "maj").mkdir(parents=True)
    for p in DOCS[:n]:
        (d / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (d / "2021" / "maj" / "udkast.md").write_text(UDKAST, encoding="utf-8")
    (d / "2021" / "side.html").write_text(
        "<html><body><h1>Budget</h1><p>" + UDKAST.split("\n\n")[2] + "</p></body></html>",
        encoding="utf-8")
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    for para in UDKAST.split("\n\n"):
        doc.add_paragraph(para)
    doc.save(str(d / "2021" / "udkast.docx"))
    (d / "ignoreret.pdf").write_bytes(b"%PDF-1.4 not a document kind we read")
    return d


# -- sources ------------------------------------------------------------------------------------

def test_folder_recursive_by_extension(tmp_path, capsys):
    d = make_folder(tmp_path)
    out = tmp_path / "r.sqlite"
    assert audit(d, "--out", out) == 0
    docs = docs_table(out)
    names = {Path(k).name for k in docs}
    assert names == {p.name for p in DOCS[:6]} | {"udkast.md", "side.html", "udkast.docx"}
    assert all(v[0] == "ok" for v in docs.values()), docs
    # the three copies of the draft all find the sum-of-parts error
    for name in ("udkast.md", "udkast.docx"):
        key = next(k for k in docs if k.endswith(name))
        assert docs[key][2] == "2021-05-03"
        assert docs[key][4] >= 1
    line = capsys.readouterr().out
    assert "9 dokumenter tjekket (9 ok, 0 fejlede)" in line


def test_jsonl_with_id_date_title(tmp_path):
    src = tmp_path / "arkiv.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i, p in enumerate(DOCS[:3]):
            fh.write(json.dumps({"id": f"a{i}", "text": p.read_text(encoding="utf-8"),
                                 "date": "2019-06-0%d" % (i + 1), "title": f"Titel {i}"},
                                ensure_ascii=False) + "\n")
        fh.write("\n")
        fh.write(json.dumps({"text": UDKAST}) + "\n")  # no id: the line number
    out = tmp_path / "r.sqlite"
    assert audit(src, "--out", out) == 0
    docs = docs_table(out)
    assert set(docs) == {f"{src}#a0", f"{src}#a1", f"{src}#a2", f"{src}#line 5"}
    assert docs[f"{src}#a1"][2:4] == ("2019-06-02", "Titel 1")  # the column's date wins
    assert docs[f"{src}#line 5"][2] == "2021-05-03"  # from the dateline
    con = sqlite3.connect(out)
    assert con.execute("SELECT published_source FROM documents WHERE id=?",
                       (f"{src}#a0",)).fetchone()[0] == "column"


def test_csv_with_named_columns(tmp_path):
    src = tmp_path / "arkiv.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["nr", "brodtekst", "dato", "overskrift"])
        w.writerow(["17", UDKAST, "2021-05-03", "Vejle"])
        w.writerow(["18", DOCS[0].read_text(encoding="utf-8"), "", ""])
    out = tmp_path / "r.sqlite"
    assert audit(src, "--out", out, "--text-column", "brodtekst", "--id-column", "nr",
                 "--date-column", "dato", "--title-column", "overskrift") == 0
    docs = docs_table(out)
    assert set(docs) == {f"{src}#17", f"{src}#18"}
    assert docs[f"{src}#17"][0] == "ok" and docs[f"{src}#17"][3] == "Vejle"
    assert docs[f"{src}#17"][4] >= 1


def test_csv_without_text_column_is_recorded(tmp_path):
    src = tmp_path / "arkiv.csv"
    src.write_text("a,b\n1,2\n", encoding="utf-8")
    out = tmp_path / "r.sqlite"
    assert audit(src, "--out", out) == 0
    (outcome, reason, *_), = docs_table(out).values()
    assert outcome == "failed" and "tekstkolonne 'text'" in reason


def test_zip_members_streamed(tmp_path):
    src = tmp_path / "arkiv.zip"
    with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("2020/a.txt", DOCS[0].read_text(encoding="utf-8"))
        zf.writestr("2021/udkast.md", UDKAST)
        zf.writestr("billede.png", b"\x89PNG")  # not a document: ignored
        zf.writestr("ekstra.jsonl", json.dumps({"id": "x", "text": UDKAST}) + "\n")
        zf.writestr("tom.txt", "")
    out = tmp_path / "r.sqlite"
    assert audit(src, "--out", out) == 0
    docs = docs_table(out)
    assert set(docs) == {f"{src}!2020/a.txt", f"{src}!2021/udkast.md", f"{src}!ekstra.jsonl#x",
                         f"{src}!tom.txt"}
    assert docs[f"{src}!tom.txt"][:2] == ("failed", f"{src}!tom.txt: filen er tom")
    assert docs[f"{src}!ekstra.jsonl#x"][4] == docs[f"{src}!2021/udkast.md"][4] >= 1


# -- outcomes -----------------------------------------------------------------------------------

def test_every_document_gets_an_outcome(tmp_path):
    d = tmp_path / "arkiv"
    d.mkdir()
    (d / "ok.txt").write_text(UDKAST, encoding="utf-8")
    (d / "tom.txt").write_text("  \n", encoding="utf-8")
    (d / "binaer.txt").write_bytes(b"abc\x00\x01\x02" * 10)
    (d / "pdf.txt").write_bytes(b"%PDF-1.7\n...")
    (d / "lang.txt").write_text("Et langt dokument. " * 200, encoding="utf-8")
    (d / "kodning.txt").write_bytes(b"Pris: 5 kr.\n\x81\x8d\x8f")
    (d / "cp1252.txt").write_bytes(UDKAST.encode("cp1252"))
    (d / "brudt.docx").write_bytes(b"PK\x03\x04 not really a zip")
    jl = d / "poster.jsonl"
    jl.write_text('{"id": 1, "text": "Budgettet er 5 mio. kr."}\n{ikke json\n[1, 2]\n'
                  '{"id": 4, "tekst": "forkert kolonne"}\n{"id": 5, "text": 42}\n',
                  encoding="utf-8")
    out = tmp_path / "r.sqlite"
    assert audit(d, "--out", out, "--max-bytes", 2000) == 0
    docs = docs_table(out)
    reasons = {Path(k).name: v[1] for k, v in docs.items() if v[0] == "failed"}
    ok = {Path(k).name for k, v in docs.items() if v[0] == "ok"}
    assert ok == {"ok.txt", "cp1252.txt", "poster.jsonl#1"}
    assert "filen er tom" in reasons["tom.txt"]
    assert "binær" in reasons["binaer.txt"]
    assert "PDF" in reasons["pdf.txt"]
    assert "for langt (3800 bytes; grænsen er 2000)" in reasons["lang.txt"]
    assert "ugyldig tekstkodning" in reasons["kodning.txt"]
    assert "docx" in reasons["brudt.docx"]
    assert "ugyldig JSON" in reasons["poster.jsonl#line 2"]
    assert "ikke et JSON-objekt" in reasons["poster.jsonl#line 3"]
    assert "tekstkolonnen 'text' mangler" in reasons["poster.jsonl#4"]
    assert "ikke tekst" in reasons["poster.jsonl#5"]
    for name, reason in reasons.items():
        assert "\n" not in reason and reason.startswith(str(d)), reason


# -- usage errors -------------------------------------------------------------------------------

def test_usage_errors_exit_2_with_one_line(tmp_path, capsys):
    out = tmp_path / "r.sqlite"
    assert audit(tmp_path / "findes-ikke", "--out", out) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "kilden findes ikke" in err
    assert audit("report", tmp_path / "nej.sqlite") == 2
    assert "resultatdatabasen findes ikke" in capsys.readouterr().err
    (tmp_path / "x.txt").write_text(UDKAST, encoding="utf-8")
    assert audit(tmp_path / "x.txt", "--out", out) == 0
    assert audit(tmp_path / "x.txt", "--out", out) == 2  # exists: --resume or --overwrite
    assert "--resume" in capsys.readouterr().err
    assert audit(tmp_path / "x.txt", "--out", out, "--resume", "--select", "sum-of-parts") == 2
    assert "anden konfiguration" in capsys.readouterr().err
    assert audit(tmp_path / "x.txt", "--out", out, "--select", "nej-regel") == 2
    assert audit("run", tmp_path / "x.txt", "--out", out, "--jobs", "x") == 2
    (tmp_path / "ikke.sqlite").write_text("hej", encoding="utf-8")
    assert audit("export", tmp_path / "ikke.sqlite") == 2
    assert audit(tmp_path / "x.txt", "--out", out, "--overwrite", "--fail-on", "error") == 1


# -- the store, resume, jobs --------------------------------------------------------------------

def make_archive(tmp_path: Path, n: int) -> Path:
    """A JSONL archive of ``n`` documents with varied figures (so there are findings)."""
    sys.path.insert(0, str(ROOT))
    from bench.corpus import vary  # noqa: E402
    import random

    rng = random.Random(7)
    src = tmp_path / "arkiv.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = DOCS[i % len(DOCS)].read_text(encoding="utf-8")
            if i >= len(DOCS) or i % 3 == 0:
                text = vary(text, rng)
            fh.write(json.dumps({"id": f"d{i:04d}", "text": text}, ensure_ascii=False) + "\n")
    return src


def test_resume_checks_only_what_is_missing(tmp_path):
    src = make_archive(tmp_path, 12)
    full, part = tmp_path / "full.sqlite", tmp_path / "part.sqlite"
    assert audit(src, "--out", full) == 0
    assert audit(src, "--out", part, "--limit", 5) == 0
    assert len(docs_table(part)) == 5
    assert audit(src, "--out", part, "--resume") == 0
    assert snapshot(part) == snapshot(full)
    assert audit(src, "--out", part, "--resume") == 0  # nothing left: no duplicates
    assert snapshot(part) == snapshot(full)


def test_jobs_2_gives_the_same_results_as_jobs_1(tmp_path):
    src = make_archive(tmp_path, 24)
    one, two = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    assert audit(src, "--out", one) == 0
    assert audit(src, "--out", two, "--jobs", 2, "--chunk-size", 3) == 0
    a, b = snapshot(one), snapshot(two)
    assert a == b
    assert len(a["documents"]) == 24 and a["findings"] and a["facts"] and a["verified"]


def _wait_rows(db: Path, n: int, proc: subprocess.Popen, timeout: float = 60) -> int:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if db.exists():
            try:
                con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
                got = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                con.close()
                if got >= n:
                    return got
            except sqlite3.DatabaseError:
                pass
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError("the audit wrote nothing in time")


def _cmd(*argv) -> list[str]:
    return [sys.executable, "-m", "kikfacts.audit", *map(str, argv)]


def test_sigkill_mid_run_then_resume(tmp_path):
    src = make_archive(tmp_path, 60)
    ref, out = tmp_path / "ref.sqlite", tmp_path / "out.sqlite"
    assert audit(src, "--out", ref) == 0
    proc = subprocess.Popen(_cmd(src, "--out", out, "--chunk-size", 1, "--no-progress"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _wait_rows(out, 8, proc)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    con = sqlite3.connect(out)
    before = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    # every stored document is whole: its counts agree with its rows
    assert con.execute("SELECT count(*) FROM documents d WHERE n_facts != (SELECT count(*) "
                       "FROM facts f WHERE f.doc_id = d.id)").fetchone()[0] == 0
    con.close()
    assert 8 <= before < 60
    assert audit(src, "--out", out, "--resume") == 0
    con = sqlite3.connect(out)
    ids = [r[0] for r in con.execute("SELECT id FROM documents")]
    con.close()
    assert len(ids) == len(set(ids)) == 60
    assert snapshot(out) == snapshot(ref)


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(tmp_path):
    src = make_archive(tmp_path, 60)
    out = tmp_path / "out.sqlite"
    proc = subprocess.Popen(_cmd(src, "--out", out, "--jobs", 2, "--chunk-size", 1,
                                 "--no-progress"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_rows(out, 4, proc)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "afbrudt" in stderr and "--resume" in stderr and "Traceback" not in stderr
    assert audit(src, "--out", out, "--resume") == 0
    assert len(docs_table(out)) == 60


# -- export and report --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def results(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("audit")
    src = tmp / "arkiv.jsonl"
    lines = UDKAST.split("\n")
    lines[4] = lines[4].replace("Heraf går", f"Heraf {SCRIPT} går")
    evil = "\n".join(lines)
    with src.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "ond", "text": evil, "title": f"Titel {SCRIPT}",
                             "date": "2021-05-03"}) + "\n")
        for i, p in enumerate(DOCS[:8]):
            fh.write(json.dumps({"id": f"d{i}", "text": p.read_text(encoding="utf-8")},
                                ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "tom", "text": ""}) + "\n")
    out = tmp / "r.sqlite"
    assert audit(src, "--out", out) == 0
    return out


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_formats(results, tmp_path, fmt, capsys):
    assert audit("export", results, "--format", fmt, "--out", tmp_path / fmt) == 0
    files = capsys.readouterr().out.split()
    assert [Path(f).name for f in files] == [f"{t}.{fmt}" for t in TABLES]
    con = sqlite3.connect(results)
    for t, cols in TABLES.items():
        expected = con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        path = tmp_path / fmt / f"{t}.{fmt}"
        if fmt == "csv":
            with path.open(encoding="utf-8", newline="") as fh:
                got = list(csv.DictReader(fh))
        elif fmt == "jsonl":
            got = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
        else:
            import pyarrow.parquet as pq

            got = pq.read_table(path).to_pylist()
        assert len(got) == expected
        assert list(got[0]) == list(cols)
    # values survive: the evil document's title and a finding's message
    title = con.execute("SELECT title FROM documents WHERE id LIKE '%#ond'").fetchone()[0]
    msg = con.execute("SELECT message FROM findings ORDER BY doc_id, n").fetchone()[0]
    path = tmp_path / fmt
    if fmt == "parquet":
        import pyarrow.parquet as pq

        docs = pq.read_table(path / "documents.parquet").to_pylist()
        finds = pq.read_table(path / "findings.parquet").to_pylist()
        assert isinstance(finds[0]["char_start"], int)
    elif fmt == "jsonl":
        docs = [json.loads(x) for x in (path / "documents.jsonl").read_text("utf-8").splitlines()]
        finds = [json.loads(x) for x in (path / "findings.jsonl").read_text("utf-8").splitlines()]
        assert isinstance(finds[0]["facts"], list)
    else:
        with (path / "documents.csv").open(encoding="utf-8", newline="") as fh:
            docs = list(csv.DictReader(fh))
        with (path / "findings.csv").open(encoding="utf-8", newline="") as fh:
            finds = list(csv.DictReader(fh))
    assert title in [d["title"] for d in docs]
    assert finds[0]["message"] == msg


def test_html_report(results, tmp_path, capsys):
    page = tmp_path / "rapport.html"
    assert audit("report", results, "--html", page) == 0
    out = capsys.readouterr().out
    assert "10 dokumenter (9 tjekket, 1 fejlede)" in out
    assert "KF101 sum-of-parts" in out and "dokumenter med flest fejl" in out
    html = page.read_text(encoding="utf-8")
    # document text is escaped: the script shows as text, the only <script> is the report's own
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert html.count("<script>") == 1
    assert "Titel &lt;script&gt;" in html
    # self-contained: no external resources
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html and "<link" not in html
    # charts and sections
    assert html.count("<svg") >= 4
    for heading in ("Fund efter regel", "Fund efter udgivelsesår", "Dokumenter med flest fejl",
                    "Andel af dokumenter med mindst én fejl", "Alle fund"):
        assert heading in html
    assert "2021" in html
    # each finding row links to its sentence, which is in the page with the figure marked
    assert 'href="#s0"' in html and 'id="s0"' in html and "<mark>" in html
    assert 'id="findings"' in html and 'id="q"' in html


def test_report_terminal_summary_only(results, capsys):
    assert audit("report", results) == 0
    out = capsys.readouterr().out
    assert "har mindst én fejl" in out and "filen er tom" in out


# -- dask ---------------------------------------------------------------------------------------

def test_dask_local_cluster_matches_single_process(tmp_path):
    distributed = pytest.importorskip("distributed")
    src = make_archive(tmp_path, 16)
    one, dask_out = tmp_path / "one.sqlite", tmp_path / "dask.sqlite"
    assert audit(src, "--out", one) == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        assert audit(src, "--out", dask_out, "--engine", "dask", "--scheduler",
                     cluster.scheduler_address, "--chunk-size", 2) == 0
        with distributed.Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
    assert snapshot(dask_out) == snapshot(one)


def test_dask_bad_scheduler_is_a_usage_error(tmp_path, capsys):
    pytest.importorskip("distributed")
    (tmp_path / "x.txt").write_text(UDKAST, encoding="utf-8")
    assert audit(tmp_path / "x.txt", "--out", tmp_path / "r.sqlite", "--scheduler",
                 "tcp://127.0.0.1:9") == 2
    assert "--engine dask" in capsys.readouterr().err


# -- wiring into the main command ---------------------------------------------------------------

def test_wires_into_the_main_parser(tmp_path, capsys):
    """The two lines the main CLI needs: add_parser(sub) and run(args)."""

    from kikfacts import cli as main_cli
    from kikfacts.audit import cli as audit_cli

    parser = main_cli._parser()  # the main CLI adds the audit subcommand itself
    (tmp_path / "x.txt").write_text(UDKAST, encoding="utf-8")
    out = tmp_path / "r.sqlite"
    args = parser.parse_args(["audit", str(tmp_path / "x.txt"), "--out", str(out), "-j", "1"])
    assert args.command == "audit" and args.audit_command == "run"
    assert audit_cli.run(args) == 0
    args = parser.parse_args(["audit", "report", str(out)])
    assert audit_cli.run(args) == 0
    assert "1 dokumenter (1 tjekket, 0 fejlede)" in capsys.readouterr().out
    assert audit_cli.run(parser.parse_args(["audit"])) == 2
    assert "angiv kilder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        parser.parse_args(["audit", "export", str(out), "--format", "xls"])
    assert exc.value.code == 2
