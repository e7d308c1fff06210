"""Modality of events sought for or that any one thing would lead to (event_modality.py), on
made-up French sentences parsed with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_events import analyse


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("La police a lancé une opération en vue de l'arrestation du suspect.", "hypothetical"),
        ("Toute information conduisant à l'arrestation du fugitif sera récompensée.", "hypothetical"),
        ("Washington offre une récompense pour l'arrestation du chef rebelle Paul Kima.", "hypothetical"),
        ("Les enquêteurs ont recueilli les témoignages menant à l'arrestation du suspect.", "asserted"),
    ],
)
def test_a_sought_arrest_is_hypothetical(nlp: Any, text: str, modality: str) -> None:
    found, _ = analyse(nlp, text)
    assert [e.modality for e in found if e.type == "COERCE"] == [modality]


@pytest.mark.parametrize(
    ("text", "modality", "date"),
    [
        ("Les ministres nordiques se sont engagés vendredi à livrer des obus à la Moldavie.", "future", None),
        ("Le Canada a promis lundi de livrer des obus à la Moldavie l'an prochain.", "future", "2026"),
        ("Le Canada a promis lundi de livrer des obus à la Moldavie.", "future", None),
        ("Le Canada a décidé lundi de livrer des obus à la Moldavie.", "asserted", "2025-03-17"),
    ],
)
def test_a_pledged_act_is_to_come_and_not_dated_by_the_pledge(
        nlp: Any, text: str, modality: str, date: str | None) -> None:
    found, _ = analyse(nlp, text)
    assert [(e.modality, e.date) for e in found if e.type == "AID"] == [(modality, date)]
