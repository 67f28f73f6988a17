"""Pages of the type18 development families (``type18_families.py``).

The line table and the totals are the block families' (``Page``); the rest is this
module's: every kind printed like a bill (VAT, totals, bank details, terms in a sentence;
a delivery note with its prices), the kind said in one of four places (a big title, a small
line over the number, a sentence of the body only, the foot line only) and the seller
named in one of five (a plain letterhead, a logo-like large word, the foot's legal line,
the bank account's holder, "cheques payable to").

Truth discipline as everywhere in the generator (``printed.py``): every truth value goes
through ``Printed.put``; the billing address is the customer's block of what the seller
bills or confirms.
"""

from __future__ import annotations

import random
from decimal import Decimal

from samples.wild.content import Doc, Party
from samples.wild.families import Family
from samples.wild.page import Page, esc, filled
from samples.wild.type18_families import (
    T18_GENERIC,
    T18_SAYS,
    T18_TERMS,
    T18_TITLES,
    T18_WORDS,
)

T18_RENDERERS = ("t18_docbox", "t18_strip")

_CSS = """
.t18-top {{ display: flex; justify-content: space-between; gap: 8mm; }}
.t18-lh {{ font-size: 0.85em; color: #333; }}
.t18-brand {{ font-size: 1.8em; white-space: nowrap; font-weight: bold; color: {acc};
  margin-bottom: 1mm; }}
.t18-box {{ border: 1pt solid {acc}; padding: 2mm 3mm; min-width: 58mm; }}
.t18-kind {{ font-size: 0.72em; color: #555; letter-spacing: 0.03em; }}
.t18-box h1 {{ font-size: 1.5em; margin: 0 0 1mm 0; color: {acc}; }}
.t18-num {{ font-size: 1.25em; font-weight: bold; }}
.t18-strip {{ background: {acc}; color: white; padding: 1.5mm 3mm; font-size: 0.8em;
  display: flex; justify-content: space-between; margin-bottom: 4mm; }}
.t18-strip h1 {{ font-size: 1.6em; margin: 0; color: white; }}
.t18-cols {{ display: flex; gap: 10mm; margin: 4mm 0; }} .t18-cols > div {{ flex: 1; }}
.t18-cols > div.t18-seller {{ flex: 1.7; }}
.t18-to {{ margin: 5mm 0 3mm 0; }}
.t18-says {{ margin: 3mm 0; }}
.t18-bank {{ margin-top: 4mm; border-top: 0.6pt solid #999; padding-top: 1.5mm; }}
.t18-foot {{ margin-top: 6mm; font-size: 0.72em; color: #444; }}
"""

# where the kind is said, where the seller is named
PLACES = ("big", "big", "small", "sentence", "footer", "generic")
SELLER_AT = ("plain", "logo", "legal", "holder", "cheque")


class Type18Page(Page):
    """A page of one of the type18 families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        self.place = rng.choice(PLACES)
        self.seller_at = rng.choice(SELLER_AT)
        if d.kind == "delivery_note":
            d.priced = rng.random() < 0.8
        # terms said in a sentence (printed by this page, never by ``payment``)
        self.terms: str | None = None
        if d.kind != "delivery_note" and rng.random() < 0.75:
            self.terms = rng.choice(T18_TERMS[self.lang])
        d.payment_terms = None
        d.due_date = None
        quoted = d.kind in ("order_confirmation", "delivery_note")
        if self.place == "sentence" and quoted and not d.order_number:
            self.place = "small"  # (the sentences quote the customer's order)
        if self.place == "generic" and d.kind != "order_confirmation":
            self.place = "big"
        if self.place == "generic":
            # an order's generic title over the seller's answer to it (said again below)
            t = rng.choice(T18_GENERIC[self.lang])
            self._labels["__title"] = t.upper() if self.o["title_case"] == "upper" else t
        self.o["vat_at"] = "footer"

    def w(self, key: str) -> str:
        return self.drawn_once(f"__t18_{key}", T18_WORDS[self.lang][key])

    def title(self) -> str:
        return self.drawn_title(T18_TITLES)

    # the seller ---------------------------------------------------------------------------
    def seller_head(self) -> str:
        """The letterhead: the name in plain or logo type, or no name at all."""
        p = self.d.issuer
        lines = "<br>".join(esc(x) for x in [*p.address, *self.contacts(p)])
        name = ""
        if self.seller_at == "plain":
            name = f"<div><b>{esc(self.party_name(p))}</b></div>"
        elif self.seller_at == "logo":
            name = f"<div class='t18-brand'>{esc(self.party_name(p))}</div>"
        return f"<div class='t18-lh'>{name}{lines}</div>"

    def foot_line(self) -> str:
        """The foot's legal line (named only where the seller is named there or plainly),
        and the kind, where the page says it only there."""
        p = self.d.issuer
        bits: list[str] = []
        if self.seller_at in ("legal", "plain"):
            bits.append(self.legal_name(p))
        lg = p.legal
        if "siren" in lg:
            s = lg["siren"]
            bits.append(f"RCS {lg['rcs']} {s[:3]} {s[3:6]} {s[6:]}")
        if "company_no" in lg:
            bits.append(f"Company no. {lg['company_no']}")
        if p.vat:
            bits.append(f"{self.label('vat')} {self.vat(p)}")
        if self.place == "footer":
            num = self.d.number or ""
            if num:
                self.out.put("document_number", num, num)
            bits.append(f"{self.title()} {num} – {self.w('page')}")
        return f"<div class='t18-foot'>{' – '.join(esc(b) for b in bits)}</div>"

    def legal_name(self, p: Party) -> str:
        name = self.party_name(p)
        cap = p.legal.get("capital")
        if cap and self.lang == "fr":
            return f"{name}, au capital de {self.s.number(Decimal(cap), 0)} €"
        if "company_no" in p.legal:
            return f"{name}, registered in England"
        return name

    def bank(self) -> str:
        d = self.d
        if d.kind == "delivery_note" and self.seller_at not in ("holder", "cheque"):
            return ""
        out: list[str] = []
        if d.iban and (self.seller_at == "holder" or self.rng.random() < 0.5):
            if self.seller_at == "holder":
                out.append(f"{esc(self.w('holder'))} {esc(self.party_name(d.issuer))}")
            bic = f" · BIC {esc(d.bic)}" if d.bic else ""
            out.append(f"IBAN {esc(self.iban() or '')}{bic}")
        elif self.seller_at == "holder":
            # no IBAN to hold: the name is the payee of cheques instead
            self.seller_at = "cheque"
        if self.seller_at == "cheque":
            out.append(esc(filled(self.w("cheque"), n=self.party_name(d.issuer))))
        if not out:
            return ""
        return f"<div class='t18-bank'><b>{esc(self.w('bank'))}</b><br>{'<br>'.join(out)}</div>"

    # the kind ------------------------------------------------------------------------------
    def says(self) -> str:
        d = self.d
        if self.place not in ("sentence", "generic") and self.rng.random() < 0.5:
            return ""
        pool = T18_SAYS[self.lang][d.kind]
        if not d.order_number:
            pool = [s for s in pool if "{o}" not in s]
        if not d.credited_invoice:
            pool = [s for s in pool if "{i}" not in s]
        if not pool:
            return ""
        text = filled(self.rng.choice(pool), o=d.order_number or "", i=d.credited_invoice or "")
        return f"<p class='t18-says'>{esc(text)}</p>"

    def number_box(self) -> str:
        d = self.d
        rows: list[str] = []
        if self.place in ("big", "generic"):
            rows.append(f"<h1>{esc(self.title())}</h1>")
        elif self.place == "small":
            rows.append(f"<div class='t18-kind'>{esc(self.title())}</div>")
        if d.number:
            num = self.out.put("document_number", d.number, d.number)
            rows.append(f"<div class='t18-num'>{esc(self.w('number'))} {esc(num)}</div>")
        rows += [
            f"<div>{esc(self.lv(lab))} <span class='nw'>{esc(val)}</span></div>"
            for lab, val in self.meta_items()
        ]
        return "".join(rows)

    def meta_items(self) -> list[tuple[str, str]]:
        # the number is printed by ``number_box`` under this family's own label
        saved, self.d.number = self.d.number, None
        try:
            return super().meta_items()
        finally:
            self.d.number = saved

    def recipient(self) -> str:
        d = self.d
        cust = d.customer
        field = "billing_address" if d.kind != "delivery_note" else None
        return self.block(None, self.party_name(cust), cust.address, field)

    def terms_line(self) -> str:
        if self.terms is None:
            return ""
        t = self.out.put("payment_terms", self.terms, self.terms)
        return f"<p>{esc(filled(self.w('terms'), t=t))}</p>"

    def main(self) -> str:
        d = self.d
        body = self.table() + (self.totals() if d.priced else "")
        return body + self.terms_line() + self.bank()

    # the two bodies ------------------------------------------------------------------------
    def docbox_body(self) -> str:
        top = (
            f"<div class='t18-top'>{self.seller_head()}"
            f"<div class='t18-box'>{self.number_box()}</div></div>"
        )
        to = f"<div class='t18-to'>{self.recipient()}</div>"
        return f"{top}{to}{self.says()}{self.main()}{self.foot_line()}"

    def strip_body(self) -> str:
        d = self.d
        kind = ""
        if self.place in ("big", "generic"):
            kind = f"<h1>{esc(self.title())}</h1>"
        elif self.place == "small":
            kind = f"<span>{esc(self.title())}</span>"
        num = ""
        if d.number:
            shown = self.out.put("document_number", d.number, d.number)
            num = f"<span>{esc(self.w('number'))} {esc(shown)}</span>"
        strip = f"<div class='t18-strip'>{kind}{num}</div>"
        items = self.meta_items()
        meta = "".join(
            f"<div>{esc(self.lv(lab))} <span class='nw'>{esc(val)}</span></div>"
            for lab, val in items
        )
        cols = (
            f"<div class='t18-cols'><div class='t18-seller'>{self.seller_head()}</div>"
            f"<div>{self.recipient()}</div><div>{meta}</div></div>"
        )
        return f"{strip}{cols}{self.says()}{self.main()}{self.foot_line()}"

    def body(self) -> str:
        self._legal = ""
        if self.f.renderer == "t18_docbox":
            return self.docbox_body()
        return self.strip_body()

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
