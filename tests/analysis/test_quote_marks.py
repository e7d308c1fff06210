"""Quotation-mark spans: pairing, nesting, French multi-paragraph quotations."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storyline.analysis.quote_marks import find_quotes, paragraphs


def contents(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_guillemets_and_curly_and_straight_quotes() -> None:
    text = '« Oui », a-t-il dit. Elle a parlé de “paix” et de "guerre".'
    assert contents(text) == ["Oui", "paix", "guerre"]


def test_spaces_inside_guillemets_are_not_part_of_the_words() -> None:
    text = "«\u00a0Nous ne céderons pas\u00a0», a-t-il lancé."
    (quote,) = find_quotes(text)
    assert text[quote.start:quote.end] == "Nous ne céderons pas"
    assert text[quote.open] == "«" and text[quote.stop - 1] == "»"


def test_nested_quotation_stays_inside_the_outer_one() -> None:
    assert contents("Il a dit « le mot “jamais” est banni » hier.") == ["le mot “jamais” est banni"]


def test_closing_mark_closes_an_unclosed_inner_quote() -> None:
    assert contents('Il a dit « oui " non » puis est parti.') == ['oui " non']


def test_paragraph_opening_with_guillemet_and_not_closing_goes_on() -> None:
    text = "« Premier paragraphe sans fin.\n« Deuxième paragraphe qui ferme. »\nAutre chose."
    (quote,) = find_quotes(text)
    assert text[quote.start:quote.end] == "Premier paragraphe sans fin.\n« Deuxième paragraphe qui ferme."


def test_continuation_without_repeated_mark_when_next_paragraph_closes() -> None:
    text = "« Début de la citation.\nSuite et fin. »\nAprès."
    assert contents(text) == ["Début de la citation.\nSuite et fin."]


def test_unclosed_quote_stops_at_its_paragraph_when_nothing_continues_it() -> None:
    text = "« Citation jamais fermée.\nUn autre paragraphe sans guillemets."
    assert contents(text) == ["Citation jamais fermée."]


def test_unbalanced_straight_quote_is_dropped() -> None:
    assert contents('Un écran de 12" de diagonale.') == []


def test_paragraphs_skip_blank_lines_and_trim() -> None:
    text = "  Un \n\n\tDeux\n"
    assert [text[a:b] for a, b in paragraphs(text)] == ["Un", "Deux"]


WORDS = st.text(alphabet="abcdé ,.'", min_size=1, max_size=12).filter(lambda s: s.strip() != "")


@given(st.lists(st.tuples(WORDS, WORDS), min_size=1, max_size=5))
def test_every_generated_quotation_is_found_with_its_words(pieces: list[tuple[str, str]]) -> None:
    text = " ".join(f"{before} « {inside} »" for before, inside in pieces)
    found = find_quotes(text)
    assert [text[q.start:q.end] for q in found] == [inside.strip() for _, inside in pieces]
    for quote in found:
        assert 0 <= quote.open < quote.start <= quote.end < quote.stop <= len(text)


@given(st.text(alphabet='ab «»“”"\n', max_size=60))
def test_spans_are_ordered_and_disjoint_on_any_text(text: str) -> None:
    found = find_quotes(text)
    for quote in found:
        assert quote.open < quote.start <= quote.end <= quote.stop
    for first, second in zip(found, found[1:], strict=False):
        assert first.stop <= second.open
