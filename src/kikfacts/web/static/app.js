// kikfacts page. Every piece of document or server text goes into the DOM through textContent,
// attributes set as properties, or createTextNode: never as markup.
"use strict";
(function () {
  const T = {
    da: {
      tagline: "Tjek at tallene i en pressemeddelelse hænger sammen.",
      switchTo: "English", switchHref: "?lang=en",
      inputHeading: "Udkast", draftLabel: "Indsæt udkastet her:",
      fileLabel: "… eller vælg eller slip en fil (.txt, .md, .html, .docx):",
      publishedLabel: "Udgivelsesdato (hvis udkastet ikke har en):",
      checkButton: "Tjek", checking: "Tjekker …",
      docHeading: "Udkastet", findingsHeading: "Fund", verifiedHeading: "Relationer der holder",
      suppressedHeading: "Undertrykte fund", factsHeading: "Tal i teksten",
      copyCsv: "Kopiér CSV", downloadCsv: "Hent CSV", downloadJson: "Hent JSON", copied: "Kopieret",
      noFindings: "Ingen fund.", noVerified: "Ingen relationer tjekket.",
      empty: "Indsæt en tekst eller vælg en fil først.",
      tooLarge: "Filen er for stor (grænsen er {n} bytes).",
      network: "Serveren svarer ikke: ",
      sev: { error: "fejl", warning: "advarsel", info: "info" },
      sevMany: { error: "fejl", warning: "advarsler", info: "info" },
      summary: "{e} fejl, {w} advarsler, {i} info, {v} relationer holder",
      published: "Udgivelsesdato: ", pubHeader: "fra teksten", pubCaller: "angivet", pubNone: "ukendt",
      suggestion: "Forslag: ", ruleDoc: "Om reglen", close: "Luk",
      legend: "Farve = slags tal; bølget understregning = fund (rød: fejl, orange: advarsel); grøn prikket = relation der holder.",
      cols: ["id", "slags", "tekst", "værdi", "enhed", "kvalifikator", "start", "slut"],
    },
    en: {
      tagline: "Check that the figures in a press release agree.",
      switchTo: "Dansk", switchHref: "?lang=da",
      inputHeading: "Draft", draftLabel: "Paste the draft here:",
      fileLabel: "… or choose or drop a file (.txt, .md, .html, .docx):",
      publishedLabel: "Publication date (if the draft has none):",
      checkButton: "Check", checking: "Checking …",
      docHeading: "The draft", findingsHeading: "Findings", verifiedHeading: "Relations that hold",
      suppressedHeading: "Suppressed findings", factsHeading: "Figures in the text",
      copyCsv: "Copy CSV", downloadCsv: "Download CSV", downloadJson: "Download JSON", copied: "Copied",
      noFindings: "No findings.", noVerified: "No relations checked.",
      empty: "Paste a text or choose a file first.",
      tooLarge: "The file is too large (the limit is {n} bytes).",
      network: "The server does not answer: ",
      sev: { error: "error", warning: "warning", info: "info" },
      sevMany: { error: "errors", warning: "warnings", info: "info" },
      summary: "{e} errors, {w} warnings, {i} info, {v} relations hold",
      published: "Publication date: ", pubHeader: "from the text", pubCaller: "given", pubNone: "unknown",
      suggestion: "Suggestion: ", ruleDoc: "About the rule", close: "Close",
      legend: "Colour = kind of figure; wavy underline = finding (red: error, orange: warning); green dotted = relation that holds.",
      cols: ["id", "kind", "text", "value", "unit", "qualifier", "start", "end"],
    },
  };
  const lang = document.documentElement.lang === "en" ? "en" : "da";
  const t = T[lang];
  const maxBytes = parseInt(document.documentElement.dataset.maxBytes || "0", 10);
  const $ = (id) => document.getElementById(id);
  const RANK = { info: 0, warning: 1, error: 2 };
  let last = null;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  const safeClass = (s) => String(s || "").replace(/[^a-z0-9_-]/gi, "");
  const fmt = (s, o) => s.replace(/\{(\w)\}/g, (_, k) => String(o[k]));

  function init() {
    document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t[n.dataset.i18n]; });
    $("lang-switch").textContent = t.switchTo;
    $("lang-switch").href = t.switchHref;
    $("legend").textContent = t.legend;
    $("form").addEventListener("submit", (ev) => { ev.preventDefault(); checkText(); });
    $("file").addEventListener("change", () => { if ($("file").files.length) checkFile($("file").files[0]); });
    const drop = $("drop");
    drop.addEventListener("dragover", (ev) => { ev.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", (ev) => {
      ev.preventDefault(); drop.classList.remove("over");
      if (ev.dataTransfer.files.length) checkFile(ev.dataTransfer.files[0]);
    });
    $("copy-csv").addEventListener("click", copyCsv);
    $("dl-csv").addEventListener("click", () => download("kikfacts-tal.csv", factsCsv(), "text/csv"));
    $("dl-json").addEventListener("click", () => download("kikfacts.json", JSON.stringify(last, null, 2), "application/json"));
    const header = $("facts").tHead.rows[0];
    t.cols.forEach((c) => header.appendChild(el("th", null, c)));
  }

  function showError(msg) { const e = $("error"); e.textContent = msg; e.hidden = !msg; }
  function busy(on) { const b = $("check"); b.disabled = on; b.textContent = on ? t.checking : t.checkButton; }

  async function call(url, init) {
    busy(true); showError("");
    try {
      const res = await fetch(url, init);
      let data = null;
      try { data = await res.json(); } catch (e) { data = null; }
      if (!res.ok) { showError((data && data.error) || (res.status + " " + res.statusText)); return; }
      render(data);
    } catch (e) {
      showError(t.network + e);
    } finally { busy(false); }
  }

  function checkText() {
    const text = $("draft").value;
    if (!text.trim()) { showError(t.empty); return; }
    const body = { text: text, lang: lang };
    if ($("published").value) body.published = $("published").value;
    call("/api/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  }

  function checkFile(file) {
    if (maxBytes && file.size > maxBytes) { showError(fmt(t.tooLarge, { n: maxBytes })); return; }
    const fd = new FormData();
    fd.append("file", file, file.name);
    fd.append("lang", lang);
    if ($("published").value) fd.append("published", $("published").value);
    call("/api/check-file", { method: "POST", body: fd }).then(() => {
      if (last && last.path === file.name && typeof last.text === "string") $("draft").value = last.text;
    });
  }

  function render(data) {
    last = data;
    const s = data.summary || {};
    const sum = $("summary");
    sum.replaceChildren();
    [["error", s.error], ["warning", s.warning], ["info", s.info]].forEach(([k, n]) => {
      sum.appendChild(el("span", "b " + k, n + " " + (n === 1 ? t.sev[k] : t.sevMany[k])));
    });
    sum.appendChild(el("span", "b ok", (s.verified || 0) + " ✓"));
    const src = data.published_source === "header" ? t.pubHeader : data.published_source === "caller" ? t.pubCaller : "";
    sum.appendChild(el("span", "pub", t.published + (data.published || t.pubNone) + (src ? " (" + src + ")" : "")));
    renderDoc(data);
    renderList($("findings"), data.findings || [], "finding", t.noFindings);
    renderList($("verified"), data.verified || [], "verified", t.noVerified);
    const sup = data.suppressed || [];
    $("suppressed-box").hidden = sup.length === 0;
    renderList($("suppressed"), sup, "suppressed", "");
    renderFacts(data.facts || []);
    $("detail").hidden = true;
    $("results").hidden = false;
  }

  // Offsets from the server count Unicode code points; JS strings count UTF-16 units.
  function renderDoc(data) {
    const cps = Array.from(data.text || "");
    const n = cps.length;
    const cuts = new Set([0, n]);
    const facts = data.facts || [];
    const groups = [["finding", data.findings || []], ["verified", data.verified || []]];
    facts.forEach((f) => { cuts.add(clamp(f.start, n)); cuts.add(clamp(f.end, n)); });
    groups.forEach(([, list]) => list.forEach((r) => (r.spans || []).forEach((sp) => {
      cuts.add(clamp(sp.start, n)); cuts.add(clamp(sp.end, n));
    })));
    const points = Array.from(cuts).sort((a, b) => a - b);
    const doc = $("doc");
    doc.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const text = cps.slice(a, b).join("");
      const fs = facts.filter((f) => f.start <= a && f.end >= b);
      const hits = [];
      groups.forEach(([kind, list]) => list.forEach((r, idx) => {
        if ((r.spans || []).some((sp) => sp.start <= a && sp.end >= b)) hits.push([kind, idx, r]);
      }));
      if (!fs.length && !hits.length) { doc.appendChild(document.createTextNode(text)); continue; }
      const m = el("mark", "fact", text);
      fs.forEach((f) => m.classList.add("kind-" + safeClass(f.kind)));
      const bad = hits.filter((h) => h[0] === "finding");
      if (bad.length) {
        const worst = bad.reduce((w, h) => (RANK[h[2].severity] > RANK[w] ? h[2].severity : w), "info");
        m.classList.add("sev-" + safeClass(worst));
        m.dataset.rules = bad.map((h) => h[2].rule).join(" ");
      } else if (hits.length) {
        m.classList.add("ok");
      }
      m.dataset.refs = hits.map((h) => h[0] + ":" + h[1]).join(" ");
      const tips = fs.map((f) => f.kind + ": " + f.text);
      hits.forEach((h) => tips.push("[" + h[2].code + " " + h[2].rule + "] " + h[2].message + "\n" + h[2].arithmetic));
      m.title = tips.join("\n\n");
      m.addEventListener("click", () => {
        const first = bad[0] || hits[0];
        if (first) select(first[0], first[1]);
      });
      doc.appendChild(m);
    }
  }
  const clamp = (x, n) => Math.max(0, Math.min(n, x | 0));

  function renderList(ol, list, kind, emptyText) {
    ol.replaceChildren();
    if (!list.length) { if (emptyText) ol.appendChild(el("li", "empty", emptyText)); return; }
    list.forEach((r, idx) => {
      const li = el("li", kind === "verified" ? "verified" : "sev-" + safeClass(r.severity));
      li.dataset.rule = r.rule; li.dataset.code = r.code; li.dataset.ref = kind + ":" + idx;
      li.appendChild(el("span", "code", r.code + " " + r.rule + (kind === "verified" ? "" : " · " + (t.sev[r.severity] || r.severity))));
      li.appendChild(el("span", "msg", kind === "verified" ? r.arithmetic : r.message));
      if (kind !== "verified" && r.arithmetic) li.appendChild(el("span", "arith", r.arithmetic));
      if (kind !== "verified" && r.suggestion) li.appendChild(el("span", "sugg", t.suggestion + r.suggestion));
      li.addEventListener("click", () => select(kind, idx));
      ol.appendChild(li);
    });
  }

  function select(kind, idx) {
    const ref = kind + ":" + idx;
    document.querySelectorAll(".sel").forEach((n) => n.classList.remove("sel"));
    document.querySelectorAll("#doc mark").forEach((m) => {
      if ((m.dataset.refs || "").split(" ").includes(ref)) m.classList.add("sel");
    });
    const li = document.querySelector('aside li[data-ref="' + ref + '"]');
    if (li) li.classList.add("sel");
    const list = kind === "verified" ? last.verified : kind === "suppressed" ? last.suppressed : last.findings;
    const r = list && list[idx];
    if (!r) return;
    const d = $("detail");
    d.replaceChildren();
    const close = el("button", "close", "×"); close.type = "button"; close.title = t.close;
    close.addEventListener("click", () => { d.hidden = true; });
    d.appendChild(close);
    d.appendChild(el("div", "code", r.code + " " + r.rule + " · " + (kind === "verified" ? "✓" : (t.sev[r.severity] || r.severity))));
    d.appendChild(el("div", "msg", r.message));
    if (r.arithmetic) d.appendChild(el("span", "arith", r.arithmetic));
    if (r.suggestion) d.appendChild(el("span", "sugg", t.suggestion + r.suggestion));
    const a = el("a", "doclink", t.ruleDoc);
    a.href = "/api/rules/" + encodeURIComponent(r.code) + "?lang=" + lang;
    a.target = "_blank"; a.rel = "noopener";
    const pre = el("div"); pre.id = "rule-doc"; pre.hidden = true;
    a.addEventListener("click", async (ev) => {
      ev.preventDefault();
      if (!pre.hidden) { pre.hidden = true; return; }
      const res = await fetch(a.href);
      pre.textContent = await res.text(); pre.hidden = false;
    });
    d.appendChild(a); d.appendChild(pre);
    d.hidden = false;
  }

  function renderFacts(facts) {
    const body = $("facts").tBodies[0];
    body.replaceChildren();
    factRows(facts).forEach((row) => {
      const tr = el("tr");
      row.forEach((c) => tr.appendChild(el("td", null, c)));
      body.appendChild(tr);
    });
  }
  function factRows(facts) {
    return facts.map((f) => [f.id, f.kind, f.text, typeof f.value === "object" && f.value !== null ? JSON.stringify(f.value) : f.value,
      f.unit, f.qualifier, f.start, f.end].map((v) => (v === null || v === undefined ? "" : String(v))));
  }
  function factsCsv() {
    const q = (v) => (/[",\n;]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);
    const rows = [["id", "kind", "text", "value", "unit", "qualifier", "start", "end"]].concat(factRows((last && last.facts) || []));
    return rows.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
  }
  async function copyCsv() {
    const csv = factsCsv();
    try { await navigator.clipboard.writeText(csv); }
    catch (e) {
      const ta = el("textarea"); ta.value = csv; document.body.appendChild(ta); ta.select();
      document.execCommand("copy"); ta.remove();
    }
    const c = $("copied"); c.textContent = t.copied; c.hidden = false;
    setTimeout(() => { c.hidden = true; }, 1500);
  }
  function download(name, content, type) {
    if (!last) return;
    const url = URL.createObjectURL(new Blob([content], { type: type + ";charset=utf-8" }));
    const a = el("a"); a.href = url; a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  init();
})();
