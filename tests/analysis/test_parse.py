"""The spaCy pipeline loads once and treats every line break as a sentence end."""

from __future__ import annotations

import pytest

from storyline.analysis.parse import load_nlp
from storyline.errors import ModelError


def test_line_breaks_end_sentences(nlp):
    doc = nlp("Un titre sans point\n\nLe président a parlé : il a dit que tout va bien. Fin.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Un titre sans point"
    assert sentences[1].startswith("Le président a parlé")


def test_model_is_loaded_once(nlp):
    assert load_nlp() is nlp


def test_missing_model_says_how_to_install():
    with pytest.raises(ModelError, match="pip install fr-core-news-xx"):
        load_nlp("fr_core_news_xx")


def test_a_word_right_after_a_word_never_starts_a_sentence(nlp):
    doc = nlp("Paul Girardin a été condamné lundi. Ce membre d'un rang modeste de la garde rapprochée "
              "d'Omar ben Salem avait reconnu mardi les faits.")
    sentences = [s.text.strip() for s in doc.sents]
    assert len(sentences) == 2
    assert sentences[1].endswith("Salem avait reconnu mardi les faits.")
