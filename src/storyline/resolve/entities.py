"""Canonical entities across documents: spelling variants merged, distinct people kept apart.

Blocking keeps this near-linear: local entities are only compared inside a bucket that shares
a spelling key (the skeleton of a surname, or of a whole organisation or place name), or one
of its one-letter-deleted forms for typos.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.models import Analysis, Entity, EntityType, content_id
from storyline.resolve.aliases import AliasFile
from storyline.resolve.names import (
    deletion_keys,
    edit_distance_at_most_one,
    fold,
    name_tokens,
    place_tokens,
    skeleton,
    surname,
)
from storyline.resolve.unionfind import UnionFind

Ref = tuple[str, str]  # (document id, local entity key)


@dataclass(frozen=True)
class MergeNote:
    """Why a name was joined to a canonical entity."""

    entity: str
    name: str
    merged: str
    reason: str


@dataclass(frozen=True)
class _Local:
    ref: Ref
    order: int
    type: EntityType
    name: str
    first: str | None  # skeleton of the first name, PER only
    key: str  # skeleton of the surname (PER) or of the whole name
    names: frozenset[str]
    roles: tuple[str, ...]
    mentions: int


def _block(local: _Local) -> tuple[str, str]:
    return ("PER" if local.type == "PER" else "NAME", local.key)


def _locals(analyses: Sequence[Analysis]) -> list[_Local]:
    found: list[_Local] = []
    for analysis in analyses:
        counts = Counter(m.entity for m in analysis.mentions)
        surfaces: dict[str, set[str]] = defaultdict(set)
        for m in analysis.mentions:
            if m.kind == "name":
                surfaces[m.entity].add(m.text)
        for entity in analysis.entities:
            tokens = name_tokens(entity.name) or [fold(entity.name)]
            if entity.unnamed:  # "mineurs de Lisieux": known in its article only
                first, key = None, f"~{analysis.document}:{entity.key}"
            elif entity.type == "PER":
                last = surname(tokens) or tokens[-1]
                first = skeleton(tokens[0]) if len(tokens) > 1 else None
                key = skeleton(last)
            else:
                first, key = None, skeleton("".join(place_tokens(entity.name) or tokens))
            found.append(_Local(
                ref=(analysis.document, entity.key), order=len(found), type=entity.type,
                name=entity.name, first=first, key=key,
                names=frozenset({entity.name, *surfaces[entity.key]}), roles=entity.roles,
                mentions=max(counts[entity.key], 1)))
    return found


class _Linker:
    def __init__(self, items: list[_Local], aliases: AliasFile) -> None:
        self.items = items
        self.sets: UnionFind[int] = UnionFind(range(len(items)))
        self.reasons: dict[int, str] = {}
        self.aliases = aliases

    def join(self, a: int, b: int, reason: str) -> None:
        if self.sets.union(a, b):
            self.reasons.setdefault(max(a, b), reason)

    def frozen(self, i: int) -> bool:
        return fold(self.items[i].name) in self.aliases.split


def _typo_keys(items: list[_Local]) -> dict[tuple[str, str], tuple[str, str]]:
    """Map each block to a representative block one edit away, when context agrees."""
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in items:
        roles[_block(item)].update(fold(r) for r in item.roles)
        docs[_block(item)].add(item.ref[0])
    co_mentioned: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for item in items:
        co_mentioned[item.ref[0]].add(_block(item))
    index: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for block in roles:
        if len(block[1]) >= 5 and not block[1].startswith("~"):
            for key in deletion_keys(block[1]):
                index[(block[0], key)].add(block)
    merged: UnionFind[tuple[str, str]] = UnionFind(roles)
    for bucket in index.values():
        ordered = sorted(bucket)
        for a, b in zip(ordered, ordered[1:], strict=False):
            if not edit_distance_at_most_one(a[1], b[1]):
                continue
            around_a = set().union(*(co_mentioned[d] for d in docs[a])) - {a, b}
            around_b = set().union(*(co_mentioned[d] for d in docs[b])) - {a, b}
            if roles[a] & roles[b] or len(around_a & around_b) >= 2:
                merged.union(a, b)
    return {block: merged.find(block) for block in roles}


def _spelling(item: _Local) -> str:
    """The folded name without titles (or, for places and organisations, a leading article):
    "M. Poutine" and "Poutine", "le Kremlin" and "Kremlin" are one spelling."""
    words = name_tokens(item.name) if item.type == "PER" else place_tokens(item.name)
    return " ".join(words) or fold(item.name)


def _contexts(items: list[_Local], members: list[int],
              representative: dict[tuple[str, str], tuple[str, str]],
              around: dict[str, set[tuple[str, str]]]) -> dict[str, tuple[EntityType, set[tuple[str, str]]]]:
    """Per spelling of a block: its most common type and the blocks co-mentioned with it."""
    types: dict[str, Counter[EntityType]] = defaultdict(Counter)
    seen: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for m in members:
        spelling = _spelling(items[m])
        types[spelling][items[m].type] += 1
        seen[spelling].update(around[items[m].ref[0]])
    own = {representative[_block(items[m])] for m in members}
    return {s: (types[s].most_common(1)[0][0], seen[s] - own) for s in types}


def _link_names(linker: _Linker, members: list[int], why: str,
                contexts: dict[str, tuple[EntityType, set[tuple[str, str]]]]) -> None:
    """Organisations and places: one spelling is one entity (whatever type the tagger gave
    each mention); two spellings of one key merge only when their type agrees and, where both
    are mentioned with other entities, they share at least one of them."""
    anchors: dict[str, int] = {}
    for m in members:
        spelling = _spelling(linker.items[m])
        if spelling in anchors:
            linker.join(anchors[spelling], m, f"same name '{spelling}'")
            continue
        anchors[spelling] = m
        kind, around = contexts[spelling]
        for other, first in anchors.items():
            other_kind, other_around = contexts[other]
            if other == spelling or other_kind != kind:
                continue
            if around and other_around and not around & other_around:
                continue
            linker.join(first, m, why + (" and the same type" if not around or not other_around
                                         else " and the same type and co-mentioned entities"))
            break


def _link_people(linker: _Linker, members: list[int], why: str) -> None:
    items = linker.items
    firsts: dict[str, int] = {}
    for m in members:
        first = items[m].first
        if first is None:
            continue
        match = next((f for f in firsts if edit_distance_at_most_one(f, first)), None)
        if match is None:
            firsts[first] = m
        else:
            linker.join(firsts[match], m, why + " and first name")
    bare = [m for m in members if items[m].first is None]
    for m in bare[1:]:
        linker.join(bare[0], m, "same surname, no first name")
    if bare and len(firsts) == 1:
        linker.join(next(iter(firsts.values())), bare[0],
                    "bare surname of the only full name with that surname in the corpus")


def _link(items: list[_Local], aliases: AliasFile) -> _Linker:
    linker = _Linker(items, aliases)
    representative = _typo_keys(items)
    around: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for item in items:
        around[item.ref[0]].add(representative[_block(item)])
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        if item.key.startswith("~"):
            continue  # an unnamed group of one article: never merged
        if linker.frozen(i):  # the alias file keeps this name apart from every other one
            blocks[("SPLIT", _spelling(item))].append(i)
        else:
            blocks[representative[_block(item)]].append(i)
    for block, members in blocks.items():
        spelled = {items[m].key for m in members}
        why = (f"same spelling key '{block[1]}'" if len(spelled) == 1
               else f"one letter apart ({' / '.join(sorted(spelled))}) with shared roles or context")
        if block[0] == "SPLIT":
            for m in members[1:]:
                linker.join(members[0], m, "same name, kept apart from others by the alias file")
        elif block[0] != "PER":
            spellings = {_spelling(items[m]) for m in members}
            contexts = (_contexts(items, members, representative, around)
                        if len(spellings) > 1 else {s: ("LOC", set()) for s in spellings})
            _link_names(linker, members, why, contexts)
        else:
            _link_people(linker, members, why)
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        for name in {fold(n) for n in item.names}:
            by_name[name].append(i)
    for group in aliases.merge:
        hits = sorted({i for n in group for i in by_name.get(fold(n), ())})
        for i in hits[1:]:
            linker.join(hits[0], i, f"alias file: merge {' = '.join(group)}")
    return linker


def _canonical_name(members: list[_Local], aliases: AliasFile) -> str:
    """The most common full form (first name and surname for people); the alias file's
    rename wins."""
    names = Counter(m.name for m in members)  # in order of first appearance
    last = Counter((name_tokens(m.name) or [""])[-1] for m in members)
    full = [n for n in names if len(name_tokens(n)) >= 2] or list(names)
    order = {n: i for i, n in enumerate(names)}
    # ties: the surname spelling most articles use, then the form seen first
    best = max(full, key=lambda n: (names[n], last[(name_tokens(n) or [""])[-1]], -order[n]))
    renames = dict(aliases.rename)
    for name in (best, *names):
        if fold(name) in renames:
            return renames[fold(name)]
    return best


def resolve_entities(
    analyses: Sequence[Analysis], aliases: AliasFile | None = None
) -> tuple[list[Entity], dict[Ref, str], list[MergeNote]]:
    """Canonical entities, the map from (document, local key) to entity id, and the merge log."""
    aliases = aliases or AliasFile()
    items = _locals(analyses)
    linker = _link(items, aliases)
    entities: list[Entity] = []
    refs: dict[Ref, str] = {}
    notes: list[MergeNote] = []
    used: set[str] = set()
    for group in linker.sets.groups():
        members = sorted((items[i] for i in group), key=lambda m: m.order)
        first = members[0]
        kind = Counter(m.type for m in members).most_common(1)[0][0]
        entity_id = content_id("entity", _block(first), first.first)
        if entity_id in used:  # a name the alias file keeps apart
            entity_id = content_id("entity", first.ref)
        used.add(entity_id)
        name = _canonical_name(members, aliases)
        entities.append(Entity(
            id=entity_id, name=name, type=kind,
            aliases=tuple(sorted(set().union(*(m.names for m in members)))),
            roles=tuple(sorted({r for m in members for r in m.roles})),
            mentions=sum(m.mentions for m in members),
            documents=tuple(sorted({m.ref[0] for m in members}))))
        for member in members:
            refs[member.ref] = entity_id
        group_reason = next((linker.reasons[i] for i in sorted(group) if i in linker.reasons), "")
        seen = {fold(name)}
        for index in sorted(group):
            member = items[index]
            if fold(member.name) not in seen:
                seen.add(fold(member.name))
                notes.append(MergeNote(entity_id, name, member.name,
                                       linker.reasons.get(index, group_reason)))
    entities.sort(key=lambda e: (-e.mentions, e.name))
    return entities, refs, notes
