"""The spaCy path (``kikfacts.pipeline``: components on a ``spacy.blank("da")`` Doc) and the
raw-text path that ``kikfacts.extract`` takes (``kikfacts.analysis``) give the same analysis."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy

import kikfacts
from kikfacts import analysis, pipeline

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "corpus" / "docs").glob("*.txt")) + sorted(
    (ROOT / "corpus" / "heldout").glob("*.txt"))


def _plain(result):
    blocks, sentences, facts, published, source = result
    return ([b.to_dict() for b in blocks], [s.to_dict() for s in sentences],
            [f.to_dict() for f in facts], published, source)


def test_there_are_texts_to_compare():
    assert len(TEXTS) >= 60


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_spacy_components_and_raw_text_agree(path):
    text = path.read_text(encoding="utf-8")
    raw = _plain(analysis.analyse(text))
    via_spacy = _plain(pipeline.analyse(text))
    assert raw == via_spacy
    assert raw[2], "every corpus document has facts"


def test_publication_date_of_the_caller_is_used_by_both_paths():
    text = "Kommunen bruger i år 4,5 mio. kr. på 12 nye stillinger."
    pub = dt.date(2021, 3, 1)
    raw = analysis.analyse(text, pub)
    via_spacy = pipeline.analyse(text, pub)
    assert raw[3] == via_spacy[3] == pub
    assert raw[4] == via_spacy[4] == "caller"
    assert _plain(raw) == _plain(via_spacy)


def test_spacy_doc_sentences_follow_the_layout():
    text = ("Ny plan for ældreplejen\n\n"
            "Kommunen afsætter 14,5 mio. Derfor kan 40 nye medarbejdere ansættes. "
            "Antallet steg til 20. Det er en stigning.\n\n"
            "• 12 pladser i Vester Skerninge\n• 8 pladser i Ollerup\n")
    doc = pipeline.run(text)
    layout = [s.start for s in doc._.kf_sentences]
    assert [sent.start_char for sent in doc.sents] == layout
    # the headline; four sentences in the paragraph (it breaks after "mio." and after "20."); two
    # bullets
    assert [text[i:i + 8] for i in layout] == [
        "Ny plan ", "Kommunen", "Derfor k", "Antallet", "Det er e", "• 12 pla", "• 8 plad"]
    assert [f.value for f in doc._.kf_facts if f.kind == "money"] == [14_500_000]


def test_components_can_be_added_to_a_users_own_pipeline():
    nlp = spacy.blank("da")
    nlp.add_pipe("kikfacts_layout_v1")
    nlp.add_pipe("kikfacts_facts_v1")
    doc = nlp("Regionen investerer 2,3 mia. kr. i 2024, og 1 ud af 3 patienter får kortere ventetid.")
    kinds = {f.kind: f.value for f in doc._.kf_facts}
    assert kinds["money"] == 2_300_000_000
    assert kinds["ratio"] == pytest.approx(1 / 3, abs=1e-4)
    assert kinds == {f.kind: f.value for f in kikfacts.extract(doc.text).facts}
