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
