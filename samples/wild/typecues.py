"""``python -m samples.wild.typecues OUT --pool a|b --seed N --count K [--families F1,F2]``

Wild documents whose kind is said where neither ``typemix`` nor ``retitle`` says it (issue
20, document type on layouts never seen): no title where titles are printed, and the kind
named instead

- after the sender's name, on its letterhead line ("Atelier Morel SARL · Order
  confirmation");
- as one more field of the header grid ("Document: Delivery note", "Type : Facture");
- in small capitals over the goods table, in the middle of the page;
- in a sentence of body type before the table ("We confirm your order of … as follows");
- only in the number's label ("Invoice No." vs "Order No."), nothing else;
- in the page's small print at the bottom ("Document : bon de livraison – original").

and the body carries the cues a clerk reads beside the title: words that deny a kind ("This
is not an invoice", "Facture à suivre") on confirmations and delivery notes, goods tables
headed ordered / shipped / backorder on delivery notes. Everything else is what ``python -m
samples.wild`` draws for the same seed and index.

Two pools: ``a`` to develop on, ``b`` kept aside to measure on (never tune on it). The
wordings are this module's own, not the sealed held-out vocabularies. The patch lives only
in this process: ``python -m samples.wild`` draws exactly what it drew before.
"""

from __future__ import annotations

import dataclasses
import random
import sys
from collections.abc import Callable

from samples.wild.page import Page, Rendered, esc
from samples.wild.patched_cli import run_patched
from samples.wild.patched_draws import by_share, document_rng, patch_titles, pool_language
from samples.wild.vocab import NUMBER_LABELS

# kind -> language -> the kind's name as a sender prints it outside a title
NAMES: dict[str, dict[str, dict[str, list[str]]]] = {
    "a": {
        "purchase_order": {
            "fr": ["Bon de commande", "Commande à fournisseur", "Commande"],
            "en": ["Purchase order", "Order from buyer", "Order"],
        },
        "order_confirmation": {
            "fr": ["Confirmation de commande", "Commande : confirmation", "Accusé de la commande"],
            "en": [
                "Order confirmation",
                "Confirmation for your order",
                "Confirmation of sales order",
            ],
        },
        "delivery_note": {
            "fr": ["Bon de livraison", "Bordereau de livraison", "Bon d'expédition"],
            "en": ["Delivery note", "Packing list", "Dispatch note"],
        },
        "invoice": {
            "fr": ["Facture", "Facture au client"],
            "en": ["Invoice", "Tax invoice", "Invoice for goods"],
        },
        "credit_note": {"fr": ["Avoir", "Facture d'avoir"], "en": ["Credit note", "Credit memo"]},
        "payment_advice": {
            "fr": ["Avis de paiement", "Avis de virement"],
            "en": ["Remittance advice", "Payment advice"],
        },
        "quotation": {"fr": ["Devis"], "en": ["Quotation"]},
        "reminder": {"fr": ["Relance"], "en": ["Payment reminder"]},
    },
    "b": {
        "purchase_order": {
            "fr": ["Commande d'achat", "Bon de commande", "Ordre d'achat"],
            "en": ["Purchase order", "PO", "Order"],
        },
        "order_confirmation": {
            "fr": ["Confirmation de commande", "AR commande", "Accusé réception commande"],
            "en": ["Order acknowledgement", "Order confirmation", "Sales order"],
        },
        "delivery_note": {
            "fr": ["Bon de livraison", "Colisage", "Bordereau expédition"],
            "en": ["Delivery note", "Packing slip", "Despatch note"],
        },
        "invoice": {"fr": ["Facture", "Facture de vente"], "en": ["Invoice", "Invoice (sales)"]},
        "credit_note": {"fr": ["Avoir", "Note de crédit"], "en": ["Credit note", "Credit memo"]},
        "payment_advice": {"fr": ["Avis règlement"], "en": ["Remittance advice"]},
        "quotation": {"fr": ["Offre tarifaire"], "en": ["Quote"]},
        "reminder": {"fr": ["Rappel de paiement"], "en": ["Reminder"]},
    },
}
# the sentence in body type that says what the page does, before the goods
SENTENCES: dict[str, dict[str, dict[str, list[str]]]] = {
    "a": {
        "purchase_order": {
            "fr": ["Merci de nous livrer les articles ci-dessous aux conditions convenues."],
            "en": ["Please supply the goods listed below at the agreed prices."],
        },
        "order_confirmation": {
            "fr": ["Nous vous confirmons votre commande aux conditions ci-dessous."],
            "en": ["We confirm your order on the terms below."],
        },
        "delivery_note": {
            "fr": ["Les marchandises ci-dessous vous ont été expédiées ce jour."],
            "en": ["The goods below were shipped to you today."],
        },
        "invoice": {
            "fr": ["Nous vous facturons les prestations et fournitures ci-dessous."],
            "en": ["We invoice you for the goods and services below."],
        },
    },
    "b": {
        "purchase_order": {
            "fr": ["Nous vous prions de bien vouloir nous fournir ce qui suit."],
            "en": ["Kindly deliver the following items to the address above."],
        },
        "order_confirmation": {
            "fr": ["Votre commande a bien été enregistrée et sera livrée comme suit."],
            "en": ["Your order has been accepted and will be shipped as follows."],
        },
        "delivery_note": {
            "fr": ["Veuillez trouver le détail de la livraison ci-dessous."],
            "en": ["Please find the contents of this shipment below."],
        },
        "invoice": {
            "fr": ["Veuillez trouver ci-dessous notre facture pour les articles livrés."],
            "en": ["Please find below our invoice for the goods delivered."],
        },
    },
}
# the words that deny a kind, printed on the pages that are not that kind
DENIALS: dict[str, dict[str, dict[str, list[str]]]] = {
    "a": {
        "order_confirmation": {
            "fr": ["Le présent document ne vaut pas facture.", "La facture suivra à l'expédition."],
            "en": ["This document is not an invoice.", "An invoice will follow on shipment."],
        },
        "delivery_note": {
            "fr": ["Document non valable comme facture."],
            "en": ["This document is not an invoice. Prices on request."],
        },
    },
    "b": {
        "order_confirmation": {
            "fr": ["Facture à suivre par courrier.", "Merci de ne pas payer sur ce document."],
            "en": ["Do not pay from this document.", "Invoice to follow by mail."],
        },
        "delivery_note": {
            "fr": ["Sans valeur de facture fiscale."],
            "en": ["Not valid as a tax invoice."],
        },
    },
}
# the caption a header grid prints before the kind's name
DOC_CAPTION = {"fr": ["Document", "Type document", "Type"], "en": ["Document", "Doc type"]}
# the small print at the bottom that names the kind
FOOT = {"fr": "Document : {t} (exemplaire original)", "en": "Document: {t} (original)"}
# (place, share)
PLACES = (
    ("after_name", 0.2),
    ("grid", 0.2),
    ("caption", 0.15),
    ("sentence", 0.15),
    ("label_only", 0.15),
    ("footer", 0.15),
)
DENIAL_SHARE = 0.6
SHIP_COLUMNS_SHARE = 0.5


def _rng(page: Page, what: str, pool: str) -> random.Random:
    return document_rng("typecues", page, what, pool)


def place_of(page: Page, pool: str) -> str:
    """Where this document says its kind."""
    return by_share(_rng(page, "place", pool).random(), PLACES, "footer")


def name_of(page: Page, pool: str) -> str:
    """This document's kind as the pool names it."""
    words = NAMES[pool].get(page.d.kind, {}).get(pool_language(page)) or [page.d.kind]
    return _rng(page, "name", pool).choice(words)


def _said(table: dict[str, dict[str, dict[str, list[str]]]], page: Page, pool: str) -> str:
    words = table[pool].get(page.d.kind, {}).get(pool_language(page))
    return _rng(page, "said", pool).choice(words) if words else ""


def _insert_before_table(html: str, snippet: str) -> str:
    """``snippet`` just before the page's first table of goods (else after the body's
    start)."""
    for mark in ("<table class='items", '<table class="items', "<table"):
        at = html.find(mark)
        if at >= 0:
            return html[:at] + snippet + html[at:]
    return html.replace("<body>", f"<body>{snippet}", 1)


def placed(page: Page, pool: str, html: str) -> str:
    """``html`` with the kind named at this document's place, and its cues added."""
    place, name, lang = place_of(page, pool), name_of(page, pool), pool_language(page)
    if place == "after_name":
        issuer = esc(page.d.issuer.name)
        tag = f"{issuer} <span style='font-weight:normal;font-size:0.8em'>· {esc(name)}</span>"
        if issuer in html:
            html = html.replace(issuer, tag, 1)
        else:
            place = "footer"
    if place == "grid" and not page._labels.get(_GRID):
        place = "footer"  # the family prints no header grid
    if place == "caption":
        style = "font-variant:small-caps;letter-spacing:0.08em;font-size:11pt;margin:2mm 0"
        html = _insert_before_table(html, f"<div style='{style}'>{esc(name.lower())}</div>")
    if place == "sentence":
        said = _said(SENTENCES, page, pool)
        if said:
            html = _insert_before_table(html, f"<p class='note'>{esc(said)}</p>")
    if place == "footer":
        foot = FOOT[lang].format(t=name.lower())
        html = html.replace("</body>", f"<p style='font-size:7pt'>{esc(foot)}</p></body>", 1)
    denial = DENIALS[pool].get(page.d.kind, {}).get(lang)
    if denial and _rng(page, "deny", pool).random() < DENIAL_SHARE:
        said = _rng(page, "denial", pool).choice(denial)
        html = html.replace("</body>", f"<p class='note'>{esc(said)}</p></body>", 1)
    return html


_GRID = "__typecues_grid"


def patch(pool: str) -> None:
    """Make every page of this process name its kind in the pool's places."""

    def wrap_title(original: Callable[[Page], str]) -> Callable[[Page], str]:
        def title(self: Page) -> str:
            # no title where titles go; a family that prints its number only in its title
            # keeps it printed
            printed = original(self)
            number = str(self.d.number or "")
            return number if number and number in printed else ""

        return title

    patch_titles(wrap_title)

    number_label = Page.number_label

    def kind_label(self: Page) -> str:
        if place_of(self, pool) != "label_only":
            return number_label(self)
        words = NUMBER_LABELS[pool_language(self)].get(self.d.kind)
        if not words:
            return number_label(self)
        text = _rng(self, "label", pool).choice(words)
        return text.upper() if self.o["upper"] else text

    Page.number_label = kind_label  # type: ignore[method-assign]

    meta_items = Page.meta_items

    def with_kind(self: Page) -> list[tuple[str, str]]:
        items = meta_items(self)
        if place_of(self, pool) == "grid":
            self._labels[_GRID] = "yes"
            caption = _rng(self, "caption", pool).choice(DOC_CAPTION[pool_language(self)])
            items.insert(0, (caption, name_of(self, pool)))
        return items

    Page.meta_items = with_kind  # type: ignore[method-assign]

    column = Page.column

    def ship_column(self: Page, role: str) -> str:
        # a delivery note's quantity headed by what was shipped (the family's own word
        # for it), where the family draws a plain quantity head
        if (
            role == "quantity"
            and self.d.kind == "delivery_note"
            and _rng(self, "ship", pool).random() < SHIP_COLUMNS_SHARE
        ):
            return column(self, "shipped")
        return column(self, role)

    Page.column = ship_column  # type: ignore[method-assign]

    render = Page.render

    def placed_render(self: Page) -> Rendered:
        rendered = render(self)
        return dataclasses.replace(rendered, html=placed(self, pool, rendered.html))

    Page.render = placed_render  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    return run_patched("python -m samples.wild.typecues", __doc__, NAMES, patch, argv)


if __name__ == "__main__":
    sys.exit(main())
