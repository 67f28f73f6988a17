"""A delivery address the page reader misses (its block under a label it does not know),
printed to another site on each document: the clerk's correction teaches where the block
sits, and the sender's next documents read it there (issue 24)."""

from __future__ import annotations

from extraction.profiles import Learned, ProfileCalibration, SenderProfile
from extraction.result import PageResult
from tests.learning.stream import extract as _extract
from tests.learning.stream import one_item, page_of, teach_fields, words_at

SITES = [
    ("Entrepôt Nord", ["14 allée des Pins", "59000 Lille"]),
    ("Dépôt Sud", ["3 chemin du Canal", "ZI de la Plaine", "13015 Marseille"]),
    ("Magasin Centre", ["27 avenue Foch", "69006 Lyon"]),
    ("Plateforme Est", ["8 rue du Rhin", "67000 Strasbourg"]),
    ("Entrepôt Ouest", ["61 quai de la Fosse", "44000 Nantes"]),
]


def _document(i: int, inline: bool = False) -> tuple[list[PageResult], dict[str, str]]:
    """The sender's invoice ``i``: the goods go to another of the customer's sites (with
    ``inline``, printed after its label, the next lines under the first)."""
    name, street = SITES[i % len(SITES)]
    net = 100 + 11 * i
    rows: list[tuple[str, float, float]] = [
        ("Atelier Verdier SARL", 40, 40),
        ("TVA intracom FR40303265045", 40, 52),
        ("FACTURE", 260, 110),
        (f"N° facture : F{7300 + i}", 40, 140),
        (f"Date : {3 + i:02d}/03/2025", 40, 152),
    ]
    if inline:
        rows.append((f"Remise chez : {street[0]}", 300, 140))
        rows += [(line, 370, 152 + 12 * k) for k, line in enumerate(street[1:])]
    else:
        rows += [("Point de remise", 330, 140), (name, 330, 152)]
        rows += [(line, 330, 164 + 12 * k) for k, line in enumerate(street)]
    rows += one_item(net)
    words = [w for text, x, y in rows for w in words_at(text, x, y)]
    page = page_of(words, "\n".join(t for t, _, _ in rows))
    approved = {
        "document_number": f"F{7300 + i}",
        "supplier_name": "Atelier Verdier SARL",
        "vat_id": "FR40303265045",
        "delivery_address": ", ".join(street),
        "total_net": f"{net:.2f}",
    }
    return [page], approved


def _teach(profile: SenderProfile | None, i: int, inline: bool = False) -> SenderProfile:
    return teach_fields(profile, *_document(i, inline))


def test_a_missed_address_block_is_read_under_its_learned_label_on_the_next_documents() -> None:
    pages, approved = _document(3)
    without = _extract(pages, None)
    got = without.fields.get("delivery_address")
    assert got is None or got.value != approved["delivery_address"]

    profile: SenderProfile | None = None
    for i in (0, 1, 2):  # the clerk typed the address on each, to a new site each time
        profile = _teach(profile, i)
    assert profile is not None
    learned = Learned(profiles=[profile], calibration=ProfileCalibration())
    for i in (3, 4, 6):
        pages, approved = _document(i)
        fv = _extract(pages, learned).fields.get("delivery_address")
        assert fv is not None and fv.value == approved["delivery_address"], (i, fv)
        # no calibration has seen such a value yet: it is proposed, not auto-accepted
        assert fv.confidence < 0.9


def test_the_address_label_is_taught_by_the_first_correction() -> None:
    profile = _teach(None, 0)
    below = [h for h in profile.hints["delivery_address"] if h.placement == "below"]
    # the name over the street is a possible label too, until the next site says otherwise
    assert ("point de remise", 1) in [(h.label, h.skip) for h in below]
    pages, approved = _document(1)
    fv = _extract(pages, Learned(profiles=[profile])).fields.get("delivery_address")
    assert fv is not None and fv.value == approved["delivery_address"]


def test_an_address_printed_after_its_label_is_read_with_the_lines_under_it() -> None:
    pages, approved = _document(2, inline=True)
    got = _extract(pages, None).fields.get("delivery_address")
    assert got is None or got.value != approved["delivery_address"]
    profile = _teach(None, 0, inline=True)
    assert any(h.placement == "inline" for h in profile.hints["delivery_address"])
    profile = _teach(profile, 1, inline=True)
    for i in (2, 3):
        pages, approved = _document(i, inline=True)
        fv = _extract(pages, Learned(profiles=[profile])).fields.get("delivery_address")
        assert fv is not None and fv.value == approved["delivery_address"], (i, fv)


def _labelled(i: int) -> tuple[list[PageResult], dict[str, str]]:
    """The same sender's address under a label the page reader knows."""
    pages, approved = _document(i)
    for w in pages[0].words:
        if w.text in ("Point", "de", "remise") and w.bbox[1] == 140:
            w.text = {"Point": "Adresse", "de": "de", "remise": "livraison"}[w.text]
    return pages, approved


def test_an_unproven_block_agreeing_with_the_page_does_not_lift_its_value() -> None:
    profile = teach_fields(None, *_labelled(0))
    assert any(h.placement == "below" for h in profile.hints["delivery_address"])
    pages, _approved = _labelled(1)
    alone = _extract(pages, None).fields.get("delivery_address")
    fv = _extract(pages, Learned(profiles=[profile])).fields.get("delivery_address")
    assert fv is not None and alone is not None and fv.value == alone.value
    # the hint was never proven on a later document: it vouches for nothing
    assert fv.confidence <= alone.confidence
