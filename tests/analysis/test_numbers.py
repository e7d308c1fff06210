"""French numbers in digits and in words: examples, refusals and round trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.analysis.numbers import is_number_word, parse_digits, parse_words

UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
         "onze", "douze", "treize", "quatorze", "quinze", "seize"]
TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _below_100(n: int, sep: str, final: bool) -> str:
    if n < 17:
        return UNITS[n]
    if n < 20:
        return f"dix-{UNITS[n - 10]}"
    tens, unit = divmod(n, 10)
    et = "-et-" if sep == "-" else " et "
    if tens == 7:
        return f"soixante{et}onze" if n == 71 else f"soixante-{_below_100(n - 60, sep, final)}"
    if tens in (8, 9):
        rest = n - 80
        if rest == 0:
            return "quatre-vingts" if final else "quatre-vingt"
        return f"quatre-vingt-{_below_100(rest, sep, final)}"
    if unit == 0:
        return TENS[tens]
    if unit == 1:
        return f"{TENS[tens]}{et}un"
    return f"{TENS[tens]}-{UNITS[unit]}"


def _below_1000(n: int, sep: str, final: bool) -> str:
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _below_100(rest, sep, final)
    head = "cent" if hundreds == 1 else f"{UNITS[hundreds]}{sep}cent"
    if rest == 0:
        return head + ("s" if hundreds > 1 and final else "")
    return f"{head}{sep}{_below_100(rest, sep, final)}"


def spell(n: int, rectified: bool = False) -> str:
    """French words for ``n`` (0..999 999): traditional spelling, or the 1990 one (hyphens)."""
    sep = "-" if rectified else " "
    if n == 0:
        return "zéro"
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands:
        parts.append("mille" if thousands == 1 else f"{_below_1000(thousands, sep, False)}{sep}mille")
    if rest:
        parts.append(_below_1000(rest, sep, True))
    return sep.join(parts)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("huit", 8), ("trente-cinq", 35), ("vingt et un", 21), ("soixante et onze", 71),
        ("quatre-vingts", 80), ("quatre-vingt-dix-neuf", 99), ("deux cents", 200),
        ("mille", 1000), ("un million", 1_000_000), ("trois millions deux cent mille", 3_200_000),
        ("septante-sept", 77), ("nonante", 90), ("Quatorze", 14), ("deux milliards", 2 * 10**9),
    ],
)
def test_parse_words_reads_french_numbers(words: str, value: int) -> None:
    assert parse_words(words) == value


@pytest.mark.parametrize("words", ["deux trois", "million", "et", "vingts", "trente et onze",
                                   "mille mille", "cent deux cent", ""])
def test_parse_words_refuses_what_is_not_one_number(words: str) -> None:
    assert parse_words(words) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("539", 539), ("1 200", 1200), ("1\u00a0200", 1200), ("20 000", 20000),
     ("60.082.000", 60_082_000), ("17.000", 17000), ("3,2", 3.2), ("0,38", 0.38),
     ("1,20", 1.2), ("791,9", 791.9), ("3.5", 3.5)],
)
def test_parse_digits_reads_french_grouping(text: str, value: float) -> None:
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["03.83.74.37.70", "1,2,3", "12 34", "", "S-300", "1er"])
def test_parse_digits_refuses_codes(text: str) -> None:
    assert parse_digits(text) is None


def test_is_number_word_accepts_compounds_only() -> None:
    assert is_number_word("quatre-vingt-dix")
    assert is_number_word("vingt-et-un")
    assert not is_number_word("et")
    assert not is_number_word("drones")
    assert not is_number_word("vingt-deuxième")


@given(st.integers(min_value=0, max_value=999_999), st.booleans())
def test_spelled_integers_parse_back(n: int, rectified: bool) -> None:
    assert parse_words(spell(n, rectified)) == n


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from([" ", "\u00a0", "\u202f", "."]))
def test_grouped_digits_parse_back(n: int, separator: str) -> None:
    grouped = f"{n:,}".replace(",", separator)
    assert parse_digits(grouped) == n


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=99))
def test_decimal_comma_parses_back(whole: int, cents: int) -> None:
    assert parse_digits(f"{whole},{cents:02d}") == pytest.approx(whole + cents / 100)
