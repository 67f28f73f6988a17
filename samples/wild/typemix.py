"""``python -m samples.wild.typemix OUT --pool a|b --seed N --count K [--families F1,F2]``

Wild documents whose kind is hard to tell (issue 20, document type on unseen layouts): the
title is put where a reader does not look first (a small line in a corner with the number,
a bordered box, a coloured side band, an image with no text, nowhere) in wordings real
senders use ("Note", "Statement", "Bill", "PO", a bare "Confirmation"), and the
body carries what another kind prints: an order confirmation its payment terms with a
deposit, late-payment penalties and bank details like a bill; a delivery note its prices;
a purchase order what the supplier's invoice must say; an invoice its delivery and the
customer's order. Everything else is what ``python -m samples.wild`` draws for the same
seed and index.

Two pools: ``a`` to develop on, ``b`` kept aside to measure on (never tune on it). Their
wordings are this module's own, not the sealed held-out vocabularies. The patch lives only
in this process: ``python -m samples.wild`` draws exactly what it drew before.
"""

from __future__ import annotations

import base64
import dataclasses
import io
import random
import sys
from collections.abc import Callable

from samples.wild import build
from samples.wild.content import Doc
from samples.wild.page import Page, Rendered, esc
from samples.wild.patched_cli import run_patched
from samples.wild.patched_draws import by_share, document_rng, patch_titles, pool_language

# kind -> language -> titles a sender may print (the usual ones too: the place is the test)
TITLES: dict[str, dict[str, dict[str, list[str]]]] = {
    "a": {
        "purchase_order": {
            "fr": ["Commande d'achat", "Bon de commande", "Ordre de commande", "Commande"],
            "en": ["Purchase Order", "Order", "Purchase requisition", "PO"],
        },
        "order_confirmation": {
            "fr": ["Confirmation de commande", "Accusé de réception de commande", "Confirmation"],
            "en": ["Order Confirmation", "Order Acknowledgement", "Confirmation"],
        },
        "delivery_note": {
            "fr": ["Bon de livraison", "Bordereau de livraison", "BL"],
            "en": ["Delivery Note", "Packing Slip", "Delivery"],
        },
        "invoice": {
            "fr": ["Facture", "Note", "Facture n°"],
            "en": ["Invoice", "Statement", "Bill"],
        },
        "quotation": {"fr": ["Devis", "Offre"], "en": ["Quotation", "Quote"]},
        "reminder": {"fr": ["Relance", "Rappel"], "en": ["Reminder", "Payment reminder"]},
    },
    "b": {
        "purchase_order": {
            "fr": ["Bon de commande", "Commande d'achat", "Ordre d'achat", "Commande n°"],
            "en": ["Purchase Order", "Order Form", "Purchase order", "Order No."],
        },
        "order_confirmation": {
            "fr": ["Confirmation de commande", "AR de commande", "Confirmation"],
            "en": ["Order Confirmation", "Sales Order", "Order acknowledgment"],
        },
        "delivery_note": {
            "fr": ["Bon de livraison", "Bon d'expédition", "Livraison"],
            "en": ["Delivery Note", "Dispatch Note", "Shipping note"],
        },
        "invoice": {
            "fr": ["Facture", "Facture de vente", "Note de frais"],
            "en": ["Invoice", "Bill", "Invoice no."],
        },
        "quotation": {"fr": ["Devis", "Proposition"], "en": ["Estimate", "Quotation"]},
        "reminder": {"fr": ["Rappel de paiement", "Relance"], "en": ["Reminder", "Past due"]},
    },
}
# where the title goes: (place, share)
PLACES = (
    ("usual", 0.25),
    ("corner", 0.2),
    ("box", 0.15),
    ("band", 0.15),
    ("image", 0.15),
    ("none", 0.1),
)
# what another kind would print, added to the page's notes: kind -> language -> sentences
CROSS: dict[str, dict[str, dict[str, list[str]]]] = {
    "a": {
        "order_confirmation": {
            "fr": [
                "Règlement : acompte de 30 % à la signature, le reste sous 30 jours.",
                "Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité "
                "forfaitaire pour frais de recouvrement : 40 €.",
                "Règlement par virement : IBAN et BIC en pied de page.",
                "Total à régler à réception de la facture.",
            ],
            "en": [
                "A 30% deposit is asked with the order, the balance 30 days net.",
                "Late payment interest will be charged at 8% above base rate.",
                "Bank details (sort code, account, IBAN) are printed on our invoices.",
                "The invoice will follow on dispatch.",
            ],
        },
        "delivery_note": {
            "fr": ["Marchandise valorisée au prix de la commande.", "Réserves éventuelles :"],
            "en": ["Priced as on the order.", "Remarks on receipt:"],
        },
        "purchase_order": {
            "fr": [
                "Toute facture doit rappeler le numéro de la présente commande.",
                "Facture à adresser en deux exemplaires au service comptabilité.",
                "Nos règlements se font à 45 jours fin de mois.",
            ],
            "en": [
                "All invoices must quote this order number.",
                "Send invoices to accounts payable, two copies.",
                "We pay 60 days from the invoice date.",
            ],
        },
        "invoice": {
            "fr": ["Marchandise remise au transporteur le jour même.", "Avec nos remerciements."],
            "en": ["Goods shipped with carrier on order date.", "Thank you for your order."],
        },
    },
    "b": {
        "order_confirmation": {
            "fr": [
                "Modalités de paiement : acompte de 40 % à la commande, solde à livraison.",
                "Tout retard de paiement entraîne des pénalités au taux légal majoré.",
                "Nos coordonnées bancaires (IBAN, BIC) figurent sur nos factures.",
            ],
            "en": [
                "Half is paid upfront, the balance on delivery.",
                "Overdue amounts bear interest at 1.5% per month.",
                "Bank transfer only: IBAN and BIC on request.",
            ],
        },
        "delivery_note": {
            "fr": ["Valeur de la marchandise livrée ci-dessus."],
            "en": ["Value of goods shipped shown above."],
        },
        "purchase_order": {
            "fr": [
                "Le numéro de commande doit figurer sur vos factures et bons de livraison.",
                "Nous réglons à 60 jours date de facture.",
            ],
            "en": [
                "Our order number must appear on your invoice and delivery note.",
                "We settle net 45 days after receipt of invoice.",
            ],
        },
        "invoice": {
            "fr": ["Livraison effectuée par nos soins."],
            "en": ["Delivered by our own van."],
        },
    },
}
CROSS_SHARE = 0.7


def _rng(page: Page, what: str, pool: str) -> random.Random:
    return document_rng("typemix", page, what, pool)


def place_of(page: Page, pool: str) -> str:
    """Where this document's title goes."""
    return by_share(_rng(page, "place", pool).random(), PLACES, "usual")


def title_of(page: Page, pool: str, original: str) -> str:
    """This document's title in the pool's wordings (the generator's own for other kinds)."""
    words = TITLES[pool].get(page.d.kind, {}).get(pool_language(page))
    return _rng(page, "title", pool).choice(words) if words else original


def title_png(text: str, accent: str) -> str:
    """The title drawn as a picture (a logo-like banner): no text a PDF reader can take."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 64)
    left, top, right, bottom = font.getbbox(text)
    img = Image.new("RGB", (int(right - left) + 40, int(bottom - top) + 30), "white")
    ImageDraw.Draw(img).text((20 - left, 15 - top), text, font=font, fill=accent)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _own_block(floated: str) -> str:
    """A floated title kept in a block of its own at the top: left to float into the page,
    it pushed a side column's or a grid's cells off the page (sidebar_left, office_admin:
    references and numbers the truth holds were not printed)."""
    return f"<div style='display:flow-root'>{floated}</div>"


def placed_title(page: Page, place: str, title: str) -> tuple[str, str]:
    """HTML for ``title`` at ``place`` and the CSS that makes room for it."""
    d, o = page.d, page.o
    accent = str(o.get("accent", "#333333"))
    text = title.upper() if o.get("title_case") == "upper" else title
    ends_open = text.rstrip().endswith(("°", "."))
    number = f" {esc(d.number)}" if d.number and (ends_open or page._labels.get(_CARRIES)) else ""
    if place == "corner":
        # a small line of its own at the top right: laid over the page (absolute), it
        # covered what a family prints there (office_admin's number box)
        style = "font-size:8pt;text-align:right"
        return f"<div style='{style}'>{esc(text)}{number}</div>", ""
    if place == "box":
        style = (
            "float:right;border:1px solid #333;padding:1.5mm 3mm;margin:0 0 2mm 4mm;"
            "font-size:10pt;font-weight:bold"
        )
        return _own_block(f"<div style='{style}'>{esc(text)}{number}</div>"), ""
    if place == "band":
        style = (
            f"position:absolute;left:-14mm;top:0;width:24mm;min-height:60mm;background:{accent};"
            "color:white;font-size:12pt;font-weight:bold;padding:3mm 2mm;word-wrap:break-word"
        )
        return f"<div style='{style}'>{esc(text)}{number}</div>", "body{padding-left:14mm}"
    if place == "image":
        png = title_png(text, accent)
        style = "float:right;height:9mm;margin:0 0 2mm 4mm"
        return _own_block(f"<img alt='' style='{style}' src='data:image/png;base64,{png}'>"), ""
    return "", ""


def cross_notes(page: Page, pool: str) -> list[str]:
    """What another kind would print, for this document (maybe nothing)."""
    rng = _rng(page, "cross", pool)
    said = CROSS[pool].get(page.d.kind, {}).get(pool_language(page), [])
    if not said or rng.random() >= CROSS_SHARE:
        return []
    return rng.sample(said, rng.randint(1, len(said)))


_CARRIES = "__typemix_number"  # the family printed its number in its title


def patch(pool: str) -> None:
    """Make every page of this process print its title and body in the pool's ways."""

    def wrap_title(original: Callable[[Page], str]) -> Callable[[Page], str]:
        def title(self: Page) -> str:
            key = "__typemix"
            if key not in self._labels:
                printed = original(self)
                self._labels[key] = title_of(self, pool, printed)
                # a family that prints its number only in its title keeps it printed
                carries = bool(self.d.number) and str(self.d.number) in printed
                self._labels[_CARRIES] = "yes" if carries else ""
            number = f" {self.d.number}" if self._labels[_CARRIES] else ""
            place = place_of(self, pool)
            if place == "usual":
                return self._labels[key] + number
            return number.strip() if place == "none" else ""

        return title

    patch_titles(wrap_title)

    notes = Page.notes

    def more_notes(self: Page) -> str:
        extra = "".join(f"<p class='note'>{esc(s)}</p>" for s in cross_notes(self, pool))
        return notes(self) + extra

    Page.notes = more_notes  # type: ignore[method-assign]

    render = Page.render

    def placed_render(self: Page) -> Rendered:
        rendered = render(self)
        place = place_of(self, pool)
        if place in ("usual", "none"):
            return rendered
        title = self._labels.get("__typemix") or title_of(self, pool, "")
        html, css = placed_title(self, place, title)
        body = f"<body><div style='position:relative'>{html}"
        out = rendered.html.replace("<body>", body, 1).replace("</body>", "</div></body>", 1)
        out = out.replace("</style>", f"{css}</style>", 1)
        return dataclasses.replace(rendered, html=out)

    Page.render = placed_render  # type: ignore[method-assign]

    make_doc = build.make_doc

    def priced_deliveries(rng: random.Random, kind: str, language: str, n_lines: int) -> Doc:
        doc = make_doc(rng, kind, language, n_lines)
        if kind == "delivery_note" and not doc.priced:
            # decided from the document's own draw, so the other kinds stay as drawn
            doc.priced = random.Random(f"typemix:priced:{pool}:{doc.number}").random() < 0.5
        return doc

    build.make_doc = priced_deliveries


def main(argv: list[str] | None = None) -> int:
    return run_patched("python -m samples.wild.typemix", __doc__, TITLES, patch, argv)


if __name__ == "__main__":
    sys.exit(main())
