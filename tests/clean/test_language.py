"""The stop-word and character-profile language identifier."""

from __future__ import annotations

import pytest

from storyline.clean.language import identify, is_foreign, language_scores

SAMPLES = {
    "fr": "Le président a déclaré que les négociations se poursuivront dans les prochains jours.",
    "en": "The president said that the talks would continue over the next few days.",
    "es": "El presidente dijo que las negociaciones continuarán en los próximos días.",
    "de": "Der Präsident sagte, dass die Verhandlungen in den nächsten Tagen weitergehen.",
    "it": "Il presidente ha detto che i negoziati continueranno nei prossimi giorni.",
    "pt": "O presidente disse que as negociações vão continuar nos próximos dias.",
    "vi": "Tổng thống cho biết các cuộc đàm phán sẽ tiếp tục trong những ngày tới.",
}


@pytest.mark.parametrize(("language", "text"), sorted(SAMPLES.items()))
def test_identifies_each_language(language: str, text: str) -> None:
    assert identify(text) == language


def test_too_few_clues_give_no_answer() -> None:
    assert identify("Donald Trump") is None
    assert identify("No data") is None
    assert identify("") is None


def test_vietnamese_letters_count_without_stop_words() -> None:
    scores = language_scores("Nền tảng quảng bá Việt Nam")
    assert scores["vi"] > max(v for k, v in scores.items() if k != "vi")


def test_english_caption_in_french_article_is_foreign() -> None:
    caption = "Polish soldiers patrol the border fence near the village, on November 7, 2024."
    assert is_foreign(caption, "fr")


def test_french_line_with_english_names_is_not_foreign() -> None:
    line = "Le secrétaire d'État a rencontré les responsables de Fox News et du Wall Street Journal."
    assert not is_foreign(line, "fr")


def test_nothing_is_foreign_to_an_unknown_language() -> None:
    assert not is_foreign(SAMPLES["en"], None)
