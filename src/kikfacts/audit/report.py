"""Summaries of a results database: a terminal summary and a self-contained HTML report.

The HTML report needs nothing from the network: charts are inline SVG, the table's sorting and
filtering is a few lines of inline JavaScript, and every piece of document text (ids, titles,
sentences, messages) is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from .store import open_readonly

SEV_RANK = "CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END"
SEV_DA = {"error": "fejl", "warning": "advarsel", "info": "info"}


@dataclass
class Summary:
    documents: int = 0
    ok: int = 0
    failed: int = 0
    with_error: int = 0
    with_finding: int = 0
    findings: int = 0
    by_severity: dict[str, int] = field(default_factory=dict)
    by_rule: list[tuple[str, str, int, int, int]] = field(default_factory=list)  # code, rule, n, err, warn
    #: year -> (documents, documents with >= 1 error, findings)
    by_year: list[tuple[str, int, int, int]] = field(default_factory=list)
    top_documents: list[tuple] = field(default_factory=list)  # id, title, published, err, warn, n
    failures: list[tuple[str, int]] = field(default_factory=list)  # reason, count
    verified: int = 0
    facts: int = 0

    @property
    def error_share(self) -> float:
        return self.with_error / self.ok if self.ok else 0.0


def summarise(db: sqlite3.Connection, top: int = 10) -> Summary:
    s = Summary()
    r = db.execute(
        "SELECT count(*), coalesce(sum(outcome='ok'),0), coalesce(sum(outcome='failed'),0), "
        "coalesce(sum(n_errors>0),0), coalesce(sum(n_findings>0),0), coalesce(sum(n_facts),0), "
        "coalesce(sum(n_verified),0) FROM documents").fetchone()
    s.documents, s.ok, s.failed, s.with_error, s.with_finding, s.facts, s.verified = r
    s.by_severity = {sev: n for sev, n in db.execute(
        "SELECT severity, count(*) FROM findings WHERE suppressed=0 GROUP BY severity")}
    s.findings = sum(s.by_severity.values())
    s.by_rule = list(db.execute(
        "SELECT code, rule, count(*), sum(severity='error'), sum(severity='warning') "
        "FROM findings WHERE suppressed=0 GROUP BY code, rule ORDER BY count(*) DESC, code"))
    s.by_year = list(db.execute(
        "SELECT coalesce(substr(published,1,4),'ukendt') AS y, count(*), sum(n_errors>0), "
        "sum(n_findings) FROM documents WHERE outcome='ok' GROUP BY y ORDER BY y"))
    s.top_documents = list(db.execute(
        "SELECT id, title, published, n_errors, n_warnings, n_findings FROM documents "
        "WHERE n_findings>0 ORDER BY n_errors DESC, n_findings DESC, id LIMIT ?", (top,)))
    s.failures = list(db.execute(
        "SELECT CASE WHEN substr(reason,1,length(id)+2)=id||': ' "
        "THEN substr(reason,length(id)+3) ELSE reason END AS why, count(*) FROM documents "
        "WHERE outcome='failed' GROUP BY why ORDER BY count(*) DESC, why LIMIT ?", (top,)))
    return s


def _pct(x: float) -> str:
    return f"{x * 100:.1f} %".replace(".", ",")


def terminal_lines(s: Summary, results: str) -> list[str]:
    out = [
        f"{results}: {s.documents} dokumenter ({s.ok} tjekket, {s.failed} fejlede), "
        f"{s.facts} fakta, {s.verified} relationer holder",
        f"fund: {s.findings} ({s.by_severity.get('error', 0)} fejl, "
        f"{s.by_severity.get('warning', 0)} advarsler, {s.by_severity.get('info', 0)} info); "
        f"{s.with_error} af {s.ok} dokumenter ({_pct(s.error_share)}) har mindst én fejl",
    ]
    if s.by_rule:
        out.append("efter regel:")
        for code, rule, n, err, warn in s.by_rule:
            out.append(f"  {code} {rule:<20} {n:>7}  ({err} fejl, {warn} advarsler)")
    if s.by_year:
        out.append("efter udgivelsesår (dokumenter, med fejl, fund):")
        for y, n, e, f in s.by_year:
            out.append(f"  {y:<7} {n:>7} {e:>7} {f:>7}")
    if s.top_documents:
        out.append("dokumenter med flest fejl:")
        for doc_id, title, pub, err, warn, n in s.top_documents:
            t = f" «{title}»" if title else ""
            out.append(f"  {err:>3} fejl, {warn:>3} advarsler  {doc_id}{t}")
    if s.failures:
        out.append("fejlede dokumenter, efter årsag:")
        for why, n in s.failures:
            out.append(f"  {n:>7}  {why}")
    return out


# -- HTML ----------------------------------------------------------------------------------------

def esc(v) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def svg_bars(rows: list[tuple[str, float]], *, width: int = 640, bar: int = 22,
             color: str = "#c0392b", fmt=lambda v: f"{v:g}", label_w: int = 200) -> str:
    """A horizontal bar chart as inline SVG (labels escaped)."""
    if not rows:
        return '<p class="empty">Ingen data.</p>'
    top = max(v for _, v in rows) or 1
    h = bar * len(rows) + 8
    plot = width - label_w - 70
    parts = [f'<svg class="chart" role="img" width="{width}" height="{h}" '
             f'viewBox="0 0 {width} {h}" xmlns="http://www.w3.org/2000/svg">']
    for i, (label, v) in enumerate(rows):
        y = 4 + i * bar
        w = max(1.0, plot * v / top) if v else 0
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar * 0.68:.1f}" text-anchor="end">{esc(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{bar - 6}" fill="{color}">'
            f'<title>{esc(label)}: {esc(fmt(v))}</title></rect>'
            f'<text x="{label_w + w + 5:.1f}" y="{y + bar * 0.68:.1f}">{esc(fmt(v))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def svg_share(part: int, whole: int, width: int = 640) -> str:
    share = part / whole if whole else 0.0
    w = (width - 2) * share
    return (f'<svg class="chart" role="img" width="{width}" height="40" viewBox="0 0 {width} 40" '
            f'xmlns="http://www.w3.org/2000/svg"><rect x="1" y="4" width="{width - 2}" height="22" '
            f'fill="#e5e5e5"/><rect x="1" y="4" width="{w:.1f}" height="22" fill="#c0392b"/>'
            f'<text x="6" y="20" fill="#000">{esc(_pct(share))} ({part} af {whole})</text></svg>')


CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:1200px;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}
.kpi{display:flex;gap:1.5em;flex-wrap:wrap}.kpi div{background:#f6f6f6;padding:.6em 1em;border-radius:6px}
.kpi b{display:block;font-size:1.5em}
svg.chart text{font-size:12px;fill:#222}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
th{cursor:pointer;background:#fafafa;position:sticky;top:0}th.sorted-asc::after{content:" \\25B2"}th.sorted-desc::after{content:" \\25BC"}
.sev-error{color:#c0392b;font-weight:600}.sev-warning{color:#b9770e}.sev-info{color:#555}
.controls{margin:.5em 0;display:flex;gap:.6em;flex-wrap:wrap}input,select{padding:3px}
mark{background:#fde2a7}ol.sentences li{margin:.4em 0}ol.sentences li:target{background:#fff6d6}
tr:target{background:#fff6d6}.muted{color:#777}.empty{color:#777;font-style:italic}
"""

JS = """
(function(){
 var t=document.getElementById('findings');if(!t)return;
 var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows);
 var q=document.getElementById('q'),sev=document.getElementById('sev'),rule=document.getElementById('rule'),
     n=document.getElementById('shown');
 function filter(){var s=q.value.toLowerCase(),v=sev.value,r=rule.value,c=0;
  rows.forEach(function(tr){var ok=(!s||tr.textContent.toLowerCase().indexOf(s)>=0)&&
   (!v||tr.getAttribute('data-sev')===v)&&(!r||tr.getAttribute('data-rule')===r);
   tr.style.display=ok?'':'none';if(ok)c++;});n.textContent=c;}
 [q,sev,rule].forEach(function(e){e.addEventListener('input',filter);e.addEventListener('change',filter);});
 Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,i){th.addEventListener('click',function(){
  var asc=!th.classList.contains('sorted-asc');
  Array.prototype.forEach.call(t.tHead.rows[0].cells,function(o){o.classList.remove('sorted-asc','sorted-desc');});
  th.classList.add(asc?'sorted-asc':'sorted-desc');
  var num=th.getAttribute('data-num')==='1';
  rows.sort(function(a,b){var x=a.cells[i].getAttribute('data-v')||a.cells[i].textContent,
   y=b.cells[i].getAttribute('data-v')||b.cells[i].textContent;
   if(num){x=parseFloat(x)||0;y=parseFloat(y)||0;return asc?x-y:y-x;}
   return asc?x.localeCompare(y,'da'):y.localeCompare(x,'da');});
  rows.forEach(function(tr){body.appendChild(tr);});});});
 filter();
})();
"""


def _highlight(sentence: str, start: int | None, end: int | None) -> str:
    if sentence is None:
        return ""
    if start is None or end is None:
        return esc(sentence)
    a = max(0, min(len(sentence), start))
    b = max(a, min(len(sentence), end))
    return f"{esc(sentence[:a])}<mark>{esc(sentence[a:b])}</mark>{esc(sentence[b:])}"


def html_report(db: sqlite3.Connection, results: str, *, top: int = 15,
                max_rows: int = 5000) -> str:
    s = summarise(db, top)
    rules = sorted({(code, rule) for code, rule, *_ in s.by_rule})
    rows = list(db.execute(
        f"SELECT f.doc_id, f.n, f.code, f.rule, f.severity, f.message, f.arithmetic, "
        f"f.suggestion, f.char_start, f.char_end, f.sentence_start, f.sentence_text, d.title, "
        f"d.published FROM findings f JOIN documents d ON d.id=f.doc_id WHERE f.suppressed=0 "
        f"ORDER BY {SEV_RANK}, f.doc_id, f.n LIMIT ?", (max_rows,)))
    out: list[str] = []
    w = out.append
    w("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">")
    w(f"<title>kikfacts audit: {esc(Path(results).name)}</title>")
    w(f"<style>{CSS}</style></head><body>")
    w(f"<h1>kikfacts audit: {esc(Path(results).name)}</h1>")
    w(f'<p class="muted">kikfacts {esc(__version__)}, rapport dannet '
      f'{esc(dt.datetime.now().strftime("%Y-%m-%d %H:%M"))}</p>')
    w('<div class="kpi">')
    for label, value in (("dokumenter", s.documents), ("tjekket", s.ok), ("fejlede", s.failed),
                         ("fund", s.findings), ("fejl", s.by_severity.get("error", 0)),
                         ("advarsler", s.by_severity.get("warning", 0)),
                         ("med mindst én fejl", _pct(s.error_share))):
        w(f"<div><b>{esc(value)}</b>{esc(label)}</div>")
    w("</div>")
    w("<h2>Andel af dokumenter med mindst én fejl</h2>")
    w(svg_share(s.with_error, s.ok))
    w("<h2>Fund efter regel</h2>")
    w(svg_bars([(f"{code} {rule}", n) for code, rule, n, *_ in s.by_rule]))
    w("<h2>Fund efter udgivelsesår</h2>")
    w(svg_bars([(y, f) for y, _, _, f in s.by_year], color="#2e86c1", label_w=80))
    w("<h3>Andel af dokumenter med fejl, efter år</h3>")
    w(svg_bars([(y, (e / n) if n else 0) for y, n, e, _ in s.by_year], color="#884ea0",
               label_w=80, fmt=_pct))
    w("<h2>Dokumenter med flest fejl</h2>")
    w(svg_bars([(doc_id if len(doc_id) < 40 else "…" + doc_id[-39:], err)
                for doc_id, _, _, err, _, _ in s.top_documents], label_w=300))
    if s.top_documents:
        w("<table><thead><tr><th>dokument</th><th>titel</th><th>udgivet</th><th>fejl</th>"
          "<th>advarsler</th><th>fund</th></tr></thead><tbody>")
        for doc_id, title, pub, err, warn, n in s.top_documents:
            w(f"<tr><td>{esc(doc_id)}</td><td>{esc(title)}</td><td>{esc(pub)}</td>"
              f"<td>{err}</td><td>{warn}</td><td>{n}</td></tr>")
        w("</tbody></table>")
    if s.failures:
        w("<h2>Fejlede dokumenter, efter årsag</h2><table><thead><tr><th>årsag</th>"
          "<th>antal</th></tr></thead><tbody>")
        for why, n in s.failures:
            w(f"<tr><td>{esc(why)}</td><td>{n}</td></tr>")
        w("</tbody></table>")
    w(f"<h2>Alle fund</h2><p>Viser <span id=\"shown\">{len(rows)}</span> af {len(rows)} fund")
    if s.findings > len(rows):
        w(f" (de første {len(rows)} af {s.findings}; brug --max-rows for flere)")
    w(". Klik på en kolonneoverskrift for at sortere.</p>")
    w('<div class="controls"><input id="q" type="search" placeholder="filtrér (tekst)" size="30">'
      '<select id="sev"><option value="">alle niveauer</option>'
      '<option value="error">fejl</option><option value="warning">advarsel</option>'
      '<option value="info">info</option></select><select id="rule">'
      '<option value="">alle regler</option>')
    for code, rule in rules:
        w(f'<option value="{esc(code)}">{esc(code)} {esc(rule)}</option>')
    w("</select></div>")
    w('<table id="findings"><thead><tr><th>dokument</th><th data-num="0">udgivet</th>'
      "<th>regel</th><th>niveau</th><th>besked</th><th>regnestykke</th><th>sætning</th>"
      "</tr></thead><tbody>")
    for i, (doc_id, n, code, rule, sev, msg, arith, sugg, cs, ce, ss, stext, title, pub) \
            in enumerate(rows):
        w(f'<tr id="f{i}" data-sev="{esc(sev)}" data-rule="{esc(code)}">'
          f"<td>{esc(doc_id)}{'<br><span class=muted>' + esc(title) + '</span>' if title else ''}</td>"
          f"<td>{esc(pub)}</td><td>{esc(code)} {esc(rule)}</td>"
          f'<td class="sev-{esc(sev)}" data-v="{ {"error": 0, "warning": 1}.get(sev, 2)}">'
          f"{esc(SEV_DA.get(sev, sev))}</td><td>{esc(msg)}</td><td>{esc(arith)}</td>"
          f'<td><a href="#s{i}">sætning</a></td></tr>')
    w("</tbody></table>")
    w('<h2>Sætningerne</h2><ol class="sentences">')
    for i, (doc_id, n, code, rule, sev, msg, arith, sugg, cs, ce, ss, stext, title, pub) \
            in enumerate(rows):
        rel_a = cs - ss if cs is not None and ss is not None else None
        rel_b = ce - ss if ce is not None and ss is not None else None
        w(f'<li id="s{i}"><a href="#f{i}">{esc(code)}</a> <span class="muted">{esc(doc_id)}'
          f"</span><br>{_highlight(stext, rel_a, rel_b)}</li>")
    w("</ol>")
    w(f"<script>{JS}</script></body></html>")
    return "\n".join(out)


def write_html(results: str, path: str, *, top: int = 15, max_rows: int = 5000) -> Summary:
    db = open_readonly(results)
    try:
        text = html_report(db, results, top=top, max_rows=max_rows)
        s = summarise(db, top)
    finally:
        db.close()
    Path(path).write_text(text, encoding="utf-8")
    return s


def summary(results: str, top: int = 10) -> Summary:
    db = open_readonly(results)
    try:
        return summarise(db, top)
    finally:
        db.close()
