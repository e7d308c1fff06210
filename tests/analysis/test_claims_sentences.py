"""Sentence and quotation bounds read from punctuation and line breaks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storyline.analysis.claim_sentences import quotation_bounds, sentence_bounds


def _sentence(text: str, needle: str) -> str:
    start, end = sentence_bounds(text, text.index(needle))
    return text[start:end]


def test_sentences_end_at_full_stops_and_line_breaks() -> None:
    text = "Kiev a tiré 28 drones. Moscou en a tiré 300.\nUn titre sans point\nLa suite."
    assert _sentence(text, "28") == "Kiev a tiré 28 drones."
    assert _sentence(text, "300") == "Moscou en a tiré 300."
    assert _sentence(text, "titre") == "Un titre sans point"


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "Selon M. Poutine et J. Biden, 40 soldats sont morts. Fin."
    assert _sentence(text, "40") == "Selon M. Poutine et J. Biden, 40 soldats sont morts."


def test_colons_do_not_end_a_sentence() -> None:
    text = "Le réseau compte 16 kilomètres : 11 d'un diamètre et 5 de 60 cm."
    assert _sentence(text, "11") == text


def test_quotation_bounds() -> None:
    text = "« Nous avons perdu 300 hommes », a affirmé le commandant."
    start, end = quotation_bounds(text, text.index("300")) or (0, 0)
    assert text[start:end] == "« Nous avons perdu 300 hommes »"
    assert quotation_bounds(text, text.index("affirmé")) is None


@given(st.lists(st.sampled_from(["Un mot", ". ", "\n", "Deux", " trois", "! ", "M. X"]),
                min_size=1, max_size=12), st.data())
def test_bounds_hold_the_position_and_stay_on_its_line(parts: list[str], data: st.DataObject
                                                       ) -> None:
    text = "".join(parts)
    position = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    start, end = sentence_bounds(text, position)
    assert start <= position <= end
    assert "\n" not in text[start:end]
