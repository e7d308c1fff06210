"""The line classifier: roles from the unit itself, then from the document around it."""

from __future__ import annotations

from storyline.clean.text import boilerplate_units, classify, key

PARAGRAPH = (
    "Le ministère de la Défense a annoncé mardi le déploiement de renforts dans la région, "
    "invoquant une hausse des incidents à la frontière depuis le début du mois."
)
OTHER = (
    "Les autorités locales ont indiqué que les habitants des villages voisins avaient été "
    "informés des mesures, qui doivent durer au moins jusqu'à la fin de l'année."
)
THIRD = (
    "Selon plusieurs experts, cette décision pourrait peser sur les relations entre les deux "
    "pays, déjà tendues depuis la crise de l'an dernier, a rapporté la presse locale."
)


def _roles(body: str, **kwargs: frozenset[str]) -> list[tuple[str, str]]:
    return [(v.role, v.unit.text) for v in classify(body, **kwargs).verdicts]


def _kept(body: str) -> list[str]:
    return classify(body).paragraphs()


def test_short_present_tense_paragraph_between_paragraphs_is_kept() -> None:
    body = f"{PARAGRAPH}\n\nLa France est le premier partenaire européen du pays.\n\n{OTHER}\n"
    assert "La France est le premier partenaire européen du pays." in _kept(body)


def test_interspersed_headline_links_are_dropped() -> None:
    body = (f"{PARAGRAPH}\n\nPoutine soutient le cessez-le-feu mais souhaite des garanties.\n\n"
            f"{OTHER}\n\nL'Ukraine accuse la Russie de diffuser de fausses informations.\n\n"
            f"{THIRD}\n")
    assert _kept(body) == [PARAGRAPH, OTHER, THIRD]


def test_headline_among_furniture_is_dropped() -> None:
    body = (f"Titre de l'article du jour\n\nPar Jeanne Morel\n\nTemps de lecture 3 min.\n\n"
            f"Partager\n\n{PARAGRAPH}\n")
    assert _kept(body) == [PARAGRAPH]


def test_quote_only_and_narrative_paragraphs_are_kept() -> None:
    body = (f"{PARAGRAPH}\n\n« Nous ne céderons pas. »\n\nAvec 539 drones, la Russie a frappé "
            f"plusieurs villes.\n\nIl a démenti.\n\n{OTHER}\n")
    assert _kept(body) == [PARAGRAPH, "« Nous ne céderons pas. »",
                           "Avec 539 drones, la Russie a frappé plusieurs villes.",
                           "Il a démenti.", OTHER]


def test_short_line_printed_twice_in_a_row_drops_every_copy() -> None:
    caption = "Les deux présidents lors de leur rencontre à Helsinki en 2018."  # no verb
    body = f"{PARAGRAPH}\n\n{caption}\n\n{caption}\n\n{OTHER}\n"
    assert [r for r, _ in _roles(body)] == ["body", "repeated", "repeated", "body"]


def test_repeated_sentence_elsewhere_keeps_its_first_copy() -> None:
    pull_quote = "« Nous ne céderons pas », a répété le ministre."
    body = f"{PARAGRAPH}\n\n{pull_quote}\n\n{OTHER}\n\n{pull_quote}\n\n{THIRD}\n"
    assert _kept(body) == [PARAGRAPH, pull_quote, OTHER, THIRD]
    assert _kept(f"{PARAGRAPH}\n\n{OTHER}\n\n{OTHER}\n") == [PARAGRAPH, OTHER]


def test_batch_boilerplate_drops_furniture_but_never_sentences() -> None:
    boilerplate = frozenset({key("Tous droits réservés."), key(PARAGRAPH)})
    body = f"{PARAGRAPH}\n\n{OTHER}\n\nTous droits réservés.\n"
    roles = _roles(body, boilerplate=boilerplate)
    assert roles[0] == ("body", PARAGRAPH)  # a sentence of the article stays
    assert roles[2] == ("boilerplate", "Tous droits réservés.")
    assert _roles(body)[2][0] == "body"  # without the batch, nothing says it is furniture


def test_boilerplate_shared_by_three_distinct_dumps() -> None:
    dumps = [f"Comment (0)\n\n{p}" for p in (PARAGRAPH, OTHER, THIRD)]
    found = boilerplate_units(dumps + [dumps[0]])  # the same dump twice counts once
    assert key("Comment (0)") in found
    assert key(PARAGRAPH) not in found
    assert boilerplate_units(dumps[:2]) == frozenset()


def test_sentence_repeated_across_the_batch_is_kept() -> None:
    # the same wire paragraph in several outlets: repetition alone never drops a sentence
    line = "Cet article a été publié dans notre édition du matin."
    body = f"{PARAGRAPH}\n\n{line}\n\n{OTHER}\n"
    assert line in classify(body, boilerplate=frozenset({key(line)})).paragraphs()


def test_line_under_photo_placeholder_is_its_caption() -> None:
    body = (f"{PARAGRAPH}\n\nTin tức thời sự hôm nay về chiến sự - Ảnh 1.\n\n"
            f"Le président a rencontré l'envoyé spécial à Moscou le 13 mars.\n\n{OTHER}\n")
    assert _kept(body) == [PARAGRAPH, OTHER]


def test_long_paragraph_under_photo_is_not_a_caption() -> None:
    body = f"Une image - Photo 1\n\n{PARAGRAPH} {OTHER}\n"
    assert _kept(body) == [f"{PARAGRAPH} {OTHER}"]


def test_packed_short_lines_are_a_link_list() -> None:
    body = (f"{PARAGRAPH}\n\n{OTHER}\n\nÀ lire aussi\nLe maïs atteint un sommet\n"
            "Les exportations progressent de 8 %, portées par l'Asie.\n")
    assert _kept(body) == [PARAGRAPH, OTHER]


def test_line_layout_has_no_link_lists() -> None:
    body = f"{PARAGRAPH}\nIl a démenti.\nElle a confirmé.\n{OTHER}\n"
    assert len(_kept(body)) == 4


def test_everything_after_closing_credit_is_page() -> None:
    body = (f"{PARAGRAPH}\n\n{OTHER}\n\nAvec Reuters\n\n"
            "Après la tempête, le village a retrouvé sa splendeur, illuminé par l'espoir.\n")
    roles = _roles(body)
    assert roles[-1][0] == "trailing"
    assert _kept(body) == [PARAGRAPH, OTHER]


def test_credit_above_the_body_does_not_close_the_article() -> None:
    body = f"Un chapô qui résume l'article, court.\n\nLe Monde avec AFP\n\n{PARAGRAPH}\n\n{OTHER}\n"
    assert _kept(body)[-2:] == [PARAGRAPH, OTHER]


def test_title_is_the_heading_sharing_most_words_with_body() -> None:
    body = (f"Aller au contenu principal\n\nDéfense : des renforts déployés à la frontière\n\n"
            f"Le contexte\n\n{PARAGRAPH}\n")
    found = classify(body)
    assert found.title == "Défense : des renforts déployés à la frontière"
    assert [v.role for v in found.verdicts][:3] == ["heading", "title", "heading"]


def test_no_title_when_body_comes_first() -> None:
    assert classify(f"{PARAGRAPH}\n\n{OTHER}\n").title is None


def test_lead_marker_is_cut_from_first_paragraph_only() -> None:
    body = f"(Dan Tri) - {PARAGRAPH}\n{OTHER}\n"
    found = classify(body)
    assert found.lead is not None and found.lead.outlet == "Dan Tri"
    assert found.paragraphs() == [PARAGRAPH, OTHER]


def test_signature_line_under_last_paragraph() -> None:
    found = classify(f"{PARAGRAPH}\n\n{OTHER}\n\nPascal CHEVILLOT\n")
    assert found.verdicts[-1].meta is not None
    assert found.verdicts[-1].meta.authors == ("Pascal CHEVILLOT",)


def test_line_labels_cover_every_non_blank_line() -> None:
    wrapped = PARAGRAPH.replace(" de renforts", "\nde renforts")  # a hard-wrapped paragraph
    body = f"Titre\n\n{wrapped}\n\n  \nComment (0)\n"
    labels = classify(body).line_labels()
    assert set(labels) == {1, 3, 4, 7}
    assert labels[3] and labels[4] and not labels[7]


def test_title_right_above_the_body_when_no_word_is_shared() -> None:
    body = ("Live updates\n\nUkraine war: what we know on day 1,000\n\n"
            "Russia launched a large drone attack on Kyiv overnight, officials said.\n\n"
            "The war has reshaped European security, analysts said on Monday.\n")
    assert classify(body).title == "Ukraine war: what we know on day 1,000"
    short = "Aller au contenu\n\n" + body.split("\n\n", 2)[2]
    assert classify(short).title is None  # a menu item is no title
