"""What a wild document says: parties of several countries, numbers, dates, lines, totals.

Independent of ``samples/content.py`` on purpose (other names, products, number styles,
countries, currencies), so the two generators do not teach the same habits. All values
come from one ``random.Random``; identifiers carry valid check digits (VAT ids, IBANs,
SIRET) because extraction is allowed to check them.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.eu import vat as eu_vat
from stdnum.gb import vat as gb_vat

from samples.content import EN_STREETS
from samples.roles import CustomerSupplierRoles
from samples.wild.formats import Style, draw_style
from samples.wild.vocab import CARRIERS, COLOURS, CONTRACT_TYPE, PAYMENT_MEANS, PAYMENT_TERMS

CENT = Decimal("0.01")

# country -> (language, locale, currencies)
REGIONS = {
    "FR": ("fr", "fr", ["EUR"] * 8 + ["USD", "CHF"]),
    "BE": ("fr", "fr", ["EUR"]),
    "CH": ("fr", "fr-CH", ["CHF", "CHF", "EUR"]),
    "GB": ("en", "en-GB", ["GBP"] * 5 + ["EUR", "USD"]),
    "US": ("en", "en-US", ["USD"]),
    "DE": ("de", "de", ["EUR"]),
    "AT": ("de", "de", ["EUR"]),
    "ES": ("es", "es", ["EUR"]),
    "IT": ("it", "it", ["EUR"]),
}
LANGUAGE_REGIONS = {
    "fr": ["FR"] * 6 + ["BE", "CH"],
    "en": ["GB"] * 3 + ["US"] * 2,
    "de": ["DE", "DE", "AT"],
    "es": ["ES"],
    "it": ["IT"],
}

SURNAMES = {
    "fr": "Durand Moreau Lefèvre Girard Martin Bernard Rousseau Petit Lambert Fontaine Roux "
    "Mercier Blanc Guérin Faure Chevalier Garnier Perrin Morel Bonnet Lemoine Caron Renaud "
    "Picard Brun Marchand",
    "en": "Harper Whitfield Kingsley Ashworth Pemberton Hollis Thornton Fairbairn Lockwood "
    "Marsh Bradshaw Carver Dunmore Carter Hughes Bennett Sullivan Patterson Brooks Coleman",
    "de": "Müller Schneider Fischer Weber Becker Hoffmann Schäfer Koch Bauer Richter Wolf Krüger",
    "es": "García Fernández López Martínez Sánchez Romero Navarro Torres Domínguez Vázquez",
    "it": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo",
}
ACTIVITIES = {
    "fr": "Menuiserie Quincaillerie Transports Imprimerie Électricité Plomberie Cartonnages "
    "Laboratoires Distribution Fournitures Matériaux Chauffage Emballages Outillage",
    "en": "Engineering Supplies Packaging Foods Print Electrical Tools Textiles Laboratories "
    "Logistics Fasteners Hydraulics",
    "de": "Metallbau Elektrotechnik Verpackung Druckerei Logistik Werkzeuge Haustechnik Bürobedarf",
    "es": "Suministros Distribuciones Construcciones Embalajes Talleres Electricidad",
    "it": "Forniture Imballaggi Meccanica Elettronica Tipografia Trasporti",
}
PLACES = {
    "fr": ["du Rhône", "du Val de Loire", "du Littoral", "du Vercors", "de l'Ouest", "d'Alsace"],
    "en": ["Northwind", "Harbour", "Riverside", "Pennine", "Severn", "Lakeside", "Prairie"],
    "de": ["Rhein-Main", "Bodensee", "Allgäu", "Elbtal"],
    "es": ["del Norte", "Levante", "del Sur"],
    "it": ["Adriatica", "Lombarda", "Toscana", "Veneta"],
}
FORMS = {
    "FR": ["SARL", "SAS", "SA", "EURL", "SAS", ""],
    "BE": ["SRL", "SA"],
    "CH": ["SA", "Sàrl"],
    "GB": ["Ltd", "Ltd", "plc", "Limited"],
    "US": ["Inc.", "LLC", "Corp."],
    "DE": ["GmbH", "GmbH", "AG", "KG"],
    "AT": ["GmbH"],
    "ES": ["S.L.", "S.A."],
    "IT": ["S.r.l.", "S.p.A."],
}
STREETS = {
    "FR": [
        "rue des Lilas",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue de la République",
        "chemin des Vignes",
        "rue du Moulin",
        "allée des Tilleuls",
        "route de Lyon",
        "rue Pasteur",
        "quai de la Fosse",
    ],
    "BE": ["rue de la Loi", "avenue Louise", "chaussée de Wavre"],
    "CH": ["rue du Rhône", "avenue de la Gare", "chemin des Crêts"],
    "GB": EN_STREETS,  # the same British streets as the older generator's
    "US": ["Main Street", "Oak Avenue", "Industrial Parkway", "Commerce Drive", "Elm Street"],
    "DE": ["Hauptstraße", "Industriestraße", "Bahnhofstraße", "Gewerbering", "Lindenweg"],
    "AT": ["Mariahilfer Straße", "Gewerbepark"],
    "ES": [
        "calle Mayor",
        "avenida de la Constitución",
        "calle del Comercio",
        "polígono Industrial",
    ],
    "IT": ["via Roma", "via Garibaldi", "viale dell'Industria", "via Mazzini"],
}
CITIES: dict[str, list[tuple[str, ...]]] = {
    "FR": [
        ("69007", "Lyon"),
        ("33000", "Bordeaux"),
        ("44000", "Nantes"),
        ("59000", "Lille"),
        ("31100", "Toulouse"),
        ("67000", "Strasbourg"),
        ("13002", "Marseille"),
        ("35000", "Rennes"),
        ("21000", "Dijon"),
        ("63000", "Clermont-Ferrand"),
    ],
    "BE": [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur")],
    "CH": [("1201", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel")],
    "GB": [
        ("Manchester", "M1 2AB"),
        ("Leeds", "LS1 4DY"),
        ("Bristol", "BS1 5TR"),
        ("Glasgow", "G2 3QZ"),
        ("Norwich", "NR1 3JU"),
        ("Cardiff", "CF10 1EP"),
    ],
    "US": [
        ("Chicago", "IL", "60607"),
        ("Austin", "TX", "78701"),
        ("Denver", "CO", "80202"),
        ("Columbus", "OH", "43215"),
        ("Portland", "OR", "97204"),
    ],
    "DE": [("80331", "München"), ("50667", "Köln"), ("70173", "Stuttgart"), ("01067", "Dresden")],
    "AT": [("1060", "Wien"), ("4020", "Linz")],
    "ES": [("28013", "Madrid"), ("08003", "Barcelona"), ("46002", "Valencia")],
    "IT": [("20121", "Milano", "MI"), ("10121", "Torino", "TO"), ("40121", "Bologna", "BO")],
}
COUNTRY_NAMES = {
    "FR": {"fr": "France", "en": "France"},
    "BE": {"fr": "Belgique", "en": "Belgium"},
    "CH": {"fr": "Suisse", "en": "Switzerland"},
    "GB": {"fr": "Royaume-Uni", "en": "United Kingdom"},
    "US": {"fr": "États-Unis", "en": "USA"},
    "DE": {"de": "Deutschland", "en": "Germany", "fr": "Allemagne"},
    "AT": {"de": "Österreich", "en": "Austria"},
    "ES": {"es": "España", "en": "Spain"},
    "IT": {"it": "Italia", "en": "Italy"},
}

# (sku stem, {language: description}, {language: unit}, price range, fractional quantities)
PRODUCTS: list[tuple[str, dict[str, str], dict[str, str], tuple[float, float], bool]] = [
    (
        "VIS",
        {
            "fr": "Vis inox A2 tête fraisée 5x50",
            "en": "A2 stainless countersunk screw 5x50",
            "de": "Senkkopfschraube Edelstahl A2 5x50",
            "es": "Tornillo inox A2 avellanado 5x50",
            "it": "Vite inox A2 testa svasata 5x50",
        },
        {"fr": "boîte", "en": "box", "de": "Karton", "es": "caja", "it": "scatola"},
        (4, 30),
        False,
    ),
    (
        "CAB",
        {
            "fr": "Câble souple H05VV-F 3G1,5 mm²",
            "en": "Flexible cable H05VV-F 3G1.5 mm2",
            "de": "Mantelleitung H05VV-F 3G1,5",
            "es": "Cable flexible H05VV-F 3G1,5",
            "it": "Cavo flessibile H05VV-F 3G1,5",
        },
        {"fr": "m", "en": "m", "de": "m", "es": "m", "it": "m"},
        (0.8, 4),
        True,
    ),
    (
        "PAP",
        {
            "fr": "Papier reprographie A4 80 g (ramette 500 f.)",
            "en": "A4 copier paper 80 gsm (ream of 500)",
            "de": "Kopierpapier A4 80 g/m²",
            "es": "Papel multifunción A4 80 g",
            "it": "Carta per fotocopie A4 80 g",
        },
        {"fr": "ramette", "en": "ream", "de": "Pack", "es": "paquete", "it": "risma"},
        (3, 9),
        False,
    ),
    (
        "GNT",
        {
            "fr": "Gants nitrile non poudrés taille M",
            "en": "Powder-free nitrile gloves size M",
            "de": "Nitrilhandschuhe puderfrei Gr. M",
            "es": "Guantes de nitrilo talla M",
            "it": "Guanti in nitrile taglia M",
        },
        {"fr": "boîte", "en": "box", "de": "Box", "es": "caja", "it": "scatola"},
        (5, 18),
        False,
    ),
    (
        "PNT",
        {
            "fr": "Peinture glycéro satinée blanche 2,5 L",
            "en": "Satin white gloss paint 2.5 L",
            "de": "Lack seidenmatt weiß 2,5 l",
            "es": "Esmalte satinado blanco 2,5 L",
            "it": "Smalto satinato bianco 2,5 L",
        },
        {"fr": "pot", "en": "tin", "de": "Eimer", "es": "bote", "it": "latta"},
        (18, 65),
        False,
    ),
    (
        "FAR",
        {
            "fr": "Farine de seigle T130 sac 25 kg",
            "en": "Rye flour T130 25 kg sack",
            "de": "Roggenmehl Type 1150 25 kg",
            "es": "Harina de centeno saco 25 kg",
            "it": "Farina di segale sacco 25 kg",
        },
        {"fr": "sac", "en": "bag", "de": "Sack", "es": "saco", "it": "sacco"},
        (14, 32),
        False,
    ),
    (
        "CRT",
        {
            "fr": "Caisse carton simple cannelure 400x300x250",
            "en": "Single wall carton 400x300x250",
            "de": "Faltkarton einwellig 400x300x250",
            "es": "Caja de cartón 400x300x250",
            "it": "Scatola cartone 400x300x250",
        },
        {"fr": "pce", "en": "ea", "de": "Stk", "es": "ud", "it": "pz"},
        (0.5, 3),
        False,
    ),
    (
        "LED",
        {
            "fr": "Tube LED T8 18 W 120 cm 4000 K",
            "en": "LED tube T8 18 W 1200 mm 4000 K",
            "de": "LED-Röhre T8 18 W 120 cm",
            "es": "Tubo LED T8 18 W 120 cm",
            "it": "Tubo LED T8 18 W 120 cm",
        },
        {"fr": "pce", "en": "pcs", "de": "Stk", "es": "ud", "it": "pz"},
        (4, 15),
        False,
    ),
    (
        "HUI",
        {
            "fr": "Huile de coupe soluble bidon 20 L",
            "en": "Soluble cutting oil 20 L drum",
            "de": "Kühlschmierstoff 20 l Kanister",
            "es": "Aceite de corte soluble 20 L",
            "it": "Olio da taglio solubile 20 L",
        },
        {"fr": "bidon", "en": "drum", "de": "Kanister", "es": "bidón", "it": "tanica"},
        (45, 130),
        False,
    ),
    (
        "TUY",
        {
            "fr": "Tuyau PER nu 16 mm couronne 100 m",
            "en": "PEX pipe 16 mm 100 m coil",
            "de": "PE-Xa Rohr 16 mm Ring 100 m",
            "es": "Tubo PEX 16 mm rollo 100 m",
            "it": "Tubo PEX 16 mm rotolo 100 m",
        },
        {"fr": "couronne", "en": "coil", "de": "Ring", "es": "rollo", "it": "rotolo"},
        (60, 150),
        False,
    ),
    (
        "MNT",
        {
            "fr": "Intervention technicien sur site",
            "en": "On-site technician call-out",
            "de": "Technikereinsatz vor Ort",
            "es": "Intervención técnico in situ",
            "it": "Intervento tecnico in sede",
        },
        {"fr": "h", "en": "hr", "de": "Std", "es": "h", "it": "h"},
        (48, 95),
        True,
    ),
    (
        "ETA",
        {
            "fr": "Étagère métallique galvanisée 5 plateaux 180x90x40",
            "en": "Galvanised steel shelving unit 5 shelves 1800x900x400",
            "de": "Steckregal verzinkt 5 Böden 180x90x40",
            "es": "Estantería metálica galvanizada 5 baldas 180x90x40",
            "it": "Scaffale metallico zincato 5 ripiani 180x90x40",
        },
        {"fr": "pce", "en": "ea", "de": "Stk", "es": "ud", "it": "pz"},
        (45, 160),
        False,
    ),
    (
        "ETQ",
        {
            "fr": "Étiquettes thermiques 100x150 mm (rouleau de 500)",
            "en": "Thermal labels 100x150 mm (roll of 500)",
            "de": "Thermoetiketten 100x150 mm",
            "es": "Etiquetas térmicas 100x150 mm",
            "it": "Etichette termiche 100x150 mm",
        },
        {"fr": "rouleau", "en": "roll", "de": "Rolle", "es": "rollo", "it": "rotolo"},
        (6, 22),
        False,
    ),
    (
        "FLT",
        {
            "fr": "Filtre à huile pour compresseur à vis",
            "en": "Oil filter for screw compressor",
            "de": "Ölfilter für Schraubenkompressor",
            "es": "Filtro de aceite para compresor",
            "it": "Filtro olio per compressore",
        },
        {"fr": "pce", "en": "ea", "de": "Stk", "es": "ud", "it": "pz"},
        (15, 70),
        False,
    ),
    (
        "BOI",
        {
            "fr": "Chevron sapin traité classe 2 63x75 long. 4 m",
            "en": "Treated softwood batten 63x75 4 m",
            "de": "Kantholz Fichte 63x75 4 m",
            "es": "Listón de pino tratado 63x75 4 m",
            "it": "Listello abete trattato 63x75 4 m",
        },
        {"fr": "m", "en": "m", "de": "m", "es": "m", "it": "m"},
        (3, 12),
        True,
    ),
    (
        "CAF",
        {
            "fr": "Café grains bio Honduras 1 kg",
            "en": "Organic coffee beans Honduras 1 kg",
            "de": "Bio-Kaffeebohnen Honduras 1 kg",
            "es": "Café en grano ecológico 1 kg",
            "it": "Caffè in grani biologico 1 kg",
        },
        {"fr": "kg", "en": "kg", "de": "kg", "es": "kg", "it": "kg"},
        (12, 29),
        True,
    ),
    (
        "SAB",
        {
            "fr": "Sable de Loire 0/4 lavé",
            "en": "Washed sharp sand 0/4",
            "de": "Sand gewaschen 0/4",
            "es": "Arena lavada 0/4",
            "it": "Sabbia lavata 0/4",
        },
        {"fr": "t", "en": "t", "de": "t", "es": "t", "it": "t"},
        (25, 60),
        True,
    ),
    (
        "CLE",
        {
            "fr": 'Clé dynamométrique 1/2" 40-200 Nm',
            "en": 'Torque wrench 1/2" 40-200 Nm',
            "de": 'Drehmomentschlüssel 1/2" 40-200 Nm',
            "es": 'Llave dinamométrica 1/2"',
            "it": 'Chiave dinamometrica 1/2"',
        },
        {"fr": "pce", "en": "ea", "de": "Stk", "es": "ud", "it": "pz"},
        (60, 240),
        False,
    ),
    (
        "ABO",
        {
            "fr": "Abonnement maintenance logiciel (12 mois)",
            "en": "Software maintenance subscription (12 months)",
            "de": "Softwarewartung Jahresabo",
            "es": "Suscripción mantenimiento software",
            "it": "Canone manutenzione software",
        },
        {"fr": "forfait", "en": "each", "de": "Pausch.", "es": "ud", "it": "forfait"},
        (250, 2400),
        False,
    ),
    (
        "RUB",
        {
            "fr": "Ruban adhésif PP brun 48 mm x 66 m",
            "en": "Brown PP packing tape 48 mm x 66 m",
            "de": "Packband PP braun 48 mm",
            "es": "Cinta de embalar marrón 48 mm",
            "it": "Nastro adesivo avana 48 mm",
        },
        {"fr": "rouleau", "en": "roll", "de": "Rolle", "es": "rollo", "it": "rotolo"},
        (0.6, 3),
        False,
    ),
]
SITE_NAMES = {
    "fr": ["Dépôt", "Entrepôt", "Chantier"],
    "en": ["Warehouse", "Site office", "Goods In"],
    "de": ["Lager", "Baustelle"],
    "es": ["Almacén", "Obra"],
    "it": ["Magazzino", "Cantiere"],
}
SHIPPING = {
    "fr": "Frais de port",
    "en": "Carriage",
    "de": "Versandkosten",
    "es": "Portes",
    "it": "Spese di trasporto",
}
DETAILS = {
    "fr": ["Couleur : {c}, lot n° {n}", "Conditionnement par {k}", "Livraison partielle - lot {n}"],
    "en": ["Colour: {c}, batch {n}", "Packed in {k}s", "Serial no. SN{n}{k}"],
    "de": ["Farbe: {c}, Charge {n}", "VPE {k} Stück"],
    "es": ["Color: {c}, lote {n}", "Embalaje de {k} unidades"],
    "it": ["Colore: {c}, lotto {n}", "Confezione da {k} pezzi"],
}
TAX_RATES = {
    "FR": ["20"] * 6 + ["10", "5.5"],
    "BE": ["21", "21", "6"],
    "CH": ["8.1", "8.1", "2.6"],
    "GB": ["20", "20", "20", "5"],
    "DE": ["19", "19", "7"],
    "AT": ["20", "20", "10"],
    "ES": ["21", "21", "10"],
    "IT": ["22", "22", "10", "4"],
}
US_SALES_TAX = ["8.25", "7", "6.5", "8.875"]


@dataclass
class Party:
    name: str
    address: list[str]  # the lines printed after the name
    country: str
    vat: str | None
    phone: str
    email: str
    website: str | None
    legal: dict[str, str]
    branches: list[tuple[str, list[str]]] = field(default_factory=list)


@dataclass
class Item:
    sku: str | None
    description: str
    detail: str | None
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount: Decimal  # percent, 0 when none
    tax_rate: Decimal | None  # None on US sales-tax documents
    ordered: Decimal | None = None  # delivery notes: quantity ordered
    weight: Decimal | None = None

    @property
    def total(self) -> Decimal:
        gross = self.quantity * self.unit_price * (1 - self.discount / 100)
        return gross.quantize(CENT, ROUND_HALF_UP)

    @property
    def full_description(self) -> str:
        return f"{self.description} {self.detail}" if self.detail else self.description


@dataclass
class Reference:
    number: str
    date: dt.date
    amount: Decimal  # the invoice's amount
    deduction: Decimal  # discount or retention deducted by the payer
    due: dt.date | None = None

    @property
    def paid(self) -> Decimal:
        return self.amount - self.deduction


@dataclass
class Doc(CustomerSupplierRoles[Party]):
    kind: str
    language: str
    region: str
    style: Style
    number: str | None
    date: dt.date
    issuer: Party
    counterpart: Party
    currency: str
    items: list[Item] = field(default_factory=list)
    priced: bool = True
    order_number: str | None = None
    customer_number: str | None = None
    delivery_date: dt.date | None = None
    due_date: dt.date | None = None
    payment_date: dt.date | None = None
    payment_terms: str | None = None
    payment_means: str | None = None
    iban: str | None = None
    bic: str | None = None
    payer_iban: str | None = None
    delivery: tuple[str, list[str]] | None = None  # (name, address) of the delivery site
    sales_tax: Decimal | None = None
    previous_balance: Decimal | None = None
    deposit: Decimal | None = None
    references: list[Reference] = field(default_factory=list)
    market_ref: str | None = None
    quote_ref: str | None = None
    credited_invoice: str | None = None
    valid_until: dt.date | None = None
    carrier: str | None = None
    tracking: str | None = None
    packages: int | None = None
    weight: Decimal | None = None
    contact: str | None = None

    @property
    def doc_type(self) -> str:
        return CONTRACT_TYPE[self.kind]

    @property
    def buyer_issues(self) -> bool:
        return self.kind in ("purchase_order", "payment_advice")

    @property
    def total_net(self) -> Decimal:
        return sum((i.total for i in self.items), Decimal(0))

    def tax_by_rate(self) -> dict[Decimal, tuple[Decimal, Decimal]]:
        """rate -> (base, tax)"""
        if self.sales_tax is not None:
            base = self.total_net
            return {self.sales_tax: (base, (base * self.sales_tax / 100).quantize(CENT))}
        bases: dict[Decimal, Decimal] = {}
        for i in self.items:
            assert i.tax_rate is not None
            bases[i.tax_rate] = bases.get(i.tax_rate, Decimal(0)) + i.total
        return {
            r: (b, (b * r / 100).quantize(CENT, ROUND_HALF_UP)) for r, b in sorted(bases.items())
        }

    @property
    def total_tax(self) -> Decimal:
        return sum((t for _, t in self.tax_by_rate().values()), Decimal(0))

    @property
    def total_gross(self) -> Decimal:
        if self.kind == "payment_advice":
            return sum((r.paid for r in self.references), Decimal(0))
        if self.kind == "reminder":
            return sum((r.amount - r.deduction for r in self.references), Decimal(0))
        return self.total_net + self.total_tax


# identifiers --------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def siren(rng: random.Random) -> str:
    base = str(rng.randint(1, 9)) + _digits(rng, 7)
    return base + luhn.calc_check_digit(base)


def siret(rng: random.Random, sir: str) -> str:
    while True:
        cand = sir + _digits(rng, 5)
        if luhn.is_valid(cand):
            return cand


def vat_id(rng: random.Random, country: str, sir: str | None = None) -> str | None:
    if country == "FR":
        assert sir
        return f"FR{(12 + 3 * (int(sir) % 97)) % 97:02d}{sir}"
    if country == "BE":
        base = "0" + str(rng.randint(2, 9)) + _digits(rng, 6)
        return f"BE{base}{97 - int(base) % 97:02d}"
    prefix = {"GB": "GB", "DE": "DE", "AT": "ATU", "ES": "ES", "IT": "IT"}.get(country)
    if prefix is None:
        return None
    for _ in range(10000):
        if country == "GB":
            cand = "GB" + _digits(rng, 9)
        elif country == "DE":
            cand = "DE" + str(rng.randint(1, 9)) + _digits(rng, 8)
        elif country == "AT":
            cand = "ATU" + _digits(rng, 8)
        elif country == "ES":
            cand = "ES" + rng.choice("ABG") + _digits(rng, 8)
        else:
            cand = "IT" + _digits(rng, 7) + rng.choice(["001", "015", "096"]) + _digits(rng, 1)
        valid = gb_vat.is_valid(cand[2:]) if country == "GB" else eu_vat.is_valid(cand)
        if valid:
            return cand
    raise RuntimeError(f"no valid VAT id found for {country}")


IBAN_SHAPES = {
    "FR": "ddddddddddddddddddddddd",
    "BE": "dddddddddddd",
    "CH": "ddddddddddddddddd",
    "GB": "LLLLdddddddddddddd",
    "DE": "dddddddddddddddddd",
    "AT": "dddddddddddddddd",
    "ES": "dddddddddddddddddddd",
    "IT": "Ldddddddddddddddddddddd",
}


def iban(rng: random.Random, country: str) -> str | None:
    shape = IBAN_SHAPES.get(country)
    if shape is None:
        return None
    for _ in range(20000):
        bban = "".join(
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "L" else str(rng.randint(0, 9))
            for c in shape
        )
        digits = "".join(str(int(c, 36)) for c in bban + country + "00")
        cand = f"{country}{98 - int(digits) % 97:02d}{bban}"
        if std_iban.is_valid(cand):
            return cand
    raise RuntimeError(f"no valid IBAN found for {country}")


def bic(rng: random.Random, country: str) -> str:
    bank = "".join(rng.choice("ABCDEFGHIKLMNOPRSTUVWXYZ") for _ in range(4))
    return f"{bank}{country if country != 'US' else 'US'}{rng.choice(['PP', '2X', 'MM', 'PA'])}"


def phone(rng: random.Random, country: str) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    return {
        "FR": f"0{rng.randint(1, 5)} {d(2)} {d(2)} {d(2)} {d(2)}",
        "BE": f"+32 2 {d(3)} {d(2)} {d(2)}",
        "CH": f"+41 22 {d(3)} {d(2)} {d(2)}",
        "GB": f"0{rng.randint(113, 191)} {d(3)} {d(4)}",
        "US": f"({rng.randint(201, 989)}) 555-{d(4)}",
        "DE": f"+49 {rng.randint(30, 911)} {d(7)}",
        "AT": f"+43 1 {d(7)}",
        "ES": f"+34 9{d(2)} {d(3)} {d(3)}",
        "IT": f"+39 0{rng.randint(2, 6)} {d(4)} {d(4)}",
    }[country]


# parties ------------------------------------------------------------------------------


def company_name(rng: random.Random, country: str, avoid: set[str]) -> str:
    language = REGIONS[country][0]
    names = SURNAMES[language].split()
    acts = ACTIVITIES[language].split()
    while True:
        s1, s2 = rng.sample(names, 2)
        act, place = rng.choice(acts), rng.choice(PLACES[language])
        form = rng.choice(FORMS[country])
        if language == "fr":
            base = rng.choice(
                [
                    f"{act} {s1}",
                    f"Ateliers {s1}",
                    f"{s1} & Fils",
                    f"Établissements {s1}",
                    f"{act} {place}",
                    f"{s1} {act}",
                ]
            )
        elif language == "en":
            base = rng.choice([f"{s1} & {s2}", f"{place} {act}", f"{s1} {act}", f"{act} Direct"])
        elif language == "de":
            base = rng.choice([f"{s1} {act}", f"{act} {place}", f"{s1} & {s2}"])
        elif language == "es":
            base = rng.choice([f"{act} {s1}", f"{s1} y {s2}", f"{act} {place}"])
        else:
            base = rng.choice([f"{s1} {act}", f"{act} {place}", f"{s1} & {s2}"])
        name = f"{base} {form}".strip()
        if name not in avoid:
            return name


def address(rng: random.Random, country: str, language: str) -> list[str]:
    street = rng.choice(STREETS[country])
    n = rng.randint(1, 180)
    city = rng.choice(CITIES[country])
    lines: list[str]
    if country in ("FR", "BE", "CH"):
        if country == "FR":
            lines = [f"{n}{rng.choice(['', '', ' bis'])} {street}"]
        else:
            lines = [f"{street[0].upper()}{street[1:]} {n}"]
        if country == "FR" and rng.random() < 0.25:
            lines.append(rng.choice(["ZI des Bruyères", "Parc d'activités du Moulin", "Bât. C"]))
        if country == "FR" and rng.random() < 0.15:
            lines.append(f"BP {rng.randint(10, 990)}")
        city_line = f"{city[0]} {city[1].upper() if rng.random() < 0.3 else city[1]}"
        if country == "FR" and rng.random() < 0.1:
            city_line += " CEDEX"
        lines.append(city_line)
    elif country == "GB":
        lines = []
        if rng.random() < 0.3:
            lines.append(f"Unit {rng.randint(1, 40)}")
        lines.append(f"{n} {street}")
        if rng.random() < 0.5:
            lines += [city[0], city[1]]
        else:
            lines.append(f"{city[0]} {city[1]}")
    elif country == "US":
        lines = [f"{n * 10} {street}"]
        if rng.random() < 0.4:
            lines[0] += f", Suite {rng.randint(1, 9)}00"
        lines.append(f"{city[0]}, {city[1]} {city[2]}")
    elif country in ("DE", "AT"):
        lines = [f"{street} {n}", f"{city[0]} {city[1]}"]
    elif country == "ES":
        lines = [f"{street[0].upper()}{street[1:]}, {n}", f"{city[0]} {city[1]}"]
    else:  # IT
        lines = [f"{street[0].upper()}{street[1:]}, {n}", f"{city[0]} {city[1]} ({city[2]})"]
    if rng.random() < 0.3:
        names = COUNTRY_NAMES[country]
        lines.append(names.get(language, names["en"]))
    return lines


def make_party(rng: random.Random, country: str, language: str, avoid: set[str]) -> Party:
    name = company_name(rng, country, avoid)
    sir = siren(rng) if country == "FR" else None
    legal: dict[str, str] = {}
    if sir:
        legal["siren"] = sir
        legal["siret"] = siret(rng, sir)
        legal["rcs"] = rng.choice([c[1] for c in CITIES["FR"]])
        legal["capital"] = str(rng.choice([1000, 7500, 10000, 37000, 50000, 150000, 1200000]))
        legal["ape"] = f"{rng.randint(10, 96)}{rng.randint(10, 99)}{rng.choice('ABCZ')}"
    elif country == "GB":
        legal["company_no"] = f"{rng.randint(0, 15):02d}{_digits(rng, 6)}"
    elif country in ("DE", "AT"):
        legal["hrb"] = f"HRB {rng.randint(1000, 250000)}"
        legal["court"] = rng.choice(["München", "Köln", "Stuttgart", "Wien"])
        legal["manager"] = rng.choice(["Hans Weber", "Petra Schulz", "Jürgen Vogel"])
    elif country == "US":
        legal["ein"] = f"{rng.randint(10, 99)}-{_digits(rng, 7)}"
    elif country == "ES":
        legal["registry"] = f"Tomo {rng.randint(1000, 40000)}, Folio {rng.randint(1, 220)}"
    elif country == "IT":
        legal["rea"] = f"REA {rng.choice(['MI', 'TO', 'BO'])}-{rng.randint(100000, 2999999)}"
        legal["capital"] = str(rng.choice([10000, 50000, 100000]))
    folded = unicodedata.normalize("NFKD", name.split()[0].lower())
    slug = "".join(c for c in folded if c.isascii() and c.isalpha()) or "info"
    tld = {
        "GB": "co.uk",
        "US": "com",
        "DE": "de",
        "AT": "at",
        "ES": "es",
        "IT": "it",
        "BE": "be",
        "CH": "ch",
    }.get(country, "fr")
    party = Party(
        name=name,
        address=address(rng, country, language),
        country=country,
        vat=vat_id(rng, country, sir),
        phone=phone(rng, country),
        email=f"{rng.choice(['contact', 'compta', 'sales', 'info', 'orders'])}@{slug}.{tld}",
        website=f"www.{slug}.{tld}" if rng.random() < 0.6 else None,
        legal=legal,
    )
    return party


# numbers --------------------------------------------------------------------------------

NUMBER_PREFIX = {
    "purchase_order": {
        "fr": ["BC", "CA", "CMD"],
        "en": ["PO", "P"],
        "de": ["BE", "B"],
        "es": ["PED", "OC"],
        "it": ["ORD", "OA"],
    },
    "order_confirmation": {
        "fr": ["AR", "CF", "CDE"],
        "en": ["SO", "OC", "ACK"],
        "de": ["AB", "AU"],
        "es": ["CP"],
        "it": ["CO"],
    },
    "delivery_note": {
        "fr": ["BL", "LIV"],
        "en": ["DN", "PS", "SHP"],
        "de": ["LS"],
        "es": ["ALB"],
        "it": ["DDT"],
    },
    "invoice": {
        "fr": ["F", "FA", "FAC"],
        "en": ["INV", "IN", "SI"],
        "de": ["RE", "R"],
        "es": ["FV", "F"],
        "it": ["FT", "FV"],
    },
    "credit_note": {
        "fr": ["AV", "AVO"],
        "en": ["CN", "CR"],
        "de": ["GS"],
        "es": ["AB", "R"],
        "it": ["NC"],
    },
    "payment_advice": {
        "fr": ["VIR", "REG"],
        "en": ["RA", "PAY"],
        "de": ["ZA"],
        "es": ["PG"],
        "it": ["PAG"],
    },
    "quotation": {
        "fr": ["DEV", "D"],
        "en": ["Q", "QT", "EST"],
        "de": ["AN", "ANG"],
        "es": ["PRE"],
        "it": ["PRV"],
    },
    "reminder": {"fr": ["REL"], "en": ["REM"], "de": ["MA"], "es": ["REC"], "it": ["SOL"]},
}


def doc_number(rng: random.Random, kind: str, language: str, day: date) -> str:
    p = rng.choice(NUMBER_PREFIX[kind][language])
    y, yy, m = day.year, day.year % 100, day.month
    n = rng.randint(1, 99999)
    return rng.choice(
        [
            f"{p}{yy:02d}-{n:05d}",
            f"{p}-{y}-{n % 10000:04d}",
            f"{p}{n:06d}",
            f"{y}/{n % 100000:05d}",
            f"{p}{y}{m:02d}-{n % 1000:03d}",
            f"{n % 10000}/{y}" if language == "it" else f"{p}.{yy:02d}.{n % 10000:04d}",
            f"{rng.randint(1, 9)}{_digits(rng, 6)}",
        ]
    )


def order_ref(rng: random.Random, day: date) -> str:
    n = rng.randint(1, 99999)
    return rng.choice(
        [
            f"PO-{day.year}-{n % 10000:04d}",
            f"BC{day.year % 100:02d}{n:05d}",
            f"45{_digits(rng, 8)}",
            f"CMD-{n}",
            f"ACH/{day.year}/{n % 1000:03d}",
            f"{n:06d}",
            f"P{_digits(rng, 5)}-{rng.choice('ABC')}",
        ]
    )


def customer_ref(rng: random.Random, customer: Party) -> str:
    stem = "".join(c for c in customer.name.upper() if c.isascii() and c.isalpha())[:3] or "CLI"
    n = rng.randint(10, 99999)
    return rng.choice(
        [
            f"C{n:05d}",
            f"CL-{n}",
            f"{n:06d}",
            f"411{stem}{n % 100:02d}",
            f"CUST-{n}",
            f"{stem}{n % 1000:03d}",
        ]
    )


# the document ------------------------------------------------------------------------------


def _quantity(rng: random.Random, fractional: bool) -> Decimal:
    if fractional and rng.random() < 0.5:
        return Decimal(rng.randint(5, 4000)) / rng.choice([2, 4, 10, 100])
    return Decimal(rng.choice([1, 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 24, 25, 48, 50, 100, 250]))


def _price(rng: random.Random, lo: float, hi: float) -> Decimal:
    value = Decimal(str(round(rng.uniform(lo, hi), 2)))
    if value < 2 and rng.random() < 0.4:
        value = Decimal(str(round(rng.uniform(lo, hi), 4)))
    return value.quantize(CENT) if value >= 2 else value


def make_items(rng: random.Random, doc: Doc, n: int) -> list[Item]:
    rates = [Decimal(r) for r in TAX_RATES.get(doc.region, ["20"])]
    mixed = rng.random() < 0.25
    items: list[Item] = []
    pool = list(PRODUCTS)
    rng.shuffle(pool)
    sku_style = rng.randrange(5)
    discounts = rng.random() < 0.3
    details = rng.random() < 0.3
    for i in range(n):
        stem, desc, units, (lo, hi), frac = pool[i % len(pool)]
        n3 = rng.randint(100, 9999)
        sku = [
            f"{stem}-{n3}",
            f"{stem}{n3}{rng.choice('ABCDEF')}",
            f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}",
            f"{n3:05d}-{rng.randint(10, 99)}",
            "400" + _digits(rng, 9) + "1",
        ][sku_style]
        language = doc.language
        detail = None
        if details and rng.random() < 0.5:
            detail = rng.choice(DETAILS[language]).format(
                c=rng.choice(COLOURS[language]), n=rng.randint(1000, 99999), k=rng.choice([6, 12])
            )
        items.append(
            Item(
                sku=sku,
                description=desc[language],
                detail=detail,
                quantity=_quantity(rng, frac),
                unit=units[language],
                unit_price=_price(rng, lo, hi),
                discount=Decimal(rng.choice([0, 0, 5, 10, 15, 2.5])) if discounts else Decimal(0),
                tax_rate=None if doc.region == "US" else (rng.choice(rates) if mixed else rates[0]),
            )
        )
    if doc.priced and rng.random() < 0.2 and doc.kind not in ("delivery_note",):
        items.append(
            Item(
                sku=None,
                description=SHIPPING[doc.language],
                detail=None,
                quantity=Decimal(1),
                unit="",
                unit_price=_price(rng, 8, 60),
                discount=Decimal(0),
                tax_rate=None if doc.region == "US" else rates[0],
            )
        )
    return items


def make_doc(rng: random.Random, kind: str, language: str, n_lines: int) -> Doc:
    region = rng.choice(LANGUAGE_REGIONS[language])
    # the counterpart is mostly in the same country, sometimes abroad (cross-border trade)
    other = region if rng.random() < 0.8 else rng.choice(LANGUAGE_REGIONS[language])
    _lang, locale, currencies = REGIONS[region]
    currency = rng.choice(currencies)
    style = draw_style(rng, language, locale, currency)
    issuer = make_party(rng, region, language, set())
    counterpart = make_party(rng, other, language, {issuer.name})
    day = date(2024, 1, 2) + timedelta(days=rng.randint(0, 900))
    doc = Doc(
        kind=kind,
        language=language,
        region=region,
        style=style,
        number=doc_number(rng, kind, language, day),
        date=day,
        issuer=issuer,
        counterpart=counterpart,
        currency=currency,
    )
    doc.iban = iban(rng, doc.supplier.country)
    doc.bic = bic(rng, doc.supplier.country) if doc.iban else None
    doc.payment_means = rng.choice(PAYMENT_MEANS[language]) if rng.random() < 0.5 else None
    if rng.random() < 0.3:
        doc.contact = rng.choice(["M. Dubois", "Mme Laurent", "J. Smith", "A. Patel", "K. Braun"])
    if kind == "payment_advice":
        doc.priced = False
        doc.payment_date = day + timedelta(days=rng.randint(0, 3))
        doc.payer_iban = iban(rng, issuer.country) if rng.random() < 0.5 else None
        deduct = rng.random() < 0.3
        for _ in range(rng.randint(1, 8)):
            amount = Decimal(rng.randint(2000, 900000)) / 100
            cut = (amount * Decimal("0.02")).quantize(CENT) if deduct and rng.random() < 0.6 else 0
            doc.references.append(
                Reference(
                    number=doc_number(rng, "invoice", language, day - timedelta(days=40)),
                    date=day - timedelta(days=rng.randint(20, 90)),
                    amount=amount,
                    deduction=Decimal(cut),
                )
            )
        return doc
    if kind == "reminder":
        doc.priced = False
        doc.customer_number = customer_ref(rng, doc.customer) if rng.random() < 0.7 else None
        doc.number = doc.number if rng.random() < 0.6 else None
        doc.due_date = day + timedelta(days=rng.choice([8, 10, 15])) if rng.random() < 0.6 else None
        for _ in range(rng.randint(1, 5)):
            inv_day = day - timedelta(days=rng.randint(45, 200))
            amount = Decimal(rng.randint(5000, 400000)) / 100
            part = (amount / 3).quantize(CENT) if rng.random() < 0.2 else Decimal(0)
            doc.references.append(
                Reference(
                    number=doc_number(rng, "invoice", language, inv_day),
                    date=inv_day,
                    amount=amount,
                    deduction=part,
                    due=inv_day + timedelta(days=30),
                )
            )
        return doc
    if kind in ("order_confirmation", "delivery_note", "invoice", "credit_note"):
        if rng.random() < 0.85:
            doc.order_number = order_ref(rng, day)
        if rng.random() < 0.65:
            doc.customer_number = customer_ref(rng, doc.customer)
    if kind == "quotation" and rng.random() < 0.5:
        doc.customer_number = customer_ref(rng, doc.customer)
    if kind in ("purchase_order", "order_confirmation", "invoice", "quotation"):
        doc.payment_terms = rng.choice(PAYMENT_TERMS[language]) if rng.random() < 0.8 else None
    if kind in ("purchase_order", "order_confirmation", "delivery_note") or (
        kind == "invoice" and rng.random() < 0.3
    ):
        doc.delivery_date = day + timedelta(
            days=rng.randint(0 if kind == "delivery_note" else 2, 30)
        )
    if kind == "invoice":
        doc.due_date = day + timedelta(days=rng.choice([0, 15, 30, 45, 60]))
        r = rng.random()
        if r < 0.12:
            doc.previous_balance = Decimal(rng.randint(1000, 300000)) / 100
        elif r < 0.22:
            doc.deposit = Decimal(rng.randint(1000, 50000)) / 100
    if kind == "quotation":
        doc.valid_until = day + timedelta(days=rng.choice([15, 30, 60, 90]))
    if kind == "purchase_order":
        if rng.random() < 0.3:
            doc.market_ref = f"M{day.year % 100}-{rng.randint(1, 999):03d}"
        if rng.random() < 0.3:
            doc.quote_ref = doc_number(rng, "quotation", language, day - timedelta(days=10))
    if kind in ("invoice", "order_confirmation") and rng.random() < 0.15:
        doc.market_ref = f"{day.year}-{rng.randint(1, 99):03d}-LOT{rng.randint(1, 6)}"
    if kind == "credit_note":
        doc.credited_invoice = doc_number(rng, "invoice", language, day - timedelta(days=30))
    if kind == "delivery_note":
        doc.priced = rng.random() < 0.2
        doc.carrier = rng.choice(CARRIERS) if rng.random() < 0.6 else None
        doc.tracking = f"1Z{_digits(rng, 4)}A{_digits(rng, 10)}" if rng.random() < 0.4 else None
        doc.packages = rng.randint(1, 12)
    if kind in ("purchase_order", "order_confirmation", "delivery_note") or rng.random() < 0.35:
        site = address(rng, doc.customer.country, language)
        if rng.random() < 0.4:
            site.insert(0, rng.choice(SITE_NAMES[language]))
        doc.delivery = (doc.customer.name, site)
    if region == "US":
        doc.sales_tax = Decimal(rng.choice(US_SALES_TAX))
    doc.items = make_items(rng, doc, n_lines)
    if kind == "delivery_note":
        for it in doc.items:
            if rng.random() < 0.2:
                it.ordered = it.quantity + rng.randint(1, 5)
            else:
                it.ordered = it.quantity
            it.weight = (it.quantity * Decimal(rng.randint(1, 400)) / 10).quantize(Decimal("0.1"))
        doc.weight = sum((i.weight or Decimal(0) for i in doc.items), Decimal(0))
    return doc
