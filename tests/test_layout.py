import pytest

from kikfacts.layout import split_blocks, split_sentences


def _sentences(text):
    blocks = split_blocks(text)
    return [text[s.start : s.end] for s in split_sentences(text, blocks)], blocks


def test_blank_lines_and_bullets_make_blocks():
    text = "Overskrift her\n\nFørste afsnit. Andet.\n\nFakta\n\n  • Punkt et\n  • Punkt to\n"
    sents, blocks = _sentences(text)
    assert [b.kind for b in blocks] == ["headline", "lead", "heading", "bullet", "bullet"]
    assert "• Punkt et" in sents and "• Punkt to" in sents


def test_abbreviation_at_sentence_end_splits():
    sents, _ = _sentences("Prisen er 14,5 mio. Derfor stiger skatten. Det koster ca. 50 kr. pr. borger.")
    assert sents == ["Prisen er 14,5 mio.", "Derfor stiger skatten.", "Det koster ca. 50 kr. pr. borger."]


def test_ordinal_looking_number_at_sentence_end_splits():
    sents, _ = _sentences("Tallet steg til 20. Det er flot. Mødet er den 3. juni.")
    assert sents == ["Tallet steg til 20.", "Det er flot.", "Mødet er den 3. juni."]


def test_quote_dash_paragraph_is_not_a_bullet():
    text = "Titel\n\n- Det er en god dag for kommunen, siger borgmesteren. Vi er glade.\n"
    _, blocks = _sentences(text)
    assert blocks[1].kind != "bullet"


def test_abbreviation_before_a_figure_does_not_split():
    sents, _ = _sentences("Det giver en besparelse på kr. 2.400 om året. Prisen er ca. 50 kr.")
    assert sents == ["Det giver en besparelse på kr. 2.400 om året.", "Prisen er ca. 50 kr."]


def test_contact_blocks_need_a_contact_signal_not_just_the_word():
    kinds = lambda text: [b.kind for b in split_blocks(text)]  # noqa: E731
    body = "Overskrift om borgere\n\nKommunen har 12 skoler.\n\n"
    # a paragraph that merely uses the verb keeps its facts
    assert kinds(body + "Kommunen vil i foråret kontakte 300 borgere om ordningen.")[-1] == "paragraph"
    assert kinds(body + "Sagen har fået stor opmærksomhed i pressen i år.")[-1] == "paragraph"
    # real contact blocks: a phone number, an address, tlf., or the block opens with the word
    assert kinds(body + "Pressekontakt: Anne Hansen, 40 42 64 69")[-1] == "contact"
    assert kinds(body + "Kontakt: Anne Hansen, kommunikationschef")[-1] == "contact"
    assert kinds(body + "Yderligere oplysninger: Anne Hansen, tlf. 4042 6469")[-1] == "contact"
    assert kinds(body + "Spørgsmål kan rettes til anne@kommune.dk")[-1] == "contact"
    assert kinds(body + "Kontakt gerne borgmesteren på +45 40 42 64 69 i dag")[-1] == "contact"


def test_a_heading_right_above_its_paragraph_is_a_block_of_its_own():
    text = ("Byggeriet blev dyrere på et år\n"
            "Set i forhold til andet kvartal 2024 er omkostningerne vokset med 2,0 pct. i alt.\n")
    blocks = split_blocks(text)
    assert [text[b.start:b.end] for b in blocks] == [
        "Byggeriet blev dyrere på et år",
        "Set i forhold til andet kvartal 2024 er omkostningerne vokset med 2,0 pct. i alt."]
    # a hard-wrapped paragraph stays one block, even where a line starts with a name
    wrapped = ("Kommunen har i år brugt 4,2 mio. kr. på nye cykelstier, siger\n"
               "Mette Hansen, der er formand for teknik- og miljøudvalget i kommunen.\n")
    assert len(split_blocks(wrapped)) == 1


def test_a_dash_and_a_space_before_a_capital_start_a_sentence_but_not_a_range_of_ordinals():
    text = ("Det faldt til 1,1 mia. kr. - Resultatet er ikke godt, siger direktøren. Klasserne 0. – 2. klasse "
            "får færre elever.\n– Det er en god nyhed, siger hun.")
    blocks = split_blocks(text)
    starts = [text[s.start : s.start + 8] for s in split_sentences(text, blocks)]
    assert starts == ["Det fald", "- Result", "Klassern", "– Det er"]


@pytest.mark.parametrize("first, kind", [
    ("Kommunen får et overskud på 184 mio. kr.", "headline"),
    ("Lønnen steg samlet set med 2,2 pct.", "headline"),
    ("Nyhed er fra 12-03-2024\n\nRenoveret svømmehal koster 31.500.000 kr.", "headline"),
    # a sentence ended before the amount: a lead, not a headline
    ("Byrådet har afsat 4,1 mia. kr. til driften. Heraf går 3,1 mia. kr. til service.", "lead"),
    ("Byrådet har vedtaget budgettet for næste år.", "lead"),
])
def test_a_first_block_ending_in_an_amounts_abbreviation_is_a_headline(first, kind):
    text = first + "\n\nRegionen har i dag sendt et forslag i høring, og det er der stor interesse for.\n"
    kinds = [b.kind for b in split_blocks(text) if b.kind != "dateline"]
    assert kinds[0] == kind
