"""Find quotation-mark spans in plain text: « … », “ … ”, "…", across paragraphs when French
typography says the quotation goes on (a paragraph that opens with « and does not close it)."""

from __future__ import annotations

from dataclasses import dataclass

OPENERS = {"«": "»", "“": "”", "‹": "›"}
CLOSERS = {close: open_ for open_, close in OPENERS.items()}
STRAIGHT = '"'
SPACES = " \t\u00a0\u202f\u2009"


@dataclass(frozen=True)
class QuoteSpan:
    """One top-level quotation: ``open``..``stop`` with its marks, ``start``..``end`` the words."""

    open: int
    stop: int  # after the closing mark, or the end of the paragraph an unclosed quotation stops at
    start: int
    end: int


@dataclass(frozen=True)
class _Open:
    mark: str
    at: int
    paragraph_start: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, spaces trimmed."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        left = len(line) - len(line.lstrip(SPACES + "\r"))
        right = len(line.rstrip(SPACES + "\r"))
        if right > left:
            spans.append((pos + left, pos + right))
        pos += len(line) + 1
    return spans


def find_quotes(text: str) -> list[QuoteSpan]:
    """Top-level quotations of ``text`` in reading order; nested quotation marks stay inside."""
    found: list[QuoteSpan] = []
    stack: list[_Open] = []
    paras = paragraphs(text)
    for index, (p_start, p_end) in enumerate(paras):
        i = p_start
        if stack and _continues(text, p_start):
            i += 1  # the « or » that repeats at the head of a continued paragraph
        while i < p_end:
            _step(text, i, stack, found)
            i += 1
        if stack and not _carries_over(text, stack, paras, index):
            if stack[0].mark != STRAIGHT:
                found.append(_span(text, stack[0].at, p_end, p_end))
            stack.clear()
    return found


def _step(text: str, i: int, stack: list[_Open], found: list[QuoteSpan]) -> None:
    """Open or close a quotation at ``text[i]``; a closing mark also closes what it encloses."""
    char = text[i]
    if char in OPENERS or (char == STRAIGHT and not _closes_straight(stack)):
        p_start = text.rfind("\n", 0, i) + 1
        stack.append(_Open(char, i, _at_paragraph_start(text, p_start, i)))
        return
    wanted = CLOSERS.get(char, STRAIGHT if char == STRAIGHT else None)
    marks = [o.mark for o in stack]
    if wanted is None or wanted not in marks:
        return
    depth = len(marks) - 1 - marks[::-1].index(wanted)
    opened = stack[depth]
    del stack[depth:]
    if not stack:
        found.append(_span(text, opened.at, i, i + 1))


def _closes_straight(stack: list[_Open]) -> bool:
    return bool(stack) and stack[-1].mark == STRAIGHT


def _at_paragraph_start(text: str, p_start: int, i: int) -> bool:
    return not text[p_start:i].strip(SPACES + "-–—")


def _continues(text: str, p_start: int) -> bool:
    return text[p_start] in "«»"


def _carries_over(text: str, stack: list[_Open], paras: list[tuple[int, int]], index: int) -> bool:
    """An open « at a paragraph head goes on when the next paragraph repeats « or closes it."""
    outer = stack[0]
    if outer.mark != "«" or not outer.paragraph_start or index + 1 >= len(paras):
        return False
    nxt_start, nxt_end = paras[index + 1]
    if _continues(text, nxt_start):
        return True
    following = text[nxt_start:nxt_end]
    close = following.find("»")
    return close >= 0 and "«" not in following[:close]


def _span(text: str, open_at: int, close_at: int, stop: int) -> QuoteSpan:
    start, end = open_at + 1, close_at
    while start < end and text[start] in SPACES + "\n\r":
        start += 1
    while end > start and text[end - 1] in SPACES + "\n\r":
        end -= 1
    return QuoteSpan(open=open_at, stop=stop, start=start, end=end)
