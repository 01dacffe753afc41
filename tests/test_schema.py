"""The JSON output of `extract` and `check` follows schema/document.schema.json."""

import json

import jsonschema
import pytest

from kikfacts.cli import main

from .conftest import CORPUS, ROOT

SCHEMA = json.loads((ROOT / "schema" / "document.schema.json").read_text(encoding="utf-8"))
DOCS = sorted((CORPUS / "docs").glob("*.txt"))[:12]


@pytest.mark.parametrize("command", ["extract", "check"])
def test_json_output_validates(command, capsys):
    main([command, "--format", "json", *map(str, DOCS), str(ROOT / "examples" / "udkast.txt")])
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, SCHEMA)
    assert len(data["documents"]) == len(DOCS) + 1
    assert sum(len(d["facts"]) for d in data["documents"]) > 100


def test_schema_rejects_a_broken_fact():
    bad = {"kikfacts": "0", "documents": [{"schema_version": "1.0", "path": None, "published": None,
           "published_source": None, "facts": [{"id": "f1", "kind": "ratio", "text": "x", "start": 0,
           "end": 1, "sentence": 0, "block": 0, "value": -3, "unit": None, "qualifier": None,
           "subject": None}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


# --- SARIF 2.1.0 -------------------------------------------------------------------------------

SARIF_SCHEMA = json.loads((ROOT / "schema" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
SARIF = jsonschema.Draft4Validator(SARIF_SCHEMA)

ERRORS_AND_WARNINGS = (
    "Budget 2025: 1 ud af 3 kroner går til skoler\n\n"
    "Kommunen bruger i alt 12,5 mio. kr. på skolerne. Heraf går 8,5 mio. kr. til lærere, mens "
    "5 mio. kr. går til bygninger. Af de 640 elever fik 150 ekstra timer (ca. 60%).\n"
)


def _sarif(capsys, *paths) -> dict:
    main(["check", "--format", "sarif", *map(str, paths)])
    return json.loads(capsys.readouterr().out)


def test_sarif_schema_file_is_the_2_1_0_schema():
    assert SARIF_SCHEMA["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert "2.1.0" in SARIF_SCHEMA["title"]
    jsonschema.Draft4Validator.check_schema(SARIF_SCHEMA)
    # The schema is strict where it matters for our output: levels are an enum, and unknown
    # top-level keys are refused.
    assert SARIF_SCHEMA["additionalProperties"] is False
    assert set(SARIF_SCHEMA["definitions"]["result"]["properties"]["level"]["enum"]) == {
        "none", "note", "warning", "error"}


def test_sarif_output_validates_against_the_shipped_schema(tmp_path, capsys):
    bad = tmp_path / "udkast.md"
    bad.write_text(ERRORS_AND_WARNINGS, encoding="utf-8")
    clean = tmp_path / "ren.txt"
    clean.write_text("Kommunen har 12 skoler.\n", encoding="utf-8")
    data = _sarif(capsys, bad, clean, ROOT / "examples" / "udkast.txt", *DOCS[:4])
    errors = sorted(SARIF.iter_errors(data), key=str)
    assert not errors, errors[0].message if errors else ""
    results = data["runs"][0]["results"]
    assert {r["level"] for r in results} >= {"error", "warning"}
    assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in results)
    rules = data["runs"][0]["tool"]["driver"]["rules"]
    for r in results:  # ruleIndex points at the rule with the result's id
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]


def test_sarif_with_no_findings_validates(tmp_path, capsys):
    clean = tmp_path / "ren.txt"
    clean.write_text("Kommunen har 12 skoler.\n", encoding="utf-8")
    data = _sarif(capsys, clean)
    assert data["runs"][0]["results"] == []
    assert not list(SARIF.iter_errors(data))


@pytest.mark.parametrize("breakage", ["level", "region", "extra-key"])
def test_shipped_sarif_schema_rejects_broken_logs(tmp_path, capsys, breakage):
    bad = tmp_path / "udkast.md"
    bad.write_text(ERRORS_AND_WARNINGS, encoding="utf-8")
    data = _sarif(capsys, bad)
    result = data["runs"][0]["results"][0]
    if breakage == "level":
        result["level"] = "fatal"
    elif breakage == "region":
        result["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    else:
        data["kikfacts"] = True
    assert list(SARIF.iter_errors(data))
