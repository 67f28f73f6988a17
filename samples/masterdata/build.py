"""Writes the sample master data (``customers.csv``, ``products.csv`` and the same as
``masterdata.json``) that fits the sample documents of ``samples.generate``.

It plays the ERP that already knows these customers and products: each purchase order's
customer (name, VAT id, addresses, language, currency), and each product a sample line
orders, priced at the price first seen for it (valid for the sample year). Run
``python -m samples.masterdata.build``; the output is reproducible.
"""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from samples.content import PRODUCTS, Doc
from samples.generate import plan
from samples.layouts import HELDOUT, VISIBLE

HERE = Path(__file__).resolve().parent
STEMS = {stem: (fr, en, ufr, uen) for stem, fr, en, ufr, uen, _ in PRODUCTS}


def build() -> dict[str, list[dict[str, Any]]]:
    docs: list[Doc] = [d for _, d, _ in plan(VISIBLE, seed=7) + plan(HELDOUT, seed=1009)]
    customers: dict[str, dict[str, Any]] = {}
    products: dict[str, dict[str, Any]] = {}
    for doc in docs:
        cust = doc.customer
        key = cust.name
        if key not in customers:
            customers[key] = {
                "number": doc.customer_number or f"C-{len(customers) + 1:05d}",
                "name": cust.name,
                "aliases": [],
                "vat_id": cust.vat if doc.buyer_issues else None,
                "billing_address": ", ".join(cust.address),
                "delivery_address": ", ".join(doc.delivery.address) if doc.delivery else None,
                "credit_limit": "250000",
                "currency": doc.currency,
                "language": doc.language,
            }
        elif doc.buyer_issues and not customers[key]["vat_id"]:
            customers[key]["vat_id"] = cust.vat
        for line in doc.lines:
            if line.sku in products or not doc.priced:
                continue
            fr, en, _ufr, uen = STEMS[line.sku.split("-")[0]]
            products[line.sku] = {
                "sku": line.sku,
                "description": en,
                "description_fr": fr,
                "unit": uen,
                "prices": [
                    {
                        "unit_price": str(line.unit_price),
                        "currency": doc.currency,
                        "valid_from": "2026-01-01",
                        "valid_to": "2026-12-31",
                    }
                ],
            }
    return {"customers": list(customers.values()), "products": list(products.values())}


def write(out: Path = HERE) -> None:
    data = build()
    out.mkdir(parents=True, exist_ok=True)
    (out / "masterdata.json").write_text(
        json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    with (out / "customers.csv").open("w", newline="", encoding="utf-8") as fh:
        cols = ["number", "name", "aliases", "vat_id", "billing_address", "delivery_address",
                "credit_limit", "currency", "language"]  # fmt: skip
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        for c in data["customers"]:
            w.writerow({k: ("|".join(c[k]) if k == "aliases" else c.get(k) or "") for k in cols})
    with (out / "products.csv").open("w", newline="", encoding="utf-8") as fh:
        cols = ["sku", "description", "description_fr", "unit", "price", "currency",
                "valid_from", "valid_to"]  # fmt: skip
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        for p in data["products"]:
            for pr in p["prices"]:
                w.writerow(
                    {
                        "sku": p["sku"],
                        "description": p["description"],
                        "description_fr": p["description_fr"],
                        "unit": p["unit"],
                        "price": str(Decimal(pr["unit_price"])),
                        "currency": pr["currency"],
                        "valid_from": pr["valid_from"],
                        "valid_to": pr["valid_to"],
                    }
                )


if __name__ == "__main__":
    write()
    print(f"master data written to {HERE}")
