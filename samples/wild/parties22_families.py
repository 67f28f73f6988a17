"""Development families printing their parties the ways real senders do (issue 20,
parties22): drawn only when named, kept out of ``families.FAMILIES`` so every default draw
and pinned digest stays as it was. Pages: ``parties22_pages.py``.

Split from the start (say which when reporting):

- tune half (mechanisms were written while looking at these):
  - ``p22_grid``: an ERP grid of party cells captioned "Sold to / Bill to / Ship to /
    Remit to" (or "Vendor / Ship to / Bill to" on an order), the issuer only in a logo line
    at the top and in the legal footer; the customer number inside the customer's cell or
    on its caption's line ("Sold to: 100452"); the remittance sometimes to a factoring
    company "on behalf of" the seller.
  - ``p22_window``: a letterhead with several addresses (head office, plant, branch, depot),
    the customer alone in the envelope window without a label, with a department, "c/o" or
    "Attn:" line and sometimes its customer number ("Client n° C0412") in the block.
  - ``p22_frids``: the issuer's block prints its registration lines (SIRET, APE, RCS, VAT
    id; company no. and VAT reg. in English), the customer's block its own VAT id and
    number beside it; or both VAT ids side by side in the meta ("Our VAT no. / Your VAT
    no.").
- report half (generated, measured once at the end, their mistakes not looked at):
  - ``p22_remit``: the seller only in a monogram line and the legal footer, "Bill to /
    Ship to" side by side, a "Please remit to" block after the totals.
  - ``p22_twocol``: two captioned columns (supplier / customer) each with its name,
    address, VAT id and number, the meta under them.
  - ``p22_letter``: a letter: the addressee top left (no label, "À l'attention de"), the
    sender's name and sites in a narrow right column, the customer number among "Vos
    références".

Truth conventions: an "Attn:" line names a person and is not part of an address; a "c/o"
line and a department line are (they are printed for the post).
"""

from __future__ import annotations

from typing import Any

from samples.wild.family_specs import family_specs, kind_weights

P22_SPECS: list[dict[str, Any]] = family_specs("parties22")

P22_KIND_WEIGHTS: dict[str, dict[str, int]] = kind_weights("parties22")

P22_TUNE = ("p22_grid", "p22_window", "p22_frids")
P22_REPORT = ("p22_remit", "p22_twocol", "p22_letter")

# wordings of these families (written here from real prints; a page draws one per slot)
P22_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "sold_to": ["Donneur d'ordre", "Client commanditaire", "Vendu à"],
        "bill_to": ["Adresse de facturation", "Facturer à", "Facturation"],
        "ship_to": ["Adresse de livraison", "Livrer à", "Livraison"],
        "remit_to": ["Règlement à adresser à", "Paiement à l'ordre de", "Adresse de règlement"],
        "vendor": ["Fournisseur", "Commande passée à", "Prestataire"],
        # (no sender or recipient words: on an order the issuer is the customer)
        "supplier_col": ["Fournisseur", "Vendeur"],
        "customer_col": ["Client"],
        "cust_no": ["Client n°", "N° client", "Code client", "Compte client"],
        # the tune half's other wordings of the customer's number (ERP "tiers" codes)
        "cust_no_more": ["Tiers", "Votre compte"],
        "cust_vat": ["N° TVA client", "Votre n° TVA", "TVA intracom. client"],
        "vat": ["TVA intracom.", "N° TVA intracommunautaire", "N° TVA"],
        "attn": ["À l'attention de", "A l'att. de", "Attn :"],
        "dept": ["Service comptabilité", "Service achats", "Direction financière"],
        "co": ["c/o", "chez"],
        "sites": ["Siège social", "Usine", "Agence", "Dépôt", "Atelier", "Bureau commercial"],
        "your_refs": ["Références client"],
        "remit_line": ["Merci d'adresser votre règlement à :", "Règlement à l'ordre de :"],
        "tel": ["Tél.", "Tél :"],
        "factor": ["Eurofactor SA", "BNP Paribas Factor", "CGA Affacturage", "Natixis Factor"],
        "factor_for": ["pour le compte de", "subrogé dans les droits de"],
        "their_vat": ["Votre n° TVA", "N° TVA client", "TVA client"],
        "our_vat": ["Notre n° TVA", "N° TVA fournisseur", "N° TVA"],
    },
    "en": {
        "sold_to": ["Sold to", "Customer"],
        "bill_to": ["Bill to", "Bill-to", "Invoice to"],
        "ship_to": ["Ship to", "Ship-to", "Deliver to"],
        "remit_to": ["Remit to", "Remittance address", "Please remit to"],
        "vendor": [
            "Vendor",
            "Supplier",
        ],
        "supplier_col": ["Supplier", "Seller"],
        "customer_col": ["Customer", "Buyer"],
        "cust_no": [
            "Account",
            "Account no.",
            "Customer no.",
        ],
        "cust_no_more": ["Cust #", "Bill-to #", "Payer", "Debtor ref."],
        "cust_vat": ["Customer VAT no.", "Your VAT no.", "Buyer VAT"],
        "vat": ["VAT Reg. No.", "VAT no.", "VAT registration"],
        "attn": ["Attn:", "Attention:", "FAO"],
        "dept": ["Accounts Payable", "Purchasing Department", "Finance Dept."],
        "co": ["c/o"],
        "sites": ["Head Office", "Plant", "Branch", "Warehouse", "Works", "Sales Office"],
        "your_refs": [
            "Your references",
        ],
        "remit_line": ["Please remit payment to:", "Make payments payable to:"],
        "tel": ["Tel.", "Phone"],
        "factor": [
            "Bibby Financial Services Ltd",
            "Close Invoice Finance Ltd",
            "Aldermore Bank plc",
        ],
        "factor_for": ["on behalf of", "as assignee of"],
        "their_vat": ["Your VAT no.", "Customer VAT", "Buyer VAT no."],
        "our_vat": ["Our VAT no.", "Supplier VAT", "VAT no."],
    },
}
