"""Evidence on who the parties are beyond the letterhead and the labelled blocks.

A party's name is not always the largest type at the top of the page. Some pages print the
issuer only in a logo set beside its monogram ("AG  Ateliers Guérin SAS"), only in the legal
line at the foot ("Dupont SARL, au capital de 10 000 €, RCS Lyon …") or in a sender's block
at the bottom; a customer block may start with the customer's code ("Client : C70770
Transports du" over "Littoral SAS"). The helpers here read that evidence from the page's
structure and wording shape, not from one sender's vocabulary: a legal form, registration
words next to the name, initials that repeat a name's words, a line that a particle leaves
unfinished.
"""

from __future__ import annotations

import re
import unicodedata

from extraction.layout import PageLayout, Segment
from extraction.parse.text import fold

# legal forms beyond ``nlp.LEGAL_FORM``'s, as the foot of a page states them: only used to
# tell a name at the foot from the words around it, never to rank a letterhead
_MORE_FORMS = re.compile(
    r"\b(?:LLC|Corp|Corporation|SRL|SE|AG|KG|BV|NV|SCI|SELARL|S\.r\.l|S\.p\.A|S\.A\.S)\b\.?"
    # the forms written with dots ("Talleres Vázquez S.A.", "Embalajes García S.L.", "B.V.")
    r"|(?<![\w.])(?:S\.A\.R\.L|S\.A\.U|S\.L\.U|S\.A|S\.L|B\.V|N\.V)\.(?!\w)"
)
# words that say a line of the page's foot is the issuer's registration
_REGISTRATION = re.compile(
    r"\b(?:capital|rcs|siren|siret|ape|naf|registered|company (?:no|number|reg)"
    r"|reg(?:istration)? no|ein|vat|tva|tax id|ust-?id|hrb)\b"
)
# what only a company's name stands before: its share capital ("Menuiserie Morel, au
# capital de 7 500 €")
_CAPITAL = re.compile(r"(?:au capital (?:social )?de|capital social|share capital)\b")
_FORM_SPELT = re.compile(
    r"actions simplifiee|responsabilite limitee|anonyme|unipersonnelle|cooperative|"
    r"nom collectif|limited (?:liability )?company|public limited|^(?:la |une )?societe$"
)
# where a legal line's name ends: a comma, a spaced dash or bar, or "au capital"
_NAME_END = re.compile(r",|\s[-–—|•·]\s|\s+(?:au capital|capital|registered|rcs)\b", re.I)
# a word that leaves a name unfinished at the end of a line ("Transports du" over "Littoral")
_PARTICLE_END = re.compile(
    r"(?:^|\s)(?:du|de|des|de la|d'|la|le|les|et|&|and|of|the|for|en|aux?)\s*$", re.I
)
# a customer's code before its name ("C70770 Transports du", "CL-65873 Dupont SA")
_LEADING_CODE = re.compile(r"^(?=[A-Z0-9./-]*\d)[A-Z0-9][A-Z0-9./-]{3,}\s+(?=[^\W\d_])")


def has_legal_form(text: str) -> bool:
    from extraction.nlp import LEGAL_FORM

    return bool(LEGAL_FORM.search(text) or _MORE_FORMS.search(text))


def legal_form_alone(text: str) -> bool:
    """Is the line a legal form and nothing else ("SAS", "Ltd.", "Inc")?"""
    from extraction.nlp import LEGAL_FORM

    m = LEGAL_FORM.fullmatch(text.strip()) or _MORE_FORMS.fullmatch(text.strip())
    return m is not None


def _initial(word: str) -> str:
    base = unicodedata.normalize("NFKD", word[0])[0]
    return base.upper()


def _initials(words: list[str]) -> tuple[str, str]:
    """The capitals a monogram takes from a name's words: of its capitalised words only, and
    of all its words ("TD" of "Transports de l'Ouest")."""
    caps = "".join(_initial(w) for w in words if w[:1].isupper())
    every = "".join(_initial(w) for w in words if w[:1].isalpha())
    return caps, every


def _folded_caps(token: str) -> str:
    return "".join(unicodedata.normalize("NFKD", c)[0] for c in token).upper()


def is_monogram(token: str) -> bool:
    """One to three capitals and nothing else: the shape of a logo's monogram."""
    return 1 <= len(token) <= 3 and token.isalpha() and token.isupper()


def strip_monogram(text: str) -> str:
    """ "AG Ateliers Guérin SAS" -> "Ateliers Guérin SAS": a logo's monogram read on the line
    of the name it abbreviates (the capitals of the name's first words, in order)."""
    parts = text.split()
    if len(parts) < 3 or not is_monogram(parts[0]):
        return text
    mono = _folded_caps(parts[0])
    if any(i.startswith(mono) for i in _initials(parts[1:])) and _initial(parts[1]) == mono[0]:
        return " ".join(parts[1:])
    return text


def monogram_of(token: str, names: list[str]) -> bool:
    """Is ``token`` a monogram that abbreviates one of ``names``?"""
    token = token.strip()
    if not is_monogram(token):
        return False
    mono = _folded_caps(token)
    return any(
        n != token and len(n.split()) >= 2 and any(i.startswith(mono) for i in _initials(n.split()))
        for n in names
    )


def without_leading_code(seg: Segment) -> Segment:
    """A customer block's first line without the customer's code in front of the name."""
    m = _LEADING_CODE.match(seg.text)
    if m is None:
        return seg
    return seg.sub(m.end())


def unfinished(seg: Segment) -> bool:
    """Does the line end on a particle, its name going on on the next line?"""
    return _PARTICLE_END.search(seg.text) is not None


def legal_line_names(layouts: list[PageLayout]) -> list[Segment]:
    """The names that open a legal line at the foot of a page ("Dupont SARL, au capital de
    10 000 €, RCS …", "Acme Ltd – Registered office: …"): a name with a legal form followed
    by the words of a company's registration, in the lower part of the first page or on a
    later one."""
    out: list[Segment] = []
    for layout in layouts:
        for seg in layout.segments:
            if seg.top < layout.height * 0.45 and layout.page == 1:
                continue  # (a later page's top is where a legal line runs over to)
            text = seg.text
            m = _NAME_END.search(text)
            if m is None or m.start() < 3:
                continue
            rest = seg.folded[m.start() :]
            if not _REGISTRATION.search(rest):
                continue
            name = text[: m.start()].strip()
            if len(name.split()) > 7:
                continue
            if not has_legal_form(name) and (
                not _CAPITAL.match(rest.lstrip(",–—-| ")) or _FORM_SPELT.search(fold(name))
            ):
                # a name without its legal form stands before a capital only, and a legal
                # form spelt out ("Société par actions simplifiée au capital de") is none
                continue
            if _REGISTRATION.search(seg.folded[: m.start()]):
                continue  # "Company no. 07853944 – VAT …": a registration, not a name
            out.append(Segment(seg.words_in(0, m.start()), seg.page, seg.row))
    return out


# the share of the page's height read as its foot, for a name printed there alone
_FOOT = 0.12


def foot_names(layouts: list[PageLayout]) -> list[Segment]:
    """The lines of a page's foot that are a company's name alone (a legal form, a few
    words): the issuer signing its page without its registration. Too weak to name the
    issuer by themselves; they only tell which reading of the letterhead is clean."""
    out: list[Segment] = []
    for layout in layouts:
        for seg in layout.segments:
            if seg.top < layout.height * (1 - _FOOT):
                continue
            text = seg.text.strip()
            if 2 <= len(text.split()) <= 7 and has_legal_form(text) and not _NAME_END.search(text):
                out.append(seg)
    return out


def sender_block_names(layout: PageLayout) -> list[Segment]:
    """The name over a sender's block at the foot of a page: a line with a legal form under
    which, at the same left edge, come address lines and then a phone, e-mail or VAT id."""
    from extraction.parties import _POSTCODE_LINE, _contact, _tax_id

    out: list[Segment] = []
    rows = layout.rows
    for i, row in enumerate(rows):
        if row.top < layout.height * 0.45 and layout.page == 1:
            continue
        for seg in row.segments:
            if not has_legal_form(seg.text) or len(seg.text.split()) > 7:
                continue
            if _NAME_END.search(seg.text):
                continue  # a legal line, read by ``legal_line_names``
            postcode = contact = False
            last = seg
            for below in rows[i + 1 : i + 9]:
                if below.top - last.bottom > layout.line_height * 1.6:
                    break
                same = [s for s in below.segments if abs(s.x0 - seg.x0) < 8]
                if not same:
                    break
                last = same[0]
                postcode = postcode or bool(_POSTCODE_LINE.search(last.text))
                if _contact(last) or _tax_id(last):
                    contact = True
                    break
            if postcode and contact:
                out.append(seg)
    return out


def _compact(text: str) -> str:
    from extraction.parse.text import fold

    return re.sub(r"[^a-z0-9]", "", fold(text))


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


# the least of a letterhead reading a legal line's name must cover to stand for it
_COVER = 0.6


def cleaner_reading(letterhead: str, legal: str) -> bool:
    """Is the name of the legal line (``legal``) a cleaner reading of the same name than
    the letterhead's (``letterhead``)? A title set in a side band or over the letterhead
    runs into the name's line ("BON DE Ateliers Marchand EURL", "BORDER A E teliers Roux
    SAS": the band's letters between the name's), or cuts its first word off onto another
    line ("Distribution SAS" for "Renaud Distribution SAS"). The legal line prints the name
    alone: when it ends the same (the legal form and the last word) and its letters are,
    in order, within the letterhead's (extra ink) or end it (a cut), it is the name."""
    a, b = letterhead.split(), legal.split()
    if len(a) < 2 or len(b) < 2 or [w.lower() for w in a[-2:]] != [w.lower() for w in b[-2:]]:
        return False
    x, y = _compact(letterhead), _compact(legal)
    if x == y or len(y) < 6:
        return False
    if (
        a[0][:1].islower()
        and len(b) > 2
        and _compact(" ".join(a[1:])) == _compact(" ".join(b[-len(a) + 1 :]))
    ):
        # a word in lower case in the name's place: a title's ("livraison Mercier SAS"
        # for "Établissements Mercier SAS"), the rest the legal name's end
        return True
    if len(x) > len(y):
        # more ink on the letterhead's line: the legal name's letters all within it, in
        # order, and the most of it
        return _subsequence(y, x) and len(y) >= _COVER * len(x)
    # less: the letterhead's line is the end of the legal name
    return y.endswith(x)


# who is paid, the seller on any page that says it: the bank account's holder ("Account
# name: X", "Titulaire : X") or the payee of cheques ("make cheques payable to X",
# "chèques à l'ordre de X"); the name follows to the end of its clause
_PAYEE = re.compile(
    r"(?:\baccount (?:name|holder)|\btitulaire(?: du compte)?|\bb[ée]n[ée]ficiaire|"
    r"\bbeneficiary(?: name)?|\bpayee|\bpayable to|\bmade (?:out|payable) to|"
    r"[àa] l['’]ordre d[eu]|[àa] libeller [àa] l['’]ordre d[eu])\s*:?\s+",
    re.I,
)
# a page paid by direct debit prints the payer's account, held by the customer
_DEBIT = re.compile(
    r"\b(?:prelevement|prelev|mandat|direct debit|debited|sera debite|debit direct)\b"
)
_HOLDER = re.compile(r"\s*(?:account (?:name|holder)|titulaire)")
# a person's civility: a private customer, never a seller's trading name
_CIVILITY = re.compile(r"(?:m|mme|mlle|mr|mrs|ms|madame|monsieur|mister)\.?\s")
# who may be paid in the seller's place: a factoring company, a bank
_FINANCIER = re.compile(r"\b(?:factor\w*|affacturage|bank|banque|banca|credit|finance)\b")
# a name's last word that keeps its full stop ("Riverside Foods Inc.")
_ABBREVIATED = re.compile(r"\b(?:inc|corp|co|ltd|bros|cie|ets|sté)\.$", re.I)
_PAYEE_END = re.compile(r"[.;,(]\s|\s[-–—|•·]\s|\s+(?:iban|bic|swift|rib)\b", re.I)


def payee_names(layouts: list[PageLayout]) -> list[tuple[str, Segment]]:
    """The names a page pays to (each with the segment it is read from): the bank
    account's holder and the payee of cheques, which only the seller is. A name starts
    with a capital and has at most seven words."""
    out: list[tuple[str, Segment]] = []
    debited = any(_DEBIT.search(s.folded) for layout in layouts for s in layout.segments)
    for layout in layouts:
        for seg in layout.segments:
            m = _PAYEE.search(seg.text + " ")
            if m is None:
                continue
            if debited and _HOLDER.match(fold(m.group(0))):
                continue  # a direct debit's account is the payer's: its holder is the customer
            if m.end() >= len(seg.text):
                # the caption alone ("Account name:" | "Dupont SAS"): the name beside it
                seg = next((s for s in _row_after(layout, seg)), seg)
                if seg.text == "" or _PAYEE.search(seg.text + " "):
                    continue
                rest, m_end = seg.text, 0
            else:
                rest, m_end = seg.text[m.end() :], m.end()
            end = _PAYEE_END.search(rest)
            name = (rest[: end.start()] if end else rest).strip()
            if name.endswith(".") and not _ABBREVIATED.search(name):
                name = name[:-1]  # the sentence's full stop, not an abbreviation's
            words = name.split()
            if not 1 <= len(words) <= 7 or not name[:1].isupper() or re.search(r"\d", name):
                continue
            if len(name) < 3 or _FINANCIER.search(fold(name)) or _CIVILITY.match(fold(rest)):
                continue  # a factor or a bank paid in the seller's place; a person
            start = m_end + (len(rest) - len(rest.lstrip()))
            picked = seg.words_in(start, start + len(name))
            if picked:
                out.append((name, Segment(picked, seg.page, seg.row)))
    return out


def _row_after(layout: PageLayout, seg: Segment) -> list[Segment]:
    """The segments right of ``seg`` on its row, nearest first."""
    row = next((r for r in layout.rows if r.index == seg.row), None)
    if row is None:
        return []
    return sorted((s for s in row.segments if s.x0 >= seg.x1), key=lambda s: s.x0)


# the domains of mail providers and hosts, which name no company
_HOSTS = frozenset(
    [
        "gmail",
        "googlemail",
        "hotmail",
        "outlook",
        "live",
        "yahoo",
        "orange",
        "wanadoo",
        "free",
        "sfr",
        "laposte",
        "icloud",
        "aol",
        "gmx",
        "btinternet",
        "mail",
        "email",
        "web",
        "wix",
    ]
)
_DOMAIN = re.compile(r"(?:@|\bwww\.|https?://)([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.[a-z]{2,6}\b")


def domain_names(layouts: list[PageLayout], theirs: list[Segment] | None = None) -> set[str]:
    """The company part of the page's e-mail and web domains ("dupont-outillage" of
    "contact@dupont-outillage.fr", "supplies" of "www.supplies.co.uk"), letters only; not
    those printed in the counterpart's block (``theirs``), which name the counterpart."""
    out: set[str] = set()
    skip = {(t.page, t.row, round(t.x0)) for t in theirs or []}
    for layout in layouts[:1]:
        for seg in layout.segments:
            if (seg.page, seg.row, round(seg.x0)) in skip:
                continue
            for m in _DOMAIN.finditer(seg.folded):
                labels = [x for x in m.group(1).split(".") if x not in ("www", "co", "com")]
                if not labels:
                    continue
                label = re.sub(r"[^a-z]", "", labels[-1])
                if len(label) >= 4 and label not in _HOSTS:
                    out.add(label)
    return out


def named_by_domain(name: str, domains: set[str]) -> bool:
    """Does one of ``domains`` spell the start of ``name`` without its legal form: its
    first word, or its first words run together ("supplies" for "Supplies Direct
    Limited", "electricite" for "Électricité du Val de Loire SAS", "ateliersroux" for
    "Ateliers Roux SAS")?"""
    from extraction.legal_forms import FORMS

    words = [_compact(w) for w in name.split()]
    words = [w for w in words if w and w not in FORMS]
    if not words or not domains:
        return False
    whole = "".join(words)
    for d in domains:
        if len(words[0]) >= 4 and (d == words[0] or (whole.startswith(d) and len(d) >= 6)):
            return True
    return False
