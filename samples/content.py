"""Random but reproducible document content (parties, numbers, lines) and its ground truth.

Everything derives from a ``random.Random(seed)``, so the same seed always gives the same
document; identifiers carry valid check digits like real ones.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from stdnum import luhn
from stdnum.gb import vat as gb_std_vat

from extraction.result import DOC_TYPES as CONTRACT_TYPES
from samples.roles import CustomerSupplierRoles

DOC_TYPES = CONTRACT_TYPES[:-1]  # the contract's types but "other", in its order
CENT = Decimal("0.01")

FR_COMPANIES = [
    "Ateliers Durand SARL",
    "Boulangeries Moreau SAS",
    "Menuiserie Lefèvre et Fils",
    "Transports Girard",
    "Quincaillerie Martin SA",
    "Laboratoires Bernard",
    "Éditions Rousseau",
    "Imprimerie Petit & Cie",
    "Brasserie du Château",
    "Fromagerie Lambert",
    "Électricité Fontaine",
    "Cartonnages Roux",
]
EN_COMPANIES = [
    "Northwind Traders Ltd",
    "Acme Industrial Supplies Ltd",
    "Harbour Foods plc",
    "Kingsley Engineering Ltd",
    "Bluebell Office Supplies",
    "Greenfield Packaging Co",
    "Redwood Tools Ltd",
    "Oakridge Electrical Ltd",
    "Summit Print Services",
    "Castle Brewing Company",
    "Willow Lane Textiles",
    "Pinecrest Laboratories Ltd",
]
FR_STREETS = [
    "rue des Lilas",
    "avenue Jean Jaurès",
    "boulevard Voltaire",
    "rue de la Paix",
    "chemin des Vignes",
    "rue du Moulin",
    "allée des Tilleuls",
    "route de Lyon",
]
FR_CITIES = [
    ("69007", "Lyon"),
    ("33000", "Bordeaux"),
    ("44000", "Nantes"),
    ("59000", "Lille"),
    ("31000", "Toulouse"),
    ("67000", "Strasbourg"),
    ("13002", "Marseille"),
    ("35000", "Rennes"),
]
EN_STREETS = [
    "Harbour Road",
    "King Street",
    "Station Approach",
    "Mill Lane",
    "Victoria Street",
    "Church Road",
    "Queensway",
    "Park Avenue",
]
EN_CITIES = [
    ("Manchester", "M1 2AB"),
    ("Leeds", "LS1 4DY"),
    ("Bristol", "BS1 5TR"),
    ("Glasgow", "G2 3QZ"),
    ("Norwich", "NR1 3JU"),
    ("York", "YO1 7HH"),
]

PRODUCTS = [
    # (sku stem, French description, English description, unit fr, unit en, price range)
    (
        "VIS",
        "Vis inox A2 tête fraisée 4x40",
        "Stainless screw A2 countersunk 4x40",
        "boîte",
        "box",
        (4, 30),
    ),
    (
        "CAB",
        "Câble électrique H07V-U 2,5 mm² rouge",
        "Electrical cable H07V-U 2.5 mm2 red",
        "m",
        "m",
        (1, 4),
    ),
    ("PAP", "Ramette papier A4 80 g blanc", "A4 copy paper ream 80 gsm white", "pce", "ea", (3, 9)),
    (
        "GAN",
        "Gants de protection nitrile taille L",
        "Nitrile protective gloves size L",
        "boîte",
        "box",
        (6, 25),
    ),
    (
        "PNT",
        "Peinture acrylique mate blanche 10 L",
        "Matt white acrylic paint 10 L",
        "pot",
        "tin",
        (40, 120),
    ),
    ("FAR", "Farine de blé T55 sac de 25 kg", "Wheat flour T55 25 kg sack", "sac", "bag", (15, 35)),
    (
        "CRT",
        "Carton double cannelure 600x400x400",
        "Double wall carton 600x400x400",
        "pce",
        "ea",
        (1, 5),
    ),
    ("LED", "Ampoule LED E27 9 W blanc chaud", "LED bulb E27 9 W warm white", "pce", "ea", (3, 12)),
    (
        "HUI",
        "Huile hydraulique HV 46 bidon 20 L",
        "Hydraulic oil HV 46 20 L drum",
        "bidon",
        "drum",
        (60, 140),
    ),
    (
        "TUB",
        "Tube cuivre recuit 14 mm couronne de 25 m",
        "Annealed copper tube 14 mm 25 m coil",
        "rouleau",
        "roll",
        (90, 180),
    ),
    (
        "SRV",
        "Prestation de maintenance préventive sur site",
        "On-site preventive maintenance service",
        "h",
        "h",
        (45, 95),
    ),
    (
        "CHA",
        "Chariot de manutention 4 roues charge 300 kg avec frein",
        "Four-wheel handling trolley 300 kg load with brake",
        "pce",
        "ea",
        (120, 380),
    ),
    (
        "ETQ",
        "Étiquettes adhésives 70x37 mm (boîte de 2400)",
        "Adhesive labels 70x37 mm (box of 2400)",
        "boîte",
        "box",
        (18, 40),
    ),
    (
        "FIL",
        "Filtre à air cartouche pour compresseur",
        "Air filter cartridge for compressor",
        "pce",
        "ea",
        (20, 60),
    ),
    (
        "BOI",
        "Bois de charpente sapin traité 63x175 longueur 4 m",
        "Treated fir structural timber 63x175 4 m long",
        "m",
        "m",
        (8, 20),
    ),
    (
        "CAF",
        "Café en grains pur arabica 1 kg",
        "Pure arabica coffee beans 1 kg",
        "kg",
        "kg",
        (14, 28),
    ),
]
FR_TERMS = [
    "30 jours fin de mois",
    "45 jours date de facture",
    "Paiement à réception",
    "Virement à 30 jours",
    "60 jours nets",
]
EN_TERMS = ["Net 30", "30 days from invoice date", "Due on receipt", "Net 45", "60 days net"]


@dataclass
class Party:
    name: str
    address: list[str]
    vat: str
    siret: str = ""


@dataclass
class Line:
    sku: str
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    tax_rate: Decimal

    @property
    def total(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(CENT, ROUND_HALF_UP)


@dataclass
class Doc(CustomerSupplierRoles[Party]):
    doc_type: str
    language: str
    number: str
    date: date
    issuer: Party
    counterpart: Party
    currency: str
    lines: list[Line] = field(default_factory=list)
    order_number: str | None = None
    customer_number: str | None = None
    delivery_date: dt.date | None = None
    due_date: dt.date | None = None
    payment_date: dt.date | None = None
    payment_terms: str | None = None
    iban: str | None = None
    delivery: Party | None = None
    references: list[tuple[str, Decimal]] = field(default_factory=list)

    @property
    def buyer_issues(self) -> bool:
        return self.doc_type in ("purchase_order", "payment_advice")

    @property
    def priced(self) -> bool:
        return self.doc_type not in ("delivery_note", "payment_advice")

    @property
    def total_net(self) -> Decimal:
        return sum((li.total for li in self.lines), Decimal(0))

    def tax_by_rate(self) -> dict[Decimal, Decimal]:
        out: dict[Decimal, Decimal] = {}
        for li in self.lines:
            out[li.tax_rate] = out.get(li.tax_rate, Decimal(0)) + li.total
        return {r: (base * r / 100).quantize(CENT, ROUND_HALF_UP) for r, base in out.items()}

    @property
    def total_tax(self) -> Decimal:
        return sum(self.tax_by_rate().values(), Decimal(0))

    @property
    def total_gross(self) -> Decimal:
        if self.doc_type == "payment_advice":
            return sum((a for _, a in self.references), Decimal(0))
        return self.total_net + self.total_tax

    def truth(self) -> dict[str, Any]:
        """Ground truth in the ``orderdesk extract --json`` contract form."""
        f: dict[str, str] = {
            "document_number": self.number,
            "document_date": self.date.isoformat(),
            "customer_name": self.customer.name,
            "supplier_name": self.supplier.name,
            "vat_id": self.issuer.vat,
        }
        if self.order_number:
            f["order_number"] = self.order_number
        if self.customer_number:
            f["customer_number"] = self.customer_number
        if self.priced or self.doc_type == "payment_advice":
            f["currency"] = self.currency
        if self.priced:
            f["total_net"] = str(self.total_net)
            f["total_tax"] = str(self.total_tax)
            f["total_gross"] = str(self.total_gross)
        if self.doc_type == "payment_advice":
            f["total_gross"] = str(self.total_gross)
        for name in ("delivery_date", "due_date", "payment_date"):
            value = getattr(self, name)
            if value:
                f[name] = value.isoformat()
        if self.payment_terms:
            f["payment_terms"] = self.payment_terms
        if self.iban:
            f["iban"] = self.iban
        if self.doc_type not in ("payment_advice", "delivery_note"):
            f["billing_address"] = ", ".join(self.customer.address)
        if self.delivery:
            f["delivery_address"] = ", ".join(self.delivery.address)
        lines = []
        for li in self.lines:
            row: dict[str, str] = {
                "sku": li.sku,
                "description": li.description,
                "quantity": _num(li.quantity),
                "unit": li.unit,
            }
            if self.priced:
                row.update(
                    unit_price=str(li.unit_price),
                    line_total=str(li.total),
                    tax_rate=_num(li.tax_rate),
                )
            lines.append(row)
        return {
            "doc_type": self.doc_type,
            "language": self.language,
            "fields": {k: {"value": v} for k, v in f.items()},
            "lines": lines,
            "references": [
                {"doc_type": "invoice", "number": n, "amount": str(a)} for n, a in self.references
            ],
        }


def _num(value: Decimal) -> str:
    return (
        str(value.quantize(Decimal(1)))
        if value == value.to_integral_value()
        else str(value.normalize())
    )


def _siren(rng: random.Random) -> str:
    base = "".join(str(rng.randint(0, 9)) for _ in range(8))
    base = str(rng.randint(1, 9)) + base[1:]
    return base + luhn.calc_check_digit(base)


def fr_vat(siren: str) -> str:
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


def gb_vat(rng: random.Random) -> str:
    while True:
        cand = "GB" + "".join(str(rng.randint(0, 9)) for _ in range(9))
        if gb_std_vat.is_valid(cand[2:]):
            return cand


def _iban(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    return f"{country}{check:02d}{bban}"


def fr_iban(rng: random.Random) -> str:
    bank, branch = f"{rng.randint(10000, 39999)}", f"{rng.randint(10000, 99999)}"
    account = "".join(str(rng.randint(0, 9)) for _ in range(11))
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return _iban("FR", f"{bank}{branch}{account}{key:02d}")


def gb_iban(rng: random.Random) -> str:
    bank = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
    rest = "".join(str(rng.randint(0, 9)) for _ in range(14))
    return _iban("GB", bank + rest)


def party(rng: random.Random, language: str, avoid: set[str]) -> Party:
    names = FR_COMPANIES if language == "fr" else EN_COMPANIES
    name = rng.choice([n for n in names if n not in avoid])
    if language == "fr":
        siren = _siren(rng)
        pc, city = rng.choice(FR_CITIES)
        addr = [f"{rng.randint(1, 120)} {rng.choice(FR_STREETS)}", f"{pc} {city}"]
        if rng.random() < 0.3:
            addr.insert(1, f"ZI des Bruyères - Bât. {rng.choice('ABCD')}")
        if rng.random() < 0.3:
            addr.append("France")
        return Party(name, addr, fr_vat(siren), siret=siren + f"{rng.randint(1, 999):05d}")
    city, pc = rng.choice(EN_CITIES)
    addr = [f"{rng.randint(1, 200)} {rng.choice(EN_STREETS)}", f"{city} {pc}"]
    if rng.random() < 0.3:
        addr.insert(0, f"Unit {rng.randint(1, 30)} Riverside Park")
    if rng.random() < 0.3:
        addr.append("United Kingdom")
    return Party(name, addr, gb_vat(rng))


NUMBER_STYLES = {
    "purchase_order": ["PO-{y}-{n:04d}", "BC{yy}-{n:05d}", "45000{n:05d}"],
    "order_confirmation": ["AR-{y}-{n:04d}", "OC-{n:05d}", "SO{yy}{n:05d}"],
    "delivery_note": ["BL-{y}-{n:04d}", "DN-{n:05d}", "LIV{yy}/{n:04d}"],
    "invoice": ["F{y}-{n:05d}", "INV-{n:05d}", "FA-{yy}-{n:04d}"],
    "credit_note": ["AV-{y}-{n:04d}", "CN-{n:05d}", "AVR{yy}{n:04d}"],
    "payment_advice": ["AVP-{y}-{n:04d}", "RA-{n:05d}", "PAY{yy}{n:04d}"],
}


def doc_number(rng: random.Random, doc_type: str, year: int) -> str:
    style = rng.choice(NUMBER_STYLES[doc_type])
    return style.format(y=year, yy=year % 100, n=rng.randint(1, 9999))


def make_doc(seed: int, doc_type: str, language: str, n_lines: int) -> Doc:
    rng = random.Random(seed)
    issuer = party(rng, language, set())
    counterpart = party(rng, language, {issuer.name})
    year = 2026
    day = date(year, 1, 5) + timedelta(days=rng.randint(0, 300))
    currency = "EUR" if language == "fr" else rng.choice(["GBP", "GBP", "EUR", "USD"])
    doc = Doc(
        doc_type=doc_type,
        language=language,
        number=doc_number(rng, doc_type, year),
        date=day,
        issuer=issuer,
        counterpart=counterpart,
        currency=currency,
    )
    if doc_type != "purchase_order" and doc_type != "payment_advice":
        doc.order_number = doc_number(rng, "purchase_order", year)
    if doc_type not in ("purchase_order", "payment_advice") and rng.random() < 0.7:
        doc.customer_number = rng.choice(["C-{n:05d}", "CL{n:04d}", "{n:06d}"]).format(
            n=rng.randint(100, 9999)
        )
    terms = FR_TERMS if language == "fr" else EN_TERMS
    if doc_type in ("purchase_order", "order_confirmation", "invoice"):
        doc.payment_terms = rng.choice(terms)
    if doc_type in ("purchase_order", "order_confirmation", "delivery_note"):
        doc.delivery_date = day + timedelta(days=rng.randint(3, 30))
    if doc_type == "invoice":
        doc.due_date = day + timedelta(days=rng.choice([30, 45, 60]))
    if (
        doc_type in ("invoice", "credit_note") and rng.random() < 0.8
    ) or doc_type == "payment_advice":
        doc.iban = (fr_iban if language == "fr" else gb_iban)(rng)
    if doc_type == "payment_advice":
        doc.payment_date = day + timedelta(days=rng.randint(0, 3))
        for _ in range(rng.randint(1, 5)):
            amount = Decimal(rng.randint(5000, 500000)) / 100
            doc.references.append((doc_number(rng, "invoice", year), amount))
        return doc
    if doc_type in ("purchase_order", "order_confirmation", "delivery_note") or rng.random() < 0.4:
        site = Party(doc.customer.name, party(rng, language, set()).address, "")
        doc.delivery = site
    rates = (
        [Decimal(20)]
        if language == "en"
        else [Decimal(20), Decimal(20), Decimal("5.5"), Decimal(10)]
    )
    mixed = rng.random() < 0.3
    products = rng.sample(PRODUCTS, k=min(n_lines, len(PRODUCTS)))
    while len(products) < n_lines:
        products.append(rng.choice(PRODUCTS))
    for i, (stem, fr, en, ufr, uen, (lo, hi)) in enumerate(products):
        qty = Decimal(rng.choice([1, 2, 3, 5, 10, 12, 20, 24, 50, 100, 250]))
        if ufr in ("m", "kg", "h") and rng.random() < 0.4:
            qty = Decimal(rng.randint(5, 95)) / 2
        price = (Decimal(rng.randint(lo * 100, hi * 100)) / 100).quantize(CENT)
        rate = rng.choice(rates) if mixed else rates[0]
        doc.lines.append(
            Line(
                sku=f"{stem}-{rng.randint(100, 999)}{'' if i % 3 else rng.choice('ABC')}",
                description=fr if language == "fr" else en,
                quantity=qty,
                unit=ufr if language == "fr" else uen,
                unit_price=price,
                tax_rate=rate,
            )
        )
    return doc
