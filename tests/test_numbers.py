import pytest

from kikfacts.numbers import decimals_of, parse_number, tidy


@pytest.mark.parametrize(
    "text,value",
    [
        ("1.008", 1008),
        ("60,5", 60.5),
        ("12.500.000", 12_500_000),
        ("1.500,50", 1500.5),
        ("3\u00a0500", 3500),
        ("705", 705),
        ("to", 2),
        ("otte", 8),
        ("femogtyve", 25),
        ("treogtyve", 23),
        ("halvtreds", 50),
        ("to hundrede", 200),
        ("tre tusind", 3000),
        ("to hundrede og halvtreds", 250),
        ("et halvt hundrede", 50),
        ("halvandet", 1.5),
        ("Tolv", 12),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "ingen", "tyve-fem", "og"])
def test_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


def test_tidy_and_decimals():
    assert tidy(60500000.0) == 60500000 and isinstance(tidy(60500000.0), int)
    assert tidy(0.5) == 0.5
    assert decimals_of("60,5") == 1
    assert decimals_of("1.008") == 0


def test_a_scaled_amount_is_a_whole_number_without_float_noise():
    from kikfacts import extract
    from kikfacts.numbers import tidy

    assert tidy(64.1 * 1e6) == 64_100_000 and isinstance(tidy(64.1 * 1e6), int)
    assert tidy(12.5) == 12.5
    facts = extract("Budgettet er på 136,2 mia. kr., og 64,1 mio. gæster kom.").facts
    assert [f.value for f in facts] == [136_200_000_000, 64_100_000]
    assert all(isinstance(f.value, int) for f in facts)
