"""Publication dates of undated articles: inferred from content, then from the story."""

from __future__ import annotations

import dataclasses

from storyline.models import Claim, Timex
from storyline.resolve import resolve
from storyline.resolve.dating import date_from_content

from .builders import analysis, call, doc, person

PEOPLE = (person("E1", "Donald Trump"), person("E2", "Volodymyr Zelensky"),
          person("E3", "Vladimir Poutine"))
FIGURE = (Claim(start=1, end=9, text="539 drones", value=539, noun="drones"),)


def test_the_latest_full_date_in_the_text_is_a_lower_bound():
    found = date_from_content(analysis("a", timexes=(
        Timex(0, 5, "le 3 juillet", "DATE", "2025-07-03"),
        Timex(9, 12, "en juillet", "DATE", "2025-07"),
        Timex(20, 25, "vendredi", "DATE", "XXXX-WXX-5"),
        Timex(30, 35, "à 10 h", "TIME", "2025-07-09T10:00"))))
    assert found == ("2025-07-03", "day")
    assert date_from_content(analysis("b", timexes=(Timex(0, 5, "en mars", "DATE", "2025-03"),))) == (
        "2025-03", "month")
    assert date_from_content(analysis("c")) is None


def test_an_undated_article_is_marked_inferred():
    [document] = resolve([doc("a", published=None)], [analysis(
        "a", *PEOPLE, timexes=(Timex(0, 5, "le 3 juillet", "DATE", "2025-07-03"),))]).documents
    assert (document.published, document.published_precision, document.published_origin) == (
        "2025-07-03", "day", "inferred")


def test_without_dates_in_the_text_the_story_gives_the_window():
    documents = [doc("a", published="2025-07-04"), doc("b", published="2025-07-06"),
                 doc("u", published=None)]
    result = resolve(documents, [analysis(i, *PEOPLE, claims=FIGURE) for i in "abu"])
    by_id = {d.id: d for d in result.documents}
    assert by_id["u"].story == by_id["a"].story
    u = by_id["u"]
    assert (u.published, u.published_precision, u.published_origin, u.published_before) == (
        "2025-07-04", "day", "inferred", "2025-07-06")
    assert by_id["a"].published_origin == "dateline" and by_id["a"].published_before is None


def test_the_window_starts_after_the_latest_event_reported_as_past():
    past = call(3, "2025-07-05", "E1", "E2")
    planned = dataclasses.replace(call(9, "2025-07-20", "E1", "E2"), modality="planned")
    documents = [doc("a", published="2025-07-04"), doc("b", published="2025-07-08"),
                 doc("u", published=None)]
    analyses = [analysis("a", *PEOPLE, claims=FIGURE), analysis("b", *PEOPLE, claims=FIGURE),
                analysis("u", *PEOPLE, claims=FIGURE, events=(past, planned))]
    u = {d.id: d for d in resolve(documents, analyses).documents}["u"]
    assert (u.published, u.published_before) == ("2025-07-05", "2025-07-08")


def test_no_window_end_when_the_story_ends_before_the_content_allows():
    late = call(3, "2025-08-01", "E1", "E2")
    documents = [doc("a", published="2025-07-04"), doc("u", published=None)]
    analyses = [analysis("a", *PEOPLE, claims=FIGURE), analysis("u", *PEOPLE, claims=FIGURE, events=(late,))]
    u = {d.id: d for d in resolve(documents, analyses).documents}["u"]
    assert (u.published, u.published_origin, u.published_before) == ("2025-08-01", "inferred", None)


def test_an_inferred_date_is_inferred_again_on_the_next_build():
    first = resolve([doc("a", published=None)], [analysis(
        "a", *PEOPLE, timexes=(Timex(0, 5, "le 3 juillet", "DATE", "2025-07-03"),))])
    [stored] = first.documents
    [again] = resolve([stored], [analysis("a", *PEOPLE)]).documents  # the timex went away
    assert again.published is None and again.published_origin is None
    dated = dataclasses.replace(stored, published_origin="metadata")
    assert resolve([dated], [analysis("a")]).documents[0].published == "2025-07-03"
