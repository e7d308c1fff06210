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
