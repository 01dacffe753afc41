"""Press-release layout: blocks (headline, dateline, paragraphs, bullets...) and sentences.

Works on the raw text so that every offset is an offset into the caller's string. Blocks are
separated by blank lines; bullet items are blocks of their own. Sentences never cross a block.
"""

from __future__ import annotations

import regex

from kikfacts.patterns import compile as _rc

from .model import Block, Sentence

_BLANK = _rc(r"\n[ \t\u00a0]*\n\s*")
_BULLET = _rc(r"^[ \t\u00a0]*(?:[•·▪◦●■\*–-]|\d{1,2}[.)])[ \t\u00a0]+", regex.M)
_STRONG_BULLET = _rc(r"^[ \t\u00a0]*[•·▪◦●■\*][ \t\u00a0]+")
_CONTACT = _rc(r"(?i)\b(?:tlf|telefon|mobil|e-?mail)\b|@")
_CONTACT_LABEL = _rc(r"(?i)\b(?:tlf|telefon|mobil|e-?mail|mail)\.?[ \t]*:|\b(?:tlf|telefon|mobil|telefonnr)\.?[ \t]*(?:nr\.?[ \t]*)?\+?\d")
#: "Kontakt"/"presse" make a contact block only with a phone number, or at the block's start
#: ("Pressekontakt: ..."): "Kommunen vil kontakte 300 borgere" is a paragraph with a fact.
_CONTACT_WORD = _rc(r"(?i)\b(?:kontakt\w*|presse\w*)\b")
_CONTACT_START = _rc(r"(?i)\W*(?:kontakt\w*|presse\w*|yderligere\s+oplysninger|tlf|telefon|mobil|e-?mail)\b")
_PHONE_LIKE = _rc(r"(?<![\d.,])(?:\+45[ \t]?)?\d{2}(?:[ \t]?\d{2}){3}(?![\d.,])")
_DATE_HINT = _rc(
    r"(?i)\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b\d{1,2}\.\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*\.?\s+\d{4}\b|"
    r"\b(?:nyhed er fra|publiceret|udgivet|dato)\b"
)
_DATE_CUE = _rc(r"(?i)\b(?:nyhed er fra|publiceret|udgivet|dato|opdateret)\b")
_FURNITURE = _rc(r"^[\d\s]*$")
_SEGMENTS = _rc(r"\s[•·|]\s")

#: Abbreviations that never end a sentence, whatever follows.
NO_BREAK_ABBREV = {
    "ca", "bl.a", "f.eks", "jf", "kl", "nr", "tlf", "hr", "dr", "stk", "inkl", "ekskl", "evt",
    "hhv", "mht", "ift", "vedr", "ang", "pga", "iflg", "jvf", "prof", "mr", "ds", "dvs", "vs",
    "p.t", "s", "sdr", "gl", "ny", "St", "st", "fx", "if", "cand", "mag", "merc", "scient",
}

#: Abbreviations of four or five letters that stand before a figure ("inkl. 25 % moms").
LONG_ABBREV = {"inkl", "ekskl", "vedr", "iflg", "sept", "gnsn", "mill", "ekskl", "bilag", "proc",
               "komm", "udgl", "tusd", "årgang"}

#: Short words that end sentences before a figure ("... sidste år. 44 af dem ..."): they are
#: whole words, never abbreviations of one.
SENTENCE_WORDS = {
    "år", "året", "uge", "uger", "dag", "dage", "gang", "tid", "nu", "i", "her", "der", "da",
    "også", "igen", "ned", "op", "ud", "ind", "før", "efter", "siden", "mere", "mest", "flere",
    "alle", "alt", "os", "dem", "sig", "ham", "hende", "det", "den", "de", "ok", "godt", "sted",
    "juni", "juli", "maj", "marts", "april", "byen", "land", "sagen", "tal", "job", "bil",
}

_SENT_END = _rc(
    # (a quotation's dash and a space before a capital start a sentence too: "... i 2021.\n- På trods")
    r"[.!?…]+[\"'”»)]*(?=\s+(?:[\"'“«(\-–]?[\p{Lu}\d]|[\-–][ \t]\p{Lu}))|[.!?…]+[\"'”»)]*\s*$")
#: Right to left ("(?r)"): the same match as a forward search, without retrying every start.
_WORD_BEFORE = _rc(r"(?r)([\p{L}.]+)\.\Z")


def _block_spans(text: str):
    """Yield (start, end) of the non-blank stretches between blank lines."""
    pos = 0
    for m in _BLANK.finditer(text):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < len(text):
        yield pos, len(text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_items(text: str, start: int, end: int):
    """Split a block into bullet items when it is a list; else yield it whole with kind None."""
    chunk = text[start:end]
    lines = chunk.split("\n")
    marks = [bool(_BULLET.match(line)) for line in lines]
    strong = any(_STRONG_BULLET.match(line) for line in lines)
    if sum(marks) >= 2 or (strong and marks[0]):
        pos = start
        cur_start = None
        for line, marked in zip(lines, marks):
            if marked and cur_start is not None:
                yield (*_trim(text, cur_start, pos), "bullet")
                cur_start = pos
            elif cur_start is None:
                cur_start = pos
            pos += len(line) + 1
        if cur_start is not None:
            s, e = _trim(text, cur_start, end)
            yield s, e, "bullet" if _BULLET.match(text[s:e]) else None
        return
    if len(lines) > 1 and all(len(line.strip()) < 70 for line in lines) and not any(
        line.rstrip().endswith((".", ",")) for line in lines[:-1]
    ) and not (all(len(line.strip()) >= 40 for line in lines[:-1]) and not _has_gap(chunk)):
        # (lines of 40 characters or more without column gaps are a wrapped paragraph)
        # Short lines with no sentence punctuation: a table or a header: one block per line.
        pos = start
        for line in lines:
            s, e = _trim(text, pos, pos + len(line))
            if e > s:
                yield s, e, None
            pos += len(line) + 1
        return
    # "Byggeriet 2,0 pct. dyrere på et år" right above its paragraph, with no blank line: a
    # heading of its own, so that its words do not run into the paragraph's first sentence; also
    # inside a block, after a line that ends a sentence or a source ("Kilde: dst.dk (2022)")
    pos = start
    cut = start
    for i in range(len(lines) - 1):
        line = lines[i]
        if (i == 0 or lines[i - 1].rstrip().endswith(_LINE_END)) and _glued_heading(line, lines[i + 1]):
            if pos > cut:
                yield (*_trim(text, cut, pos), None)
            yield (*_trim(text, pos, pos + len(line)), None)
            cut = pos + len(line) + 1
        pos += len(line) + 1
    yield (*_trim(text, cut, end), None) if cut > start else (start, end, None)


#: How a line before an inner heading ends: a sentence, or a source line "Kilde: dst.dk (2022)".
_LINE_END = (".", "!", "?", ")")
_LONG_WORD = _rc(r"\p{L}{3,}")
#: A block that ends in an amount's or a percentage's abbreviation ("184 mio. kr.", "3,1 pct."),
#: and a sentence end inside a block
_AMOUNT_END = _rc(r"(?r)\d[\d.,]*\s+(?:(?:mio|mia|mill)\.\s+)?(?:kr|pct|mio|mia|mill)\.\s*\Z")
_INNER_STOP = _rc(r"[.!?]\s+\p{Lu}")
_HEADING_END = (".", ",", ";", ":", "!", "?", "…", "-", "–")


def _glued_heading(first: str, second: str) -> bool:
    """A short capitalised line with no closing punctuation over a much longer line that starts
    a sentence (a line of a wrapped paragraph is about as long as the next one)."""
    f, n = first.strip(), second.strip()
    return (
        0 < len(f) <= 70 and len(f.split()) <= 9 and not f.endswith(_HEADING_END)
        # ("85 procent af salget": a heading may open with a figure, but not a dateline)
        and (f[0].isupper() or f[0].isdigit() and len(_LONG_WORD.findall(f)) >= 2 and not _DATE_HINT.search(f))
        and n[:1].isupper() and len(n) >= 50 and len(f) < 0.6 * len(n)
    )


def _has_gap(chunk: str) -> bool:
    return "\t" in chunk or any(g in chunk for g in _GAPS)


def _kind(text: str, start: int, end: int, index: int, seen_paragraph: bool) -> str:
    chunk = text[start:end]
    words = len(chunk.split())
    if not seen_paragraph and _DATE_HINT.search(chunk) and (
        words <= 8 and not chunk.rstrip().endswith(".") or words <= 12 and _DATE_CUE.search(chunk)
        # a dateline of segments: "Nr. 361 • Onsdag den 12. oktober 2022 • kl. 08.00"
        or words <= 14 and _SEGMENTS.search(chunk) and not chunk.rstrip().endswith(".")
    ):
        return "dateline"
    if _FURNITURE.match(chunk):
        return "furniture"
    # a contact word makes a contact block only with a phone number, an address, a label or at
    # the block's start: "91 procent har en mobil" is a paragraph with a fact
    # (each pattern needs one of its words: test for them before running it over the block)
    lc = chunk.lower()
    label_words = "tlf" in lc or "telefon" in lc or "mobil" in lc or "mail" in lc
    contact = "@" in chunk or (label_words and _CONTACT_LABEL.search(chunk)) \
        or _CONTACT_START.match(chunk) or (
            (label_words or "kontakt" in lc or "presse" in lc)
            and (_CONTACT.search(chunk) or _CONTACT_WORD.search(chunk)) and _PHONE_LIKE.search(chunk))
    if contact and (words < 40 or chunk.count("@") >= 1):
        return "contact"
    if index == 0 and words <= 40 and (not chunk.rstrip().endswith((".", ":")) or (
            # "Kommunen får overskud på 184 mio. kr.": the stop is the amount's abbreviation
            words <= 25 and _AMOUNT_END.search(chunk) and not _INNER_STOP.search(chunk))):
        return "headline"
    if words <= 6 and not chunk.rstrip().endswith((".", "!", "?")):
        return "heading"
    return "paragraph"


def split_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    seen_paragraph = False
    lead_done = False
    only_furniture = True  # every block so far is a dateline or page furniture
    for bstart, bend in _block_spans(text):
        bstart, bend = _trim(text, bstart, bend)
        if bend <= bstart:
            continue
        for s, e, kind in _split_items(text, bstart, bend):
            if e <= s:
                continue
            # a headline under a dateline ("Nyhed er fra 04-06-2019" above it) is still the first
            # block of the text itself
            k = kind or _kind(text, s, e, 0 if only_furniture else len(blocks), seen_paragraph)
            if k == "paragraph":
                if not lead_done:
                    k = "lead"
                    lead_done = True
                seen_paragraph = True
            elif k == "headline" and any(b.kind == "headline" for b in blocks):
                k = "heading"
            blocks.append(Block(len(blocks), k, s, e))
            only_furniture = only_furniture and k in ("dateline", "furniture")
    return blocks


def _ends_sentence(text: str, bstart: int, end: int, dot: int) -> bool:
    """Decide whether a full stop at ``dot`` ends a sentence (the next word is capitalised)."""
    if text[dot] != ".":
        return True
    # only the last word before the stop matters: search a short window, not the whole block
    m = _WORD_BEFORE.search(text, max(bstart, dot - 30), dot + 1)
    nxt = text[dot + 1 : dot + 3].lstrip()
    if m and nxt[:1].isdigit() and m.group(1).rstrip(".").isalpha() and (
            len(m.group(1)) <= 3 and m.group(1).rstrip(".").lower() not in SENTENCE_WORDS
            or m.group(1).rstrip(".").lower() in LONG_ABBREV):
        # "kr. 1.400", "ca. 50", "nr. 3", "inkl. 25": an abbreviation before a figure; a longer
        # word is one only when it is a known abbreviation ("om ugen. 9 pct. af ..." ends)
        return False
    if m:
        word = m.group(1)
        if word.rstrip(".") in NO_BREAK_ABBREV or word.rstrip(".").lower() in NO_BREAK_ABBREV:
            return False
        if len(word) == 1 and word.isupper():  # an initial: "Claus B. Jensen"
            return False
    # "steg til 20. Det" ends; "1. Indledning" at the start of a block does not.
    if dot - bstart <= 6:
        before = text[bstart:dot].strip()
        if before.isdigit() and len(before) <= 2:
            return False
    return True


def split_sentences(text: str, blocks: list[Block]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for b in blocks:
        pos = b.start
        for m in _SENT_END.finditer(text, b.start, b.end):
            dot = m.start()
            if not _ends_sentence(text, pos, b.end, dot):
                continue
            s, e = _trim(text, pos, m.end())
            if e > s:
                sentences.append(Sentence(len(sentences), s, e, b.index))
            pos = m.end()
        s, e = _trim(text, pos, b.end)
        if e > s:
            sentences.append(Sentence(len(sentences), s, e, b.index))
    return sentences


# --------------------------------------------------------------------------- tables written as text
#: Two or more spaces (or a tab) between two cells of a row.
_COL_GAP = _rc(r"[ \u00a0]{2,}|\t+")
#: The two-character gaps ``_COL_GAP`` needs at least one of (tested with ``in``: much faster).
_GAPS = ("  ", " \u00a0", "\u00a0 ", "\u00a0\u00a0")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one line: stretches separated by column gaps, as trimmed offsets."""
    cells = []
    pos = start
    for m in _COL_GAP.finditer(text, start, end):
        s, e = _trim(text, pos, m.start())
        if e > s:
            cells.append((s, e))
        pos = m.end()
    s, e = _trim(text, pos, end)
    if e > s:
        cells.append((s, e))
    return cells


def find_tables(text: str) -> list[dict]:
    """Tables written as text: runs of two or more lines whose cells are separated by column gaps.

    Each table is ``{"caption": (start, end) | None, "rows": [[(start, end), ...], ...]}``; the first
    row is the header. The caption is a short single-cell line right above the header, or one blank
    line above it ("Beløb i 1.000 kr."). One pass over the lines: linear in the text.
    """
    if "\t" not in text and not any(g in text for g in _GAPS):
        return []  # no column gap anywhere: no row has two cells
    tables: list[dict] = []
    run: list[list[tuple[int, int]]] = []
    prev_single: tuple[int, int] | None = None
    blank_after = False  # a blank line since ``prev_single``
    caption: tuple[int, int] | None = None
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        cells = _cells(text, pos, end)
        if len(cells) >= 2:
            if not run:
                caption = prev_single
            run.append(cells)
        else:
            if len(run) >= 2:
                tables.append({"caption": caption, "rows": run})
            if not cells and not run and prev_single is not None and not blank_after:
                blank_after = True  # a caption may stand one blank line above its table
            else:
                prev_single = cells[0] if len(cells) == 1 and cells[0][1] - cells[0][0] <= 70 else None
                blank_after = False
            run = []
        if nl < 0:
            break
        pos = nl + 1
    if len(run) >= 2:
        tables.append({"caption": caption, "rows": run})
    return tables
