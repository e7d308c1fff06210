"""Event mentions merged into timeline entries; disagreements kept and flagged."""

from __future__ import annotations

from storyline.models import Claim, EventMention
from storyline.resolve import resolve

from .builders import analysis, doc, person

PEOPLE = {"T": ("Donald Trump", "Trump"), "Z": ("Volodymyr Zelensky", "Zelenskiy"),
          "P": ("Vladimir Poutine", "Poutine")}


def call(start: int, date: str | None, actors: str, recipients: str = "", **extra) -> EventMention:  # type: ignore[no-untyped-def]
    return EventMention(type="CONSULT", mode="phone", start=start, end=start + 6,
                        trigger="appelé", sentence=f"Phrase {start}.", actors=tuple(actors),
                        recipients=tuple(recipients), date=date,
                        date_precision="day" if date and len(date) == 10 else None, **extra)


def article(doc_id: str, *events: EventMention, short: bool = False, claims=()):  # type: ignore[no-untyped-def]
    people = [person(k, PEOPLE[k][1 if short else 0]) for k in PEOPLE]
    return analysis(doc_id, *people, events=events, claims=claims)


def record(*analyses):  # type: ignore[no-untyped-def]
    return resolve([doc(a.document) for a in analyses], list(analyses))


def test_mentions_from_three_articles_make_one_entry_with_every_source():
    result = record(article("a", call(3, "2025-07-04", "T", "Z")),
                    article("b", call(9, "2025-07-04", "Z", "T"), short=True),
                    article("c", call(20, None, "T")))  # undated, recipient not named
    [entry] = result.events
    assert [(m.document, m.start, m.sentence) for m in entry.mentions] == [
        ("a", 3, "Phrase 3."), ("b", 9, "Phrase 9."), ("c", 20, "Phrase 20.")]
    assert entry.date == "2025-07-04" and entry.disputed == ()
    names = {e.id: e.name for e in result.entities}
    assert {names[a] for a in (*entry.actors, *entry.recipients)} == {"Donald Trump",
                                                                      "Volodymyr Zelensky"}


def test_a_month_is_refined_by_the_day_another_source_gives():
    [entry] = record(article("a", call(3, "2025-07", "T", "Z")),
                     article("b", call(9, "2025-07-04", "T", "Z"))).events
    assert entry.date == "2025-07-04" and len(entry.mentions) == 2


def test_different_days_keep_both_versions_flagged_date():
    events = record(article("a", call(3, "2025-07-04", "T", "Z")),
                    article("b", call(9, "2025-07-03", "T", "Z"))).events
    assert sorted((e.date, e.mentions[0].document) for e in events) == [
        ("2025-07-03", "b"), ("2025-07-04", "a")]
    assert all(e.disputed == ("date",) for e in events)


def test_different_participants_keep_both_versions_flagged_participants():
    events = record(article("a", call(3, "2025-07-04", "T", "Z")),
                    article("b", call(9, "2025-07-04", "T", "P"))).events
    assert len(events) == 2
    assert all(e.disputed == ("participants",) for e in events)


def test_two_calls_one_source_reports_are_two_entries_not_a_dispute():
    events = record(article("a", call(3, "2025-07-04", "T", "Z"), call(30, "2025-07-04", "T", "P")),
                    article("b", call(9, "2025-07-04", "T", "P"))).events
    assert sorted(len(e.mentions) for e in events) == [1, 2]
    assert all(e.disputed == () for e in events)


def test_a_mention_naming_fewer_participants_joins_only_when_unambiguous():
    events = record(article("a", call(3, "2025-07-04", "T", "Z"), call(30, "2025-07-04", "T", "P")),
                    article("b", call(9, "2025-07-04", "T"))).events
    assert sorted(len(e.mentions) for e in events) == [1, 1, 1]  # b's "Trump called" fits both


def test_negation_disagreement_is_flagged():
    [entry] = record(article("a", call(3, "2025-07-04", "T", "Z")),
                     article("b", call(9, "2025-07-04", "T", "Z", negated=True))).events
    assert entry.disputed == ("negated",) and len(entry.mentions) == 2


def test_different_figures_for_the_entry_are_flagged_numbers():
    def attack(value: int) -> tuple[EventMention, Claim]:
        sentence = f"La Russie a lancé {value} drones sur l'Ukraine."
        at = 100 + sentence.index("lancé")
        event = EventMention(type="ASSAULT", start=at, end=at + 5, trigger="lancé",
                             sentence=sentence, actors=("P",), recipients=("Z",),
                             date="2025-07-04", date_precision="day")
        text = f"{value} drones"
        at = 100 + sentence.index(text)
        return event, Claim(start=at, end=at + len(text), text=text, value=value, noun="drones")
    (one, five39), (two, five40) = attack(539), attack(540)
    elsewhere = Claim(start=400, end=409, text="12 drones", value=12, noun="drones")
    result = record(article("a", one, claims=(five39,)), article("b", two, claims=(five40, elsewhere)))
    [entry] = result.events
    assert entry.disputed == ("numbers",)
    assert sorted((c.value, c.event, c.agreement) for c in result.claims) == [
        (12, None, "differ"), (539, entry.id, "differ"), (540, entry.id, "differ")]


def test_entry_ids_survive_a_new_article_that_sorts_first():
    first = record(article("m", call(3, "2025-07-04", "T", "Z")),
                   article("n", call(9, "2025-07-04", "T", "Z")))
    again = resolve([doc("m"), doc("n"), doc("0new")],
                    [article("m", call(3, "2025-07-04", "T", "Z")),
                     article("n", call(9, "2025-07-04", "T", "Z")),
                     article("0new", call(1, "2025-07-04", "T", "Z"))])
    assert [e.id for e in again.events] == [e.id for e in first.events]
    assert len(again.events[0].mentions) == 3


def strike(start: int, date: str | None, actors: str, recipients: str = "") -> EventMention:
    return EventMention(type="ASSAULT", mode="drone", start=start, end=start + 5, trigger="frappé",
                        sentence=f"Frappe {start}.", actors=tuple(actors), recipients=tuple(recipients),
                        date=date, date_precision="day" if date else None)


def test_two_events_of_one_article_stay_two_entries():
    result = record(article("a", call(3, "2025-07-04", "T", "Z"), call(40, "2025-07-04", "T")))
    assert len(result.events) == 2


def test_a_strike_and_the_strike_back_are_two_entries():
    result = record(article("a", strike(3, "2025-03-14", "P", "Z")),
                    article("b", strike(5, "2025-03-14", "Z", "P")))
    assert len(result.events) == 2
    again = record(article("a", strike(3, "2025-03-14", "P", "Z")),
                   article("b", strike(5, "2025-03-14", "P", "Z")),
                   article("c", strike(8, None, "P")))
    [entry] = again.events
    assert len(entry.mentions) == 3


def test_a_capital_acts_for_its_country_across_sources():
    moscow, russia = person("M", "Moscou", kind="LOC"), person("R", "Russie", kind="LOC")
    kyiv = person("K", "Ukraine", kind="LOC")
    people = [person(k, PEOPLE[k][0]) for k in PEOPLE]  # the same story: same people named
    a = analysis("a", *people, moscow, kyiv, events=(strike(3, "2025-07-04", "M", "K"),))
    b = analysis("b", *people, russia, kyiv, events=(strike(7, "2025-07-04", "R", "K"),))
    result = resolve([doc("a"), doc("b")], [a, b])
    [entry] = result.events
    names = {e.id: e.name for e in result.entities}
    assert [names[x] for x in entry.actors] == ["Russie"] and len(entry.mentions) == 2
    alone = resolve([doc("a")], [a])  # no entity Russie in the corpus: Moscou stays Moscou
    assert [e.name for e in alone.entities if e.id in alone.events[0].actors] == ["Moscou"]
