"""Analysis stage: entities — who and what an article names, grouped, with their roles.

Named mentions come from spaCy's entities repaired by general rules (``entity_names``), are
grouped into one ``LocalEntity`` per person, organisation or place (``entity_groups``), get
the roles their titles and appositions state (``entity_roles``), and collect the descriptions
that refer to them ("le président russe", "son homologue américain") and the bodies of a
country ("l'armée russe" -> Russie) (``entity_descriptions``); a country or stateless people
that only a nationality adjective on an event names ("le sommet franco-allemand" -> Allemagne,
"une attaque palestinienne" -> Palestiniens) is an entity too (``entity_nationalities``). See
docs/entities.md.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from storyline.analysis.entity_collectives import find_collectives
from storyline.analysis.entity_descriptions import Description, find_demonyms, find_descriptions, person_of
from storyline.analysis.entity_groups import Group, bare_words, group_names, words
from storyline.analysis.entity_lexicon import EntityLexicon, load_entity_lexicon
from storyline.analysis.entity_names import named_spans
from storyline.analysis.entity_nationalities import implied_nationalities, participant_name
from storyline.analysis.entity_roles import Role, find_roles
from storyline.analysis.parse import text_of
from storyline.analysis.pipeline import AnalysisState, Stage
from storyline.models import EntityType, LocalEntity, Mention
from storyline.spelling import fold

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_entities(doc: Doc, lexicon: EntityLexicon | None = None
                     ) -> tuple[tuple[LocalEntity, ...], tuple[Mention, ...]]:
    """The entities of the parsed document ``doc`` and every mention of them, in reading order."""
    lexicon = lexicon or load_entity_lexicon()
    spans = named_spans(doc, lexicon)
    groups = group_names(doc, spans)
    key_of = {(s.start, s.end): g.key for g in groups for s in g.spans}
    roles: dict[str, list[Role]] = defaultdict(list)
    for role in find_roles(doc, spans, lexicon):
        roles[key_of[(role.name.start, role.name.end)]].append(role)
    mentions = [Mention(doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1].text), s.text(doc), g.key)
                for g in groups for s in g.spans]
    taken = {i for g in groups for s in g.spans for i in range(s.start, s.end)}
    for key, held in roles.items():
        for role in held:
            end = _free_end(doc, role.start, role.end, taken)
            if end > role.start and (end == role.end or doc[role.start].dep_ in SUBJECT_DEPS):
                # "Le président [de l'Autorité palestinienne], Yasser Arafat, a demandé …"
                mentions.append(_mention(doc, role.start, end, key, "title"))
            taken.update(range(role.start, role.end))
    people = [person_of(g.key, roles[g.key], tuple(s.start for s in g.spans))
              for g in groups if g.type() == "PER"]
    entities = [_entity(g, roles[g.key]) for g in groups]
    for found in find_descriptions(doc, people, taken, lexicon) + find_demonyms(doc, taken, people, lexicon):
        key = found.key or _country_key(found, entities, lexicon)
        mentions.append(_mention(doc, found.start, found.end, key, "description"))
        taken.update(range(found.start, found.end))
    stated = tuple(fold(r.text) for held_roles in roles.values() for r in held_roles)
    mentions += _collectives(doc, taken, entities, lexicon, stated)
    mentions += _implied(doc, mentions, entities, lexicon)
    mentions.sort(key=lambda m: (m.start, -m.end))
    return tuple(entities), tuple(mentions)


def _free_end(doc: Doc, start: int, end: int, taken: set[int]) -> int:
    """The end of a role phrase's tokens before the first one a name holds ("président" of
    "président de l'Autorité palestinienne"), without the "de" and article left dangling: a
    subject's role noun is then the titled person's mention, not a description to resolve."""
    stop = next((i for i in range(start, end) if i in taken), end)
    while stop > start and (doc[stop - 1].pos_ in ("ADP", "DET", "PUNCT", "CCONJ") or doc[stop - 1].is_space):
        stop -= 1
    return stop


def _collectives(doc: Doc, taken: set[int], entities: list[LocalEntity], lexicon: EntityLexicon,
                 held: tuple[str, ...]) -> list[Mention]:
    """Unnamed people, bodies and documents the article follows, one entity per head noun and
    complement."""
    mentions: list[Mention] = []
    keys: dict[tuple[str, str], str] = {}
    types: dict[str, EntityType] = {}
    latest: dict[str, str] = {}  # head noun -> key of its latest group
    names: dict[str, str] = {}
    complement_of: dict[str, str] = {}
    named: set[str] = set()  # groups whose name has its complement already
    plural: dict[str, bool] = {}
    for found in find_collectives(doc, taken, lexicon, held):
        key = keys.get((found.head, found.complement))
        candidate = latest.get(found.head)  # "les mineurs" after "quatre mineurs de Lisieux"
        if key is None and candidate and found.definite and plural[candidate] == found.plural \
                and (not found.complement or not complement_of[candidate]):
            key = candidate  # not "un syndicat" after "les syndicats"
        if key is None:
            key = f"E{_last_number(entities) + len(names) + 1}"
        keys[(found.head, found.complement)] = latest[found.head] = key
        plural.setdefault(key, found.plural)
        types.setdefault(key, found.type)
        complement_of[key] = complement_of.get(key) or found.complement
        if key not in names or (found.complement and key not in named):
            names[key] = found.text  # the first phrase, or the first one with its complement
            if found.complement:
                named.add(key)
        mentions.append(_mention(doc, found.start, found.end, key, "description"))
    entities += [LocalEntity(key, name, types[key], unnamed=True) for key, name in names.items()]
    return mentions


def _implied(doc: Doc, mentions: list[Mention], entities: list[LocalEntity], lexicon: EntityLexicon
             ) -> list[Mention]:
    """Countries and peoples only a nationality adjective on an event names ("le sommet
    franco-allemand" -> Allemagne): one entity each, its adjectives its mentions."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    taken = {t.i for t in doc if t.idx in covered}
    known = [e.name for e in entities] + [m.text for m in mentions if m.kind == "name"]
    keys: dict[str, str] = {}
    found: list[Mention] = []
    for implied in implied_nationalities(doc, taken, known, lexicon):
        if implied.name not in keys:
            keys[implied.name] = f"E{_last_number(entities) + 1}"
            entities.append(LocalEntity(keys[implied.name], implied.name, "LOC"))
        found.append(_mention(doc, implied.start, implied.end, keys[implied.name], "description"))
    return found


def _last_number(entities: list[LocalEntity]) -> int:
    """The highest key number in use ("E12" -> 12): grouping leaves gaps, so a count would reuse
    a key."""
    return max((int(e.key[1:]) for e in entities if e.key[1:].isdigit()), default=0)


def _mention(doc: Doc, start: int, end: int, key: str, kind: str) -> Mention:
    first, last = doc[start], doc[end - 1]
    char_end = last.idx + len(last.text)
    return Mention(first.idx, char_end, text_of(doc)[first.idx:char_end], key, kind)  # type: ignore[arg-type]


def _entity(group: Group, roles: list[Role]) -> LocalEntity:
    unique = list(dict.fromkeys(r.text for r in roles))
    unique = [r for r in unique if not any(o != r and fold(o).startswith(fold(r) + " ") for o in unique)]
    kind = group.type()
    country = next((r.country for r in roles if r.country), None) if kind == "PER" else None
    return LocalEntity(group.key, group.name(), kind, tuple(unique), country)


def _country_key(found: Description, entities: list[LocalEntity], lexicon: EntityLexicon) -> str:
    """The entity of the country a body belongs to, added when the article never names it;
    the people, for a country of a stateless people ("les Palestiniens" -> Palestiniens)."""
    country = found.country or ""
    names = dict.fromkeys([country, participant_name(country, lexicon)])
    for name in names:
        wanted = " ".join(words(name))
        for entity in entities:
            if " ".join(bare_words(entity.name)) == wanted or fold(entity.name) == fold(name):
                return entity.key
    key = f"E{_last_number(entities) + 1}"
    entities.append(LocalEntity(key, participant_name(country, lexicon), "LOC"))
    return key


def _run(state: AnalysisState) -> AnalysisState:
    found, mentions = extract_entities(state.doc)
    return state.add(entities=found, mentions=mentions)


STAGE = Stage(name="entities", requires=("doc",), assigns=("entities", "mentions"), run=_run)
