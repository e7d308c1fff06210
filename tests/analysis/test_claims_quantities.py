"""Where the numbers of a text are and what they are worth (before deciding what they count)."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analysis.quantities import Quantity, content_words, find_quantities


def _quantities(nlp: Any, text: str) -> list[tuple[str, Quantity]]:
    words = content_words(nlp(text))
    found = find_quantities(words)
    return [(text[words[q.start].idx : words[q.end - 1].idx + len(words[q.end - 1].text)], q)
            for q in found]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Il y avait 1 200 soldats.", "1 200", 1200),
        ("Il y avait 1\u202f200 soldats.", "1\u202f200", 1200),
        ("La population atteint 60.082.000 habitants.", "60.082.000", 60_082_000),
        ("Le budget est de 1,5 million.", "1,5 million", 1_500_000),
        ("Ils étaient quatre-vingt-dix-sept.", "quatre-vingt-dix-sept", 97),
        ("Ils étaient deux cent mille.", "deux cent mille", 200_000),
        ("Une vingtaine de titres.", "Une vingtaine", 20),
        ("Deux centaines de blessés.", "Deux centaines", 200),
    ],
)
def test_numbers_and_their_values(nlp: Any, text: str, written: str, value: float) -> None:
    (found_text, quantity), = _quantities(nlp, text)
    assert found_text == written
    assert quantity.value == pytest.approx(value)


def test_a_range_is_one_quantity(nlp: Any) -> None:
    (_text, quantity), = _quantities(nlp, "Entre 2 et 3 millions de personnes.")
    assert (quantity.value, quantity.upper) == (2_000_000, 3_000_000)


@pytest.mark.parametrize("text", ["Les S-300 et le 5G.", "Le score est de 1-3.", "Le n°2 parle.",
                                  "Le 4x4 roule.", "Appelez le 03.83.74.37.70."])
def test_numbers_glued_to_names_or_codes_are_skipped(nlp: Any, text: str) -> None:
    assert _quantities(nlp, text) == []


def test_article_un_is_marked(nlp: Any) -> None:
    found = _quantities(nlp, "Un drone et vingt et un missiles.")
    assert [(t, q.article) for t, q in found] == [("Un", True), ("vingt et un", False)]
