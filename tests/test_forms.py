"""Surface-form corpora (corpus/forms/*.yaml), Duckling style: every form yields exactly one fact
of the file's kind with the example's value; negatives yield none of that kind."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

import kikfacts
from kikfacts.evaluate import values_equal

from .conftest import CORPUS

FORMS = sorted((CORPUS / "forms").glob("*.yaml"))


def _cases():
    pos, neg = [], []
    for path in FORMS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        kind = data["kind"]
        published = data.get("published")
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        for ex in data.get("examples") or []:
            for form in ex["forms"]:
                pos.append(pytest.param(kind, form, ex["value"], ex.get("unit"), published,
                                        id=f"{kind}:{form}"))
        for text in data.get("negative") or []:
            neg.append(pytest.param(kind, text, published, id=f"{kind}-neg:{text[:40]}"))
    return pos, neg


POSITIVE, NEGATIVE = _cases()


def test_every_kind_has_a_forms_file():
    kinds = {yaml.safe_load(p.read_text(encoding="utf-8"))["kind"] for p in FORMS}
    assert {"money", "count", "percent", "ratio", "date", "period", "age", "none"} <= kinds


@pytest.mark.parametrize("kind,form,value,unit,published", POSITIVE)
def test_form(kind, form, value, unit, published):
    doc = kikfacts.extract(form, published=published)
    found = [f for f in doc.facts if f.kind == kind]
    assert len(found) == 1, [(f.kind, f.text, f.value) for f in doc.facts]
    (fact,) = found
    assert values_equal(value, fact.value), (fact.text, fact.value)
    if unit is not None:
        assert fact.unit == unit
    assert form[fact.start : fact.end] == fact.text


@pytest.mark.parametrize("kind,text,published", NEGATIVE)
def test_negative(kind, text, published):
    doc = kikfacts.extract(text, published=published)
    if kind == "none":
        assert doc.facts == [], [(f.kind, f.text) for f in doc.facts]
    else:
        assert [f for f in doc.facts if f.kind == kind] == [], [(f.kind, f.text) for f in doc.facts]
