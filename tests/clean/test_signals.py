"""Signals read from one unit alone."""

from __future__ import annotations

import pytest

from storyline.clean import signals


def test_sentences_respect_titles_initials_and_numbers() -> None:
    text = "M. Poutine a parlé à J. Biden. Il y avait 1.115 jours de guerre. C'est fini !"
    assert signals.sentences(text) == [
        "M. Poutine a parlé à J. Biden.",
        "Il y avait 1.115 jours de guerre.",
        "C'est fini !",
    ]


@pytest.mark.parametrize("text", [
    "Contexte de la discussion",
    "Kremlin : le président Poutine est prêt à négocier avec M. Trump",
    "Rennes. Un incendie ravage un entrepôt dans la zone industrielle",
    "Retour en haut",
])
def test_headings(text: str) -> None:
    assert signals.is_heading(text)


@pytest.mark.parametrize("text", [
    "Le président a parlé.",
    # a long paragraph that lost its final full stop is still a paragraph
    "En conclusion, les dirigeants se concentrent sur des solutions à long terme pour garantir "
    "la continuité de l’aide militaire à l’Ukraine, malgré les fluctuations de la politique",
    "La Maison-Blanche n’a pas confirmé cet appel. Epoch Times a sollicité des commentaires",
])
def test_not_headings(text: str) -> None:
    assert not signals.is_heading(text)


def test_headline_sentences_are_short_present_tense_and_bare() -> None:
    assert signals.is_headline("L'Ukraine accuse la Russie de diffuser de fausses informations.", "fr")
    # narration: a past tense, a connective, a pronoun subject, a future
    assert not signals.is_headline("Les pompiers ont été appelés vers 2 h 30.", "fr")
    assert not signals.is_headline("Les stocks restent néanmoins inférieurs à leur moyenne.", "fr")
    assert not signals.is_headline("Il s'agit du plus important échange depuis janvier.", "fr")
    assert not signals.is_headline("Le dispositif sera complété par des caméras.", "fr")
    # commas, quotes or colons make it prose
    assert not signals.is_headline("Cependant, les deux camps ont enregistré des pertes.", "fr")
    assert not signals.is_headline("The attack came as leaders prepared to meet.", "en")
    # no list of narrative signs for the language: never a headline
    assert not signals.is_headline("Tổng thống cho biết.", "vi")


def test_narrates_uses_suffixes_but_not_on_names() -> None:
    assert signals.narrates("El ministerio confirmó el canje en un comunicado.", "es")
    assert signals.narrates("Poutine arrive à Koursk.", "fr") is False
    assert signals.narrates("Trump veut que Poutine épargne les troupes.", "fr") is False
    assert signals.narrates("Tổng thống cho biết.", "vi") is None


def test_reader_address_ignores_quotes() -> None:
    assert signals.reader_address("« Nous ne fournirons aucune information », a dit X.") == (0, 0, 0)
    assert signals.reader_address("Depuis notre création, nous comptons sur votre soutien.") == (
        1, 2, 0)
    assert signals.reader_address("Vous avez aimé cet article ? Partagez-le !") == (1, 0, 1)


@pytest.mark.parametrize("text", [
    "Soutenez Epoch Times à partir de 1€",
    "Comment pouvez-vous nous aider à vous tenir informés ?",
    "Nous utilisons des cookies pour améliorer votre expérience.",
    "Abonnez-vous pour lire la suite.",
    "Subscribe to our newsletter.",
    "Vous avez aimé cet article ? Partagez-le !",
])
def test_appeals(text: str) -> None:
    assert signals.is_appeal(text)


@pytest.mark.parametrize("text", [
    "« Biden a vidé tout notre pays, et nous devons nous assurer d’en avoir assez », a dit Trump.",
    "Les dirigeants ont convenu de travailler ensemble.",
    "Sánchez a déclaré que l'accord tiendra.",
    "Si vous habitez à Paris, vous pourrez voter dès dimanche dans votre bureau habituel.",
])
def test_not_appeals(text: str) -> None:
    assert not signals.is_appeal(text)


def test_shouting() -> None:
    assert signals.is_shouting("NE LAISSER PAS LE 5G DETRUIRE VOTRE ADN")
    assert not signals.is_shouting("L'OTAN et l'ONU ont réagi.")
    assert not signals.is_shouting("ÉCONOMIE")  # one word: a section label, not a banner


def test_ad_labels() -> None:
    assert signals.is_ad_label("Publicité par Adpathway")
    assert signals.is_ad_label("PUBLICITÉ")
    assert signals.is_ad_label("Publicidad")
    assert not signals.is_ad_label("Publicités mensongères : une enquête ouverte à Paris contre X")
    assert not signals.is_ad_label("Annonce du gouvernement sur les retraites, qui a été reportée.")


def test_read_more() -> None:
    assert signals.is_read_more("Lire aussi | Guerre en Ukraine : nouvelle aide")
    assert signals.is_read_more("Read more: Ukraine talks")
    assert not signals.is_read_more("Lire aussitôt la lettre, a demandé le juge.")


@pytest.mark.parametrize("text", [
    "read-entire-article", "https://example.com/a", "www.example.com", "@marclefevre",
    "#Pologne #Biélorussie", "redaction@example.fr", "5 day_ago 44",
])
def test_link_shapes(text: str) -> None:
    assert signals.is_link_shape(text)


def test_link_shapes_spare_sentences() -> None:
    assert not signals.is_link_shape("Le cessez-le-feu a été signé.")
    assert not signals.is_link_shape("Kiev")


def test_counters() -> None:
    assert signals.is_counter("Comment (0)")
    assert signals.is_counter("12 commentaires")
    assert not signals.is_counter("12 morts et 40 blessés")


def test_photo_markers() -> None:
    assert signals.is_photo_marker("Chiến sự Ukraine ngày 1.115: Ông Putin gửi tín hiệu - Ảnh 1.")
    assert signals.is_photo_marker("Photo 2")
    assert signals.is_photo_marker("soldats-kiev.jpg")
    assert not signals.is_photo_marker("Le photographe a pris 3 photos.")


@pytest.mark.parametrize("text", [
    "Les deux présidents en 2018 (Photo : AFP).",
    "Des soldats près de Vovtchansk, le 11 mai 2024. EVGENIY MALOLETKA / AP",
    "Firefighters work at the site, March 5, 2025. REUTERS/Stringer",
    "Les fumées étaient visibles à plusieurs kilomètres. | OUEST-FRANCE",
    "Le port de Marioupol. © AFP",
])
def test_captions(text: str) -> None:
    assert signals.is_caption(text)


def test_a_wire_credit_is_not_a_caption() -> None:
    assert not signals.is_caption("Kong Anh (Source : Reuters)")
    assert not signals.is_caption("La porte-parole a confirmé à l'AFP que rien n'était décidé.")


def test_content_stems_match_across_inflections() -> None:
    title = signals.content_stems("Le Vietnam et la France renforcent leur coopération", "fr")
    body = signals.content_stems("des entreprises françaises ont coopéré", "fr")
    assert "franc" in title & body
