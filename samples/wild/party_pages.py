"""Pages of the party development families (``party_families.py``).

Everything but the parties is drawn as the block families draw it (``Page``): the header
fields, the line table, the totals. The parties are this module's: the issuer's name only
in a logo-like heading or only in the legal line at the foot; a "Sold by" block on the
right beside the customer's billing and delivery blocks (or a "Client : CODE Name" line);
the sender's block at the bottom of the page. The due date is often left out, or only the
terms are printed (no date: no due date in the truth).

Truth discipline as everywhere in the generator (``printed.py``): every truth value goes
through ``Printed.put``; a party's address is the billing address only where the page says
so (a "Bill to" block, the customer's block, or the recipient of what the seller sends).
"""

from __future__ import annotations

import random
from decimal import Decimal

from samples.wild.content import Doc, Party
from samples.wild.families import Family
from samples.wild.page import Page, esc, initials
from samples.wild.party_families import PARTY_TERMS, PARTY_WORDS

PARTY_RENDERERS = ("pty_logo", "pty_soldby", "pty_bottom")

_CSS = """
.plogo {{ margin-bottom: 5mm; }}
.plogo .mark {{ display: inline-block; border: 1.5pt solid {acc}; color: {acc};
  font-weight: bold; padding: 1mm 2mm; margin-right: 2mm; font-size: 1.3em; }}
.plogo .nm {{ font-size: 1.9em; font-weight: bold; color: {acc}; letter-spacing: 0.04em; }}
.plogo .tag {{ font-size: 0.8em; color: #666; margin-top: 1mm; }}
.pcols {{ display: flex; gap: 8mm; margin: 4mm 0; }} .pcols > div {{ flex: 1; }}
.plab {{ font-weight: bold; font-size: 0.85em; color: {acc}; }}
.psender {{ margin-top: 8mm; border-top: 0.8pt solid {acc}; padding-top: 2mm; }}
.plegal {{ margin-top: 6mm; font-size: 0.8em; color: #444; }}
"""


class PartiesFirst(Page):
    """A page whose parties' blocks come first: the title and the header fields beside
    them (``meta_pos`` right) or under them, then the table, the totals, the payment and
    the notes. The pages of the party families draw the blocks (``head``)."""

    def top(self, head: str) -> str:
        title = self.title_html()
        meta = self.meta(self.meta_items())
        if self.o["meta_pos"] == "right":
            return (
                f"<div class='row'><div class='col'>{head}</div>"
                f"<div class='col'>{title}{meta}</div></div>"
            )
        return f"{head}{title}{meta}"

    def main(self) -> str:
        d = self.d
        body = self.table() + (self.totals() if d.priced else "")
        return body + self.payment() + self.notes()


class PartyPage(PartiesFirst):
    """A block-family page whose parties stand where no other family puts them."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        self.variant = rng.choice(["logo", "legal"])
        self.customer_as = rng.choice(["cols", "stack", "code"])
        self.sender_label = rng.random() < 0.5
        self.due = d.due_date
        d.due_date = None  # printed by this page, in its own wording, or not at all
        r = rng.random()
        if r < 0.35:
            self.due = None
        elif r < 0.65 and d.kind in ("invoice", "order_confirmation", "purchase_order"):
            self.due = None
            d.payment_terms = rng.choice(PARTY_TERMS[self.lang])

    def w(self, key: str) -> str:
        return self.drawn_once(f"__pty_{key}", PARTY_WORDS[self.lang][key])

    # header --------------------------------------------------------------------------------
    def meta_items(self) -> list[tuple[str, str]]:
        items = super().meta_items()
        if self.due is not None:
            items.append((self.w("due"), self.date("due_date", self.due)))
        return items

    def logo(self, p: Party) -> str:
        name = esc(self.party_name(p))
        return (
            f"<div class='plogo'><span class='mark'>{esc(initials(p.name))}</span>"
            f"<span class='nm'>{name}</span><div class='tag'>{esc(self.w('tagline'))}</div></div>"
        )

    def legal_sentence(self, p: Party) -> str:
        """The one line at the foot that names the issuer: its legal form, capital, seat,
        registration and VAT id."""
        name = esc(self.party_name(p))
        addr = esc(", ".join(p.address))
        lg = p.legal
        bits = [name]
        if self.lang == "fr":
            if "capital" in lg:
                cap = self.s.number(Decimal(lg["capital"]), 0)
                bits[0] = f"{name}, au capital de {esc(cap)} €"
            bits.append(f"{self.w('seat')} : {addr}")
            if "siren" in lg:
                s = lg["siren"]
                bits.append(f"RCS {esc(lg['rcs'])} {s[:3]} {s[3:6]} {s[6:]}")
        else:
            bits.append(f"{self.w('seat')}: {addr}")
            if "company_no" in lg:
                bits.append(f"Company no. {lg['company_no']}")
            if "ein" in lg:
                bits.append(f"EIN {lg['ein']}")
        if p.vat:
            bits.append(f"{esc(self.label('vat'))} {self.vat_html(p)}")
        return f"<div class='plegal'>{' – '.join(bits)}</div>"

    # the three bodies ------------------------------------------------------------------------
    def logo_body(self) -> str:
        d = self.d
        self._legal = ""
        if self.variant == "logo":
            head = self.logo(d.issuer)
            foot = f"<div class='legal'>{self.legal()}</div>"
        else:
            head = ""
            foot = self.legal_sentence(d.issuer)
        return f"{self.top(head)}{self.window_row()}{self.main()}{foot}"

    def labelled(self, label: str, party_name: str, lines: list[str], field: str | None) -> str:
        if field:
            self.out.put(field, ", ".join(lines), ", ".join(lines))
        # address lines kept whole in the narrow columns (the truth is each line as printed)
        rest = "".join(f"<br><span class='nw'>{esc(x)}</span>" for x in lines)
        return f"<div><div class='plab'>{esc(label)}</div>{esc(party_name)}{rest}</div>"

    def customer_blocks(self) -> list[str]:
        d = self.d
        cust = d.customer
        if self.customer_as == "code" and d.customer_number:
            code = self.out.put("customer_number", d.customer_number, d.customer_number)
            name = esc(self.party_name(cust))
            sep = " :" if self.lang == "fr" else ":"
            self.out.put("billing_address", ", ".join(cust.address), ", ".join(cust.address))
            lines = "<br>".join(f"<span class='nw'>{esc(x)}</span>" for x in cust.address)
            out = [f"<div><b>{esc(self.w('client'))}{sep}</b> {esc(code)} {name}<br>{lines}</div>"]
        else:
            bill = self.labelled(
                self.w("bill_to"), self.party_name(cust), cust.address, "billing_address"
            )
            out = [bill]
        if d.delivery:
            site_name, site = d.delivery
            out.append(self.labelled(self.w("ship_to"), site_name, site, "delivery_address"))
        return out

    def soldby_body(self) -> str:
        d = self.d
        head = f"<div class='plogo'><span class='mark'>{esc(initials(d.issuer.name))}</span></div>"
        sup = d.supplier
        sup_label = self.w("ordered_from") if d.kind == "purchase_order" else self.w("sold_by")
        sup_lines = list(sup.address)
        seller = self.labelled(sup_label, self.party_name(sup), sup_lines, None)
        if sup.vat and d.kind != "purchase_order":
            seller = seller[: -len("</div>")] + f"<br>{self.vat_html(sup)}</div>"
        custs = self.customer_blocks()
        if self.customer_as == "stack":
            left = f"<div>{''.join(custs)}</div>"
            row = f"<div class='pcols'>{left}{seller}</div>"
        else:
            row = f"<div class='pcols'>{''.join(custs)}{seller}</div>"
        return self.with_legal(f"{self.top(head)}{row}{self.main()}")

    def bottom_body(self) -> str:
        d = self.d
        p = d.issuer
        self._legal = ""
        label = f"<div class='plab'>{esc(self.w('sender'))}</div>" if self.sender_label else ""
        lines = [esc(x) for x in p.address] + [esc(f"{self.label('phone')} {p.phone} · {p.email}")]
        vat = f"<br>{esc(self.label('vat'))} {self.vat_html(p)}" if p.vat else ""
        sender = (
            f"<div class='psender'>{label}<b>{esc(self.party_name(p))}</b><br>"
            f"{'<br>'.join(lines)}{vat}</div>"
        )
        return f"{self.top('')}{self.window_row()}{self.main()}{sender}"

    def body(self) -> str:
        return {
            "pty_logo": self.logo_body,
            "pty_soldby": self.soldby_body,
            "pty_bottom": self.bottom_body,
        }[self.f.renderer]()

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
