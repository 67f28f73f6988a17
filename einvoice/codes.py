"""Code lists the mapping needs: document type codes (UNTDID 1001), unit codes (UN/ECE
recommendation 20), payment means (UNTDID 4461), VAT categories (UNTDID 5305).

Only what orderdesk acts on or shows is listed; an unknown code is kept as it is.
"""

from __future__ import annotations

# UNTDID 1001 codes EN 16931 allows for credit notes (BR-CL-01 subset, Peppol list)
CREDIT_NOTE_CODES = frozenset(
    {"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532", "502", "503"}
)
# ... and for invoices (with the French self-billed / factored variants)
INVOICE_CODES = frozenset(
    {
        "71", "80", "82", "84", "102", "218", "219", "326", "331", "380", "382", "383", "384",
        "385", "386", "387", "388", "389", "390", "393", "394", "395", "456", "457", "471",
        "472", "473", "500", "501", "527", "553", "575", "623", "633", "751", "780", "817",
        "870", "875", "876", "877", "935",
    }
)  # fmt: skip
# Order-X (UNTDID 1001): 220 order, 230 order change, 231 order response
ORDER_CODES = frozenset({"105", "220", "221", "224", "225", "226", "227", "228", "402"})
ORDER_CHANGE_CODES = frozenset({"230"})
ORDER_RESPONSE_CODES = frozenset({"231"})

# UN/ECE rec. 20 (and rec. 21 "X.." packaging codes) -> orderdesk's unit words, the ones
# approvals.normalize compares; a code not listed is kept as written
UNIT_WORDS = {
    "C62": "pce", "H87": "pce", "EA": "pce", "PCE": "pce", "NAR": "pce", "NPR": "pce",
    "KGM": "kg", "MTR": "m", "LTR": "l", "HUR": "h",
    "XBX": "box", "BX": "box", "XCT": "carton", "CT": "carton", "XCS": "carton",
    "XPK": "pack", "PK": "pack", "XPA": "pack", "XBG": "bag", "BG": "bag",
    "XDR": "drum", "DR": "drum", "XTN": "tin", "XRO": "roll", "RO": "roll", "RM": "ream",
}  # fmt: skip

# UNTDID 4461, the ones seen on invoices
PAYMENT_MEANS = {
    "1": "not defined",
    "10": "cash",
    "20": "cheque",
    "30": "credit transfer",
    "31": "debit transfer",
    "42": "payment to bank account",
    "48": "bank card",
    "49": "direct debit",
    "54": "credit card",
    "55": "debit card",
    "57": "standing agreement",
    "58": "SEPA credit transfer",
    "59": "SEPA direct debit",
    "68": "online payment service",
    "97": "clearing between partners",
    "ZZZ": "mutually defined",
}
# the account on these is the buyer's, debited: never the IBAN to pay
DEBIT_MEANS = frozenset({"49", "59"})

VAT_CATEGORIES = {
    "S": "standard rate",
    "Z": "zero rated",
    "E": "exempt",
    "AE": "reverse charge",
    "K": "intra-community supply",
    "G": "export outside the EU",
    "O": "outside the scope of VAT",
    "L": "Canary Islands IGIC",
    "M": "Ceuta and Melilla IPSI",
}

DOCUMENT_TYPES = {
    "380": "commercial invoice",
    "381": "credit note",
    "383": "debit note",
    "384": "corrected invoice",
    "386": "prepayment invoice",
    "389": "self-billed invoice",
    "393": "factored invoice",
    "396": "factored credit note",
    "261": "self-billed credit note",
    "262": "consolidated credit note",
    "751": "invoice information for accounting",
    "220": "order",
    "230": "order change",
    "231": "order response",
    "351": "despatch advice",
}

# UNCL 1229 line status on order responses, UBL OrderResponseCode (UNCL 4343)
LINE_STATUS = {
    "1": "added",
    "3": "changed",
    "5": "accepted",
    "7": "rejected",
    "42": "already delivered",
}
RESPONSE_CODES = {
    "AP": "accepted",
    "AB": "acknowledged",
    "CA": "accepted with changes",
    "RE": "rejected",
    "27": "rejected",
    "29": "accepted",
    "30": "accepted with changes",
}


def unit_word(code: str | None) -> str | None:
    if not code:
        return None
    return UNIT_WORDS.get(code.strip().upper(), code.strip())
