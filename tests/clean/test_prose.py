"""Clean news prose loses nothing: French TimeBank texts (no page furniture at all) keep
every paragraph; only titles, sub-headings and signatures go.

The texts are read from the shared dev data (LGPL-LR, André Bittar); the test is skipped
where that folder is absent.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from storyline.clean.text import classify

TIMEBANK = Path("/work/shared/data/french-timebank-dev")
FILES = sorted(TIMEBANK.glob("*.tml"))


@pytest.mark.skipif(not FILES, reason="French TimeBank dev data not available here")
def test_timebank_paragraphs_are_all_kept() -> None:
    dropped: list[tuple[str, str, str]] = []
    units = 0
    for path in FILES:
        text_element = ET.parse(path).getroot().find("TEXT")
        assert text_element is not None
        found = classify("".join(text_element.itertext()))
        units += len(found.verdicts)
        dropped += [(path.name, v.role, v.unit.text) for v in found.verdicts if not v.keep]
    assert units > 150
    assert all(len(text.split()) <= 6 for _, _, text in dropped), dropped
    assert {role for _, role, _ in dropped} <= {"title", "heading", "headline", "banner",
                                                "metadata"}
    assert len(dropped) <= 0.1 * units
