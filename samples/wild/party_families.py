"""Development families whose parties stand where no other family puts them: drawn only
when named.

Sets A and B print the issuer in a letterhead at the top and the counterpart in a labelled
block or the envelope window, so they cannot show progress on supplier, customer and
billing address; pages of never-seen layouts read those far worse (issue 20). These
families are kept out of ``families.FAMILIES`` (and so out of ``DEV``, every default draw
and every pinned digest); ``--families NAME`` draws them. Pages: ``party_pages.py``.

- ``pty_logo``: the issuer's name only in a logo-like heading (no address under it), or
  only in the legal line at the foot of the page ("SARL X au capital de …, RCS …").
- ``pty_soldby``: the seller in a "Sold by" block on the right; the customer's billing and
  delivery blocks side by side or stacked, or the customer as "Client : CODE Name".
- ``pty_bottom``: the sender's name and address at the bottom of the page, under the
  table; the recipient alone at the top.

Due dates: often none, or only the terms (no date), in these families' own wordings.
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

PARTY_SPECS: list[dict[str, Any]] = family_specs("party")

PARTY_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("party")

# terms that state no date (the due date is then absent from the page and the truth)
PARTY_TERMS: dict[str, list[str]] = {
    "fr": [
        "Paiement sous 30 jours",
        "Règlement à 45 jours fin de mois",
        "Payable à réception",
        "Paiement comptant sans escompte",
    ],
    "en": ["Payment within 30 days", "45 days net", "Payable on receipt", "Net 60"],
}

# wordings of these families (invented here; the page draws one per document)
PARTY_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "sold_by": ["Vendu par", "Vendeur", "Société émettrice"],
        "bill_to": ["Facturé à", "Adresse de facturation", "Facturation"],
        "ship_to": ["Livré à", "Adresse de livraison", "Lieu de livraison"],
        "client": ["Client", "Client n°", "Code client"],
        "ordered_from": ["Fournisseur", "Commande passée auprès de"],
        "due": ["Échéance", "Date d'échéance", "À payer le"],
        "terms": ["Conditions", "Paiement"],
        "tagline": ["Solutions pour professionnels", "Depuis 1987", "Qualité et service"],
        "sender": ["Émetteur", "Expéditeur du document"],
        "seat": ["siège social", "siège"],
    },
    "en": {
        "sold_by": ["Sold by", "Seller", "Selling company"],
        "bill_to": ["Bill to", "Billing address", "Invoice to"],
        "ship_to": ["Ship to", "Delivery address", "Deliver to"],
        "client": ["Customer", "Customer no.", "Account"],
        "ordered_from": ["Supplier", "Ordered from"],
        "due": ["Due date", "Payment due", "Due"],
        "terms": ["Terms", "Payment"],
        "tagline": ["Trade supplies since 1991", "Quality parts, fast", "Your partner"],
        "sender": ["From", "Sender"],
        "seat": ["registered office", "head office"],
    },
}
