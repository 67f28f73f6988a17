"""Pages of the payment-advice families of ``pay18_families.py``.

A ``TermsPage`` (terms_pages.py: the blocks page with the document's own date style) of a
payment advice: the letterhead is the payer's, the window the supplier's, and a table lists
the invoices settled with their own dates, due dates and amounts (no field: the truth's
references). The payment date is printed under a bank's caption, in a sentence, on a
cheque's line, in the title or the subject, or only as the advice's own date when the advice
says it pays that day. Every field goes through ``Printed.put`` (the truth is what is
printed).
"""

from __future__ import annotations

import datetime as dt
import random

from samples.wild.content import Doc
from samples.wild.families import Family
from samples.wild.page import _money_str, esc
from samples.wild.pay18_families import BANKS, CITIES, PAY18_NAMES, PAY18_WORDS
from samples.wild.terms_pages import TermsPage

PAY18_RENDERERS = PAY18_NAMES

_CSS = """
.p18-box {{ border: 0.8pt solid {acc}; padding: 1.5mm 3mm; margin: 3mm 0; display: flex;
  gap: 8mm; flex-wrap: wrap; }}
.p18-box .cap {{ font-size: 0.72em; color: {acc}; }}
table.p18-grid {{ border-collapse: collapse; margin: 3mm 0; }}
table.p18-grid td {{ padding: 1mm 3mm; border-bottom: 0.4pt solid #bbb; vertical-align: top; }}
table.p18-grid td.k {{ color: {acc}; font-size: 0.85em; width: 45mm; }}
table.p18-inv {{ border-collapse: collapse; width: 100%; margin: 2mm 0; }}
table.p18-inv th {{ text-align: left; font-size: 0.8em; border-bottom: 1pt solid {acc};
  padding: 0.6mm 2mm; }}
table.p18-inv td {{ padding: 0.8mm 2mm; border-bottom: 0.3pt solid #ccc; white-space: nowrap; }}
table.p18-inv .num {{ text-align: right; }}
.p18-text p {{ margin: 1.5mm 0; }}
.p18-place {{ text-align: right; margin: 2mm 0 3mm 0; }}
.p18-subject {{ font-weight: bold; margin: 2mm 0; }}
"""


class Pay18Page(TermsPage):
    """A page of one of the ``pay18_families`` families (payment advices only)."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        d = self.d
        # the advice says it pays on its own date ("ce jour", "today"): no other date
        self.today = fam.renderer in ("p18_letter", "p18_remit") and rng.random() < 0.35
        if self.today or (fam.renderer == "p18_title" and rng.random() < 0.3):
            d.payment_date = d.date
        self.with_due = rng.random() < 0.5
        self.cheque_no = f"{rng.randint(1000000, 9999999)}"
        self.bank = rng.choice(BANKS)
        self.city = rng.choice(CITIES[self.lang])
        self.sentence = rng.random() < 0.6  # the cheque said in a sentence, else captions

    def pw(self, key: str, **fill: object) -> str:
        return self.drawn_once(f"__p18_{key}", PAY18_WORDS[self.lang][key], **fill)

    def colon(self) -> str:
        return " : " if self.lang == "fr" else ": "

    def paid_on(self) -> str:
        d = self.d
        assert d.payment_date is not None
        return self.when("payment_date", d.payment_date)

    def own_date(self) -> str:
        """The advice's own date; also its payment date when it says it pays that day."""
        d = self.d
        shown = self.when("document_date", d.date, main=True)
        if d.payment_date == d.date and self.today:
            self.out.put("payment_date", d.date.isoformat(), shown)
        return shown

    def number_line(self) -> str:
        if not self.d.number:
            return ""
        return f"<div>{esc(self.number_label())} {esc(self.number())}</div>"

    # the invoices settled ---------------------------------------------------------------
    def invoices(self) -> str:
        d, s = self.d, self.s
        cols = PAY18_WORDS[self.lang]["cols"]
        head = [cols[0], cols[1]] + ([cols[2]] if self.with_due else []) + [cols[4]]
        trs = []
        for r in d.references:
            paid = r.amount - r.deduction
            self.out.reference(r.number, _money_str(paid))
            cells = [esc(r.number), esc(self.when(None, r.date))]
            if self.with_due:
                cells.append(esc(self.when(None, r.date + dt.timedelta(days=30))))
            cells.append(f"<span class='num'>{esc(s.money(paid, False))}</span>")
            trs.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        ths = "".join(f"<th>{esc(h)}</th>" for h in head)
        total = (
            f"<div class='p18-total'><b>{esc(self.pw('total'))}{self.colon()}"
            f"{esc(self.money(d.total_gross, 'total_gross'))}</b></div>"
        )
        return (
            f"<p>{esc(self.pw('intro'))}</p><table class='p18-inv'><thead><tr>{ths}</tr></thead>"
            f"<tbody>{''.join(trs)}</tbody></table>{total}"
        )

    def amount(self) -> str:
        return self.s.money(self.d.total_gross, True)

    # the structures ---------------------------------------------------------------------
    def remit(self) -> str:
        title = f"<h1 class='title'>{esc(self.pw('remit_title'))}</h1>"
        head = self.number_line()
        head += f"<div>{esc(self.w('date_head'))}{self.colon()}{esc(self.own_date())}</div>"
        cells = []
        if not self.today:
            cells.append((self.pw("when_cap"), self.paid_on()))
        if self.d.payment_means:
            cells.append((self.label("payment_means"), self.d.payment_means))
        cells.append((self.pw("amount"), self.amount()))
        box = "".join(
            f"<div><div class='cap'>{esc(c)}</div><div>{esc(v)}</div></div>" for c, v in cells
        )
        note = f"<p>{esc(self.pw('today_note'))}</p>" if self.today else ""
        return f"{title}{head}<div class='p18-box'>{box}</div>{note}"

    def bank_grid(self) -> str:
        d = self.d
        title = f"<h1 class='title'>{esc(self.pw('bank_title'))}</h1>"
        head = self.number_line()
        head += f"<div>{esc(self.w('date_head'))}{self.colon()}{esc(self.own_date())}</div>"
        rows = [
            (self.pw("payer"), esc(d.customer.name)),
            (self.pw("payee"), esc(d.supplier.name)),
        ]
        if d.iban:
            rows.append((self.pw("account"), esc(self.iban() or "")))
        rows.append((self.pw("amount"), esc(self.amount())))
        rows.append((self.pw("when_cap"), esc(self.paid_on())))
        refs = ", ".join(r.number for r in d.references[:3])
        rows.append((self.pw("info"), esc(refs)))
        trs = "".join(f"<tr><td class='k'>{esc(k)}</td><td>{v}</td></tr>" for k, v in rows)
        return f"{title}{head}<table class='p18-grid'>{trs}</table>"

    def letter_lines(self) -> tuple[str, str, str]:
        place = f"<div class='p18-place'>{esc(self.city)}, {'le ' if self.lang == 'fr' else ''}"
        place += f"{esc(self.own_date())}</div>"
        subject = f"<div class='p18-subject'>{esc(self.pw('letter_title'))}"
        if self.d.number:
            subject += f" – {esc(self.number())}"
        subject += "</div>"
        if self.today:
            said = self.pw("letter_today", a=self.amount())
        else:
            said = self.pw("letter_dated", a=self.amount(), d=self.paid_on())
        return place, subject, f"<div class='p18-text'><p>{esc(said)}</p></div>"

    def cheque(self) -> str:
        title = f"<h1 class='title'>{esc(self.pw('cheque_title'))}</h1>"
        head = self.number_line()
        head += f"<div>{esc(self.w('date_head'))}{self.colon()}{esc(self.own_date())}</div>"
        if self.sentence:
            said = self.pw(
                "cheque_sentence", n=self.cheque_no, b=self.bank, d=self.paid_on(), a=self.amount()
            )
            return f"{title}{head}<div class='p18-text'><p>{esc(said)}</p></div>"
        caps = PAY18_WORDS[self.lang]["cheque_caps"]
        vals = [self.cheque_no, self.bank, self.paid_on(), self.amount()]
        box = "".join(
            f"<div><div class='cap'>{esc(c)}</div><div>{esc(v)}</div></div>"
            for c, v in zip(caps, vals, strict=True)
        )
        return f"{title}{head}<div class='p18-box'>{box}</div>"

    def titled(self) -> str:
        d = self.d
        assert d.payment_date is not None
        subject = self.rng.random() < 0.4
        key = "subject_dated" if subject else "title_dated"
        text = self.pw(key, d=self.paid_on())
        if d.payment_date == d.date and self.rng.random() < 0.5:
            # the title's date is the only date: the advice's own date too
            self.out.put("document_date", d.date.isoformat(), self.when(None, d.date))
            issued = ""
        else:
            issued = (
                f"<div>{esc(self.pw('issued_cap'))}{self.colon()}"
                f"{esc(self.when('document_date', d.date, main=True))}</div>"
            )
        if subject:
            top = f"<h1 class='title'>{esc(self.pw('remit_title'))}</h1>"
            top += f"{self.number_line()}{issued}<div class='p18-subject'>{esc(text)}</div>"
        else:
            top = f"<h1 class='title'>{esc(text)}</h1>{self.number_line()}{issued}"
        return top

    # page ---------------------------------------------------------------------------------
    def body(self) -> str:
        r = self.f.renderer
        lh = self.letterhead()
        pr = self.window_row()
        inv = self.invoices()
        closing = ""
        if r == "p18_remit":
            content = f"{lh}{pr}{self.remit()}{inv}"
        elif r == "p18_bank":
            content = f"{lh}{self.bank_grid()}{pr}{inv}"
        elif r == "p18_letter":
            place, subject, said = self.letter_lines()
            closing = f"<p>{esc(self.pw('closing'))}</p>"
            content = f"{lh}{pr}{place}{subject}{said}{inv}{closing}"
        elif r == "p18_cheque":
            content = f"{lh}{pr}{self.cheque()}{inv}"
        else:
            content = f"{lh}{pr}{self.titled()}{inv}"
        return self.with_legal(f"{content}{self.notes()}")

    def css(self) -> str:
        return super().css() + _CSS.format(acc=self.o["accent"])
