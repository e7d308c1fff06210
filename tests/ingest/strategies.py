"""Hypothesis strategies for texts the readers must give back unchanged."""

from __future__ import annotations

import string

from hypothesis import strategies as st

# Any character but controls, lone surrogates and U+FEFF (a leading one reads as a BOM).
ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
    | st.sampled_from("\n\t\r"),
    min_size=1,
)

_CP1252_HIGH = list(bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore"))
_ASCII_WORD = st.text(alphabet=string.ascii_letters + string.digits + string.punctuation,
                      min_size=2, max_size=12)

# Western text as Windows-1252 holds it: each accented letter or typographic sign stands
# between ASCII characters. (Two high bytes side by side can also be valid UTF-8, "Ã©"
# is "é", and such bytes are UTF-8 for every reader, so they are not Western text here.)
WESTERN_TEXT = st.lists(
    st.tuples(_ASCII_WORD, st.sampled_from(_CP1252_HIGH), st.sampled_from(["", " ", "\n", "\r\n"])),
    min_size=1, max_size=40,
).map(lambda parts: "".join(a + b + c for a, b, c in parts))
