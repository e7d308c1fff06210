"""The reporting lexicon: classes of the verbs, cue look-up on parsed tokens."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analysis.quote_lexicon import load_lexicon


@pytest.mark.parametrize(
    ("lemma", "cls"),
    [
        ("dire", "neutral"), ("déclarer", "neutral"), ("ajouter", "neutral"), ("indiquer", "neutral"),
        ("affirmer", "assertive"), ("souligner", "assertive"), ("insister", "assertive"),
        ("assurer", "claim"), ("prétendre", "claim"), ("estimer", "claim"),
        ("démentir", "denial"), ("nier", "denial"), ("contester", "denial"),
        ("reconnaître", "concession"), ("admettre", "concession"),
        ("avertir", "warning"), ("prévenir", "warning"),
    ],
)
def test_classes_of_the_main_reporting_verbs(lemma: str, cls: str) -> None:
    assert load_lexicon().cue_class(lemma) == cls


def test_every_listed_word_has_a_known_class_and_lists_are_lower_case() -> None:
    lexicon = load_lexicon()
    classes = set(lexicon.verbs.values())
    assert lexicon.infinitive_classes <= classes and lexicon.no_clause_classes <= classes
    assert lexicon.weak_verbs <= set(lexicon.verbs)
    for word in (*lexicon.verbs, *lexicon.source_nouns, *lexicon.office_nouns, *lexicon.person_nouns):
        assert word == word.lower()


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("Il a fait savoir qu'il viendrait.", 2, "faire savoir"),
        ("Il a laissé entendre que tout était possible.", 2, "laisser entendre"),
        ("Le ministre a déclaré que rien ne changerait.", 3, "déclarer"),
        ("Le président juge que la réforme est utile.", 2, "juger"),
        ("Il a fait une promesse.", 2, None),
        ("La Poste ferme.", 1, None),
    ],
)
def test_cue_lemma_on_tokens(nlp: Any, text: str, index: int, expected: str | None) -> None:
    assert load_lexicon().cue_lemma(nlp(text)[index]) == expected


def test_guessing_the_infinitive_of_a_verb_tagged_as_a_noun(nlp: Any) -> None:
    doc = nlp("La croissance ralentit, note l'institut.")
    note = next(t for t in doc if t.text == "note")
    assert load_lexicon().cue_lemma(note, guess=True) == "noter"
