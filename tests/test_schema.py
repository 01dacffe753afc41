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
