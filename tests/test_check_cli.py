"""`kikfacts check`: formats, exit codes, configuration, suppression and input types."""

from __future__ import annotations

import io
import json
import sys

import pytest

from kikfacts.cli import main

ERROR_DRAFT = (
    "Kommunen afsætter samlet 12,5 mio. kr. til indsatsen. Heraf går 8,5 mio. kr. til mentorer, "
    "mens 5 mio. kr. bruges på praktikpladser.\n"
)
WARNING_DRAFT = "I alt 454 borgere har forladt kontanthjælp, enten til job (ca. 50%) eller til andre ydelser.\n"
CLEAN_DRAFT = (
    "Kommunen afsætter samlet 12,5 mio. kr. til indsatsen. Heraf går 8,5 mio. kr. til mentorer, "
    "mens 4 mio. kr. bruges på praktikpladser.\n"
)


@pytest.fixture
def draft(tmp_path):
    def make(text, name="udkast.txt", encoding="utf-8"):
        p = tmp_path / name
        p.write_bytes(text.encode(encoding))
        return p

    return make


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_format_points_at_line_and_column(draft, capsys):
    p = draft("Overskrift\n\n" + ERROR_DRAFT)
    code, out, _ = run(capsys, "check", str(p))
    assert code == 1
    assert f"{p}:3:26: fejl [sum-of-parts] Delene giver 8,5 + 5 = 13,5 mio. kr., men totalen er 12,5 mio. kr." in out


def test_exit_codes_follow_fail_on(draft, capsys):
    clean, warn = draft(CLEAN_DRAFT, "a.txt"), draft(WARNING_DRAFT, "b.txt")
    assert run(capsys, "check", str(clean))[0] == 0
    assert run(capsys, "check", str(warn))[0] == 0
    assert run(capsys, "check", "--fail-on", "warning", str(warn))[0] == 1
    assert run(capsys, "check", "--fail-on", "never", str(draft(ERROR_DRAFT, "c.txt")))[0] == 0


def test_usage_and_input_errors_are_exit_2_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "check", str(tmp_path / "mangler.txt"))
    assert code == 2 and err.strip().count("\n") == 0 and "mangler.txt: filen findes ikke" in err
    code, _, err = run(capsys, "check", "--select", "no-such-rule", str(tmp_path))
    assert code == 2 and "ukendt regel 'no-such-rule'" in err
    code, _, err = run(capsys, "check", "--format", "xml", "x.txt")
    assert code == 2 and "invalid choice" in err
    code, _, err = run(capsys, "check", str(tmp_path))
    assert code == 2 and "ingen dokumenter" in err


def test_json_format(draft, capsys):
    p = draft(ERROR_DRAFT)
    code, out, _ = run(capsys, "check", "--format", "json", "--show-verified", str(p))
    data = json.loads(out)
    (doc,) = data["documents"]
    (f,) = doc["findings"]
    assert code == 1 and f["rule"] == "sum-of-parts" and f["code"] == "KF101"
    assert f["severity"] == "error" and f["line"] == 1 and f["stated"] == 12_500_000
    assert f["computed"] == 13_500_000 and f["suggestion"] == "4 mio. kr."
    assert [s["text"] for s in f["spans"]] == ["12,5 mio. kr.", "8,5 mio. kr.", "5 mio. kr."]
    assert data["summary"]["error"] == 1


def test_github_format(draft, capsys):
    p = draft(ERROR_DRAFT)
    code, out, _ = run(capsys, "check", "--format", "github", str(p))
    assert out.startswith(f"::error file={p},line=1,col=26,title=KF101 sum-of-parts::Delene giver")


def test_sarif_format_has_rules_and_results(draft, capsys):
    p = draft(ERROR_DRAFT)
    code, out, _ = run(capsys, "check", "--format", "sarif", str(p))
    data = json.loads(out)
    run0 = data["runs"][0]
    assert data["version"] == "2.1.0" and run0["tool"]["driver"]["name"] == "kikfacts"
    (res,) = run0["results"]
    assert res["ruleId"] == "KF101" and res["level"] == "error"
    assert run0["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == "KF101"
    assert res["locations"][0]["physicalLocation"]["region"]["startLine"] == 1


def test_english_messages(draft, capsys):
    code, out, _ = run(capsys, "check", "--lang", "en", str(draft(ERROR_DRAFT)))
    assert "error [sum-of-parts] The parts give 8,5 + 5 = 13,5 mio. kr., but the total is" in out


def test_summary_line_counts_in_singular_and_plural(draft, capsys):
    one = draft("Overskrift\n\n" + ERROR_DRAFT, "a.txt")
    _, out, _ = run(capsys, "check", str(one))
    assert out.rstrip().splitlines()[-1] == "1 fil: 1 fejl, 0 advarsler, 0 info, 0 relationer holder"
    _, out, _ = run(capsys, "check", "--lang", "en", str(one), str(draft(WARNING_DRAFT, "b.txt")))
    assert out.rstrip().splitlines()[-1] == "2 files: 1 error, 1 warning, 0 info, 0 verified"
    _, out, _ = run(capsys, "check", str(draft(CLEAN_DRAFT, "c.txt")), str(draft(WARNING_DRAFT, "d.txt")))
    assert out.rstrip().splitlines()[-1] == "2 filer: 0 fejl, 1 advarsel, 0 info, 1 relation holder"


def test_select_and_ignore(draft, capsys):
    p = draft(ERROR_DRAFT + WARNING_DRAFT)
    _, out, _ = run(capsys, "check", "--ignore", "sum-of-parts", str(p))
    assert "sum-of-parts" not in out and "unlabelled-share" in out
    _, out, _ = run(capsys, "check", "--select", "KF101", str(p))
    assert "sum-of-parts" in out and "unlabelled-share" not in out


def test_config_discovered_upward_from_the_file(tmp_path, capsys):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.kikfacts]\nlang = "en"\nignore = ["unlabelled-share"]\nfail_on = "warning"\n'
        '[tool.kikfacts.severity]\nsum-of-parts = "warning"\n', encoding="utf-8")
    sub = tmp_path / "drafts" / "2024"
    sub.mkdir(parents=True)
    p = sub / "x.txt"
    p.write_text(ERROR_DRAFT + WARNING_DRAFT, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(p))
    assert code == 1  # fail_on = warning, and sum-of-parts is now a warning
    assert "warning [sum-of-parts] The parts give" in out and "unlabelled-share" not in out
    code, out, _ = run(capsys, "check", "--no-config", str(p))
    assert "fejl [sum-of-parts]" in out


def test_config_with_unknown_key_is_exit_2(tmp_path, capsys):
    (tmp_path / "kikfacts.toml").write_text('colour = "blue"\n', encoding="utf-8")
    p = tmp_path / "x.txt"
    p.write_text(CLEAN_DRAFT, encoding="utf-8")
    code, _, err = run(capsys, "check", str(p))
    assert code == 2 and "kikfacts.toml: ukendt nøgle 'colour'" in err


def test_inline_suppression_is_reported_as_suppressed(draft, capsys):
    text = "<!-- kikfacts: ignore sum-of-parts -->\n" + ERROR_DRAFT + "\n" + WARNING_DRAFT
    p = draft(text, "x.md")
    code, out, _ = run(capsys, "check", "--format", "json", str(p))
    doc = json.loads(out)["documents"][0]
    assert code == 0
    assert [f["rule"] for f in doc["suppressed"]] == ["sum-of-parts"]
    assert [f["rule"] for f in doc["findings"]] == ["unlabelled-share"]


def test_off_on_region(draft, capsys):
    text = "<!-- kikfacts: off -->\n" + ERROR_DRAFT + "<!-- kikfacts: on -->\n\n" + WARNING_DRAFT
    _, out, _ = run(capsys, "check", str(draft(text, "y.md")))
    assert "sum-of-parts" not in out and "unlabelled-share" in out


def test_html_visible_text_with_original_positions(draft, capsys):
    html = ("<html><head><title>12 mio. kr. i titlen</title><script>var x = 99;</script></head>\n"
            "<body>\n<h1>Budget</h1>\n<p>Kommunen afsætter samlet 12,5 mio. kr. til indsatsen. "
            "Heraf går 8,5 mio. kr. til mentorer, mens 5 mio. kr. bruges på praktikpladser.</p>\n"
            "</body></html>\n")
    p = draft(html, "side.html")
    code, out, _ = run(capsys, "check", str(p))
    assert code == 1
    assert f"{p}:4:29: fejl [sum-of-parts]" in out


def test_docx_paragraphs_and_tables(tmp_path, capsys):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Budget for indsatsen")
    d.add_paragraph(ERROR_DRAFT.strip())
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Tlf."
    table.rows[0].cells[1].text = "Mødet er tirsdag den 5. juni 2019."
    p = tmp_path / "udkast.docx"
    d.save(p)
    code, out, _ = run(capsys, "check", str(p))
    assert code == 1
    assert f"{p}:2:26: fejl [sum-of-parts]" in out
    assert "[weekday-date] 5. juni 2019 er en onsdag, ikke en tirsdag." in out


def test_broken_docx_is_exit_2(tmp_path, capsys):
    p = tmp_path / "broken.docx"
    p.write_bytes(b"PK\x03\x04 this is not really a zip")
    code, _, err = run(capsys, "check", str(p))
    assert code == 2 and "broken.docx: ikke en gyldig .docx" in err


def test_cp1252_and_bom_files(draft, capsys):
    a = draft(ERROR_DRAFT, "gammel.txt", encoding="cp1252")
    b = draft("\ufeff" + ERROR_DRAFT, "bom.txt")
    for p in (a, b):
        code, out, _ = run(capsys, "check", str(p))
        assert code == 1 and f"{p}:1:26: fejl [sum-of-parts]" in out


def test_invalid_encoding_is_exit_2(draft, tmp_path, capsys):
    p = tmp_path / "bad.txt"
    p.write_bytes(b"Kommunen \x81\x8d\x8f\x90\x9d afs\xc3")
    code, _, err = run(capsys, "check", str(p))
    assert code == 2 and "bad.txt: linje 1: ugyldig tekstkodning" in err


def test_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ERROR_DRAFT.encode("utf-8"))))
    code, out, _ = run(capsys, "check", "-")
    assert code == 1 and out.startswith("<stdin>:1:26: fejl [sum-of-parts]")


def test_rules_command_lists_and_documents(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0 and out.count("\n") == 13 and "KF101  sum-of-parts" in out
    code, out, _ = run(capsys, "rules", "headline-ratio")
    assert code == 0 and "## KF107 headline-ratio" in out and "### Hvorfor" in out
    assert run(capsys, "rules", "nope")[0] == 2


def test_rule_docs_are_not_stale():
    from kikfacts.docs import DOC_PATH, generate

    assert DOC_PATH.read_text(encoding="utf-8") == generate(), \
        "docs/rules.md is stale: run python -m kikfacts.docs"


def test_sarif_validates_against_the_sarif_2_1_0_schema(draft, capsys):
    """pydantic-sarif's models are generated from the official sarif-schema-2.1.0.json."""
    sarif_model = pytest.importorskip("pydantic_sarif.model")
    Sarif = sarif_model.StaticAnalysisResultsFormatSarifVersion210JsonSchema
    p = draft(ERROR_DRAFT + WARNING_DRAFT)
    code, out, _ = run(capsys, "check", "--format", "sarif", str(p))
    data = json.loads(out)
    log = Sarif.model_validate(data)
    assert len(log.runs[0].results) == 2
    data["runs"][0]["results"][0]["level"] = "fatal"  # the validation is real
    with pytest.raises(Exception):
        Sarif.model_validate(data)
