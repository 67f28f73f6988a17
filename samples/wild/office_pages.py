"""Pages of the office-made development families (``office_families.py``).

Each page is drawn from a ``Page`` (page.py), whose vocabulary, value formatting and
``Printed`` record it reuses, so the truth stays what is printed. Three house styles:

- ``office_word``: a document typed in a word processor. Centred letterhead, the addressee
  on the right, "City, date" line, a centred title, the number in the title, in a sentence,
  in a small box or on its own line, free paragraphs ("Merci de nous livrer…"), a simple
  bordered table whose last rows hold the totals, a signature block.
- ``office_sheet``: a spreadsheet printed or exported to PDF. One grid of cells holds
  everything: the letterhead in the first rows, each header field as a label cell and a
  value cell, the addresses one line per row, the lines, the totals in the last rows of
  the same grid; spreadsheet number formats (General, 2 decimals, currency, accounting),
  optional row numbers and column letters.
- ``office_admin``: a French public buyer's order form (or a supplier's invoice to one):
  "Engagement juridique n°", "Service exécutant", SIRET blocks, Chorus Pro, budget
  imputation column, HT and TTC columns, the amount in words, signatures and visas.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from stdnum import luhn

from samples.wild.content import CITIES, Party
from samples.wild.formats import SYMBOLS
from samples.wild.page import Page, _money_str, _num_str, esc

CENT = Decimal("0.01")


def office_body(page: Page) -> str:
    """The HTML body of ``page`` for its office family (a ``<style>`` block included)."""
    draw = {"office_word": _word, "office_sheet": _sheet, "office_admin": _admin}
    return draw[page.f.renderer](page)


# shared helpers ------------------------------------------------------------------------
def _fr(page: Page, fr: str, en: str) -> str:
    return fr if page.lang == "fr" else en


def _pick(page: Page, fr: list[str], en: list[str]) -> str:
    return page.rng.choice(fr if page.lang == "fr" else en)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _city(party: Party) -> str:
    """The town of a party's last address line that has a postcode (else the last line)."""
    for line in reversed(party.address):
        head, _, rest = line.partition(" ")
        if head[:1].isdigit() and rest:
            return rest.replace(" CEDEX", "").title() if rest.isupper() else rest
    return party.address[-1].split(",")[0]


def _totals_rows(page: Page, cur: bool = True) -> list[tuple[str, str, bool]]:
    """(label, shown amount, bold) of the totals: net, tax per rate or overall, gross."""
    d = page.d
    rows = [(page.label("total_net"), page.money(d.total_net, "total_net", cur), False)]
    taxes = d.tax_by_rate()
    if d.sales_tax is not None:
        page.out.summary_rate(d.sales_tax)  # printed in its label
        rows.append(
            (
                f"Sales Tax ({page.s.quantity(d.sales_tax)}%)",
                page.money(d.total_tax, "total_tax", cur),
                False,
            )
        )
    elif len(taxes) == 1:
        (rate,) = taxes
        lab = page.tax_label(rate) if page.rng.random() < 0.7 else page.label("total_tax")
        rows.append((lab, page.money(d.total_tax, "total_tax", cur), False))
    else:
        for rate, (_b, t) in taxes.items():
            rows.append((page.tax_label(rate), page.money(t, None, cur), False))
        rows.append((page.label("total_tax"), page.money(d.total_tax, "total_tax", cur), False))
    rows.append((page.label("total_gross"), page.money(d.total_gross, "total_gross", cur), True))
    return rows


def _sign_block(page: Page, who: str) -> str:
    d = page.d
    role = _pick(
        page,
        ["Le responsable des achats", "La direction", "Le gérant", "Service achats"],
        ["Purchasing Manager", "Director", "Buyer", "Managing Director"],
    )
    if d.kind != "purchase_order":
        role = _pick(
            page,
            ["Le gérant", "La direction commerciale", "Service commercial"],
            ["Sales Manager", "Director", "Accounts"],
        )
    name = d.contact or page.rng.choice(["P. Martin", "C. Roux", "D. Evans", "S. Morel"])
    lines = [_fr(page, f"Pour {who},", f"For and on behalf of {who}"), role, name]
    return (
        "<div class='sign'>"
        + "".join(f"<div>{esc(x)}</div>" for x in lines)
        + f"<div class='sigbox'>{esc(_fr(page, 'Signature :', 'Signature:'))}</div></div>"
    )


# office_word -----------------------------------------------------------------------------
WORD_CSS = """
.ow {{ line-height: 1.35; }}
.ow .head {{ text-align: center; margin-bottom: 2mm; }}
.ow .head .co {{ font-size: 1.9em; font-weight: bold; letter-spacing: {ls}; }}
.ow .head .sub {{ font-size: 0.9em; }}
.ow hr {{ border: 0; border-top: 1pt solid #000; margin: 2mm 0 5mm 0; }}
.ow .addr {{ margin-left: 55%; margin-bottom: 5mm; }}
.ow .addr .lab {{ font-style: italic; }}
.ow .placedate {{ text-align: right; margin: 3mm 0 5mm 0; }}
.ow h1 {{ text-align: center; font-size: 1.35em; text-decoration: underline; margin: 4mm 0; }}
.ow p {{ margin: 2mm 0; text-align: justify; }}
.ow table.wt {{ width: 100%; border-collapse: collapse; margin: 4mm 0; }}
.ow table.wt td, .ow table.wt th {{ border: 0.6pt solid #000; padding: 2pt 4pt;
  vertical-align: top; }}
.ow table.wt th {{ background: {head_bg}; text-align: center; }}
.ow table.wt .num {{ text-align: right; white-space: nowrap; }}
.ow table.wt .nw {{ white-space: nowrap; }}
.ow table.wt td.lbl {{ text-align: right; border: 0.6pt solid #000; }}
.ow table.wt td.blank {{ border: 0; }}
.ow table.wt tr.b td {{ font-weight: bold; }}
.ow table.nbox {{ border-collapse: collapse; margin: 0 0 3mm auto; }}
.ow table.nbox td {{ border: 0.8pt solid #000; padding: 2pt 6pt; }}
.ow table.wtot {{ border-collapse: collapse; margin: 0 0 3mm auto; }}
.ow table.wtot td {{ border: 0.6pt solid #000; padding: 2pt 6pt; }}
.ow table.wtot .num {{ text-align: right; white-space: nowrap; }}
.ow table.wtot tr.b td {{ font-weight: bold; }}
.ow .sign {{ margin: 8mm 0 0 55%; }}
.ow .sigbox {{ margin-top: 2mm; height: 18mm; }}
.ow .legal {{ margin-top: 8mm; font-size: 0.75em; text-align: center; color: #333; }}
"""


def _word(page: Page) -> str:
    d, o, rng = page.d, page.o, page.rng
    issuer = d.issuer
    name = esc(page.party_name(issuer))
    addr_line = esc(" – ".join(issuer.address))
    contacts = " – ".join(esc(c) for c in page.contacts(issuer))
    vat = ""
    if issuer.vat and rng.random() < 0.5:
        shown = esc(page.vat(issuer) or "")
        vat = f"<div class='sub'>{esc(page.lv(page.label('vat')))} {shown}</div>"
    siret = ""
    if "siret" in issuer.legal and rng.random() < 0.5:
        siret = f"<div class='sub'>SIRET {esc(issuer.legal['siret'])}</div>"
    head = (
        f"<div class='head'><div class='co'>{name}</div><div class='sub'>{addr_line}</div>"
        f"<div class='sub'>{contacts}</div>{siret}{vat}</div><hr>"
    )
    # the addressee, on the right as a window envelope expects it
    if d.kind == "purchase_order":
        party, field = d.supplier, None
    else:
        party, field = d.customer, "billing_address"
    lab = rng.choice(
        ["", "", _fr(page, "Destinataire :", "To:"), _fr(page, "À l'attention de :", "Attn:")]
    )
    lines = list(party.address)
    if field:
        page.out.put(field, ", ".join(lines), ", ".join(lines))
    addr = (
        "<div class='addr'>"
        + (f"<div class='lab'>{esc(lab)}</div>" if lab else "")
        + "<br>".join(esc(x) for x in [page.party_name(party), *lines])
        + "</div>"
    )
    # number and date: in the title, in a box, on a line, or in a sentence
    num_style = rng.choice(["title", "box", "line", "sentence"])
    date_style = rng.choice(["place", "place", "box" if num_style == "box" else "line"])
    title = page.title()
    number = page.out.put("document_number", d.number, d.number) if d.number else ""
    when = page.date("document_date", d.date, main=True)
    placedate = ""
    if date_style == "place":
        city = _city(issuer)
        placedate = f"<div class='placedate'>{esc(city)}, {_fr(page, 'le ', '')}{esc(when)}</div>"
    h1 = f"<h1>{esc(title.upper() if rng.random() < 0.6 else title)}"
    if num_style == "title" and number:
        h1 += f" {_fr(page, 'N°', 'No.')} {esc(number)}"
    h1 += "</h1>"
    box, pre = "", []
    if num_style == "box" and number:
        rows = [(page.number_label(), number)]
        if date_style == "box":
            rows.append((page.label("date"), when))
        box = "<table class='nbox'>" + "".join(
            f"<tr><td>{esc(a)}</td><td><b>{esc(b)}</b></td></tr>" for a, b in rows
        )
        box += "</table>"
    elif num_style == "line" and number:
        pre.append(f"<b>{esc(page.lv(page.number_label()))}</b> {esc(number)}")
    if date_style == "line":
        pre.append(f"<b>{esc(page.lv(page.label('date')))}</b> {esc(when)}")
    # the other references, as lines or in sentences
    if d.order_number:
        v = page.out.put("order_number", d.order_number, d.order_number)
        pre.append(
            rng.choice(
                [
                    f"{esc(page.lv(page.label('order_number')))} {esc(v)}",
                    esc(_fr(page, f"Suivant votre commande {v}.", f"Further to your order {v}.")),
                ]
            )
        )
    if d.customer_number:
        v = page.out.put("customer_number", d.customer_number, d.customer_number)
        pre.append(f"{esc(page.lv(page.label('customer_number')))} {esc(v)}")
    if d.quote_ref:
        pre.append(
            esc(_fr(page, f"Selon votre devis {d.quote_ref}.", f"As per quote {d.quote_ref}."))
        )
    if d.credited_invoice:
        pre.append(f"{esc(page.lv(page.label('credited')))} {esc(d.credited_invoice)}")
    obj = _pick(
        page,
        ["Fournitures", "Réapprovisionnement", "Matériel pour l'atelier", "Travaux"],
        ["Supplies", "Restocking", "Workshop equipment", "Maintenance"],
    )
    pre.append(f"<b>{esc(page.label('subject'))} :</b> {esc(obj)}")
    intro = {
        "purchase_order": (
            [
                "Merci de nous livrer les articles suivants :",
                "Nous vous prions de bien vouloir nous livrer, aux conditions convenues, "
                "les articles ci-dessous :",
                "Veuillez trouver ci-dessous notre commande :",
            ],
            ["Please supply the following items:", "Please deliver the goods listed below:"],
        ),
        "quotation": (
            ["Suite à votre demande, nous avons le plaisir de vous proposer :"],
            ["Further to your enquiry, we are pleased to quote as follows:"],
        ),
        "invoice": (
            ["Nous vous facturons les prestations et fournitures suivantes :"],
            ["We invoice you for the following goods and services:"],
        ),
        "order_confirmation": (
            ["Nous accusons réception de votre commande et vous confirmons :"],
            ["We acknowledge your order and confirm the following:"],
        ),
        "delivery_note": (
            ["Nous vous livrons ce jour :"],
            ["Please find delivered today:"],
        ),
    }.get(d.kind, (["Détail :"], ["Details:"]))
    intro_text = _pick(page, *intro)
    if num_style == "sentence" and number:
        sent = {
            "purchase_order": (
                f"Notre commande n° {number} porte sur les articles suivants :",
                f"Our order No. {number} covers the following items:",
            ),
            "quotation": (
                f"Notre proposition n° {number} comprend :",
                f"Our quotation No. {number} comprises:",
            ),
            "invoice": (
                f"La présente facture n° {number} porte sur :",
                f"This invoice No. {number} covers:",
            ),
        }.get(
            d.kind,
            (f"Document n° {number} :", f"Document No. {number}:"),
        )
        intro_text = _fr(page, *sent)
    body = [head, addr, placedate, h1, box]
    body += [f"<p>{x}</p>" for x in pre]
    if d.kind in ("payment_advice", "reminder"):
        body.append(page.references_table())
    else:
        body.append(f"<p>{esc(intro_text)}</p>")
        body.append(_word_table(page))
    # free paragraphs after the table
    after = []
    if d.delivery:
        site_name, site = d.delivery
        page.party_name(d.customer)
        page.out.put("delivery_address", ", ".join(site), ", ".join(site))
        lead = _pick(
            page,
            ["Merci de nous livrer à l'adresse suivante :", "Lieu de livraison :"],
            ["Please deliver to:", "Delivery address:"],
        )
        after.append(f"{esc(lead)}<br>" + "<br>".join(esc(x) for x in [site_name, *site]))
    if d.delivery_date:
        v = page.date("delivery_date", d.delivery_date)
        after.append(
            esc(
                _pick(
                    page,
                    [f"Livraison souhaitée pour le {v}.", f"Merci de livrer au plus tard le {v}."],
                    [f"Please deliver by {v}.", f"Required delivery date: {v}."],
                )
            )
        )
    if d.payment_terms:
        v = page.out.put("payment_terms", d.payment_terms, d.payment_terms)
        after.append(f"{esc(page.lv(page.label('payment_terms')))} {esc(v)}")
    if d.due_date:
        v = page.date("due_date", d.due_date)
        after.append(esc(_pick(page, [f"À régler avant le {v}."], [f"Please pay by {v}."])))
    if d.iban and d.kind in ("invoice", "quotation", "order_confirmation"):
        bic = f" – BIC {d.bic}" if d.bic else ""
        after.append(f"IBAN {esc(page.iban() or '')}{esc(bic)}")
    if d.kind == "purchase_order":
        after.append(
            esc(
                _pick(
                    page,
                    [
                        "Merci de rappeler notre numéro de commande sur le bon de livraison et "
                        "sur la facture.",
                        "Merci de nous retourner un accusé de réception de cette commande.",
                    ],
                    [
                        "Please quote our order number on your delivery note and invoice.",
                        "Please acknowledge receipt of this order.",
                    ],
                )
            )
        )
    after.append(
        esc(
            _pick(
                page,
                ["Nous vous prions d'agréer nos salutations distinguées.", "Cordialement,"],
                ["Kind regards,", "Yours faithfully,"],
            )
        )
    )
    body += [f"<p>{x}</p>" for x in after]
    body.append(_sign_block(page, issuer.name))
    legal = page.legal()
    page._legal = legal
    if o["footer"] == "end":
        body.append(f"<div class='legal'>{legal}</div>")
    css = WORD_CSS.format(
        ls=rng.choice(["0", "0.05em", "0.15em"]), head_bg=rng.choice(["#fff", "#e6e6e6", "#d9d9d9"])
    )
    return f"<style>{css}</style><div class='ow'>{''.join(body)}</div>"


def _word_table(page: Page) -> str:
    d, o = page.d, page.o
    roles = page.roles()
    numeric = {"quantity", "shipped", "ordered", "backorder", "unit_price", "line_total"}
    numeric |= {"discount", "tax_rate", "weight", "line_no"}
    head = "".join(f"<th>{esc(page.column(r))}</th>" for r in roles)
    rows = []
    for n, it in enumerate(d.items, 1):
        row = page.out.row()
        cells = "".join(
            f"<td class='{'num' if r in numeric else ('nw' if r == 'sku' else '')}'>"
            f"{page.cell(r, it, n, row)}</td>"
            for r in roles
        )
        rows.append(f"<tr>{cells}</tr>")
    # a few empty rows, as a typed table often keeps
    for _ in range(page.rng.choice([0, 0, 1, 2, 3])):
        rows.append("<tr>" + "".join("<td>&nbsp;</td>" for _ in roles) + "</tr>")
    tail, under = "", ""
    if d.priced:
        tot = _totals_rows(page)
        if o["totals"] == "in_table" and len(roles) >= 3:
            span = len(roles) - 1
            blank = page.rng.random() < 0.5
            for lab, v, b in tot:
                first = (
                    f"<td class='blank' colspan='{span - 1}'></td><td class='lbl'>{esc(lab)}</td>"
                    if blank and span > 1
                    else f"<td class='lbl' colspan='{span}'>{esc(lab)}</td>"
                )
                tail += f"<tr class='{'b' if b else ''}'>{first}<td class='num'>{esc(v)}</td></tr>"
        else:
            under = "<table class='wtot'>" + "".join(
                f"<tr class='{'b' if b else ''}'><td>{esc(lab)}</td><td class='num'>{esc(v)}</td>"
                "</tr>"
                for lab, v, b in tot
            )
            under += "</table>"
    if o["repeat_header"]:
        return (
            f"<table class='wt'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}{tail}"
            f"</tbody></table>{under}"
        )
    return f"<table class='wt'><tr>{head}</tr>{''.join(rows)}{tail}</table>{under}"


# office_sheet ----------------------------------------------------------------------------
SHEET_CSS = """
table.sheet {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
table.sheet td {{ border: 0.4pt solid {grid}; padding: 1pt 3pt; height: 1.35em;
  overflow: hidden; white-space: nowrap; vertical-align: bottom; }}
table.sheet td.n {{ text-align: right; overflow: visible; }}
table.sheet td.b {{ font-weight: bold; }}
table.sheet td.h {{ font-weight: bold; background: {fill}; }}
table.sheet td.big {{ font-size: 1.5em; font-weight: bold; }}
table.sheet td.rn, table.sheet td.cl {{ background: #efefef; color: #555; text-align: center;
  font-size: 0.85em; }}
table.sheet td.wrap {{ white-space: normal; }}
table.sheet td.v {{ overflow: visible; }}
table.sheet tr {{ break-inside: avoid; }}
table.sheet td .acc {{ display: flex; justify-content: space-between; }}
"""


class _Grid:
    """Rows of cells of one sheet; a cell is (html, css classes, colspan)."""

    def __init__(self, ncols: int) -> None:
        self.ncols = ncols
        self.rows: list[list[tuple[str, str, int]]] = []
        self.head_rows: set[int] = set()

    def add(self, *cells: tuple[str, str, int], head: bool = False) -> None:
        used = sum(c[2] for c in cells)
        assert used <= self.ncols, (used, self.ncols)
        row = list(cells) + [("", "", 1)] * (self.ncols - used)
        if head:
            self.head_rows.add(len(self.rows))
        self.rows.append(row)

    def blank(self) -> None:
        self.add()


def _c(text: str = "", cls: str = "", span: int = 1) -> tuple[str, str, int]:
    return (esc(text), cls, span)


def _sheet_date(page: Page, d: date) -> str:
    """Excel's d-mmm-yy now and then, else the document's own date style."""
    if page.o["sheet_dmy"]:
        month = {
            "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
            "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        }[page.lang].split()[d.month - 1]
        return f"{d.day}-{month}-{d.year % 100:02d}"
    return page.s.date_text(d)


def _sheet_money(page: Page, value: Decimal, fmt: str) -> tuple[str, str]:
    """(shown text, cell html) of an amount in the sheet's number format. A price with more
    decimals than the format's two is shown with all of them, as an author widens the
    format rather than print a price the row's total does not match."""
    s = page.s
    exponent = value.normalize().as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    shown_value = -value if page.o["negative"] and value > 0 else value
    if fmt == "general":
        text = format(abs(shown_value).normalize(), "f").replace(".", s.decimal)
        shown = f"-{text}" if shown_value < 0 else text
        return shown, esc(shown)
    if fmt == "number2":
        shown = s.number(shown_value, places)
        return shown, esc(shown)
    if fmt == "currency":
        shown = s.money(shown_value, places=places)
        page.out.put("currency", page.d.currency, page.currency_shown())
        return shown, esc(shown)
    # accounting: the symbol at the cell's left edge, the number at its right edge
    sym = SYMBOLS[page.d.currency] if page.d.currency != "CHF" else "CHF"
    page.out.put("currency", page.d.currency, sym)
    num = s.number(abs(shown_value), places)
    num = f"({num})" if shown_value < 0 else num
    shown = f"{sym} {num}"
    return shown, f"<span class='acc'><span>{esc(sym)}</span><span>{esc(num)}</span></span>"


def _sheet(page: Page) -> str:
    d, o, rng = page.d, page.o, page.rng
    s = page.s
    o["sheet_dmy"] = rng.random() < 0.25
    # a spreadsheet's own number formats: grouping as the locale's default, or none
    if rng.random() < 0.4:
        page.s = replace(s, group=rng.choice(["", ",", " "] if s.decimal == "." else ["", " "]))
        if page.s.group == "," and s.decimal != ".":
            page.s = replace(page.s, group="")
        s = page.s
    fmt = rng.choice(["general", "number2", "number2", "currency", "accounting"])
    tot_fmt = (
        rng.choice([fmt, "currency"]) if fmt != "general" else rng.choice(["general", "currency"])
    )
    roles = [r for r in page.roles() if r != "weight"]
    ncols = max(len(roles), 6)
    g = _Grid(ncols)
    half = ncols // 2
    issuer = d.issuer
    title = page.title()
    # letterhead rows
    g.add(_c(page.party_name(issuer), "big", half), _c(title.upper(), "big n", ncols - half))
    for line in issuer.address:
        g.add(_c(line, "", half))
    g.add(_c(f"{page.label('phone')} {issuer.phone}", "", half), _c(issuer.email, "", ncols - half))
    if issuer.vat and rng.random() < 0.6:
        g.add(_c(page.label("vat"), "", 1 if half > 2 else half), _c(page.vat(issuer) or "", "", 2))
    if "siret" in issuer.legal and rng.random() < 0.5:
        g.add(_c("SIRET", "", 1), _c(issuer.legal["siret"], "", 2))
    g.blank()
    # header fields: label cell | value cell (the value may span two cells)
    meta: list[tuple[str, str]] = []
    if d.number:
        meta.append((page.number_label(), page.out.put("document_number", d.number, d.number)))
    when = _sheet_date(page, d.date)
    meta.append((page.label("date"), page.out.put("document_date", d.date.isoformat(), when)))
    if d.order_number:
        meta.append(page.labelled_as_printed("order_number", d.order_number))
    if d.customer_number:
        meta.append(page.labelled_as_printed("customer_number", d.customer_number))
    if d.delivery_date:
        key = "ship_date" if d.kind == "delivery_note" else "delivery_date"
        v = _sheet_date(page, d.delivery_date)
        meta.append(
            (page.label(key), page.out.put("delivery_date", d.delivery_date.isoformat(), v))
        )
    if d.due_date:
        v = _sheet_date(page, d.due_date)
        meta.append((page.label("due_date"), page.out.put("due_date", d.due_date.isoformat(), v)))
    if d.payment_date:
        v = _sheet_date(page, d.payment_date)
        meta.append(
            (
                page.label("payment_date"),
                page.out.put("payment_date", d.payment_date.isoformat(), v),
            )
        )
    if d.credited_invoice:
        meta.append((page.label("credited"), d.credited_invoice))
    if d.quote_ref:
        meta.append((page.label("quote_ref"), d.quote_ref))
    if d.contact:
        meta.append((page.label("contact"), d.contact))
    if d.priced or d.references:
        meta.append(page.labelled_as_printed("currency", d.currency))
    # the party block beside the fields: heading, name, one address line per row
    if d.kind in ("purchase_order", "payment_advice"):
        party, field, lab = (
            d.supplier,
            None,
            page.label("supplier" if d.kind == "purchase_order" else "payee"),
        )
    else:
        party, field, lab = d.customer, "billing_address", page.label("billing")
    if field:
        page.out.put(field, ", ".join(party.address), ", ".join(party.address))
    # the party block and the fields: side by side when the grid is wide, else stacked
    plines = [(lab, "h v"), (page.party_name(party), "b v")] + [(x, "v") for x in party.address]
    pw = max(half, 3)
    side = ncols - pw >= 4 and rng.random() < 0.6
    lw, vw = (2, ncols - pw - 2) if side else (2, ncols - 2)
    mrows = [[_c(k, "b wrap", lw), _c(v, "v", vw)] for k, v in meta]
    if side:
        left_party = o["meta_pos"] == "right"
        for i in range(max(len(plines), len(mrows))):
            pcell = _c(plines[i][0], plines[i][1], pw) if i < len(plines) else _c("", "", pw)
            mcells = mrows[i] if i < len(mrows) else [_c("", "", lw), _c("", "", vw)]
            g.add(pcell, *mcells) if left_party else g.add(*mcells, pcell)
    else:
        for text, cls in plines:
            g.add(_c(text, cls, pw))
        g.blank()
        for cells in mrows:
            g.add(*cells)
    if d.delivery:
        site_name, site = d.delivery
        page.party_name(d.customer)
        page.out.put("delivery_address", ", ".join(site), ", ".join(site))
        g.blank()
        g.add(_c(page.label("delivery"), "h", pw))
        for x in [site_name, *site]:
            g.add(_c(x, "v", pw))
    g.blank()
    if d.kind in ("payment_advice", "reminder"):
        _sheet_refs(page, g, fmt, tot_fmt)
    else:
        _sheet_lines(page, g, roles, fmt, tot_fmt)
    g.blank()
    if d.payment_terms:
        g.add(
            _c(page.label("payment_terms"), "b", 2),
            _c(page.out.put("payment_terms", d.payment_terms, d.payment_terms), "", ncols - 2),
        )
    if d.payment_means and d.kind not in ("purchase_order", "delivery_note"):
        g.add(_c(page.label("payment_means"), "b", 2), _c(d.payment_means, "", ncols - 2))
    if d.iban and d.kind in ("invoice", "credit_note", "order_confirmation", "quotation"):
        g.add(_c("IBAN", "b", 1), _c(page.iban() or "", "", min(4, ncols - 1)))
        if d.bic:
            g.add(_c("BIC", "b", 1), _c(d.bic, "", 2))
    if d.kind == "purchase_order":
        g.add(_c(page.phrase("po_sign") + " :", "", ncols))
    legal = page.legal()
    page._legal = legal
    headings = rng.random() < 0.3
    css = SHEET_CSS.format(grid=rng.choice(["#c0c0c0", "#d4d4d4", "#999"]), fill=o["accent"])
    html = [f"<style>{css}</style>"]
    # the description's column is widened, as one drags a column wider in a sheet
    weight = {"description": 3.0, "sku": 1.8, "unit_price": 1.5, "line_total": 1.7}
    widths: list[float] = []
    for r in roles:
        widths.append(weight.get(r, 1.0))
        if r == "description":
            widths += [1.0] * (ncols - len(roles))
    widths[-1] = max(widths[-1], 1.7)
    if d.kind in ("payment_advice", "reminder"):
        widths = [1.3] * ncols
    cols = "".join(f"<col style='width:{100 * w / sum(widths):.1f}%'>" for w in widths)
    lead = "<col style='width:6mm'>" if headings else ""
    html.append(f"<table class='sheet'><colgroup>{lead}{cols}</colgroup>")
    if headings:
        letters = "".join(f"<td class='cl'>{chr(65 + i)}</td>" for i in range(ncols))
        html.append(f"<tr><td class='cl' style='width:6mm'></td>{letters}</tr>")
    for n, row in enumerate(g.rows, 1):
        tds = "".join(
            f"<td class='{cls}'{f' colspan={span}' if span > 1 else ''}>{text}</td>"
            for text, cls, span in row
        )
        rn = f"<td class='rn'>{n}</td>" if headings else ""
        html.append(f"<tr>{rn}{tds}</tr>")
    html.append("</table>")
    if o["footer"] == "end":
        html.append(f"<div style='margin-top:4mm;font-size:0.75em'>{legal}</div>")
    return "".join(html)


def _sheet_lines(page: Page, g: _Grid, roles: list[str], fmt: str, tot_fmt: str) -> None:
    d, s = page.d, page.s
    numeric = {"quantity", "shipped", "ordered", "backorder", "unit_price", "line_total"}
    numeric |= {"discount", "tax_rate", "line_no"}
    extra = g.ncols - len(roles)
    dspan = 1 + extra
    qty2 = fmt in ("number2", "accounting") and page.rng.random() < 0.5
    head = [
        _c(
            page.column(r),
            "h wrap" + (" n" if r in numeric else ""),
            dspan if r == "description" else 1,
        )
        for r in roles
    ]
    money_head = fmt in ("general", "number2") and page.rng.random() < 0.5
    # the symbol goes into the money columns' headings: a table without them prints none
    if money_head and {"unit_price", "line_total"} & set(roles):
        sym = page.currency_shown()
        page.out.put("currency", d.currency, sym)
        head = [
            _c(f"{page.column(r)} ({sym})", "h wrap n", 1)
            if r in ("unit_price", "line_total")
            else c
            for r, c in zip(roles, head, strict=True)
        ]
    g.add(*head, head=True)
    for n, it in enumerate(d.items, 1):
        row = page.out.row()
        cells = []
        for r in roles:
            span = dspan if r == "description" else 1
            if r in ("unit_price", "line_total"):
                if r == "unit_price":
                    # unit prices stay positive on a credit note; only amounts turn negative
                    shown, cell = _sheet_money_pos(page, it.unit_price, fmt)
                else:
                    shown, cell = _sheet_money(page, it.total, fmt)
                truth = str(it.unit_price) if r == "unit_price" else _money_str(it.total)
                row.put(r, truth, shown)
                cells.append((cell, "n", 1))
            elif r in ("quantity", "shipped") and qty2:
                shown = s.number(it.quantity, 2)
                row.put("quantity", _num_str(it.quantity), shown)
                cells.append((esc(shown), "n", 1))
            elif r == "tax_rate" and it.tax_rate is not None and page.rng.random() < 0.3:
                shown = f"{s.number(it.tax_rate, 2)} %"
                row.put("tax_rate", _num_str(it.tax_rate), shown)
                cells.append((esc(shown), "n", 1))
            else:
                cls = "n" if r in numeric else ("wrap" if r == "description" else "")
                cells.append((page.cell(r, it, n, row), cls, span))
        g.add(*cells)
    if not d.priced:
        return
    g.blank()
    lw = 2 if g.ncols >= 6 else 1
    # a total gets two columns where the sheet has them: a bold "GBP 30,214.96" is wider
    # than the last column and, right-aligned, ran past the page's edge ("30,214.9")
    vw = 2 if g.ncols - lw - 2 >= 1 else 1
    for lab, _v, b in _sheet_totals(page, tot_fmt):
        g.add(
            _c("", "", g.ncols - lw - vw),
            _c(lab, "b" if b else "", lw),
            (_v, "n b" if b else "n", vw),
        )


def _sheet_money_pos(page: Page, value: Decimal, fmt: str) -> tuple[str, str]:
    neg = page.o["negative"]
    page.o["negative"] = False
    try:
        return _sheet_money(page, value, fmt)
    finally:
        page.o["negative"] = neg


def _sheet_totals(page: Page, fmt: str) -> list[tuple[str, str, bool]]:
    d = page.d
    out = []
    rows: list[tuple[str, Decimal, str | None, bool]] = [
        (page.label("total_net"), d.total_net, "total_net", False)
    ]
    taxes = d.tax_by_rate()
    if d.sales_tax is not None:
        page.out.summary_rate(d.sales_tax)  # printed in its label
        rows.append(
            (f"Sales Tax ({page.s.quantity(d.sales_tax)}%)", d.total_tax, "total_tax", False)
        )
    elif len(taxes) == 1:
        (rate,) = taxes
        rows.append((page.tax_label(rate), d.total_tax, "total_tax", False))
    else:
        for rate, (_b, t) in taxes.items():
            rows.append((page.tax_label(rate), t, None, False))
        rows.append((page.label("total_tax"), d.total_tax, "total_tax", False))
    rows.append((page.label("total_gross"), d.total_gross, "total_gross", True))
    for lab, value, name, bold in rows:
        shown, cell = _sheet_money(page, value, fmt)
        if name:
            page.out.put(name, _money_str(value), shown)
        out.append((lab, cell, bold))
    return out


def _sheet_refs(page: Page, g: _Grid, fmt: str, tot_fmt: str) -> None:
    d, s = page.d, page.s
    cols = {
        "fr": ["Facture n°", "Date", "Montant", "Escompte", "Réglé"],
        "en": ["Invoice No.", "Date", "Amount", "Deduction", "Paid"],
    }[page.lang]
    if d.kind == "reminder":
        cols = {
            "fr": ["Facture n°", "Date", "Échéance", "Montant TTC", "Restant dû"],
            "en": ["Invoice", "Date", "Due", "Amount", "Outstanding"],
        }[page.lang]
    g.add(*[_c(c, "h", 2 if i == 0 and g.ncols > 5 else 1) for i, c in enumerate(cols)], head=True)
    for r in d.references:
        final = r.amount - r.deduction
        page.out.reference(r.number, _money_str(final))
        third = s.date_text(r.due) if (d.kind == "reminder" and r.due) else None
        _a, amount = _sheet_money(page, r.amount, fmt)
        cut = _sheet_money(page, r.deduction, fmt)[1] if r.deduction else "-"
        _f, fin = _sheet_money(page, final, fmt)
        cells = [
            _c(r.number, "", 2 if g.ncols > 5 else 1),
            _c(s.date_text(r.date)),
            (esc(third), "", 1) if third is not None else (amount, "n", 1),
            (amount, "n", 1) if third is not None else (cut, "n", 1),
            (fin, "n", 1),
        ]
        g.add(*cells)
    g.blank()
    key = "paid_total" if d.kind == "payment_advice" else "outstanding"
    shown, cell = _sheet_money(page, d.total_gross, tot_fmt)
    page.out.put("total_gross", _money_str(d.total_gross), shown)
    g.add(_c("", "", g.ncols - 3), _c(page.label(key), "b", 2), (cell, "n b", 1))
    if d.kind == "payment_advice" and d.iban:
        g.add(_c(page.label("iban"), "b", 2), _c(page.iban() or "", "", min(4, g.ncols - 2)))


# office_admin ------------------------------------------------------------------------------
ADMIN_CSS = """
.oa {{ font-size: 1em; }}
.oa .top {{ display: flex; justify-content: space-between; gap: 6mm; }}
.oa .rf {{ font-weight: bold; letter-spacing: 0.08em; font-size: 0.9em; }}
.oa .entity {{ font-weight: bold; font-size: 1.3em; color: {acc}; }}
.oa .box {{ border: 0.8pt solid #000; padding: 2mm 3mm; }}
.oa table.kv {{ border-collapse: collapse; }}
.oa table.kv td {{ border: 0.6pt solid #000; padding: 1.5pt 4pt; }}
.oa table.kv td.k {{ background: #eee; font-weight: bold; white-space: nowrap; }}
.oa h1 {{ font-size: 1.5em; text-align: center; border: 1.2pt solid #000; padding: 2mm;
  margin: 4mm 0; }}
.oa .cols {{ display: flex; gap: 5mm; margin: 3mm 0; }}
.oa .cols > div {{ flex: 1; }}
.oa .cap {{ font-weight: bold; background: #eee; border-bottom: 0.6pt solid #000;
  margin: -2mm -3mm 1.5mm -3mm; padding: 1mm 3mm; }}
.oa table.li {{ width: 100%; border-collapse: collapse; margin: 3mm 0; font-size: 0.95em; }}
.oa table.li th, .oa table.li td {{ border: 0.6pt solid #000; padding: 1.5pt 3pt;
  vertical-align: top; }}
.oa table.li th {{ background: #e5e5e5; }}
.oa table.li .num, .oa table.li .nw {{ text-align: right; white-space: nowrap; }}
.oa table.li .nw {{ text-align: left; }}
.oa table.li tr {{ break-inside: avoid; }}
.oa table.tt {{ border-collapse: collapse; margin-left: auto; }}
.oa table.tt td {{ border: 0.8pt solid #000; padding: 2pt 6pt; }}
.oa table.tt .num {{ text-align: right; white-space: nowrap; min-width: 28mm; }}
.oa table.tt tr.b td {{ font-weight: bold; }}
.oa .words {{ margin: 3mm 0; font-style: italic; }}
.oa .visas {{ display: flex; gap: 4mm; margin-top: 6mm; break-inside: avoid; }}
.oa .visas > div {{ flex: 1; border: 0.6pt solid #000; height: 26mm; padding: 1.5mm; }}
.oa .ment {{ font-size: 0.85em; margin-top: 3mm; }}
.oa .legal {{ margin-top: 6mm; font-size: 0.75em; }}
"""

ENTITIES = [
    "Commune de {c}",
    "Mairie de {c}",
    "Centre hospitalier de {c}",
    "Communauté d'agglomération de {c}",
    "Syndicat intercommunal des eaux de {c}",
    "CCAS de {c}",
    "Lycée professionnel Jean Moulin – {c}",
    "Université de {c}",
]
SERVICES = [
    "Direction des services techniques",
    "Service de la commande publique",
    "Direction des achats",
    "Service restauration scolaire",
    "Direction des systèmes d'information",
    "Service logistique",
]


def _public_siret(rng: random.Random, prefix: str) -> str:
    base = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8 - len(prefix)))
    sir = base + luhn.calc_check_digit(base)
    while True:
        cand = sir + "".join(str(rng.randint(0, 9)) for _ in range(5))
        if luhn.is_valid(cand):
            return cand


def _spaced_siret(v: str) -> str:
    return f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}"


def _words_fr(n: int) -> str:
    """A whole number in French words (below a billion), as an amount is written out."""
    units = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
    units += ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]
    units += ["dix-sept", "dix-huit", "dix-neuf"]
    tens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]

    def below_100(x: int) -> str:
        if x < 20:
            return units[x]
        if x < 70:
            t, u = divmod(x, 10)
            if u == 0:
                return tens[t]
            return f"{tens[t]}{' et ' if u == 1 else '-'}{units[u]}"
        if x < 80:
            return "soixante" + (" et " if x == 71 else "-") + units[x - 60]
        if x == 80:
            return "quatre-vingts"
        return "quatre-vingt-" + units[x - 80]

    def below_1000(x: int) -> str:
        h, r = divmod(x, 100)
        parts = []
        if h:
            parts.append(
                ("cent" if h == 1 else f"{units[h]} cent") + ("s" if h > 1 and not r else "")
            )
        if r:
            parts.append(below_100(r))
        return " ".join(parts)

    if n == 0:
        return "zéro"
    millions, rest = divmod(n, 1_000_000)
    thousands, rest = divmod(rest, 1000)
    out = []
    if millions:
        out.append(f"{below_1000(millions)} million{'s' if millions > 1 else ''}")
    if thousands:
        out.append("mille" if thousands == 1 else f"{below_1000(thousands)} mille")
    if rest:
        out.append(below_1000(rest))
    return " ".join(out)


def _amount_words(value: Decimal) -> str:
    euros = int(value)
    cents = int((value - euros) * 100)
    text = f"{_words_fr(euros)} euro{'s' if euros > 1 else ''}"
    if cents:
        text += f" et {_words_fr(cents)} centime{'s' if cents > 1 else ''}"
    return text


def _admin(page: Page) -> str:
    d, o, rng = page.d, page.o, page.rng
    public = d.customer
    city = rng.choice(CITIES["FR"])[1] if public.country != "FR" else _city(public)
    old = public.name
    public.name = rng.choice(ENTITIES).format(c=city)
    slug = "".join(c for c in city.lower() if c.isascii() and c.isalpha())
    public.email = f"{rng.choice(['achats', 'commande.publique', 'dst'])}@{slug}.fr"
    if d.delivery and d.delivery[0] == old:
        d.delivery = (public.name, d.delivery[1])
    public.vat = None if rng.random() < 0.7 else public.vat
    prefix = {"Commune": "21", "Mairie": "21", "Centre": "26", "Lycée": "19", "Université": "19"}
    pub_siret = _public_siret(rng, prefix.get(public.name.split()[0], "20"))
    ej = "13" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    service_code = rng.choice(["SE", "ST", "ACH", "DSI", "RES"]) + f"{rng.randint(1, 99):02d}"
    service = rng.choice(SERVICES)
    year = d.date.year
    imput = [
        f"{rng.choice(['011', '21', '23'])}-{rng.randint(6000, 6288)}-{rng.randint(10, 999):03d}"
        for _ in d.items
    ]
    # administrations pay by "mandat administratif" within the legal delay
    if d.kind in ("purchase_order", "invoice") and rng.random() < 0.7:
        d.payment_terms = rng.choice(
            [
                "Mandat administratif à 30 jours",
                "Délai global de paiement : 30 jours",
                "Virement administratif à 30 jours à réception de facture",
            ]
        )
    body: list[str] = []
    if d.kind == "purchase_order":
        body.append(_admin_po_head(page, public, pub_siret, ej, service, service_code, year))
    else:
        body.append(_admin_invoice_head(page, public, pub_siret, ej, service, service_code))
    body.append(_admin_table(page, imput))
    if d.priced:
        body.append(_admin_totals(page))
    body.append(_admin_after(page, public, pub_siret, ej, service_code))
    legal = (
        page.legal()
        if d.kind != "purchase_order"
        else esc(f"{public.name} – SIRET {_spaced_siret(pub_siret)} – {', '.join(public.address)}")
    )
    page._legal = legal
    if o["footer"] == "end":
        body.append(f"<div class='legal'>{legal}</div>")
    return (
        f"<style>{ADMIN_CSS.format(acc=o['accent'])}</style><div class='oa'>{''.join(body)}</div>"
    )


def _kv(rows: list[tuple[str, str]]) -> str:
    """Label and value rows; a value of one word (a number, a date) is not wrapped at a
    hyphen, where it would stop being one."""
    cells = []
    for k, v in rows:
        nw = "" if " " in v else " class='nw'"
        cells.append(f"<tr><td class='k'>{esc(k)}</td><td{nw}>{esc(v)}</td></tr>")
    return "<table class='kv'>" + "".join(cells) + "</table>"


def _admin_po_head(
    page: Page, public: Party, pub_siret: str, ej: str, service: str, code: str, year: int
) -> str:
    d, rng = page.d, page.rng
    sup = d.supplier
    left = (
        "<div><div class='rf'>RÉPUBLIQUE FRANÇAISE</div>"
        f"<div class='entity'>{esc(page.party_name(public))}</div>"
        f"<div>{esc(service)}</div>"
        + "".join(f"<div>{esc(x)}</div>" for x in public.address)
        + f"<div>{esc(page.label('phone'))} {esc(public.phone)} – {esc(public.email)}</div>"
        + f"<div>SIRET : {esc(_spaced_siret(pub_siret))}</div>"
    )
    if public.vat:
        left += f"<div>{esc(page.lv(page.label('vat')))} {esc(page.vat(public) or '')}</div>"
    left += "</div>"
    num_label = rng.choice(["N° de bon de commande", "Bon de commande n°", "N° BC"])
    rows = []
    number = page.out.put("document_number", d.number, d.number) if d.number else None
    if number:
        rows.append((num_label, number))
    rows.append(("Engagement juridique n°", ej))
    rows.append(("Exercice", str(year)))
    rows.append(
        (
            rng.choice(["Date d'émission", "Date de commande", "Date"]),
            page.date("document_date", d.date, main=True),
        )
    )
    rows.append(("Service exécutant", code))
    if d.market_ref:
        rows.append(("Marché n°", f"{d.market_ref} – lot {rng.randint(1, 6)}"))
    if d.quote_ref:
        rows.append(("Réf. devis", d.quote_ref))
    rng.shuffle(rows[1:3])
    right = f"<div>{_kv(rows)}</div>"
    title = rng.choice(["BON DE COMMANDE", "BON DE COMMANDE", "Bon de commande – Fournitures"])
    sup_lines = [page.party_name(sup), *sup.address]
    extra = []
    if "siret" in sup.legal:
        extra.append(f"SIRET : {sup.legal['siret']}")
    extra.append(f"N° tiers : {rng.randint(100, 99999):06d}")
    supplier = (
        "<div class='box'><div class='cap'>"
        + esc(rng.choice(["Titulaire / Fournisseur", "Fournisseur", "Titulaire du marché"]))
        + "</div>"
        + "<br>".join(esc(x) for x in sup_lines + extra)
        + "</div>"
    )
    procedure = rng.choice(
        [
            "Procédure adaptée (MAPA)",
            "Accord-cadre à bons de commande",
            "Achat hors marché",
            "Appel d'offres ouvert",
        ]
    )
    info = (
        "<div class='box'><div class='cap'>Référence de l'achat</div>"
        f"<div>Procédure : {esc(procedure)}</div>"
        f"<div>Service demandeur : {esc(rng.choice(SERVICES))}</div>"
        + (
            f"<div>{esc(page.lv(page.label('contact')))} {esc(d.contact)}</div>"
            if d.contact
            else ""
        )
        + "</div>"
    )
    return (
        f"<div class='top'>{left}{right}</div><h1>{esc(title)}</h1>"
        f"<div class='cols'>{info}{supplier}</div>"
    )


def _admin_invoice_head(
    page: Page, public: Party, pub_siret: str, ej: str, service: str, code: str
) -> str:
    d, rng = page.d, page.rng
    sup = d.supplier
    lh = (
        f"<div><div class='entity'>{esc(page.party_name(sup))}</div>"
        + "".join(f"<div>{esc(x)}</div>" for x in sup.address)
        + f"<div>{esc(page.label('phone'))} {esc(sup.phone)}</div>"
    )
    if sup.vat:
        lh += f"<div>{esc(page.lv(page.label('vat')))} {esc(page.vat(sup) or '')}</div>"
    lh += "</div>"
    lines = [*public.address]
    page.out.put("billing_address", ", ".join(lines), ", ".join(lines))
    dest = (
        "<div class='box'><div class='cap'>Destinataire</div>"
        + "<br>".join(esc(x) for x in [page.party_name(public), *lines])
        + f"<br>SIRET : {esc(pub_siret)}<br>Code service : {esc(code)}</div>"
    )
    rows = []
    if d.number:
        rows.append((page.number_label(), page.out.put("document_number", d.number, d.number)))
    rows.append((page.label("date_invoice"), page.date("document_date", d.date, main=True)))
    if d.order_number or rng.random() < 0.8:
        # on an invoice to a public buyer, the legal commitment is the order referenced
        d.order_number = ej
        rows.append(
            (
                rng.choice(["N° d'engagement juridique", "Engagement juridique n°", "N° EJ"]),
                page.out.put("order_number", ej, ej),
            )
        )
    rows.append(("Service exécutant", code))
    if d.market_ref:
        rows.append(("Marché n°", d.market_ref))
    if d.customer_number:
        rows.append(page.labelled_as_printed("customer_number", d.customer_number))
    if d.credited_invoice:
        rows.append((page.label("credited"), d.credited_invoice))
    if d.due_date:
        rows.append((page.label("due_date"), page.date("due_date", d.due_date)))
    title = page.title().upper()
    return (
        f"<div class='top'>{lh}{dest}</div><h1>{esc(title)}</h1>"
        f"<div class='cols'><div>{_kv(rows)}</div><div>{esc(service)}</div></div>"
    )


def _admin_table(page: Page, imput: list[str]) -> str:
    d, s, rng = page.d, page.s, page.rng
    roles = [r for r in page.roles() if r not in ("tax_rate", "discount", "weight")]
    with_imput = rng.random() < 0.8
    heads = {
        "line_no": "N°",
        "sku": "Réf.",
        "description": rng.choice(["Désignation", "Désignation des fournitures / prestations"]),
        "quantity": "Qté",
        "shipped": "Qté",
        "ordered": "Qté cdée",
        "unit": "Unité",
        "unit_price": rng.choice(["P.U. HT", "Prix unitaire HT"]),
        "line_total": rng.choice(["Montant HT", "Total HT"]),
    }
    cols = [heads.get(r, page.column(r)) for r in roles]
    numeric = {"line_no", "quantity", "shipped", "ordered", "unit_price", "line_total"}
    ttc = d.priced and d.sales_tax is None
    if with_imput:
        at = 2 if roles[0] == "line_no" else 1
        roles.insert(at, "_imput")
        cols.insert(at, rng.choice(["Imputation budgétaire", "Imputation", "Compte / Fonction"]))
    if ttc:
        roles += ["_rate", "_ttc"]
        cols += ["TVA", rng.choice(["Montant TTC", "Total TTC"])]
    ths = "".join(
        f"<th class='{'num' if r in numeric else ''}'>{esc(c)}</th>"
        for r, c in zip(roles, cols, strict=True)
    )
    trs = []
    for n, it in enumerate(d.items, 1):
        row = page.out.row()
        cells = []
        for r in roles:
            if r == "_imput":
                cells.append(f"<td>{esc(imput[n - 1])}</td>")
            elif r == "_rate":
                assert it.tax_rate is not None
                shown = page.s.rate(it.tax_rate)
                cells.append(
                    f"<td class='num'>{esc(row.put('tax_rate', _num_str(it.tax_rate), shown))}</td>"
                )
            elif r == "_ttc":
                assert it.tax_rate is not None
                gross = (it.total * (1 + it.tax_rate / 100)).quantize(CENT, ROUND_HALF_UP)
                value = -gross if page.o["negative"] else gross
                cells.append(f"<td class='num'>{esc(s.money(value, with_currency=False))}</td>")
            else:
                cls = "num" if r in numeric else ("nw" if r in ("sku", "unit") else "")
                cells.append(f"<td class='{cls}'>{page.cell(r, it, n, row)}</td>")
        trs.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table class='li'><thead><tr>{ths}</tr></thead><tbody>{''.join(trs)}</tbody></table>"


def _admin_totals(page: Page) -> str:
    d = page.d
    rows = _totals_rows(page, cur=page.rng.random() < 0.6)
    html = (
        "<table class='tt'>"
        + "".join(
            f"<tr class='{'b' if b else ''}'><td>{esc(lab)}</td><td class='num'>{esc(v)}</td></tr>"
            for lab, v, b in rows
        )
        + "</table>"
    )
    if d.kind == "purchase_order" and d.currency == "EUR" and page.rng.random() < 0.7:
        html += (
            "<div class='words'>Arrêté le présent bon de commande à la somme de : "
            f"{esc(_amount_words(d.total_gross))} TTC.</div>"
        )
    return html


def _admin_after(page: Page, public: Party, pub_siret: str, ej: str, code: str) -> str:
    d, rng = page.d, page.rng
    out: list[str] = []
    if d.kind == "purchase_order":
        if rng.random() < 0.7:
            lines = list(public.address)
            page.out.put("billing_address", ", ".join(lines), ", ".join(lines))
            bill = (
                "<div class='box'><div class='cap'>"
                + esc(rng.choice(["Adresse de facturation", "Facturation"]))
                + "</div>"
                + "<br>".join(esc(x) for x in [page.party_name(public), *lines])
                + "</div>"
            )
        else:
            bill = ""
        deliv = ""
        if d.delivery:
            site_name, site = d.delivery
            page.out.put("delivery_address", ", ".join(site), ", ".join(site))
            deliv = (
                "<div class='box'><div class='cap'>"
                + esc(rng.choice(["Lieu de livraison", "Livraison", "Adresse de livraison"]))
                + "</div>"
                + "<br>".join(esc(x) for x in [site_name, *site])
                + "</div>"
            )
        if bill or deliv:
            out.append(f"<div class='cols'>{bill}{deliv}</div>")
        chorus = (
            "Les factures sont à déposer sur Chorus Pro (SIRET "
            f"{_spaced_siret(pub_siret)}, code service {code}) en rappelant obligatoirement "
            f"le numéro d'engagement juridique {ej}."
        )
        out.append(f"<p class='ment'>{esc(chorus)}</p>")
    else:
        out.append(
            "<p class='ment'>"
            + esc(f"Facture transmise via Chorus Pro – SIRET destinataire {pub_siret}.")
            + "</p>"
        )
    if d.delivery_date:
        v = page.date("delivery_date", d.delivery_date)
        lab = "Délai de livraison : au plus tard le" if d.kind == "purchase_order" else "Livré le"
        out.append(f"<p>{esc(lab)} {esc(v)}</p>")
    if d.payment_terms:
        v = page.out.put("payment_terms", d.payment_terms, d.payment_terms)
        out.append(f"<p>{esc(page.lv(page.label('payment_terms')))} {esc(v)}</p>")
    if d.kind != "purchase_order" and d.iban:
        bic = f" – BIC {d.bic}" if d.bic else ""
        out.append(f"<p>IBAN {esc(page.iban() or '')}{esc(bic)}</p>")
    if d.kind == "purchase_order":
        out.append(
            "<div class='visas'><div>Le demandeur</div><div>Visa du service financier</div>"
            "<div>L'ordonnateur,<br>pour le représentant légal et par délégation</div></div>"
        )
        out.append(
            "<p class='ment'>Tout bon de commande non signé par l'ordonnateur est nul. "
            "Pénalités de retard selon le CCAP du marché.</p>"
        )
    return "".join(out)
