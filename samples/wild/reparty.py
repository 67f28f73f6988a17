"""``python -m samples.wild.reparty OUT --pool a|b --seed N --count K [--families F1,F2]``

Wild documents whose party blocks carry captions the reader was never written for (issue
20, parties): the captions of the bill-to, ship-to, supplier and payee blocks printed as a
made-up word or not at all (a bare address block), and on window layouts the recipient's
window put on the other side for a share of pages. Everything else on the page is what
``python -m samples.wild`` draws for the same seed and index, so a gain here is the reader
telling the issuer from the addressee by structure (letterhead, identifiers, the window,
the document's kind) rather than by one more known caption.

Two pools: ``a`` to develop on, ``b`` kept aside to measure on (never tune on it). The
truth is what the page prints, as everywhere; the patch lives only in this process.
"""

from __future__ import annotations

import sys

from samples.wild.page import Page
from samples.wild.patched_cli import run_patched
from samples.wild.patched_draws import by_share, document_rng, pool_language

# the page's caption keys of party blocks -> the party they name
KEYS = {"billing": "billing", "delivery": "delivery", "supplier": "supplier", "payee": "supplier"}
# pool -> language -> party -> made-up captions
POOLS: dict[str, dict[str, dict[str, list[str]]]] = {
    "a": {
        "fr": {
            "billing": ["Destinataire fact.", "Débiteur", "Pour", "Tiers payeur"],
            "delivery": ["Réception", "Point de dépôt", "Arrivée marchandise"],
            "supplier": ["Émetteur", "Cédant", "Prestataire"],
        },
        "en": {
            "billing": ["Payer", "Charge to", "Account party", "Invoicee"],
            "delivery": ["Drop point", "Consignee", "Receiving"],
            "supplier": ["Seller", "Provider", "Drawn by"],
        },
    },
    "b": {
        "fr": {
            "billing": ["Donneur d'ordre", "Acquéreur", "À l'ordre de"],
            "delivery": ["Site de réception", "Quai", "Dépôt"],
            "supplier": ["Vendeur", "Titulaire", "Expéditeur fact."],
        },
        "en": {
            "billing": ["Purchaser", "Remit from", "Debit to"],
            "delivery": ["Set down at", "Dock", "Goods to"],
            "supplier": ["Merchant", "Source", "Billed by"],
        },
    },
}
# how a caption is printed: none at all, else a made-up word (shares, then the word)
MODES = (("none", 0.45),)
# the share of pages re-captioned, and of window pages whose window changes side
SHARE = 0.85
FLIP = 0.4
TAG = "reparty"


def new_caption(page: Page, pool: str, party: str) -> str | None:
    """The made-up caption of ``party`` on this page, "" for none, None to keep the page's."""
    if document_rng(TAG, page, "page", pool).random() >= SHARE:
        return None
    rng = document_rng(TAG, page, party, pool)
    if by_share(rng.random(), MODES, "word") == "none":
        return ""
    text = rng.choice(POOLS[pool][pool_language(page)][party])
    return text.upper() if page.o["upper"] else text


def patch(pool: str) -> None:
    """Make every page of this process print its party captions from ``pool``."""
    label, window_row = Page.label, Page.window_row

    def recaptioned(self: Page, key: str) -> str:
        # the page's own draw is made first, so its random stream stays what it was
        drawn = label(self, key)
        party = KEYS.get(key)
        if party is None:
            return drawn
        slot = f"__reparty_{key}"
        if slot not in self._labels:
            new = new_caption(self, pool, party)
            self._labels[slot] = drawn if new is None else new
        return self._labels[slot]

    def flipped_window(self: Page) -> str:
        if (
            self.o.get("parties") == "window"
            and document_rng(TAG, self, "flip", pool).random() < FLIP
        ):
            side = self.o["window_side"]
            self.o["window_side"] = "right" if side == "left" else "left"
            try:
                return window_row(self)
            finally:
                self.o["window_side"] = side
        return window_row(self)

    Page.label = recaptioned  # type: ignore[method-assign]
    Page.window_row = flipped_window  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    return run_patched("python -m samples.wild.reparty", __doc__, POOLS, patch, argv)


if __name__ == "__main__":
    sys.exit(main())
