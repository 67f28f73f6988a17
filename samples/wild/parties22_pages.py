"""Pages of the parties22 development families (``parties22_families.py``).

Everything but the parties is drawn as the block families draw it (``Page``): header fields,
line table, totals, payment. The parties are this module's, as real senders print them: an
ERP grid of "Sold to / Bill to / Ship to / Remit to" cells, a letterhead with several sites
and an unlabelled envelope window with department, "c/o" and "Attn:" lines, registration
lines (SIRET, APE, RCS, VAT ids of both sides) in the party blocks, a "Please remit to"
block, two captioned party columns, and a letter whose sender stands in a narrow column.

Truth discipline as everywhere (``printed.py``): every truth value goes through
``Printed.put``. An "Attn:" line is no part of an address (it names a person); a
department or "c/o" line is (it is printed for the post). The billing address is the
customer's address where the page says so: a "Bill to" cell, the customer's column or
captioned block, or the window of a document the seller sends.
"""

from __future__ import annotations

import random

from samples.wild.content import Doc, Party, address
from samples.wild.families import Family
from samples.wild.page import esc, initials
from samples.wild.parties22_families import P22_TUNE, P22_WORDS
from samples.wild.party_pages import PartiesFirst

P22_RENDERERS = ("p22_grid", "p22_window", "p22_frids", "p22_remit", "p22_twocol", "p22_letter")

_CSS = """
.p22logo {{ margin-bottom: 4mm; }}
.p22logo .mark {{ display: inline-block; border: 1.5pt solid {acc}; color: {acc};
  font-weight: bold; padding: 1mm 2mm; margin-right: 2mm; font-size: 1.2em; }}
.p22logo .nm {{ font-size: 1.6em; font-weight: bold; color: {acc}; }}
.p22logo .tag {{ font-size: 0.8em; color: #555; margin-top: 1mm; }}
table.p22grid {{ width: 100%; border-collapse: collapse; margin: 4mm 0; }}
table.p22grid th {{ text-align: left; font-size: 0.85em; color: {acc}; padding: 1mm 2mm;
  border-bottom: 0.8pt solid {acc}; }}
table.p22grid td {{ vertical-align: top; padding: 1.5mm 2mm; white-space: nowrap; }}
table.p22grid.boxed td, table.p22grid.boxed th {{ border: 0.6pt solid #777; }}
.p22sites {{ font-size: 0.8em; color: #333; margin-top: 1mm; }}
.p22reg {{ font-size: 0.85em; color: #333; }}
.p22cols {{ display: flex; gap: 10mm; margin: 3mm 0 5mm 0; }} .p22cols > div {{ flex: 1; }}
.p22cap {{ font-weight: bold; font-size: 0.85em; color: {acc}; margin-bottom: 1mm; }}
.p22remit {{ margin-top: 6mm; border: 0.8pt solid {acc}; padding: 2mm 3mm; width: 90mm; }}
.p22side {{ width: 58mm; font-size: 0.82em; text-align: right; }}
.p22win {{ width: 85mm; min-height: 30mm; margin-top: 10mm; }}
"""


class P22Page(PartiesFirst):
    """A block-family page whose parties are printed the way real senders print them."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        # printed by this page inside a party block (or in its own line), not in the meta
        self.cust_no = doc.customer_number
        doc.customer_number = None
        self._legal = ""

    def w(self, key: str) -> str:
        return self.drawn_once(f"__p22_{key}", P22_WORDS[self.lang][key])

    # pieces ---------------------------------------------------------------------------------
    def cust_no_line(self) -> str:
        """The customer number with its label, recorded as printed ("" when the document has
        none)."""
        if not self.cust_no:
            return ""
        label = self.w("cust_no")
        if self.f.renderer in P22_TUNE and self.drawn_once("__p22_more", "yn") == "y":
            label = self.w("cust_no_more")
        sep = " :" if self.lang == "fr" and not label.endswith(":") else ":"
        if self.rng.random() < 0.3 and self.lang == "fr" and label.endswith("n°"):
            sep = ""
        value = self.out.put("customer_number", self.cust_no, self.cust_no)
        return f"{label}{sep} {value}"

    def reg_lines(self, p: Party, issuer: bool) -> list[str]:
        """The registration lines a party's block prints under its address."""
        out: list[str] = []
        lg = p.legal
        if "siret" in lg:
            st = lg["siret"]
            out.append(f"SIRET : {st[:3]} {st[3:6]} {st[6:9]} {st[9:]}")
            if issuer:
                out.append(f"APE : {lg['ape']}")
                if self.rng.random() < 0.5:
                    s = lg["siren"]
                    out.append(f"RCS {lg['rcs']} {s[:3]} {s[3:6]} {s[6:]}")
        elif "company_no" in lg:
            out.append(f"Company No. {lg['company_no']}")
        elif "ein" in lg:
            out.append(f"EIN {lg['ein']}")
        return out

    def vat_line(self, p: Party, label: str) -> str:
        if not p.vat:
            return ""
        sep = " :" if self.lang == "fr" else ":"
        return f"{esc(label)}{sep} {self.vat_html(p)}"

    def logo_line(self, p: Party) -> str:
        name = esc(self.party_name(p))
        tag = ""
        if self.rng.random() < 0.6:
            tag = f"<div class='tag'>{esc(p.phone)} · {esc(p.email)}</div>"
        return (
            f"<div class='p22logo'><span class='mark'>{esc(initials(p.name))}</span>"
            f"<span class='nm'>{name}</span>{tag}</div>"
        )

    def sites(self, p: Party) -> list[tuple[str, list[str]]]:
        """The issuer's sites: its registered address first, then one or two more."""
        caps = list(P22_WORDS[self.lang]["sites"])
        first = caps.pop(0)
        self.rng.shuffle(caps)
        out = [(first, list(p.address))]
        for cap in caps[: self.rng.choice([1, 2, 2, 3])]:
            out.append((cap, address(self.rng, p.country, self.lang)))
        return out

    def party_cell(self, name: str, lines: list[str], field: str | None, extra: list[str]) -> str:
        """A party's cell: name, address lines (the truth of ``field``), then ``extra``
        (HTML already escaped)."""
        if field:
            self.out.put(field, ", ".join(lines), ", ".join(lines))
        body = [esc(name), *(esc(x) for x in lines), *extra]
        return "<br>".join(x for x in body if x)

    def remit_address(self, p: Party) -> list[str]:
        box = self.rng.randint(100, 9999)
        city = address(self.rng, p.country, self.lang)[-1]
        if self.lang == "fr":
            return [f"BP {box}", city]
        return [f"PO Box {box}", city]

    def recipient_lines(self, p: Party, billed: bool) -> tuple[list[str], list[str]]:
        """(printed lines after the name, the address truth among them) of a window block:
        maybe an "Attn:" line (no address), then a department or "c/o" line (address)."""
        shown: list[str] = []
        truth: list[str] = []
        r = self.rng.random()
        if r < 0.3:
            who = self.rng.choice(["M. Dubois", "Mme Laurent", "J. Smith", "A. Patel", "K. Braun"])
            shown.append(f"{self.w('attn')} {who}")
        r = self.rng.random()
        if r < 0.3 and billed:
            extra = self.w("dept")
            shown.append(extra)
            truth.append(extra)
        elif r < 0.45:
            other = self.rng.choice(["Groupe Meridia", "Halden Holdings", "Cabinet Roussel"])
            extra = f"{self.w('co')} {other}"
            shown.append(extra)
            truth.append(extra)
        shown += p.address
        truth += p.address
        return shown, truth

    # the six bodies ------------------------------------------------------------------------
    def grid_body(self) -> str:
        d = self.d
        head = self.logo_line(d.issuer)
        caps: list[str] = []
        cells: list[str] = []
        cust, sup = d.customer, d.supplier
        no_line = esc(self.cust_no_line())
        if d.kind == "purchase_order":
            extra = [self.vat_line(sup, self.w("vat"))] if self.rng.random() < 0.4 else []
            caps.append(self.w("vendor"))
            cells.append(self.party_cell(self.party_name(sup), sup.address, None, extra))
        else:
            if self.rng.random() < 0.5:
                cap = self.w("sold_to")
                if self.cust_no and self.rng.random() < 0.5:
                    # the (a wording)'s number on its caption's line ("Sold to: 100452")
                    sep = " :" if self.lang == "fr" else ":"
                    num = self.out.put("customer_number", self.cust_no, self.cust_no)
                    cap, no_line = f"{cap}{sep} {num}", ""
                caps.append(cap)
                sold = address(self.rng, cust.country, self.lang)
                cells.append(self.party_cell(self.party_name(cust), sold, None, [no_line]))
                no_line = ""
        if d.delivery:
            site_name, site = d.delivery
            self.party_name(cust)
            caps.append(self.w("ship_to"))
            cells.append(self.party_cell(site_name, site, "delivery_address", []))
        bill = self.party_cell(self.party_name(cust), cust.address, "billing_address", [no_line])
        at = self.rng.choice([0, len(cells)])
        caps.insert(at, self.w("bill_to"))
        cells.insert(at, bill)
        if d.kind in ("invoice", "credit_note") and self.rng.random() < 0.6:
            caps.append(self.w("remit_to"))
            if self.rng.random() < 0.4:
                # a factoring company collects for the seller: the cell names it first
                factor = self.w("factor")
                extra = [f"{esc(self.w('factor_for'))} {esc(self.party_name(sup))}"]
                cells.append(self.party_cell(factor, self.remit_address(sup), None, extra))
            else:
                name = self.party_name(sup)
                cells.append(self.party_cell(name, self.remit_address(sup), None, []))
        boxed = " boxed" if self.rng.random() < 0.5 else ""
        th = "".join(f"<th>{esc(c)}</th>" for c in caps)
        td = "".join(f"<td>{c}</td>" for c in cells)
        grid = f"<table class='p22grid{boxed}'><tr>{th}</tr><tr>{td}</tr></table>"
        return self.with_legal(f"{self.top(head)}{grid}{self.main()}")

    def window_body(self) -> str:
        d = self.d
        p = d.issuer
        site_rows = "".join(
            f"<div><b>{esc(cap)}</b> : {esc(', '.join(lines))}</div>"
            for cap, lines in self.sites(p)
        )
        contact = f"<div>{esc(self.w('tel'))} {esc(p.phone)} · {esc(p.email)}</div>"
        head = (
            f"<div class='lh'><div class='co big'>{esc(self.party_name(p))}</div>"
            f"<div class='p22sites'>{site_rows}{contact}</div></div>"
        )
        billed = d.kind != "purchase_order"
        to = d.customer if billed else d.supplier
        shown, truth = self.recipient_lines(to, billed)
        if billed:
            self.out.put("billing_address", ", ".join(truth), ", ".join(truth))
        lines = [esc(x) for x in shown]
        no_line = esc(self.cust_no_line()) if billed else ""
        name = esc(self.party_name(to))
        rows = [name, *lines]
        if no_line:
            rows.insert(0 if self.rng.random() < 0.4 else len(rows), no_line)
        win = f"<div class='p22win'>{'<br>'.join(rows)}</div>"
        others: list[str] = []
        if not billed and self.rng.random() < 0.6:
            cust = d.customer
            bill = self.party_cell(self.party_name(cust), cust.address, "billing_address", [])
            others.append(
                f"<div class='pb'><div class='pl'>{esc(self.w('bill_to'))}</div>{bill}</div>"
            )
        if d.delivery:
            site_name, site = d.delivery
            self.party_name(d.customer)
            others.append(
                f"<div class='pb'><div class='pl'>{esc(self.w('ship_to'))}</div>"
                f"{self.party_cell(site_name, site, 'delivery_address', [])}</div>"
            )
        other = f"<div class='col'>{''.join(others)}</div>"
        if self.o["window_side"] == "left":
            row = f"<div class='row prow'>{win}{other}</div>"
        else:
            row = f"<div class='row prow'>{other}{win}</div>"
        return self.with_legal(f"{self.top(head)}{row}{self.main()}")

    def meta_items(self) -> list[tuple[str, str]]:
        items = super().meta_items()
        if getattr(self, "_vats_in_meta", False):
            d = self.d
            other = d.counterpart
            if d.issuer.vat and other.vat:
                mine = (self.w("our_vat"), self.vat(d.issuer) or "")
                theirs = (self.w("their_vat"), self.vat(other) or "")
                items += [mine, theirs] if self.rng.random() < 0.6 else [theirs, mine]
        return items

    def frids_body(self) -> str:
        d = self.d
        p = d.issuer
        regs = [esc(x) for x in self.reg_lines(p, issuer=True)]
        self._vats_in_meta = self.rng.random() < 0.35 and self.o["vat_at"] != "meta"
        vat = "" if self._vats_in_meta else self.vat_line(p, self.w("vat"))
        contact = f"{esc(self.w('tel'))} {esc(p.phone)}"
        own = self.party_cell(self.party_name(p), p.address, None, [contact])
        own += f"<div class='p22reg'>{'<br>'.join(x for x in [*regs, vat] if x)}</div>"
        billed = d.kind != "purchase_order"
        other = d.customer if billed else d.supplier
        cap = self.w("customer_col") if billed else self.w("vendor")
        extra = []
        if not self._vats_in_meta:
            extra.append(self.vat_line(other, self.w("cust_vat") if billed else self.w("vat")))
        if billed:
            extra.append(esc(self.cust_no_line()))
        if self.rng.random() < 0.4:
            extra += [esc(x) for x in self.reg_lines(other, issuer=False)]
        field = "billing_address" if billed else None
        theirs = self.party_cell(self.party_name(other), other.address, field, extra)
        blocks = [f"<div>{own}</div>", f"<div><div class='p22cap'>{esc(cap)}</div>{theirs}</div>"]
        if d.delivery:
            site_name, site = d.delivery
            self.party_name(d.customer)
            blocks.append(
                f"<div><div class='p22cap'>{esc(self.w('ship_to'))}</div>"
                f"{self.party_cell(site_name, site, 'delivery_address', [])}</div>"
            )
        row = f"<div class='p22cols'>{''.join(blocks)}</div>"
        title = self.title_html()
        meta = self.meta(self.meta_items())
        return self.with_legal(f"{row}{title}{meta}{self.main()}")

    def remit_body(self) -> str:
        d = self.d
        head = self.logo_line(d.issuer)
        cust, sup = d.customer, d.supplier
        blocks: list[str] = []
        no_line = esc(self.cust_no_line())
        bill = self.party_cell(self.party_name(cust), cust.address, "billing_address", [])
        if no_line:
            bill = f"{no_line}<br>{bill}"
        blocks.append(f"<div><div class='p22cap'>{esc(self.w('bill_to'))}</div>{bill}</div>")
        if d.delivery:
            site_name, site = d.delivery
            blocks.append(
                f"<div><div class='p22cap'>{esc(self.w('ship_to'))}</div>"
                f"{self.party_cell(site_name, site, 'delivery_address', [])}</div>"
            )
        if d.kind == "purchase_order":
            blocks.insert(
                0,
                f"<div><div class='p22cap'>{esc(self.w('vendor'))}</div>"
                f"{self.party_cell(self.party_name(sup), sup.address, None, [])}</div>",
            )
        row = f"<div class='p22cols'>{''.join(blocks)}</div>"
        remit = ""
        if d.kind in ("invoice", "credit_note", "order_confirmation"):
            lines = self.remit_address(sup) if self.rng.random() < 0.5 else list(sup.address)
            iban = self.iban() if d.kind == "invoice" else None
            extra = [f"IBAN {esc(iban)}"] if iban else []
            remit = (
                f"<div class='p22remit'><div class='p22cap'>{esc(self.w('remit_line'))}</div>"
                f"{self.party_cell(self.party_name(sup), lines, None, extra)}</div>"
            )
        return self.with_legal(f"{self.top(head)}{row}{self.main()}{remit}")

    def twocol_body(self) -> str:
        d = self.d
        sup, cust = d.supplier, d.customer
        label = self.w("vat")
        s_extra = [self.vat_line(sup, label), *(esc(x) for x in self.reg_lines(sup, True))]
        c_extra = [self.vat_line(cust, label), esc(self.cust_no_line())]
        s = self.party_cell(self.party_name(sup), sup.address, None, s_extra)
        c = self.party_cell(self.party_name(cust), cust.address, "billing_address", c_extra)
        boxed = " boxed" if self.rng.random() < 0.5 else ""
        grid = (
            f"<table class='p22grid{boxed}'><tr><th>{esc(self.w('supplier_col'))}</th>"
            f"<th>{esc(self.w('customer_col'))}</th></tr><tr><td>{s}</td><td>{c}</td></tr></table>"
        )
        deliv = ""
        if d.delivery:
            site_name, site = d.delivery
            self.party_name(cust)
            deliv = (
                f"<div class='pb'><div class='pl'>{esc(self.w('ship_to'))}</div>"
                f"{self.party_cell(site_name, site, 'delivery_address', [])}</div>"
            )
        mark = (
            f"<div class='p22logo'><span class='mark'>{esc(initials(d.issuer.name))}</span></div>"
        )
        title = self.title_html()
        meta = self.meta(self.meta_items())
        return self.with_legal(f"{mark}{title}{grid}{meta}{deliv}{self.main()}")

    def p22_letter_body(self) -> str:
        d = self.d
        p = d.issuer
        site_rows = "<br>".join(
            f"{esc(cap)} : {esc(', '.join(lines))}" for cap, lines in self.sites(p)[:2]
        )
        side = (
            f"<div class='p22side'><b>{esc(self.party_name(p))}</b><br>{site_rows}<br>"
            f"{esc(self.w('tel'))} {esc(p.phone)}<br>{esc(p.email)}</div>"
        )
        billed = d.kind != "purchase_order"
        to = d.customer if billed else d.supplier
        shown, truth = self.recipient_lines(to, billed)
        if billed:
            self.out.put("billing_address", ", ".join(truth), ", ".join(truth))
        win = (
            f"<div class='p22win'>{'<br>'.join([esc(self.party_name(to)), *map(esc, shown)])}</div>"
        )
        row = f"<div class='row'>{win}{side}</div>"
        refs = ""
        no_line = self.cust_no_line() if billed else ""
        if no_line:
            sep = " :" if self.lang == "fr" else ":"
            refs = f"<p><b>{esc(self.w('your_refs'))}{sep}</b> {esc(no_line)}</p>"
        deliv = ""
        if d.delivery:
            site_name, site = d.delivery
            self.party_name(d.customer)
            deliv = (
                f"<div class='pb'><div class='pl'>{esc(self.w('ship_to'))}</div>"
                f"{self.party_cell(site_name, site, 'delivery_address', [])}</div>"
            )
        title = self.title_html()
        meta = self.meta(self.meta_items())
        return self.with_legal(f"{row}{title}{meta}{refs}{deliv}{self.main()}")

    def body(self) -> str:
        return {
            "p22_grid": self.grid_body,
            "p22_window": self.window_body,
            "p22_frids": self.frids_body,
            "p22_remit": self.remit_body,
            "p22_twocol": self.twocol_body,
            "p22_letter": self.p22_letter_body,
        }[self.f.renderer]()

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
