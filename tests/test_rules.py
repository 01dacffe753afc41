"""Every rule file loads, and its examples behave: `fail` texts trigger it, `pass` texts don't."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kikfacts.engine import Config, check
from kikfacts.rules import RuleError, default_rules_dir, load_rule, load_rules

RULES = load_rules()
NAMES = [
    "sum-of-parts", "stock-flow", "percent-change", "share-of-base", "shares-total",
    "unlabelled-share", "headline-ratio", "repeated-figure", "period-length",
    "target-consistency", "weekday-date", "date-order", "rate-per-time",
]


def test_all_contract_rules_exist_with_unique_codes():
    assert sorted(r.name for r in RULES) == sorted(NAMES)
    assert len({r.code for r in RULES}) == len(RULES)


def _cases(which):
    for r in RULES:
        for i, ex in enumerate(r.examples_fail if which == "fail" else r.examples_pass):
            yield pytest.param(r, ex, id=f"{r.name}-{which}-{i}")


def _run(rule, ex):
    pub = dt.date.fromisoformat(ex.published) if ex.published else None
    return check(ex.text, Config(select=frozenset({rule.name})), published=pub)


@pytest.mark.parametrize("rule,ex", list(_cases("fail")))
def test_fail_examples_trigger_the_rule(rule, ex):
    report = _run(rule, ex)
    hits = [f for f in report.findings if f.rule == rule.name and f.severity != "info"]
    assert hits, f"{rule.name} did not fire on: {ex.text}"
    for f in hits:
        assert f.code == rule.code and f.message and "?" not in f.message.replace("? ", "")


@pytest.mark.parametrize("rule,ex", list(_cases("pass")))
def test_pass_examples_do_not_trigger_the_rule(rule, ex):
    report = _run(rule, ex)
    assert [f.message for f in report.findings if f.rule == rule.name and f.severity != "info"] == []


def test_english_messages(tmp_path):
    text = "Borgermødet holdes tirsdag den 5. juni 2019 på rådhuset."
    (f,) = check(text, Config(lang="en")).findings
    assert f.message == "5 June 2019 is a Wednesday, not a Tuesday."
    assert f.arithmetic == "5 June 2019 is a Wednesday, not a Tuesday"
    # figures keep the report's form ("13,5 mio. kr.") in both languages; words are English
    text = "Kommunen afsætter samlet 12,5 mio. kr. Heraf går 8,5 mio. kr. til mentorer, mens 6 mio. kr. bruges på kurser."
    (f,) = check(text, Config(lang="en")).findings
    assert f.message == ("The parts give 8,5 + 6 = 14,5 mio. kr., but the total is 12,5 mio. kr. "
                         "(difference 2 mio. kr.).")


#: Words that only Danish has; English output may quote the document («...») but not use them.
#: Figures keep the report's form in both languages ("12,5 mio. kr."), so the abbreviations may stay.
_DANISH_ONLY = re.compile(
    r"(?i)(?<!\w)(?:ikke|af|og|er|procent|procentpoint|pct|måneder|kroner|millioner|"
    r"milliarder|frist|slut|slutter|afrundingen|hvad|sandsynlig|helt|antal|dage|uger|år|ingen|sådan|"
    r"mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|januar|februar|marts|maj|juni|juli|oktober|"
    r"fremdrift|målet|teksten|delene|totalen|forskel)(?!\w)|[æøå]"
)


@pytest.mark.parametrize("rule,ex", list(_cases("fail")))
def test_english_output_has_no_danish_words(rule, ex):
    pub = dt.date.fromisoformat(ex.published) if ex.published else None
    report = check(ex.text, Config(lang="en", select=frozenset({rule.name})), published=pub)
    out = [f for f in report.findings + report.verified if f.rule == rule.name]
    assert out
    for f in out:
        for text in (f.message, f.arithmetic):
            unquoted = re.sub(r"«[^»]*»", "", text)
            assert not _DANISH_ONLY.search(unquoted), f"{rule.name}: Danish in English output: {text}"


def _write(tmp_path, name, body):
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_yaml_error_names_file_and_line(tmp_path):
    p = _write(tmp_path, "bad.yaml", "code: KF901\nname: x\n  check: [unclosed\n")
    with pytest.raises(RuleError) as exc:
        load_rule(p)
    assert str(exc.value).startswith(f"{p}:") and "ugyldig YAML" in str(exc.value)


def test_unknown_check_kind_is_refused_with_line(tmp_path):
    src = (default_rules_dir() / "KF111_weekday-date.yaml").read_text(encoding="utf-8")
    p = _write(tmp_path, "x.yaml", src.replace("check: weekday_date", "check: guess_numbers")
               .replace("KF111", "KF901").replace("name: weekday-date", "name: x-rule"))
    with pytest.raises(RuleError, match=r"x\.yaml:3: ukendt check 'guess_numbers'"):
        load_rule(p)


def test_unknown_key_is_refused(tmp_path):
    src = (default_rules_dir() / "KF111_weekday-date.yaml").read_text(encoding="utf-8")
    p = _write(tmp_path, "y.yaml", src + "colour: blue\n")
    with pytest.raises(RuleError, match="ukendt nøgle 'colour'"):
        load_rule(p)


def test_user_rule_folder_adds_a_rule(tmp_path):
    src = (default_rules_dir() / "KF111_weekday-date.yaml").read_text(encoding="utf-8")
    _write(tmp_path, "KF901.yaml", src.replace("KF111", "KF901")
           .replace("name: weekday-date", "name: weekday-date-soft")
           .replace("severity: error", "severity: warning"))
    cfg = Config(rule_dirs=(str(tmp_path),), select=frozenset({"weekday-date-soft"}))
    text = "Borgermødet holdes tirsdag den 5. juni 2019 på rådhuset."
    (f,) = check(text, cfg).findings
    assert (f.code, f.rule, f.severity) == ("KF901", "weekday-date-soft", "warning")


def test_duplicate_code_is_refused(tmp_path):
    src = (default_rules_dir() / "KF111_weekday-date.yaml").read_text(encoding="utf-8")
    _write(tmp_path, "dup.yaml", src.replace("name: weekday-date", "name: other-name"))
    with pytest.raises(RuleError, match="KF111"):
        load_rules([tmp_path])
