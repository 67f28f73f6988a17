"""``python -m samples.wild.relabel OUT --pool a|b --seed N --count K [--families F1,F2]``

Wild documents whose header labels are words the reader was never written for (issue 20,
header values): seven header fields printed under a made-up short word, a bare mark, or no
label at all (the value alone in its header box). Everything else on the page is what
``python -m samples.wild`` draws for the same seed and index, so a gain here is the reader
finding values by place, shape and structure rather than by one more known wording.

Two pools: ``a`` to develop on, ``b`` kept aside to measure on (never tune on it). The
words are this module's own, made up and short; the truth is what the page prints, as
everywhere (``Printed.put`` is untouched). The patch lives only in this process.
"""

from __future__ import annotations

import random
import sys

from samples.wild.page import Page
from samples.wild.patched_cli import run_patched
from samples.wild.patched_draws import by_share, pool_language

# the page's label keys -> the field they name (the pools are per field)
KEYS = {
    "date": "date",
    "date_invoice": "date",
    "date_order": "date",
    "order_number": "order",
    "customer_number": "customer",
    "delivery_date": "delivery",
    "ship_date": "delivery",
    "due_date": "due",
    "payment_terms": "terms",
}
# pool -> language -> field -> made-up wordings ("number" is the document's own number)
POOLS: dict[str, dict[str, dict[str, list[str]]]] = {
    "a": {
        "fr": {
            "number": ["Pièce", "Chrono", "Enreg.", "Folio", "Réf/pce"],
            "date": ["Établi", "Jour", "Fait le", "Édité"],
            "order": ["Vt. cde", "Réf/ach", "Bon cl.", "V/pièce"],
            "customer": ["Cpte", "Tiers", "Id. cl.", "Matr."],
            "delivery": ["Arrivée", "Dispo", "Livr."],
            "due": ["Terme", "Exig.", "Réglt"],
            "terms": ["Régl.", "Modal.", "Paiemt"],
        },
        "en": {
            "number": ["Doc", "Serial", "Ctrl", "Folio", "Entry"],
            "date": ["Issued", "Dated", "Day", "Raised"],
            "order": ["Buy ref", "Your PO", "Cust.o.", "Yr doc"],
            "customer": ["Acct", "Cl. ID", "Acct c.", "Cust ID"],
            "delivery": ["ETA", "Arrives", "Wanted"],
            "due": ["Pay by", "Settle", "Owing"],
            "terms": ["Pymt", "Settl.", "Conds."],
        },
    },
    "b": {
        "fr": {
            "number": ["Pce", "Séq.", "Ordre", "Dossr"],
            "date": ["Créé le", "Émis", "Daté", "Du"],
            "order": ["V/cde", "Ach. cl", "Vt. bon", "Réf/ach"],
            "customer": ["Cpt. cl", "Tiers", "Code c.", "Ident."],
            "delivery": ["Récep.", "Dsp. le", "Arriv."],
            "due": ["Régler", "Butoir", "Solde"],
            "terms": ["Cond.", "Règlt", "Encais."],
        },
        "en": {
            "number": ["Seq", "File", "Record", "Slip"],
            "date": ["Created", "Posted", "Date of", "Made"],
            "order": ["Buy doc", "Cust PO", "Yr req.", "P. ref"],
            "customer": ["Acct ID", "Party", "Cust c.", "Client"],
            "delivery": ["Arrival", "Ready", "In by"],
            "due": ["Pay on", "Latest", "Clear"],
            "terms": ["Pay t.", "Settle", "Credit"],
        },
    },
}
# a bare mark that names no field
MARKS = {"a": ["N°", "#", "No"], "b": ["Ref", "N°", "#"]}
# how a label is printed: a made-up word, a bare mark, or nothing (shares, then the word)
MODES = (("none", 0.3), ("mark", 0.15))
# the share of pages relabelled: the others keep their wordings, so the set still holds
# known labels next to unknown ones (as a sender's page does)
SHARE = 0.85


def _rng(page: Page, pool: str, what: str) -> random.Random:
    d = page.d
    return random.Random(f"relabel:{pool}:{what}:{d.number}:{d.kind}:{d.issuer.name}")


def new_label(page: Page, pool: str, field: str) -> str | None:
    """The made-up label of ``field`` on this page, "" for none, None to keep the page's."""
    if _rng(page, pool, "page").random() >= SHARE:
        return None
    rng = _rng(page, pool, field)
    mode = by_share(rng.random(), MODES, "word")
    if mode == "none":
        return ""
    if mode == "mark":
        # a mark names no field: only the number is printed under one
        return rng.choice(MARKS[pool]) if field == "number" else ""
    words = POOLS[pool][pool_language(page)][field]
    text = rng.choice(words)
    return text.upper() if page.o["upper"] else text


def patch(pool: str) -> None:
    """Make every page of this process print its header labels from ``pool``."""
    label, number_label, lv = Page.label, Page.number_label, Page.lv

    def relabelled(self: Page, key: str) -> str:
        # the page's own draw is made first, so its random stream (and so every other
        # draw of the page) stays what it was
        drawn = label(self, key)
        field = KEYS.get(key)
        if field is None:
            return drawn
        slot = f"__relabel_{key}"
        if slot not in self._labels:
            new = new_label(self, pool, field)
            self._labels[slot] = drawn if new is None else new
        return self._labels[slot]

    def relabelled_number(self: Page) -> str:
        drawn = number_label(self)
        slot = "__relabel_number"
        if slot not in self._labels:
            new = new_label(self, pool, "number")
            self._labels[slot] = drawn if new is None else new
        return self._labels[slot]

    def separated(self: Page, label: str) -> str:
        """No label prints no separator either: the value stands alone."""
        return lv(self, label) if label else ""

    Page.label = relabelled  # type: ignore[method-assign]
    Page.number_label = relabelled_number  # type: ignore[method-assign]
    Page.lv = separated  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    return run_patched("python -m samples.wild.relabel", __doc__, POOLS, patch, argv)


if __name__ == "__main__":
    sys.exit(main())
