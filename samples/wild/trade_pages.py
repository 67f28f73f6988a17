"""Pages of the shop, shipping and trade development families (``trade_families.py``).

Each page is a ``Page`` (page.py) whose vocabulary, value formatting and ``Printed``
record it reuses, so the truth stays what is printed. The page first reshapes the drawn
document into what such software holds (a shop's catalogue and order numbers, a
warehouse's parcels and batches, a tradesman's sections of works), then draws it.

Truth conventions as everywhere: ``document_number`` is the document's own number (an
order confirmation's is the order number; a packing slip that prints only the order
number has none and gives ``order_number``), ``customer_*`` is the buyer, addresses are
the printed lines after the name, a ship-to or worksite block is ``delivery_address``, a
billing or sold-to block is ``billing_address``; ``total_net`` is printed only where the
page prints the net of everything (a shop's "Subtotal" of the products is not it once a
shipping fee or a discount follows); ``total_gross`` is the document's total, never the
amount left to pay after a deposit, a retention or a payment.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from samples.wild.content import SURNAMES, Doc, Item, address
from samples.wild.families import Family
from samples.wild.page import Page, _money_str, _num_str, esc, filled, initials, totals_table

TRADE_RENDERERS = ("shop_order", "ship_list", "craft_works")
CENT = Decimal("0.01")

# wordings of these families, per language (checked against vocab.HELDOUT_ONLY by tests)
TRADE_WORDS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "shop_title_invoice": ["Facture", "FACTURE", "Facture client"],
        "shop_title_order_confirmation": [
            "Confirmation de commande",
            "Récapitulatif de commande",
            "Merci pour votre commande",
        ],
        "shop_title_delivery_note": ["Bon de préparation", "Bordereau d'expédition", "Colisage"],
        "shop_title_credit_note": ["Avoir", "Facture d'avoir", "Avoir de remboursement"],
        "shop_order": ["Commande", "N° de commande", "Référence commande", "Commande n°"],
        "shop_inv_no": ["Facture n°", "N° de facture", "Numéro de facture"],
        "shop_cn_no": ["Avoir n°", "N° d'avoir"],
        "shop_order_date": ["Date de commande", "Commandé le", "Passée le"],
        "shop_doc_date_invoice": ["Date de facture", "Date de facturation", "Facturée le"],
        "shop_doc_date_credit_note": ["Date de l'avoir", "Émis le"],
        "shop_doc_date_delivery_note": ["Date d'expédition", "Expédiée le"],
        "shop_customer": ["N° client", "Compte client"],
        "shop_bill": ["Adresse de facturation", "Facturation", "Facturé à"],
        "shop_ship": ["Adresse de livraison", "Livraison", "Expédié à"],
        "shop_ship_method": ["Mode de livraison", "Transporteur", "Mode d'expédition"],
        "shop_pay_method": ["Moyen de paiement", "Mode de règlement", "Paiement"],
        "shop_product": ["Produit", "Article", "Produits"],
        "shop_sku": ["SKU", "Réf.", "Référence"],
        "shop_variant": ["Variante", "Déclinaison", "Option"],
        "shop_qty": ["Qté", "Quantité"],
        "shop_price": ["Prix unitaire", "Prix HT", "P.U. HT"],
        "shop_tax": ["TVA", "Taux TVA"],
        "shop_gross_col": ["Total TTC", "Prix TTC"],
        "shop_total": ["Total HT", "Montant HT", "Total"],
        "shop_sub": ["Sous-total", "Sous-total produits", "Total produits"],
        "shop_disc": ["Réduction ({c})", "Code promo {c}", "Bon de réduction {c}"],
        "shop_fee": ["Frais de livraison", "Livraison", "Frais d'expédition"],
        "shop_net": ["Total HT", "Total hors taxes"],
        "shop_vat": ["TVA {r}", "TVA ({r})"],
        "shop_gross": ["Total TTC", "Total", "Total commande"],
        "shop_paid": ["Payé", "Montant réglé"],
        "shop_refunded": ["Remboursé", "Montant remboursé"],
        "shop_left": ["Reste à payer", "Solde"],
        "shop_thanks": ["Merci pour votre commande !", "Merci de votre confiance."],
        "shop_returns": [
            "Retours acceptés sous {n} jours, voir les conditions sur {web}",
            "Vous disposez de {n} jours pour retourner un article : {web}/retours",
        ],
        "shop_qty_ship": ["Qté expédiée", "Quantité"],
        "ship_no": ["N° d'expédition", "Expédition"],
        "ship_our": ["Notre commande", "N/Réf. commande"],
        "ship_your": ["Votre commande", "Votre n° de commande", "Commande client"],
        "ship_cust": ["Code client", "N° client"],
        "ship_num": ["N°", "Numéro", "N° document"],
        "ship_date": ["Date", "Date du document"],
        "ship_sent": ["Date d'expédition", "Expédié le"],
        "ship_carrier": ["Transporteur"],
        "ship_track": ["N° de suivi", "Suivi colis", "Lettre de voiture"],
        "ship_incoterm": ["Incoterm", "Conditions de livraison"],
        "ship_parcels": ["Nombre de colis", "Colis"],
        "ship_pallets": ["Palettes"],
        "ship_gross": ["Poids brut"],
        "ship_net": ["Poids net"],
        "ship_from": ["Expéditeur", "Adresse d'enlèvement"],
        "ship_sold": ["Donneur d'ordre", "Client", "Facturé à"],
        "ship_to": ["Destinataire", "Livré à", "Lieu de livraison"],
        "ship_pos": ["Pos.", "Ligne", "N°"],
        "ship_sku": ["Réf. article", "Code article", "Référence"],
        "ship_desc": ["Désignation", "Description"],
        "ship_lot": ["Lot", "N° de lot"],
        "ship_ordered": ["Qté commandée", "Cdé"],
        "ship_shipped": ["Qté livrée", "Livré", "Qté expédiée"],
        "ship_back": ["Reliquat", "Reste à livrer"],
        "ship_unit": ["Unité", "UV"],
        "ship_weight": ["Poids (kg)", "Poids"],
        "ship_parcel_row": ["Colis {i}/{n} – SSCC {s} – {w} kg", "Palette {i} – {w} kg – SSCC {s}"],
        "ship_receipt": [
            "Marchandise reçue en bon état – date, nom et signature du destinataire :",
            "Réception : date, cachet et signature",
        ],
        "ship_remarks": ["Réserves éventuelles :", "Observations :"],
        "ship_title": ["Bon de livraison", "Liste de colisage", "Bordereau de livraison"],
        "cmr_1": ["1 Expéditeur (nom, adresse)"],
        "cmr_2": ["2 Destinataire (nom, adresse)"],
        "cmr_3": ["3 Lieu prévu pour la livraison"],
        "cmr_4": ["4 Lieu et date de la prise en charge"],
        "cmr_16": ["16 Transporteur"],
        "craft_title_quotation": ["Devis", "Devis estimatif", "Proposition de travaux"],
        "craft_title_order_confirmation": [
            "Confirmation de commande de travaux",
            "Accord de travaux",
            "Commande de travaux",
        ],
        "craft_title_invoice": ["Facture", "Facture de travaux", "Facture définitive"],
        "craft_no_quotation": ["Devis n°", "N° de devis", "Numéro"],
        "craft_no_order_confirmation": ["N°", "Référence", "Confirmation n°"],
        "craft_no_invoice": ["Facture n°", "N° facture", "Numéro"],
        "craft_date": ["Date", "Fait le", "Date d'émission"],
        "craft_valid": ["Validité", "Devis valable jusqu'au"],
        "craft_cust": ["Code client", "Client n°"],
        "craft_site": ["Adresse du chantier", "Chantier", "Lieu d'intervention"],
        "craft_start": ["Date d'intervention", "Début des travaux"],
        "craft_quote_ref": ["Suivant devis", "Réf. devis"],
        "craft_duration": ["Durée estimée : {n} jours ouvrés", "Délai d'exécution : {n} jours"],
        "craft_pos": ["N°", "Poste", "Réf."],
        "craft_desc": ["Désignation", "Description des travaux", "Libellé"],
        "craft_qty": ["Qté", "Quantité"],
        "craft_unit": ["U", "Unité"],
        "craft_price": ["P.U. HT", "Prix unitaire HT", "PU"],
        "craft_tva": ["TVA", "Taux"],
        "craft_amount": ["Montant HT", "Total HT", "Montant"],
        "craft_section": ["Lot {n} – {t}", "{n}. {t}", "{T}"],
        "craft_subtotal": ["Sous-total {t}", "Total {t}", "Total lot {n}"],
        "craft_net": ["Total HT", "Montant total HT"],
        "craft_vat": ["TVA {r}", "TVA à {r}"],
        "craft_gross": ["Total TTC", "Montant TTC"],
        "craft_deposit": [
            "Acompte versé le {d} (facture {n})",
            "Déduction acompte facture {n}",
            "Acompte reçu",
        ],
        "craft_retention": ["Retenue de garantie {r}", "Retenue de garantie ({r})"],
        "craft_due": ["Net à payer", "Reste à payer", "Solde à régler"],
        "craft_terms_label": ["Conditions de règlement", "Modalités de paiement"],
        "craft_terms": [
            "30 % à la commande, solde à réception des travaux",
            "Acompte de 40 % à la signature, solde en fin de chantier",
            "Paiement à réception de facture",
        ],
        "craft_deposit_ask": ["Acompte à la commande : {p} soit {a}"],
        "craft_accept": [
            "Bon pour accord – date et signature du client, précédées de la mention « lu et "
            "approuvé » :",
            "Devis à retourner signé avec la mention « Bon pour accord »",
        ],
        "craft_insurance": [
            "Assurance décennale : {i}, contrat n° {n}, couverture France métropolitaine",
            "Garantie décennale souscrite auprès de {i} – police n° {n}",
        ],
        "craft_vat_note": [
            "TVA au taux réduit : travaux d'amélioration dans un logement achevé depuis plus "
            "de deux ans (attestation client)"
        ],
        "craft_staff": ["Main d'œuvre"],
    },
    "en": {
        "shop_title_invoice": ["Invoice", "INVOICE", "Tax invoice"],
        "shop_title_order_confirmation": ["Order confirmation", "Order summary", "Order receipt"],
        "shop_title_delivery_note": ["Packing slip", "Dispatch note", "Packing list"],
        "shop_title_credit_note": ["Credit note", "Refund receipt", "Credit memo"],
        "shop_order": ["Order", "Order number", "Order No.", "Order ID"],
        "shop_inv_no": ["Invoice number", "Invoice #", "Invoice No."],
        "shop_cn_no": ["Credit note number", "Credit note #"],
        "shop_order_date": ["Order date", "Ordered on", "Placed on"],
        "shop_doc_date_invoice": ["Invoice date", "Date issued", "Billing date"],
        "shop_doc_date_credit_note": ["Credit note date", "Issued on"],
        "shop_doc_date_delivery_note": ["Ship date", "Shipped on"],
        "shop_customer": ["Customer ID", "Customer no."],
        "shop_bill": ["Billing address", "Bill to", "Billing details"],
        "shop_ship": ["Shipping address", "Ship to", "Delivery address"],
        "shop_ship_method": ["Shipping method", "Delivery method", "Shipping service"],
        "shop_pay_method": ["Payment method", "Paid with", "Payment"],
        "shop_product": ["Product", "Item", "Items"],
        "shop_sku": ["SKU", "Item code"],
        "shop_variant": ["Variant", "Options"],
        "shop_qty": ["Qty", "Quantity"],
        "shop_price": ["Price", "Unit price", "Unit price (excl. VAT)"],
        "shop_tax": ["VAT rate", "Tax"],
        "shop_gross_col": ["Total (incl. VAT)", "Item total incl. VAT"],
        "shop_total": ["Total", "Line total", "Amount"],
        "shop_sub": ["Subtotal", "Items subtotal", "Merchandise"],
        "shop_disc": ["Discount ({c})", "Promo code {c}", "Voucher {c}"],
        "shop_fee": ["Shipping", "Shipping & handling", "Postage & packing"],
        "shop_net": ["Total excl. VAT", "Net total", "Total before VAT"],
        "shop_vat": ["VAT {r}", "Tax ({r})"],
        "shop_gross": ["Total", "Order total", "Grand total"],
        "shop_paid": ["Paid", "Amount paid"],
        "shop_refunded": ["Refunded", "Amount refunded"],
        "shop_left": ["Balance", "Remaining"],
        "shop_thanks": ["Thank you for your order!", "Thanks for shopping with us."],
        "shop_returns": [
            "Returns accepted within {n} days, see {web}/returns",
            "Not happy? Send it back within {n} days: {web}",
        ],
        "shop_qty_ship": ["Qty shipped", "Quantity"],
        "ship_no": ["Shipment no.", "Shipment ID"],
        "ship_our": ["Sales order", "Our order ref."],
        "ship_your": ["Your order", "Customer PO", "Your PO no."],
        "ship_cust": ["Account no.", "Customer code"],
        "ship_num": ["Number", "Document no.", "Note no."],
        "ship_date": ["Date", "Document date"],
        "ship_sent": ["Ship date", "Dispatched on"],
        "ship_carrier": ["Carrier", "Forwarder"],
        "ship_track": ["Tracking no.", "Tracking number", "Waybill"],
        "ship_incoterm": ["Incoterms", "Terms of delivery"],
        "ship_parcels": ["Packages", "No. of parcels"],
        "ship_pallets": ["Pallets"],
        "ship_gross": ["Gross weight"],
        "ship_net": ["Net weight"],
        "ship_from": ["Shipper", "Ship from"],
        "ship_sold": ["Sold to", "Customer", "Bill to"],
        "ship_to": ["Ship to", "Deliver to", "Delivery point"],
        "ship_pos": ["Line", "Pos."],
        "ship_sku": ["Item no.", "Part number", "Product code"],
        "ship_desc": ["Description"],
        "ship_lot": ["Batch", "Lot no."],
        "ship_ordered": ["Ordered", "Qty ordered"],
        "ship_shipped": ["Shipped", "Qty shipped", "Delivered"],
        "ship_back": ["Back-ordered", "Backorder", "To follow"],
        "ship_unit": ["UoM", "Unit"],
        "ship_weight": ["Weight (kg)", "Wt kg"],
        "ship_parcel_row": [
            "Parcel {i} of {n} – SSCC {s} – {w} kg",
            "Pallet {i} – {w} kg – SSCC {s}",
        ],
        "ship_receipt": [
            "Received in good condition – date, name and signature:",
            "Goods received by (print name, sign and date):",
        ],
        "ship_remarks": ["Remarks:", "Damages / shortages:"],
        "ship_title": ["Delivery note", "Packing list", "Dispatch note", "Shipping note"],
        "cmr_1": ["1 Sender (name, address)"],
        "cmr_2": ["2 Receiver (name, address)"],
        "cmr_3": ["3 Place of delivery of the goods"],
        "cmr_4": ["4 Place and date of taking over the goods"],
        "cmr_16": ["16 Carrier"],
        "craft_title_quotation": ["Quotation", "Estimate", "Quote for works"],
        "craft_title_order_confirmation": [
            "Works order confirmation",
            "Acceptance of quotation",
            "Order acknowledgement – works",
        ],
        "craft_title_invoice": ["Invoice", "Final invoice", "Invoice for works"],
        "craft_no_quotation": ["Quote no.", "Estimate #", "Reference"],
        "craft_no_order_confirmation": ["Number", "Ref.", "Confirmation no."],
        "craft_no_invoice": ["Invoice no.", "Invoice number", "Number"],
        "craft_date": ["Date", "Issue date", "Dated"],
        "craft_valid": ["Valid until", "Quote valid to"],
        "craft_cust": ["Client no.", "Account"],
        "craft_site": ["Site address", "Works at", "Property"],
        "craft_start": ["Works date", "Start date"],
        "craft_quote_ref": ["As per quotation", "Quote ref."],
        "craft_duration": ["Estimated duration: {n} working days", "Lead time: {n} days"],
        "craft_pos": ["No.", "Item", "Ref."],
        "craft_desc": ["Description", "Description of works", "Details"],
        "craft_qty": ["Qty", "Quantity"],
        "craft_unit": ["Unit", "U"],
        "craft_price": ["Rate", "Unit rate", "Price"],
        "craft_tva": ["VAT", "VAT rate"],
        "craft_amount": ["Amount", "Net", "Total"],
        "craft_section": ["Section {n}: {t}", "{n}. {t}", "{T}"],
        "craft_subtotal": ["Subtotal {t}", "Total {t}", "Section {n} total"],
        "craft_net": ["Total (excl. VAT)", "Net total"],
        "craft_vat": ["VAT @ {r}", "VAT {r}"],
        "craft_gross": ["Total (incl. VAT)", "Total"],
        "craft_deposit": [
            "Less deposit paid on {d} (invoice {n})",
            "Less deposit invoice {n}",
            "Deposit received",
        ],
        "craft_retention": ["Retention {r}", "Less retention ({r})"],
        "craft_due": ["Balance due", "Amount now due", "Balance to pay"],
        "craft_terms_label": ["Payment terms", "Terms"],
        "craft_terms": [
            "30% deposit on acceptance, balance on completion",
            "Payment within 14 days of invoice",
            "Payment on completion of the works",
        ],
        "craft_deposit_ask": ["Deposit on acceptance: {p}, i.e. {a}"],
        "craft_accept": [
            "Acceptance: I accept this quotation and its terms – signature and date:",
            "To accept, please sign and return a copy of this quotation.",
        ],
        "craft_insurance": [
            "Public liability insurance with {i}, policy no. {n}",
            "Insured with {i} – policy {n}",
        ],
        "craft_vat_note": ["Materials and labour are charged at the standard rate of VAT."],
        "craft_staff": ["Labour"],
    },
    "de": {
        "shop_title_invoice": ["Rechnung", "RECHNUNG"],
        "shop_title_order_confirmation": ["Bestellbestätigung", "Ihre Bestellung"],
        "shop_title_delivery_note": ["Lieferschein", "Packzettel"],
        "shop_title_credit_note": ["Gutschrift", "Rechnungskorrektur"],
        "shop_order": ["Bestellung", "Bestellnummer", "Bestell-Nr."],
        "shop_inv_no": ["Rechnungsnummer", "Rechnungs-Nr."],
        "shop_cn_no": ["Gutschrift-Nr.", "Gutschriftnummer"],
        "shop_order_date": ["Bestelldatum", "Bestellt am"],
        "shop_doc_date_invoice": ["Rechnungsdatum"],
        "shop_doc_date_credit_note": ["Datum"],
        "shop_doc_date_delivery_note": ["Versanddatum"],
        "shop_customer": ["Kundennummer", "Kunden-Nr."],
        "shop_bill": ["Rechnungsadresse"],
        "shop_ship": ["Lieferadresse", "Versandadresse"],
        "shop_ship_method": ["Versandart"],
        "shop_pay_method": ["Zahlungsart"],
        "shop_product": ["Artikel", "Produkt"],
        "shop_sku": ["Art.-Nr.", "SKU"],
        "shop_variant": ["Variante"],
        "shop_qty": ["Menge", "Anz."],
        "shop_price": ["Einzelpreis", "Preis"],
        "shop_tax": ["MwSt."],
        "shop_gross_col": ["Gesamt brutto"],
        "shop_total": ["Gesamt", "Summe"],
        "shop_sub": ["Zwischensumme"],
        "shop_disc": ["Rabatt ({c})", "Gutschein {c}"],
        "shop_fee": ["Versand", "Versandkosten"],
        "shop_net": ["Gesamt netto", "Nettobetrag"],
        "shop_vat": ["MwSt. {r}", "USt. {r}"],
        "shop_gross": ["Gesamtbetrag", "Gesamt brutto"],
        "shop_paid": ["Bezahlt"],
        "shop_refunded": ["Erstattet"],
        "shop_left": ["Offen"],
        "shop_thanks": ["Vielen Dank für Ihre Bestellung!"],
        "shop_returns": ["Rückgabe innerhalb von {n} Tagen: {web}"],
        "shop_qty_ship": ["Menge"],
    },
    "it": {
        "ship_no": ["N. spedizione"],
        "ship_our": ["Ns. ordine", "Ns. rif."],
        "ship_your": ["Vs. ordine", "Vostro ordine n."],
        "ship_cust": ["Cod. cliente"],
        "ship_num": ["Numero", "N. documento", "DDT n."],
        "ship_date": ["Data", "Data documento"],
        "ship_sent": ["Data spedizione", "Data inizio trasporto"],
        "ship_carrier": ["Vettore"],
        "ship_track": ["Tracking", "N. lettera di vettura"],
        "ship_incoterm": ["Porto", "Resa"],
        "ship_parcels": ["Colli", "N. colli"],
        "ship_pallets": ["Bancali"],
        "ship_gross": ["Peso lordo"],
        "ship_net": ["Peso netto"],
        "ship_from": ["Mittente"],
        "ship_sold": ["Cliente", "Intestatario"],
        "ship_to": ["Destinatario", "Luogo di destinazione"],
        "ship_pos": ["Pos.", "Riga"],
        "ship_sku": ["Codice", "Cod. articolo"],
        "ship_desc": ["Descrizione"],
        "ship_lot": ["Lotto"],
        "ship_ordered": ["Q.tà ordinata", "Ordinato"],
        "ship_shipped": ["Q.tà spedita", "Spedito"],
        "ship_back": ["Residuo", "Da consegnare"],
        "ship_unit": ["U.M."],
        "ship_weight": ["Peso (kg)"],
        "ship_parcel_row": ["Collo {i}/{n} – SSCC {s} – {w} kg", "Bancale {i} – {w} kg"],
        "ship_receipt": ["Firma del destinatario per ricevuta merce:"],
        "ship_remarks": ["Annotazioni:"],
        "ship_title": ["Documento di trasporto", "DDT – Documento di trasporto"],
        "cmr_1": ["1 Mittente (nome, indirizzo)"],
        "cmr_2": ["2 Destinatario (nome, indirizzo)"],
        "cmr_3": ["3 Luogo previsto per la consegna"],
        "cmr_4": ["4 Luogo e data della presa in carico"],
        "cmr_16": ["16 Vettore"],
    },
}

# a shop's catalogue: stem, name per language, price range, what its variants are
SHOP_PRODUCTS: list[tuple[str, dict[str, str], tuple[int, int], str]] = [
    (
        "TSH",
        {"fr": "T-shirt coton bio", "en": "Organic cotton T-shirt", "de": "Bio-T-Shirt"},
        (12, 35),
        "size",
    ),
    (
        "HOO",
        {"fr": "Sweat à capuche", "en": "Hooded sweatshirt", "de": "Kapuzenpullover"},
        (35, 80),
        "size",
    ),
    (
        "MUG",
        {"fr": "Mug céramique 35 cl", "en": "Ceramic mug 12 oz", "de": "Keramikbecher 350 ml"},
        (8, 19),
        "colour",
    ),
    (
        "CND",
        {"fr": "Bougie parfumée", "en": "Scented candle", "de": "Duftkerze"},
        (14, 39),
        "scent",
    ),
    (
        "BAG",
        {"fr": "Sac cabas en toile", "en": "Canvas tote bag", "de": "Canvas-Tasche"},
        (15, 45),
        "colour",
    ),
    (
        "NBK",
        {"fr": "Carnet A5 pointillé", "en": "A5 dotted notebook", "de": "Notizbuch A5"},
        (6, 22),
        "colour",
    ),
    (
        "SNK",
        {"fr": "Baskets en cuir", "en": "Leather trainers", "de": "Ledersneaker"},
        (69, 149),
        "shoe",
    ),
    (
        "CAP",
        {"fr": "Casquette brodée", "en": "Embroidered cap", "de": "Bestickte Kappe"},
        (18, 32),
        "colour",
    ),
    (
        "TEA",
        {"fr": "Thé vert bio 100 g", "en": "Organic green tea 100 g", "de": "Grüntee 100 g"},
        (7, 16),
        "",
    ),
    ("PLD", {"fr": "Plaid en laine", "en": "Wool throw", "de": "Wolldecke"}, (49, 129), "colour"),
    (
        "LMP",
        {"fr": "Lampe de bureau LED", "en": "LED desk lamp", "de": "LED-Tischleuchte"},
        (29, 89),
        "colour",
    ),
    ("PHC", {"fr": "Coque de téléphone", "en": "Phone case", "de": "Handyhülle"}, (9, 29), "model"),
]
SHOP_COLOURS = {
    "fr": ["Bleu marine", "Noir", "Écru", "Vert sauge", "Terracotta"],
    "en": ["Navy", "Black", "Natural", "Sage green", "Terracotta"],
    "de": ["Marine", "Schwarz", "Natur", "Salbeigrün"],
}
SHOP_VARIANT_WORDS = {
    "fr": {
        "size": "Taille",
        "shoe": "Pointure",
        "colour": "Couleur",
        "scent": "Parfum",
        "model": "Modèle",
    },
    "en": {"size": "Size", "shoe": "Size", "colour": "Colour", "scent": "Scent", "model": "Model"},
    "de": {"size": "Größe", "shoe": "Größe", "colour": "Farbe", "scent": "Duft", "model": "Modell"},
}
SCENTS = {
    "fr": ["Figue", "Ambre", "Fleur de coton"],
    "en": ["Fig", "Amber", "Sea salt"],
    "de": ["Feige", "Bernstein"],
}
SHIP_METHODS = {
    "fr": ["Colissimo – Domicile", "Mondial Relay – Point Relais", "Chronopost 13h"],
    "en": ["Standard Shipping", "Royal Mail Tracked 48", "UPS Ground", "Express delivery"],
    "de": ["DHL Paket", "Hermes Standard", "DPD Express"],
}
PAY_METHODS = {
    "fr": ["Carte bancaire (Visa •••• {n})", "PayPal", "Apple Pay", "Mastercard •••• {n}"],
    "en": ["Visa ending in {n}", "PayPal", "Shop Pay", "Mastercard •••• {n}"],
    "de": ["Kreditkarte (Visa •••• {n})", "PayPal", "Klarna Rechnung"],
}

# a tradesman's sections: title per language, then (description, unit kind)
CRAFT_SECTIONS: list[tuple[dict[str, str], list[tuple[dict[str, str], str]]]] = [
    (
        {"fr": "Démolition – dépose", "en": "Strip-out"},
        [
            (
                {
                    "fr": "Dépose de l'ancienne cuisine, évacuation des gravats en déchetterie "
                    "agréée "
                    "et nettoyage du chantier",
                    "en": "Remove existing kitchen units, take waste to a licensed tip and "
                    "leave the "
                    "site clean",
                },
                "lump",
            ),
            (
                {
                    "fr": "Démolition de cloison en carreaux de plâtre, y compris "
                    "protection des sols",
                    "en": "Take down stud partition including floor protection",
                },
                "m2",
            ),
        ],
    ),
    (
        {"fr": "Plomberie – sanitaire", "en": "Plumbing"},
        [
            (
                {
                    "fr": "Fourniture et pose d'un WC suspendu avec bâti-support, "
                    "plaque de commande "
                    "et raccordements",
                    "en": "Supply and fit wall-hung WC with concealed frame, flush plate and "
                    "connections",
                },
                "u",
            ),
            (
                {
                    "fr": "Alimentation en multicouche Ø16 depuis le collecteur existant",
                    "en": "New 15 mm copper supply from existing manifold",
                },
                "ml",
            ),
            ({"fr": "Main d'œuvre plombier", "en": "Plumber's labour"}, "h"),
        ],
    ),
    (
        {"fr": "Électricité", "en": "Electrical"},
        [
            (
                {
                    "fr": "Mise en conformité du tableau électrique selon NF C 15-100, "
                    "fourniture d'un "
                    "interrupteur différentiel 30 mA type A",
                    "en": "Replace consumer unit to BS 7671 with 30 mA RCD protection and issue "
                    "certificate",
                },
                "lump",
            ),
            (
                {
                    "fr": "Fourniture et pose de prises de courant 16 A encastrées",
                    "en": "Supply and fit double sockets, flush mounted",
                },
                "u",
            ),
            (
                {
                    "fr": "Tirage de câble R2V 3G2,5 sous gaine",
                    "en": "Run 2.5 mm² twin and earth cable in conduit",
                },
                "ml",
            ),
        ],
    ),
    (
        {"fr": "Peinture", "en": "Decorating"},
        [
            (
                {
                    "fr": "Préparation des supports : rebouchage, ponçage et une "
                    "couche d'impression",
                    "en": "Prepare surfaces: fill, sand and apply one coat of primer",
                },
                "m2",
            ),
            (
                {
                    "fr": "Peinture acrylique velours, deux couches, murs et plafonds",
                    "en": "Two coats of matt emulsion to walls and ceilings",
                },
                "m2",
            ),
        ],
    ),
    (
        {"fr": "Menuiserie", "en": "Joinery"},
        [
            (
                {
                    "fr": "Fourniture et pose d'une porte intérieure âme alvéolaire, "
                    "huisserie bois "
                    "204 × 83 cm",
                    "en": "Supply and hang internal door 1981 × 762 mm with new lining",
                },
                "u",
            ),
            ({"fr": "Pose de plinthes en MDF à peindre", "en": "Fit MDF skirting board"}, "ml"),
        ],
    ),
    (
        {"fr": "Carrelage", "en": "Tiling"},
        [
            (
                {
                    "fr": "Fourniture et pose de carrelage grès cérame 60 × 60 cm, collé, joints "
                    "ciment gris",
                    "en": "Supply and lay 600 × 600 porcelain floor tiles, adhesive and grey grout",
                },
                "m2",
            ),
            (
                {
                    "fr": "Ragréage autolissant avant pose",
                    "en": "Self-levelling screed before tiling",
                },
                "m2",
            ),
        ],
    ),
    (
        {"fr": "Main d'œuvre et déplacements", "en": "Labour and travel"},
        [
            ({"fr": "Main d'œuvre – compagnon qualifié", "en": "Labour – skilled tradesman"}, "h"),
            (
                {
                    "fr": "Frais de déplacement et d'installation de chantier",
                    "en": "Travel and site set-up",
                },
                "lump",
            ),
        ],
    ),
]
CRAFT_UNITS = {
    "fr": {
        "lump": ["forfait", "Ft", "ens."],
        "h": ["h", "heure"],
        "m2": ["m²", "m2"],
        "ml": ["ml", "m"],
        "u": ["u", "U", "pce"],
    },
    "en": {
        "lump": ["item", "sum", "lump sum"],
        "h": ["hr", "hrs", "h"],
        "m2": ["m²", "sq m"],
        "ml": ["lm", "m"],
        "u": ["nr", "ea", "each"],
    },
}
CRAFT_PRICES = {"lump": (150, 2500), "h": (38, 65), "m2": (18, 95), "ml": (6, 40), "u": (45, 600)}
INSURERS = ["MAAF Pro", "SMABTP", "AXA Entreprises", "Allianz", "Hiscox", "QBE"]
FIRST = {"fr": ["Claire", "Julien", "Sophie", "Marc"], "en": ["Sarah", "James", "Emma", "Tom"]}


def _cls(kind: bool | str) -> str:
    """The class of a table cell: right-aligned number, unbroken code, or wrapping text."""
    return "num" if kind is True else "nw" if kind == "nw" else ""


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


class TradePage(Page):
    """A page of one of the shop / shipping / trade families."""

    def __init__(self, doc: Doc, fam: Family, rng: random.Random, heldout: bool) -> None:
        super().__init__(doc, fam, rng, heldout)
        self.o["negative"] = False
        self.o["currency_item"] = False
        self.extra_css = ""
        {
            "shop_order": self.shop_prepare,
            "ship_list": self.ship_prepare,
            "craft_works": self.craft_prepare,
        }[fam.renderer]()

    def word(self, key: str, **kw: str) -> str:
        k = f"__trade_{key}"
        if k not in self._labels:
            text = self.rng.choice(TRADE_WORDS[self.lang][key])
            self._labels[k] = (
                text.upper()
                if self.o["upper"] and key.endswith(("_bill", "_ship", "_sold", "_to", "_from"))
                else text
            )
        return filled(self._labels[k], **kw)

    def title(self) -> str:
        key = {"shop_order": "shop_title_", "craft_works": "craft_title_"}.get(self.f.renderer)
        if key is None:
            return self.word("ship_title")
        return self.word(key + self.d.kind)

    def body(self) -> str:
        draw = {
            "shop_order": self.shop_body,
            "ship_list": self.ship_body,
            "craft_works": self.craft_body,
        }
        return self.with_legal(draw[self.f.renderer]())

    def css(self) -> str:
        acc = self.o["accent"]
        return (
            super().css()
            + f"""
.tp-head {{ display: flex; justify-content: space-between; align-items: flex-start;
  gap: 8mm; margin-bottom: 5mm; }}
.tp-head .co {{ font-size: 1.5em; }}
.tp-title {{ font-size: 1.6em; font-weight: bold; color: {acc}; margin: 0 0 2mm 0; }}
.kv td {{ padding: 0.5pt 6pt 0.5pt 0; vertical-align: top; }} .kv td.l {{ color: #555; }}
.cols {{ display: flex; gap: 6mm; margin: 4mm 0; }} .cols > div {{ flex: 1; }}
.cap {{ font-weight: bold; text-transform: none; border-bottom: 0.6pt solid {acc};
  margin-bottom: 1mm; padding-bottom: 0.5mm; }}
.thumb {{ width: 9mm; height: 9mm; background: #ddd; border: 0.5pt solid #bbb; }}
.muted {{ color: #666; font-size: 0.85em; }}
table.items tr.grp td {{ font-weight: bold; background: #f2f2f2; }}
table.items tr.sub td {{ font-style: italic; border-top: 0.5pt solid #999; }}
.box {{ border: 0.8pt solid #333; padding: 2mm 3mm; }}
.boxes {{ display: grid; grid-template-columns: 1fr 1fr; gap: 0; margin: 3mm 0; }}
.boxes > div {{ border: 0.6pt solid #333; padding: 1.5mm 2mm; min-height: 14mm; }}
.boxes .n {{ font-size: 0.75em; color: #333; display: block; margin-bottom: 0.8mm; }}
.sign {{ border: 0.6pt solid #555; min-height: 18mm; padding: 2mm; margin-top: 4mm;
  break-inside: avoid; }}
"""
            + self.extra_css
        )

    # shared helpers -------------------------------------------------------------------------
    def kv(self, rows: list[tuple[str, str]], cls: str = "kv") -> str:
        trs = "".join(
            f"<tr><td class='l'>{esc(self.lv(lab))}</td><td class='nw'>{esc(val)}</td></tr>"
            for lab, val in rows
        )
        return f"<table class='{cls}'>{trs}</table>"

    def items_table(self, heads: list[tuple[str, bool]], rows: list[str]) -> str:
        th = "".join(f"<th class='{'num' if num else ''}'>{esc(h)}</th>" for h, num in heads)
        head = f"<tr class='head'>{th}</tr>"
        rules = self.o["rules"]
        if self.o["repeat_header"]:
            return (
                f"<table class='items rules-{rules}'><thead>{head}</thead>"
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
        return f"<table class='items rules-{rules}'><tbody>{head}{''.join(rows)}</tbody></table>"

    def total_rows(self, rows: list[tuple[str, str, bool]]) -> str:
        return totals_table(rows, boxed=False)

    def tax_rows(self, key: str, cur: bool) -> list[tuple[str, str, bool]]:
        d, s = self.d, self.s
        if d.sales_tax is not None:
            self.out.summary_rate(d.sales_tax)  # printed in its label
            lab = self.rng.choice(["Sales tax ({r})", "Tax {r}"]).replace(
                "{r}", s.rate(d.sales_tax)
            )
            return [(lab, self.money(d.total_tax, "total_tax", cur), False)]
        taxes = d.tax_by_rate()
        for rate in taxes:
            if "{r}" in self.word(key).lower():
                self.out.summary_rate(rate)
        rows = [
            (
                self.word(key, r=s.rate(rate)),
                self.money(tax, "total_tax" if len(taxes) == 1 else None, cur),
                False,
            )
            for rate, (_b, tax) in taxes.items()
        ]
        if len(taxes) > 1:
            rows.append((self.label("total_tax"), self.money(d.total_tax, "total_tax", cur), False))
        return rows

    def customer_person(self) -> None:
        """A private customer: a person's name instead of a company, no VAT id."""
        d, lang = self.d, self.lang if self.lang in FIRST else "en"
        sur = self.rng.choice(SURNAMES[lang].split())
        name = self.rng.choice(
            [f"M. et Mme {sur}", f"Mme {self.rng.choice(FIRST[lang])} {sur}"]
            if lang == "fr"
            else [f"Mr & Mrs {sur}", f"{self.rng.choice(FIRST[lang])} {sur}"]
        )
        if d.delivery and d.delivery[0] == d.counterpart.name:
            d.delivery = (name, d.delivery[1])
        d.counterpart = replace(d.counterpart, name=name, vat=None, legal={})

    # shop ----------------------------------------------------------------------------------------
    def shop_prepare(self) -> None:
        d, rng, lang = self.d, self.rng, self.lang
        self.platform = rng.choice(["hash", "hash", "letters", "market", "plain"])
        n = rng.randint(1001, 48000)
        self.order_no, self.order_shown = {
            "hash": (str(n), f"#{n}"),
            "letters": (
                (code := "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))),
                code,
            ),
            "market": (
                (
                    m := f"{rng.randint(111, 408)}-{rng.randint(1000000, 9999999)}-"
                    f"{rng.randint(1000000, 9999999)}"
                ),
                m,
            ),
            "plain": (str(n), str(n)),
        }[self.platform]
        if rng.random() < 0.5:
            self.customer_person()
        y = d.date.year
        inv = rng.choice(
            [
                f"INV-{y}-{n % 10000:04d}",
                f"FA{rng.randint(1, 99999):06d}",
                f"{y}{n:06d}",
                f"F-{y % 100:02d}-{n:05d}",
            ]
        )
        if d.kind == "credit_note":
            inv = rng.choice([f"AV{rng.randint(1, 9999):06d}", f"CN-{y}-{n % 1000:04d}"])
        d.order_number = None if d.kind == "order_confirmation" else self.order_no
        d.number = self.order_no if d.kind == "order_confirmation" else inv
        if d.kind == "delivery_note":
            d.number = None
            d.priced = rng.random() < 0.25
        self.order_date = d.date - timedelta(days=rng.randint(0, 6))
        if d.kind == "order_confirmation":
            self.order_date = d.date
        d.delivery_date = d.due_date = d.payment_terms = None
        d.deposit = d.previous_balance = None
        d.customer_number = (
            rng.choice([f"{rng.randint(100000, 999999)}", f"C-{rng.randint(1000, 99999)}"])
            if rng.random() < 0.35
            else None
        )
        if d.delivery is None or rng.random() < 0.4:
            d.delivery = (d.customer.name, list(d.customer.address))
        # the catalogue replaces the industrial items of the drawn document
        rate = next((i.tax_rate for i in d.items), None)
        pool = list(SHOP_PRODUCTS)
        rng.shuffle(pool)
        count = min(len(d.items) or 1, rng.choice([1, 1, 2, 3, 4, 5, 6, 8, 12]))
        lw = lang if lang in SHOP_COLOURS else "en"
        items = []
        self.variants: list[str] = []
        for i in range(count):
            stem, names, (lo, hi), kind = pool[i % len(pool)]
            value = {
                "size": rng.choice(["XS", "S", "M", "L", "XL"]),
                "shoe": str(rng.randint(36, 46)),
                "colour": rng.choice(SHOP_COLOURS[lw]),
                "scent": rng.choice(SCENTS[lw]),
                "model": rng.choice(["iPhone 15", "Galaxy S24", "Pixel 8"]),
            }.get(kind, "")
            variant = ""
            if kind:
                word = SHOP_VARIANT_WORDS[lw][kind]
                colour = rng.choice(SHOP_COLOURS[lw]) if kind in ("size", "shoe") else ""
                variant = rng.choice(
                    [
                        f"{value} / {colour}" if colour else value,
                        f"{word} : {value}" if lang == "fr" else f"{word}: {value}",
                    ]
                )
            code = "".join(c for c in value.upper() if c.isalnum())[:3]
            sku = rng.choice(
                [
                    f"{stem}-{code}-{rng.randint(10, 99)}"
                    if code
                    else f"{stem}-{rng.randint(100, 999)}",
                    "37" + str(rng.randint(10**10, 10**11)),
                ]
            )
            price = Decimal(rng.randint(lo * 100, hi * 100)) / 100
            if rng.random() < 0.5:
                price = price.quantize(Decimal(1)) - Decimal("0.10")
            items.append(
                Item(
                    sku=sku,
                    description=names[lw],
                    detail=None,
                    quantity=Decimal(rng.choice([1, 1, 1, 2, 2, 3, 4, 6, 10])),
                    unit="",
                    unit_price=price,
                    discount=Decimal(0),
                    tax_rate=rate,
                )
            )
            self.variants.append(variant)
        self.variant_col = rng.random() < 0.35
        if not self.variant_col:
            for it, v in zip(items, self.variants, strict=True):
                it.detail = v or None
        d.items = items
        self.shop_fee: Item | None = None
        self.shop_code: Item | None = None
        if d.priced:
            if rng.random() < 0.7:
                fee = Decimal(rng.choice(["0", "4.90", "5.95", "6.50", "9.90", "12.00"]))
                self.shop_fee = Item(
                    None, self.word("shop_fee"), None, Decimal(1), "", fee, Decimal(0), rate
                )
            if rng.random() < 0.3:
                code = rng.choice(["WELCOME10", "BIENVENUE", "SUMMER15", "NOEL5", "VIP20"])
                cut = -_cents(sum((i.total for i in items), Decimal(0)) * Decimal("0.1"))
                self.shop_code = Item(None, code, None, Decimal(1), "", cut, Decimal(0), rate)
        self.fee_as_row = self.shop_fee is not None and rng.random() < 0.35
        for extra in (self.shop_fee, self.shop_code):
            if extra is not None:
                d.items.append(extra)

    def shop_body(self) -> str:
        d, rng = self.d, self.rng
        p = d.issuer
        name = esc(self.party_name(p))
        web = p.website or p.email.split("@")[1]
        logo = ""
        if rng.random() < 0.6:
            logo = f"<div class='logo'>{esc(initials(p.name))}</div>"
        store = (
            f"<div>{logo}<div class='co'>{name}</div><div class='muted'>"
            f"{'<br>'.join(esc(a) for a in p.address)}<br>{esc(web)} · {esc(p.email)}</div>"
        )
        if self.o["vat_at"] in ("letterhead", "meta") and p.vat:
            store += f"<div class='muted'>{esc(self.label('vat'))} {self.vat_html(p)}</div>"
        store += "</div>"
        # the numbers and dates
        meta: list[tuple[str, str]] = []
        order_shown = self.out.put(
            "order_number" if d.order_number else "document_number", self.order_no, self.order_no
        )
        order_text = self.order_shown.replace(self.order_no, order_shown)
        in_title = d.kind == "order_confirmation" and rng.random() < 0.5
        if d.kind in ("invoice", "credit_note"):
            key = "shop_inv_no" if d.kind == "invoice" else "shop_cn_no"
            meta.append(
                (self.word(key), self.out.put("document_number", d.number or "", d.number or ""))
            )
        if not in_title:
            meta.append((self.word("shop_order"), order_text))
        if d.kind == "order_confirmation":
            meta.append((self.word("shop_order_date"), self.date("document_date", d.date, True)))
        else:
            date_key = f"shop_doc_date_{d.kind}"
            meta.append((self.word(date_key), self.date("document_date", d.date, main=True)))
            meta.append((self.word("shop_order_date"), self.date(None, self.order_date)))
        if d.customer_number:
            cn = self.out.put("customer_number", d.customer_number, d.customer_number)
            meta.append((self.word("shop_customer"), cn))
        rng.shuffle(meta) if rng.random() < 0.3 else None
        # the number in the title is kept on one line: wrapped at a hyphen it is no longer one
        title = esc(self.title()) + (
            f" <span class='nw'>{esc(order_text)}</span>" if in_title else ""
        )
        right = f"<div><div class='tp-title'>{title}</div>{self.kv(meta)}</div>"
        if self.o["meta_pos"] == "right":
            top = f"<div class='tp-head'>{store}{right}</div>"
        else:
            top = f"<div class='tp-head'>{store}</div>{right}"
        # addresses side by side, with the methods in a third column sometimes
        cust = d.customer
        bill = self.block(
            self.word("shop_bill"), self.party_name(cust), cust.address, "billing_address"
        )
        dname, site = d.delivery or (cust.name, cust.address)
        ship = self.block(self.word("shop_ship"), dname, site, "delivery_address")
        contact = f"<div class='muted'>{esc(cust.email)}</div>" if rng.random() < 0.5 else ""
        methods = []
        carrier = rng.choice(SHIP_METHODS[self.lang])
        methods.append((self.word("shop_ship_method"), carrier))
        if d.kind != "delivery_note":
            pay = rng.choice(PAY_METHODS[self.lang]).replace("{n}", str(rng.randint(1000, 9999)))
            methods.append((self.word("shop_pay_method"), pay))
        mhtml = "".join(
            f"<div class='pb'><div class='pl'>{esc(lab)}</div>{esc(v)}</div>" for lab, v in methods
        )
        cols = [f"<div>{bill}{contact}</div>", f"<div>{ship}</div>"]
        if rng.random() < 0.5:
            cols.reverse()
        cols.append(f"<div>{mhtml}</div>")
        parties = f"<div class='cols'>{''.join(cols)}</div>"
        table = self.shop_table()
        totals = self.shop_totals() if d.priced else ""
        foot = [self.word("shop_thanks")]
        if rng.random() < 0.6:
            foot.append(self.word("shop_returns", n=str(rng.choice([14, 30, 60])), web=web))
        notes = "".join(f"<p class='note'>{esc(x)}</p>" for x in foot)
        return f"{top}{parties}{table}{totals}{notes}"

    def shop_table(self) -> str:
        d, s, rng = self.d, self.s, self.rng
        thumbs = rng.random() < 0.4
        sku_mode = self.o["sku"]
        tax_col = d.priced and d.sales_tax is None and rng.random() < 0.3
        gross_col = tax_col and rng.random() < 0.6
        heads: list[tuple[str, bool]] = []
        if thumbs:
            heads.append(("", False))
        heads.append((self.word("shop_product"), False))
        if self.variant_col:
            heads.append((self.word("shop_variant"), False))
        if sku_mode == "column":
            heads.append((self.word("shop_sku"), False))
        qty_key = "shop_qty_ship" if d.kind == "delivery_note" else "shop_qty"
        price_first = rng.random() < 0.5
        if d.priced and price_first:
            heads.append((self.word("shop_price"), True))
        heads.append((self.word(qty_key), True))
        if d.priced and not price_first:
            heads.append((self.word("shop_price"), True))
        if tax_col:
            heads.append((self.word("shop_tax"), True))
        if d.priced:
            heads.append((self.word("shop_total"), True))
        if gross_col:
            heads.append((self.word("shop_gross_col"), True))
        rows = []
        printed_items = [
            i
            for i in d.items
            if i is not self.shop_code and (i is not self.shop_fee or self.fee_as_row)
        ]
        for it, variant in zip(
            printed_items, self.variants + [""] * len(printed_items), strict=False
        ):
            row = self.out.row()
            cells: list[tuple[str, bool | str]] = []
            if thumbs:
                cells.append(("<div class='thumb'></div>" if it.sku else "", False))
            row.put("description", it.full_description, it.full_description)
            text = f"<b>{esc(it.description)}</b>"
            if it.detail:
                text = (
                    f"<b>{esc(it.description)}</b><br><span class='muted'>{esc(it.detail)}</span>"
                )
            if it.sku and sku_mode == "second_line":
                lab = self.word("shop_sku")
                sku = esc(row.put("sku", it.sku, it.sku))
                text += f"<br><span class='muted'>{esc(lab)}: {sku}</span>"
            cells.append((text, False))
            if self.variant_col:
                cells.append((esc(variant), "nw"))
            if sku_mode == "column":
                cells.append((esc(row.put("sku", it.sku or "", it.sku or "")), "nw"))
            qty = esc(row.put("quantity", _num_str(it.quantity), s.quantity(it.quantity)))
            price = ""
            if d.priced:
                cur = self.o["cur_in_cells"]
                shown = s.money(it.unit_price, with_currency=cur)
                if cur:
                    self.out.put("currency", d.currency, self.currency_shown())
                price = esc(row.put("unit_price", str(it.unit_price), shown))
            if d.priced and price_first:
                cells.append((price, True))
            cells.append((qty, True))
            if d.priced and not price_first:
                cells.append((price, True))
            if tax_col and it.tax_rate is not None:
                cells.append(
                    (esc(row.put("tax_rate", _num_str(it.tax_rate), s.rate(it.tax_rate))), True)
                )
            if d.priced:
                shown = s.money(it.total, with_currency=self.o["cur_in_cells"])
                cells.append((esc(row.put("line_total", _money_str(it.total), shown)), True))
            if gross_col and it.tax_rate is not None:
                gross = _cents(it.total * (1 + it.tax_rate / 100))
                cells.append((esc(s.money(gross, with_currency=False)), True))
            tds = "".join(f"<td class='{_cls(n)}'>{c}</td>" for c, n in cells)
            rows.append(f"<tr>{tds}</tr>")
        return self.items_table(heads, rows)

    def shop_totals(self) -> str:
        d, rng = self.d, self.rng
        cur = True
        products = sum(
            (i.total for i in d.items if i is not self.shop_code and i is not self.shop_fee),
            Decimal(0),
        )
        rows: list[tuple[str, str, bool]] = []
        after = [
            x
            for x in (self.shop_code, self.shop_fee)
            if x is not None and not (x is self.shop_fee and self.fee_as_row)
        ]
        if after:
            rows.append((self.word("shop_sub"), self.s.money(products), False))
            for x in after:
                lab = (
                    self.word("shop_disc", c=x.description)
                    if x is self.shop_code
                    else (self.word("shop_fee"))
                )
                rows.append((lab, self.s.money(x.total), False))
            if rng.random() < 0.6:
                rows.append(
                    (self.word("shop_net"), self.money(d.total_net, "total_net", cur), False)
                )
        else:
            lab = self.word("shop_sub") if rng.random() < 0.5 else self.word("shop_net")
            rows.append((lab, self.money(d.total_net, "total_net", cur), False))
        rows += self.tax_rows("shop_vat", cur)
        rows.append((self.word("shop_gross"), self.money(d.total_gross, "total_gross", cur), True))
        if d.kind != "delivery_note" and rng.random() < 0.5:
            key = "shop_refunded" if d.kind == "credit_note" else "shop_paid"
            rows.append((self.word(key), self.s.money(d.total_gross), False))
            if d.kind != "credit_note" and rng.random() < 0.5:
                rows.append((self.word("shop_left"), self.s.money(Decimal(0)), False))
        return self.total_rows(rows)

    # shipping ---------------------------------------------------------------------------------
    def ship_prepare(self) -> None:
        d, rng = self.d, self.rng
        d.priced = False
        y = d.date.year
        n = rng.randint(1, 99999)
        if self.lang == "it":
            d.number = rng.choice([f"{n % 9000}/{y}", f"DDT{y % 100:02d}-{n:05d}"])
        elif rng.random() < 0.6:
            d.number = rng.choice(
                [
                    f"BL{y % 100:02d}{n:06d}",
                    f"DN-{y}-{n:05d}",
                    f"8{rng.randint(10**7, 10**8 - 1)}",
                    f"PL{n:06d}",
                ]
            )
        if d.delivery is None or rng.random() < 0.3:
            site = address(rng, d.customer.country, self.lang)
            d.delivery = (d.customer.name, site)
        self.shipment = f"SHP{rng.randint(10**6, 10**7 - 1)}"
        self.our_order = f"SO{rng.randint(10**5, 10**6 - 1)}"
        if not d.tracking and rng.random() < 0.6:
            d.tracking = rng.choice(
                [
                    f"1Z{rng.randint(10**5, 10**6)}68{rng.randint(10**7, 10**8)}",
                    f"JJD{rng.randint(10**13, 10**14)}",
                    f"6A{rng.randint(10**10, 10**11)}",
                ]
            )
        d.carrier = d.carrier or rng.choice(
            ["Geodis", "DB Schenker", "Heppner", "GLS", "TNT", "BRT", "XPO Logistics"]
        )
        self.pallets = rng.random() < 0.35
        self.n_parcels = rng.randint(1, min(4, max(1, len(d.items))))
        for it in d.items:
            if it.weight is None:
                it.weight = (it.quantity * Decimal(rng.randint(1, 300)) / 10).quantize(
                    Decimal("0.1")
                )
            if it.ordered is None:
                it.ordered = it.quantity + (rng.randint(1, 6) if rng.random() < 0.25 else 0)
        self.lots = [
            f"L{y % 100:02d}{rng.randint(1, 52):02d}-{rng.randint(1, 999):03d}" for _ in d.items
        ]
        self.lot_in_desc = "lot" not in self.o["extras"] and rng.random() < 0.4
        if self.lot_in_desc:
            lot_word = self.word("ship_lot")
            for it, lot in zip(d.items, self.lots, strict=True):
                it.detail = f"{lot_word} {lot}"

    def ship_body(self) -> str:
        d, rng = self.d, self.rng
        p = d.issuer
        name = esc(self.party_name(p))
        vat = ""
        if self.o["vat_at"] in ("letterhead", "meta") and p.vat:
            vat = f"<br>{esc(self.label('vat'))} {self.vat_html(p)}"
        lh = (
            f"<div><div class='co'>{name}</div><div class='muted'>"
            f"{'<br>'.join(esc(a) for a in p.address)}<br>{esc(self.label('phone'))} "
            f"{esc(p.phone)}{vat}</div></div>"
        )
        meta: list[tuple[str, str]] = []
        if d.number:
            meta.append(
                (self.word("ship_num"), self.out.put("document_number", d.number, d.number))
            )
        meta.append((self.word("ship_date"), self.date("document_date", d.date, main=True)))
        if d.delivery_date and rng.random() < 0.8:
            meta.append((self.word("ship_sent"), self.date("delivery_date", d.delivery_date)))
        if d.order_number:
            meta.append(
                (
                    self.word("ship_your"),
                    self.out.put("order_number", d.order_number, d.order_number),
                )
            )
        if rng.random() < 0.4:
            meta.append((self.word("ship_our"), self.our_order))
        if rng.random() < 0.4:
            meta.append((self.word("ship_no"), self.shipment))
        if d.customer_number:
            meta.append(
                (
                    self.word("ship_cust"),
                    self.out.put("customer_number", d.customer_number, d.customer_number),
                )
            )
        transport: list[tuple[str, str]] = [(self.word("ship_carrier"), d.carrier or "")]
        if d.tracking:
            transport.append((self.word("ship_track"), d.tracking))
        if rng.random() < 0.4:
            transport.append((self.word("ship_incoterm"), rng.choice(["DAP", "EXW", "FCA", "CPT"])))
        gross = sum((i.weight or Decimal(0) for i in d.items), Decimal(0))
        count = self.n_parcels
        transport.append(
            (self.word("ship_pallets" if self.pallets else "ship_parcels"), str(count))
        )
        transport.append((self.word("ship_gross"), f"{self.s.quantity(gross + count)} kg"))
        if rng.random() < 0.4:
            transport.append((self.word("ship_net"), f"{self.s.quantity(gross)} kg"))
        title = f"<div class='tp-title'>{esc(self.title())}</div>"
        if self.o["meta"] == "boxes":
            cells = "".join(
                f"<td><div class='muted'>{esc(lab)}</div><div class='nw'>{esc(v)}</div></td>"
                for lab, v in meta
            )
            meta_html = f"<table class='meta meta-boxed'><tr>{cells}</tr></table>"
            top = f"<div class='tp-head'>{lh}{title}</div>{meta_html}"
        else:
            top = f"<div class='tp-head'>{lh}<div>{title}{self.kv(meta)}</div></div>"
        cust = d.customer
        dname, site = d.delivery or (cust.name, cust.address)
        if self.o["parties"] == "cmr":
            w = self.word
            pick_up = f"{self._city(p.address)}, {self.s.date_text(d.date)}"
            boxes = [
                (w("cmr_1"), "<br>".join(esc(x) for x in [p.name, *p.address])),
                (
                    w("cmr_2"),
                    self.block(None, self.party_name(cust), cust.address, "billing_address"),
                ),
                (w("cmr_3"), self.block(None, dname, site, "delivery_address")),
                (w("cmr_4"), esc(pick_up)),
                (w("cmr_16"), esc(d.carrier or "")),
                ("", self.kv(transport[1:])),
            ]
            parties = (
                "<div class='boxes'>"
                + "".join(f"<div><span class='n'>{esc(c)}</span>{b}</div>" for c, b in boxes)
                + "</div>"
            )
            transport_html = ""
        else:
            blocks = [
                self.block(
                    self.word("ship_sold"), self.party_name(cust), cust.address, "billing_address"
                ),
                self.block(self.word("ship_to"), dname, site, "delivery_address"),
            ]
            if rng.random() < 0.4:
                depot = address(rng, p.country, self.lang)
                blocks.insert(0, self.block(self.word("ship_from"), p.name, depot, None))
            parties = "<div class='cols'>" + "".join(f"<div>{b}</div>" for b in blocks) + "</div>"
            transport_html = f"<div class='box'>{self.kv(transport)}</div>"
        table = self.ship_table()
        sign = (
            f"<div class='sign'><div>{esc(self.word('ship_receipt'))}</div>"
            f"<div style='margin-top:6mm'>{esc(self.word('ship_remarks'))}</div></div>"
        )
        first = rng.random() < 0.5
        return (
            f"{top}{parties}{transport_html if first else ''}{table}"
            f"{'' if first else transport_html}{sign}"
        )

    @staticmethod
    def _city(lines: list[str]) -> str:
        for line in reversed(lines):
            head, _, rest = line.partition(" ")
            if head[:1].isdigit() and rest:
                return rest
        return lines[-1]

    def ship_table(self) -> str:
        d, s, rng = self.d, self.s, self.rng
        extras = self.o["extras"]
        cols = []
        if "line_no" in extras:
            cols.append("pos")
        cols += ["sku", "desc"]
        if "lot" in extras:
            cols.append("lot")
        back = any(i.ordered != i.quantity for i in d.items)
        mode = rng.choice(["shipped", "both", "all"] if back else ["shipped", "both"])
        cols += {
            "shipped": ["shipped"],
            "both": ["ordered", "shipped"],
            "all": ["ordered", "shipped", "back"],
        }[mode]
        if "unit" in extras:
            cols.append("unit")
        if "weight" in extras:
            cols.append("weight")
        numeric = {"pos", "ordered", "shipped", "back", "weight"}
        codes = {"sku", "lot", "unit"}
        heads = [(self.word(f"ship_{c}"), c in numeric) for c in cols]
        step = rng.choice([1, 10])
        groups = self.n_parcels if rng.random() < 0.6 else 1
        per = -(-len(d.items) // groups)
        rows = []
        for n, it in enumerate(d.items):
            if groups > 1 and n % per == 0:
                i = n // per + 1
                sscc = f"3{rng.randint(10**16, 10**17 - 1)}"
                w = sum((x.weight or Decimal(0) for x in d.items[n : n + per]), Decimal(0))
                text = self.word(
                    "ship_parcel_row", i=str(i), n=str(groups), s=sscc, w=s.quantity(w + 1)
                )
                rows.append(f"<tr class='grp'><td colspan='{len(cols)}'>{esc(text)}</td></tr>")
            row = self.out.row()
            cells = []
            for c in cols:
                if c == "pos":
                    cells.append(str((n + 1) * step))
                elif c == "sku":
                    cells.append(esc(row.put("sku", it.sku or "", it.sku or "")))
                elif c == "desc":
                    row.put("description", it.full_description, it.full_description)
                    text = esc(it.description)
                    if it.detail:
                        text += f"<br><span class='detail'>{esc(it.detail)}</span>"
                    cells.append(text)
                elif c == "lot":
                    cells.append(esc(self.lots[n]))
                elif c == "ordered":
                    cells.append(esc(s.quantity(it.ordered or it.quantity)))
                elif c == "shipped":
                    cells.append(
                        esc(row.put("quantity", _num_str(it.quantity), s.quantity(it.quantity)))
                    )
                elif c == "back":
                    left = (it.ordered or it.quantity) - it.quantity
                    cells.append(esc(s.quantity(left)) if left else "0")
                elif c == "unit":
                    cells.append(esc(row.put("unit", it.unit, it.unit)))
                elif c == "weight":
                    cells.append(esc(s.number(it.weight or Decimal(0), 1)))
            tds = "".join(
                f"<td class='{_cls(c in numeric or ('nw' if c in codes else False))}'>{v}</td>"
                for c, v in zip(cols, cells, strict=True)
            )
            rows.append(f"<tr>{tds}</tr>")
        return self.items_table(heads, rows)

    # craft ---------------------------------------------------------------------------------------
    def craft_prepare(self) -> None:
        d, rng, lang = self.d, self.rng, self.lang
        if rng.random() < 0.5:
            self.customer_person()
        y, n = d.date.year, rng.randint(1, 999)
        pre = {
            "quotation": ("D", "DEV", "Q"),
            "invoice": ("F", "FA", "INV"),
            "order_confirmation": ("C", "CMD", "OC"),
        }[d.kind]
        d.number = rng.choice(
            [
                f"{pre[0]}{y}-{n:03d}",
                f"{pre[1]}-{n:05d}",
                f"{y}.{n:03d}",
                f"{pre[2]}{y % 100}{n:03d}",
            ]
        )
        self.quote_no = f"D{y}-{max(1, n - rng.randint(1, 20)):03d}"
        d.order_number = None
        d.due_date = d.due_date if d.kind == "invoice" else None
        d.previous_balance = d.deposit = None
        d.payment_terms = (
            rng.choice(TRADE_WORDS[lang]["craft_terms"]) if rng.random() < 0.7 else None
        )
        if d.delivery is None or rng.random() < 0.5:
            d.delivery = (d.customer.name, address(rng, d.customer.country, lang))
        d.delivery_date = (
            d.date + timedelta(days=rng.randint(7, 60)) if rng.random() < 0.5 else None
        )
        if d.kind == "invoice" and d.delivery_date:
            d.delivery_date = d.date - timedelta(days=rng.randint(2, 30))
        if d.sales_tax is None:
            rate = Decimal(
                rng.choice(["10", "10", "20", "5.5"])
                if d.region == "FR"
                else rng.choice(
                    [str(r) for r in {i.tax_rate for i in d.items} if r is not None] or ["20"]
                )
            )
        else:
            rate = None
        sections = rng.sample(CRAFT_SECTIONS, rng.randint(2, 5) if len(d.items) > 3 else 2)
        units = CRAFT_UNITS[lang]
        self.sections: list[tuple[str, list[Item]]] = []
        items: list[Item] = []
        for title, lines in sections:
            chosen = lines if rng.random() < 0.6 else rng.sample(lines, 1)
            group = []
            for desc, kind in chosen:
                lo, hi = CRAFT_PRICES[kind]
                qty = {
                    "lump": Decimal(1),
                    "h": Decimal(rng.choice([2, 4, 7.5, 8, 12, 16, 24, 35])),
                    "m2": Decimal(rng.randint(35, 8500)) / 100,
                    "ml": Decimal(rng.randint(4, 81)) / 2,
                    "u": Decimal(rng.randint(1, 12)),
                }[kind]
                it = Item(
                    sku=None,
                    description=desc[lang],
                    detail=None,
                    quantity=qty.normalize(),
                    unit=rng.choice(units[kind]),
                    unit_price=Decimal(rng.randint(lo, hi) * 100 + rng.choice([0, 0, 50, 90]))
                    / 100,
                    discount=Decimal(0),
                    tax_rate=rate,
                )
                group.append(it)
            self.sections.append((title[lang], group))
            items += group
        d.items = items
        gross = d.total_gross
        self.deposit = (
            _cents(gross * Decimal(rng.choice(["0.3", "0.4"])))
            if (d.kind == "invoice" and rng.random() < 0.5)
            else None
        )
        self.retention = d.kind == "invoice" and rng.random() < 0.35

    def craft_body(self) -> str:
        d, rng, s = self.d, self.rng, self.s
        p = d.issuer
        name = esc(self.party_name(p))
        trade = rng.choice(
            [
                "Rénovation – Plomberie – Électricité",
                "Entreprise générale du bâtiment",
                "Artisan peintre – plaquiste",
            ]
            if self.lang == "fr"
            else ["Building & Renovation", "Plumbing · Heating · Electrical", "Painter & Decorator"]
        )
        vat = ""
        if self.o["vat_at"] in ("letterhead", "meta") and p.vat:
            vat = f"<br>{esc(self.label('vat'))} {self.vat_html(p)}"
        align = "center" if self.o["letterhead"] == "center" else "left"
        lh = (
            f"<div style='text-align:{align}'><div class='co big'>{name}</div>"
            f"<div><i>{esc(trade)}</i></div><div class='muted'>"
            f"{' – '.join(esc(a) for a in p.address)}<br>"
            f"{' · '.join(esc(c) for c in self.contacts(p))}{vat}</div></div>"
        )
        meta: list[tuple[str, str]] = []
        meta.append(
            (
                self.word(f"craft_no_{d.kind}"),
                self.out.put("document_number", d.number or "", d.number or ""),
            )
        )
        meta.append((self.word("craft_date"), self.date("document_date", d.date, main=True)))
        if d.kind == "quotation" and rng.random() < 0.7:
            valid = d.date + timedelta(days=rng.choice([30, 60, 90]))
            meta.append((self.word("craft_valid"), self.date(None, valid)))
        if d.kind != "quotation" and rng.random() < 0.6:
            meta.append((self.word("craft_quote_ref"), self.quote_no))
        if d.customer_number:
            meta.append(
                (
                    self.word("craft_cust"),
                    self.out.put("customer_number", d.customer_number, d.customer_number),
                )
            )
        if d.delivery_date:
            meta.append((self.word("craft_start"), self.date("delivery_date", d.delivery_date)))
        if d.due_date and rng.random() < 0.6:
            meta.append((self.label("due_date"), self.date("due_date", d.due_date)))
        title = f"<div class='tp-title'>{esc(self.title())}</div>"
        meta_html = (
            f"<div class='box'>{title}{self.kv(meta)}</div>"
            if self.o["meta"] == "box"
            else f"{title}{self.kv(meta)}"
        )
        cust = d.customer
        recipient = self.block(None, self.party_name(cust), cust.address, "billing_address")
        site_name, site = d.delivery or (cust.name, cust.address)
        site_lines = site if site_name == cust.name else [site_name, *site]
        site_html = (
            f"<div class='pb'><div class='pl'>{esc(self.word('craft_site'))}</div>"
            f"{'<br>'.join(esc(x) for x in site_lines)}</div>"
        )
        self.out.put("delivery_address", ", ".join(site), ", ".join(site))
        window = f"<div class='window'>{recipient}</div>"
        left = f"<div class='col'>{meta_html}{site_html}</div>"
        row = f"{window}{left}" if self.o["window_side"] == "left" else f"{left}{window}"
        top = f"{lh}<div class='row prow'>{row}</div>"
        intro = ""
        if d.kind == "quotation" and rng.random() < 0.6:
            intro = f"<p>{esc(self.word('craft_duration', n=str(rng.randint(2, 25))))}</p>"
        table = self.craft_table()
        totals = self.craft_totals()
        after = []
        if d.payment_terms:
            after.append(
                f"{self.lv(self.word('craft_terms_label'))} "
                f"{self.out.put('payment_terms', d.payment_terms, d.payment_terms)}"
            )
        if d.kind == "quotation" and rng.random() < 0.6:
            pct = Decimal(rng.choice([30, 40]))
            after.append(
                self.word(
                    "craft_deposit_ask", p=s.rate(pct), a=s.money(_cents(d.total_gross * pct / 100))
                )
            )
        if d.kind == "invoice" and d.iban and rng.random() < 0.7:
            after.append(f"IBAN {self.iban()}" + (f" – BIC {d.bic}" if d.bic else ""))
        insurer = self.word(
            "craft_insurance", i=rng.choice(INSURERS), n=f"{rng.randint(10**7, 10**9)}"
        )
        after.append(insurer)
        if self.lang == "fr" and any(i.tax_rate == Decimal(10) for i in d.items):
            after.append(self.word("craft_vat_note"))
        notes = "".join(f"<p class='note'>{esc(x)}</p>" for x in after)
        sign = ""
        if d.kind in ("quotation", "order_confirmation"):
            sign = f"<div class='sign'>{esc(self.word('craft_accept'))}</div>"
        return f"{top}{intro}{table}{totals}{notes}{sign}"

    def craft_table(self) -> str:
        d, s, rng = self.d, self.s, self.rng
        numbered = "line_no" in self.o["extras"] or rng.random() < 0.5
        tax_col = "tax_rate" in self.o["extras"] and d.sales_tax is None
        heads: list[tuple[str, bool]] = []
        if numbered:
            heads.append((self.word("craft_pos"), False))
        heads += [
            (self.word("craft_desc"), False),
            (self.word("craft_qty"), True),
            (self.word("craft_unit"), False),
            (self.word("craft_price"), True),
        ]
        if tax_col:
            heads.append((self.word("craft_tva"), True))
        heads.append((self.word("craft_amount"), True))
        span = len(heads)
        sub_style = rng.random() < 0.75
        rows = []
        for k, (title, group) in enumerate(self.sections, 1):
            head = self.word("craft_section", n=str(k), t=title, T=title.upper())
            rows.append(f"<tr class='grp'><td colspan='{span}'>{esc(head)}</td></tr>")
            for j, it in enumerate(group, 1):
                row = self.out.row()
                cells: list[tuple[str, bool | str]] = []
                if numbered:
                    cells.append((f"{k}.{j}", "nw"))
                desc = row.put("description", it.description, it.description)
                cells.append((esc(desc), False))
                cells.append(
                    (esc(row.put("quantity", _num_str(it.quantity), s.quantity(it.quantity))), True)
                )
                cells.append((esc(row.put("unit", it.unit, it.unit)), "nw"))
                cells.append(
                    (
                        esc(
                            row.put("unit_price", str(it.unit_price), s.money(it.unit_price, False))
                        ),
                        True,
                    )
                )
                if tax_col and it.tax_rate is not None:
                    cells.append(
                        (esc(row.put("tax_rate", _num_str(it.tax_rate), s.rate(it.tax_rate))), True)
                    )
                cells.append(
                    (
                        esc(row.put("line_total", _money_str(it.total), s.money(it.total, False))),
                        True,
                    )
                )
                tds = "".join(f"<td class='{_cls(n)}'>{c}</td>" for c, n in cells)
                rows.append(f"<tr>{tds}</tr>")
            if sub_style:
                sub = sum((i.total for i in group), Decimal(0))
                lab = self.word("craft_subtotal", n=str(k), t=title)
                rows.append(
                    f"<tr class='sub'><td colspan='{span - 1}'>{esc(lab)}</td>"
                    f"<td class='num'>{esc(s.money(sub, False))}</td></tr>"
                )
        return self.items_table(heads, rows)

    def craft_totals(self) -> str:
        d, s = self.d, self.s
        cur = True
        rows: list[tuple[str, str, bool]] = [
            (self.word("craft_net"), self.money(d.total_net, "total_net", cur), False)
        ]
        rows += self.tax_rows("craft_vat", cur)
        rows.append((self.word("craft_gross"), self.money(d.total_gross, "total_gross", cur), True))
        left = d.total_gross
        if self.deposit is not None:
            when = s.date_text(d.date - timedelta(days=self.rng.randint(20, 90)))
            inv = f"F{d.date.year}-{self.rng.randint(1, 99):03d}"
            rows.append((self.word("craft_deposit", d=when, n=inv), s.money(-self.deposit), False))
            left -= self.deposit
        if self.retention:
            held = _cents(d.total_gross * Decimal("0.05"))
            rows.append((self.word("craft_retention", r=s.rate(Decimal(5))), s.money(-held), False))
            left -= held
        if left != d.total_gross:
            rows.append((self.word("craft_due"), s.money(left), True))
        return self.total_rows(rows)
