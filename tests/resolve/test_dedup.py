"""Near-duplicate articles through MinHash and LSH buckets."""

from __future__ import annotations

import random

from storyline.resolve.dedup import SCHEME, candidate_pairs, find_duplicates, signature, similarity

from .builders import doc

WORDS = ["frappe", "drone", "missile", "région", "ville", "accord", "sommet", "appel", "président",
         "ministre", "armée", "aide", "sanctions", "village", "frontière", "énergie", "centrale",
         "défense", "négociation", "cessez-le-feu"]


def article(seed: int, words: int = 150) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(words)) + "."


def test_scheme_is_stated_and_versioned():
    assert SCHEME == "minhash-v1:sha1-64:shingle=5:perm=64:bands=16:seed=20250320"


def test_copy_with_a_new_header_and_footer_is_a_duplicate():
    body = article(1)
    copy = "Publié par une autre rédaction. " + body + " Lire aussi nos autres articles."
    assert similarity(signature(body), signature(copy)) >= 0.8
    assert find_duplicates([doc("a", body), doc("b", copy)]) == {"b": "a"}


def test_articles_from_the_same_words_are_not_duplicates():
    documents = [doc(f"d{i}", article(i)) for i in range(30)]
    assert find_duplicates(documents) == {}


def test_every_copy_points_to_the_first_stored_article():
    body = article(2)
    documents = [doc("x", article(3)), doc("first", body), doc("second", body + " Mise à jour."),
                 doc("third", "Dépêche. " + body)]
    assert find_duplicates(documents) == {"second": "first", "third": "first"}


def test_lsh_only_proposes_pairs_that_share_a_band():
    signatures = [signature(article(i)) for i in range(50)]
    assert candidate_pairs(signatures) == set()
    assert candidate_pairs([signatures[0], signatures[0]]) == {(0, 1)}
