"""Cutting a dump into units: lines, hard-wrapped paragraphs joined, blank-line layout."""

from __future__ import annotations

from storyline.clean.units import blank_separated, ends_sentence, normalise, split_units


def test_whitespace_is_normalised_inside_lines() -> None:
    assert normalise("  Le\u00a0président   a dit\t ceci.  ") == "Le président a dit ceci."


def test_blank_lines_separate_units_and_record_layout() -> None:
    units = split_units("Titre\n\nPremier paragraphe.\nSecond paragraphe.\n")
    assert [u.text for u in units] == ["Titre", "Premier paragraphe.", "Second paragraphe."]
    assert [u.lines for u in units] == [(1,), (3,), (4,)]
    assert [u.blank_before for u in units] == [True, True, False]


def test_hard_wrapped_paragraph_is_one_unit() -> None:
    body = "Les cours du blé ont reculé de près de 4 % après l’annonce d’un\naccord, selon Euronext.\n"
    units = split_units(body)
    assert len(units) == 1
    assert units[0].lines == (1, 2)
    assert units[0].text.endswith("d’un accord, selon Euronext.")


def test_capitalised_next_line_is_not_joined() -> None:
    units = split_units("Même sujet\nLe Vietnam participe à un exercice naval\n")
    assert len(units) == 2


def test_url_lines_are_never_joined() -> None:
    units = split_units("Source : https://example.vn/a-b.htm\ncomment (0)\n")
    assert len(units) == 2


def test_sentence_ends() -> None:
    assert ends_sentence("Il a dit « non ».")
    assert ends_sentence("« C'est fini. »")
    assert ends_sentence("Pourquoi ?")
    assert not ends_sentence("Retour en haut")
    assert not ends_sentence("« Janvier est aussi le mois pour gagner de l'argent »")


def test_layout_detection() -> None:
    assert blank_separated(split_units("a\n\nb\n\nc\nd"))
    assert not blank_separated(split_units("a.\nb.\nc.\nd."))
