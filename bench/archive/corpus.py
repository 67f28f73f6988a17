"""Synthetic archived documents with realistic French and English business text, written
straight into the database (no PDFs): the load for the search benchmark.

Exactly half of the documents contain the word "livraison" (the hard case: a word in half of
all documents, ranked); a few customer names and products are rare, most are common.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

# ruff: noqa: SIM905 - word lists read better as text

FR_WORDS = (
    "bon de commande fournisseur client quantité prix unitaire remise total hors taxes TVA "
    "montant échéance règlement virement facture avoir acompte conditions générales vente "
    "adresse facturation expédition transporteur palette colis référence désignation article "
    "délai urgent merci confirmer réception marchandise entrepôt magasin stock rupture "
    "commande partielle reliquat retour défectueux garantie service après-vente pièce "
    "détachée catalogue tarif année mois semaine jour lundi mardi mercredi jeudi vendredi "
    "société siège social capital immatriculation pénalités retard indemnité forfaitaire "
    "escompte paiement anticipé chèque prélèvement banque relevé identité bancaire"
).split()
EN_WORDS = (
    "purchase order supplier customer quantity unit price discount total net tax VAT amount "
    "due date payment terms transfer invoice credit note deposit general conditions sale "
    "billing address shipping carrier pallet parcel reference description item lead time "
    "urgent thanks please confirm receipt goods warehouse store stock shortage partial "
    "backorder return defective warranty after sales spare part catalogue price list year "
    "month week day monday tuesday wednesday thursday friday company registered office "
    "late payment penalty fixed compensation early settlement cheque direct debit bank "
    "statement account details"
).split()
PRODUCTS = (
    "vis à tête fraisée|écrou hexagonal|rondelle plate|boulon inox|cheville nylon|"
    "clé dynamométrique|perceuse à percussion|foret béton|disque à tronçonner|gants de "
    "protection|hex bolt|flat washer|wood screw|anchor plug|torque wrench|hammer drill|"
    "masonry bit|cutting disc|safety gloves|cable tie|duct tape|spirit level|tape measure|"
    "câble électrique|gaine annelée|disjoncteur|interrupteur|prise murale|ampoule LED|"
    "projecteur|tuyau cuivre|raccord laiton|robinet|joint torique|pompe à chaleur"
).split("|")
CITIES = (
    "Paris Lyon Marseille Toulouse Nantes Strasbourg Montréal Québec Genève Bruxelles "
    "Lille Rennes Grenoble Besançon Orléans London Manchester Dublin Zürich Liège"
).split()
COMPANY = (
    "Société Générale d'Équipement|Établissements Dupré|Quincaillerie Léon|Bâtiment & Fils|"
    "Électricité Mérignac|Acme Industrial Ltd|Northwind Traders|Contoso Supplies|"
    "Fabrikam Tools|Globex Building|Initech Hardware|Umbrella Maintenance|Hooli Facilities"
).split("|")
DOC_TYPES = (
    "purchase_order", "order_confirmation", "delivery_note", "invoice", "credit_note",
    "payment_advice",
)  # fmt: skip
STATUSES = ("approved",) * 8 + ("rejected", "in_review")
CHANNELS = ("folder", "mail", "upload", "api")
HARD_WORD = "livraison"


def page_text(rng: random.Random, doc_type: str, number: str, customer: str, half: bool) -> str:
    fr = rng.random() < 0.6
    words = FR_WORDS if fr else EN_WORDS
    city = rng.choice(CITIES)
    lines = [
        f"{doc_type.replace('_', ' ').upper()} {number}",
        f"{customer} — {rng.randint(1, 300)} rue de la République, {city}",
    ]
    for pos in range(1, rng.randint(4, 14)):
        product = rng.choice(PRODUCTS)
        lines.append(
            f"{pos} REF-{rng.randint(1000, 99999)} {product} "
            f"{rng.randint(1, 500)} x {rng.randint(1, 9999) / 100:.2f} EUR"
        )
    filler = rng.choices(words, k=rng.randint(60, 160))
    if half:
        filler.insert(rng.randrange(len(filler)), HARD_WORD)
    lines.append(" ".join(filler))
    return "\n".join(lines)


def documents(n: int, seed: int = 7) -> Iterator[tuple[dict[str, Any], str]]:
    rng = random.Random(seed)
    start = dt.date(2016, 1, 1)
    for i in range(1, n + 1):
        doc_type = rng.choice(DOC_TYPES)
        prefix = {"purchase_order": "PO", "invoice": "INV", "delivery_note": "BL"}.get(
            doc_type, doc_type[:3].upper()
        )
        number = f"{prefix}-{2016 + i % 10}-{i:06d}"
        customer = rng.choice(COMPANY)
        date = start + dt.timedelta(days=rng.randrange(3650))
        row = {
            "id": i,
            "sha256": f"{i:064x}",
            "original_name": f"{number}.pdf",
            "channel": rng.choice(CHANNELS),
            "size": rng.randint(20_000, 400_000),
            "media_type": "application/pdf",
            "status": rng.choice(STATUSES),
            "meta": {},
            "doc_type": doc_type,
            "language": "fr",
            "page_count": 1,
            "document_number": number,
            "document_date": date,
            "customer_name": customer,
            "currency": "EUR",
            "total_gross": Decimal(rng.randint(1000, 5_000_000)) / 100,
            "received_at": dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC),
            "updated_at": dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC),
            "archived_at": dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC),
        }
        yield row, page_text(rng, doc_type, number, customer, half=i % 2 == 0)
