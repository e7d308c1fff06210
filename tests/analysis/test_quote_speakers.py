"""Speakers linked to LocalEntity keys through the entities stage's mentions (built by hand here)."""

from __future__ import annotations

from typing import Any

from storyline.analysis.quotes import extract_quotes
from storyline.models import EntityType, LocalEntity, Mention, Quote


def mention(text: str, surface: str, key: str, *, nth: int = 0, kind: str = "name") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, key, kind)  # type: ignore[arg-type]


def entity(key: str, name: str, kind: EntityType = "PER") -> LocalEntity:
    return LocalEntity(key=key, name=name, type=kind)


def run(nlp: Any, text: str, people: dict[str, tuple[str, EntityType]],
        mentions: list[tuple[str, str]] | list[Mention]) -> list[Quote]:
    found = tuple(entity(key, name, kind) for key, (name, kind) in people.items())
    built = tuple(m if isinstance(m, Mention) else mention(text, m[0], m[1]) for m in mentions)
    return list(extract_quotes(nlp(text), found, built))


def test_name_after_the_cue(nlp: Any) -> None:
    text = "« Le partage se poursuivra », a déclaré Karoline Leavitt."
    (quote,) = run(nlp, text, {"E1": ("Karoline Leavitt", "PER")}, [("Karoline Leavitt", "E1")])
    assert (quote.speaker, quote.speaker_text) == ("E1", "Karoline Leavitt")


def test_title_and_name_link_to_the_person_not_the_institution(nlp: Any) -> None:
    text = "La porte-parole de la Maison Blanche, Karoline Leavitt, a déclaré que l'aide continuerait."
    (quote,) = run(nlp, text, {"E1": ("Karoline Leavitt", "PER"), "E2": ("Maison Blanche", "ORG")},
                   [("Maison Blanche", "E2"), ("Karoline Leavitt", "E1")])
    assert quote.speaker == "E1"
    assert quote.speaker_text == "La porte-parole de la Maison Blanche, Karoline Leavitt"


def test_the_office_of_someone_speaks_for_them(nlp: Any) -> None:
    text = "« Les dirigeants ont discuté », a déclaré le bureau de M. Zelensky dans un communiqué."
    (quote,) = run(nlp, text, {"E1": ("Volodymyr Zelensky", "PER")}, [("M. Zelensky", "E1")])
    assert (quote.speaker, quote.speaker_text) == ("E1", "le bureau de M. Zelensky")
    assert quote.medium == "communiqué"


def test_a_complement_is_not_the_speaker(nlp: Any) -> None:
    text = "L'avocate de Bernard, Alexandra Michel, a souligné que son client regrettait."
    (quote,) = run(nlp, text, {"E1": ("Bernard", "PER"), "E2": ("Alexandra Michel", "PER")},
                   [("Bernard", "E1"), ("Alexandra Michel", "E2")])
    assert quote.speaker == "E2"


def test_an_organisation_tagged_as_a_place_speaks(nlp: Any) -> None:
    text = "Le Kremlin a déclaré que les conditions n'avaient pas changé."
    (quote,) = run(nlp, text, {"E1": ("Kremlin", "LOC")}, [("Kremlin", "E1")])
    assert (quote.speaker, quote.speaker_text) == ("E1", "Le Kremlin")


def test_joint_speakers_link_to_the_first(nlp: Any) -> None:
    text = "M. Trump et M. Zelensky ont convenu que « la guerre doit cesser »."
    (quote,) = run(nlp, text, {"E1": ("Donald Trump", "PER"), "E2": ("Volodymyr Zelensky", "PER")},
                   [("M. Trump", "E1"), ("M. Zelensky", "E2")])
    assert (quote.speaker, quote.speaker_text) == ("E1", "M. Trump et M. Zelensky")


def test_description_mention_from_the_entities_stage(nlp: Any) -> None:
    text = "Le dirigeant ukrainien a déclaré que la défense aérienne était prioritaire."
    (quote,) = run(nlp, text, {"E1": ("Volodymyr Zelensky", "PER")},
                   [mention(text, "Le dirigeant ukrainien", "E1", kind="description")])
    assert (quote.speaker, quote.speaker_text) == ("E1", "Le dirigeant ukrainien")


def test_inverted_pronoun_takes_the_previous_subject(nlp: Any) -> None:
    text = ("M. Trump a parlé avec M. Poutine pendant deux heures. "
            "« Parfois, il vaut mieux attendre », a-t-il déclaré.")
    (quote,) = run(nlp, text, {"E1": ("Donald Trump", "PER"), "E2": ("Vladimir Poutine", "PER")},
                   [("M. Trump", "E1"), ("M. Poutine", "E2")])
    assert (quote.speaker, quote.speaker_text) == ("E1", "il")


def test_feminine_pronoun_skips_a_masculine_subject(nlp: Any) -> None:
    text = ("La porte-parole Karoline Leavitt a répondu aux journalistes. Le président est ensuite parti. "
            "« Rien n'est décidé », a-t-elle ajouté.")
    (quote,) = run(nlp, text, {"E1": ("Karoline Leavitt", "PER"), "E2": ("Donald Trump", "PER")},
                   [("Karoline Leavitt", "E1"), ("Le président", "E2")])
    assert (quote.speaker, quote.speaker_text) == ("E1", "elle")


def test_pronoun_skips_a_subject_that_is_not_a_person(nlp: Any) -> None:
    text = ("M. Zelensky a admis que l'armée manquait de missiles. La décision a été prise hier. "
            "Il a réclamé 20 batteries, précisant que les soldats américains ne seraient pas nécessaires.")
    quotes = run(nlp, text, {"E1": ("Volodymyr Zelensky", "PER")}, [("M. Zelensky", "E1")])
    assert [(q.speaker, q.speaker_text) for q in quotes] == [("E1", "M. Zelensky"), ("E1", "Il")]


def test_pronoun_mention_of_the_entities_stage_wins(nlp: Any) -> None:
    text = "M. Trump a reçu M. Merz. Il a déclaré que l'Allemagne aiderait l'Ukraine."
    marked = [mention(text, "M. Trump", "E1"), mention(text, "M. Merz", "E2"),
              mention(text, "Il", "E2", kind="pronoun")]
    (quote,) = run(nlp, text, {"E1": ("Donald Trump", "PER"), "E2": ("Friedrich Merz", "PER")}, marked)
    assert quote.speaker == "E2"


def test_relative_pronoun_takes_its_antecedent(nlp: Any) -> None:
    text = "RT a cité le porte-parole du Kremlin, Dmitri Peskov, qui a déclaré que M. Poutine avait répondu."
    (quote,) = run(nlp, text, {"E1": ("Dmitri Peskov", "PER"), "E2": ("Kremlin", "LOC")},
                   [("Kremlin", "E2"), ("Dmitri Peskov", "E1")])
    assert quote.speaker == "E1"
    assert "Peskov" in (quote.speaker_text or "")


def test_selon_lui_links_to_the_subject(nlp: Any) -> None:
    text = "Le président Trump a critiqué son prédécesseur pour avoir, selon lui, vidé les stocks."
    quotes = run(nlp, text, {"E1": ("Donald Trump", "PER")}, [("Trump", "E1")])
    assert [(q.kind, q.speaker, q.speaker_text) for q in quotes] == [("attribution", "E1", "lui")]


def test_without_mentions_the_speaker_is_unlinked_but_named(nlp: Any) -> None:
    text = "« Le partage se poursuivra », a déclaré Karoline Leavitt."
    (quote,) = run(nlp, text, {}, [])
    assert (quote.speaker, quote.speaker_text) == (None, "Karoline Leavitt")
