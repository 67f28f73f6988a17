"""What documents call things, per language: titles, field labels, column heads, phrases.

Every list is a pool of synonyms seen on real documents; a document draws its own label
for each field, so no single spelling or position becomes the thing extraction learns.
``HELDOUT_ONLY`` labels are printed only by held-out families: real senders use words no
development set had, and the held-out figures should say how extraction copes with that.
"""

from __future__ import annotations

import base64
import json
import zlib

from extraction.result import DOC_TYPES

# doc kind (finer than the contract's doc_type: quotations and reminders are "other")
KINDS = (*DOC_TYPES[:-1], "quotation", "reminder")  # the contract's types but "other"
CONTRACT_TYPE = {k: k for k in KINDS[:6]} | {"quotation": "other", "reminder": "other"}

TITLES: dict[str, dict[str, list[str]]] = {
    "fr": {
        "purchase_order": ["Bon de commande", "Commande d'achat", "Commande", "Ordre d'achat"],
        "order_confirmation": [
            "Confirmation de commande",
            "Accusé de réception de commande",
            "Accusé de réception",
            "AR de commande",
        ],
        "delivery_note": ["Bon de livraison", "Bordereau de livraison", "Bon d'expédition"],
        "invoice": ["Facture", "Facture", "Facture de vente"],
        "credit_note": ["Avoir", "Facture d'avoir", "Note de crédit"],
        "payment_advice": ["Avis de paiement", "Avis de virement", "Avis de règlement"],
        "quotation": ["Devis", "Offre de prix", "Proposition commerciale"],
        "reminder": ["Relance", "Rappel de paiement", "Lettre de relance"],
    },
    "en": {
        "purchase_order": ["Purchase Order", "Purchase Order", "Order"],
        "order_confirmation": [
            "Order Confirmation",
            "Order Acknowledgement",
            "Sales Order Confirmation",
        ],
        "delivery_note": ["Delivery Note", "Packing Slip", "Dispatch Note", "Packing List"],
        "invoice": ["Invoice", "Tax Invoice", "Invoice"],
        "credit_note": ["Credit Note", "Credit Memo"],
        "payment_advice": ["Remittance Advice", "Payment Advice", "Payment Notification"],
        "quotation": ["Quotation", "Quote", "Estimate"],
        "reminder": ["Payment Reminder", "Reminder", "Overdue Notice"],
    },
    "de": {
        "purchase_order": ["Bestellung", "Einkaufsbestellung"],
        "order_confirmation": ["Auftragsbestätigung"],
        "delivery_note": ["Lieferschein"],
        "invoice": ["Rechnung"],
        "credit_note": ["Gutschrift", "Rechnungskorrektur"],
        "payment_advice": ["Zahlungsavis", "Zahlungsanzeige"],
        "quotation": ["Angebot"],
        "reminder": ["Zahlungserinnerung", "Mahnung"],
    },
    "es": {
        "purchase_order": ["Pedido", "Orden de compra"],
        "order_confirmation": ["Confirmación de pedido"],
        "delivery_note": ["Albarán", "Albarán de entrega"],
        "invoice": ["Factura"],
        "credit_note": ["Factura rectificativa", "Nota de abono"],
        "payment_advice": ["Aviso de pago", "Aviso de transferencia"],
        "quotation": ["Presupuesto"],
        "reminder": ["Recordatorio de pago"],
    },
    "it": {
        "purchase_order": ["Ordine d'acquisto", "Ordine"],
        "order_confirmation": ["Conferma d'ordine"],
        "delivery_note": ["Documento di trasporto", "Bolla di consegna"],
        "invoice": ["Fattura"],
        "credit_note": ["Nota di credito"],
        "payment_advice": ["Avviso di pagamento", "Avviso di bonifico"],
        "quotation": ["Preventivo", "Offerta"],
        "reminder": ["Sollecito di pagamento"],
    },
}

# label of the document's own number, per kind; "*" is the pool any kind may use
NUMBER_LABELS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "purchase_order": [
            "Bon de commande n°",
            "N° de commande",
            "Commande n°",
            "N° BC",
            "Commande d'achat n°",
        ],
        "order_confirmation": ["Confirmation n°", "N° de confirmation", "AR n°", "N° d'AR"],
        "delivery_note": ["BL n°", "N° de BL", "Bon de livraison n°", "N° de livraison"],
        "invoice": ["Facture n°", "N° de facture", "Facture N°", "Numéro de facture", "N° facture"],
        "credit_note": ["Avoir n°", "N° d'avoir", "Note de crédit n°"],
        "payment_advice": ["Avis n°", "N° d'avis", "Référence du paiement", "N° de règlement"],
        "quotation": ["Devis n°", "N° de devis", "Offre n°"],
        "reminder": ["Relance n°", "Réf. relance"],
        "*": ["Numéro", "N°", "Référence", "Réf."],
    },
    "en": {
        "purchase_order": ["PO Number", "PO #", "P.O. No.", "Purchase Order No.", "Order Number"],
        "order_confirmation": ["Confirmation No.", "Acknowledgement No.", "Sales Order No."],
        "delivery_note": ["Delivery Note No.", "Packing Slip #", "DN No.", "Despatch No."],
        "invoice": ["Invoice No.", "Invoice #", "Inv #", "Invoice Number", "Inv. No."],
        "credit_note": ["Credit Note No.", "Credit Memo #", "CN No."],
        "payment_advice": ["Remittance No.", "Advice No.", "Payment Ref."],
        "quotation": ["Quote No.", "Quotation #", "Estimate #"],
        "reminder": ["Reminder No.", "Ref."],
        "*": ["Number", "No.", "Reference", "Ref."],
    },
    "de": {
        "purchase_order": ["Bestellnummer", "Bestell-Nr."],
        "order_confirmation": ["Auftragsnummer", "Auftrags-Nr."],
        "delivery_note": ["Lieferschein-Nr.", "Lieferscheinnummer"],
        "invoice": ["Rechnungsnummer", "Rechnungs-Nr."],
        "credit_note": ["Gutschrift-Nr.", "Gutschriftsnummer"],
        "payment_advice": ["Avis-Nr.", "Zahlungsreferenz"],
        "quotation": ["Angebotsnummer", "Angebots-Nr."],
        "reminder": ["Mahnung Nr."],
        "*": ["Nummer", "Nr."],
    },
    "es": {
        "purchase_order": ["N.º de pedido", "Pedido n.º"],
        "order_confirmation": ["Confirmación n.º"],
        "delivery_note": ["Albarán n.º", "N.º de albarán"],
        "invoice": ["Factura n.º", "N.º de factura"],
        "credit_note": ["Factura rectificativa n.º", "Abono n.º"],
        "payment_advice": ["Aviso n.º", "Ref. de pago"],
        "quotation": ["Presupuesto n.º"],
        "reminder": ["Ref. recordatorio"],
        "*": ["Número", "N.º"],
    },
    "it": {
        "purchase_order": ["Ordine n.", "N. ordine"],
        "order_confirmation": ["Conferma n."],
        "delivery_note": ["DDT n.", "N. documento"],
        "invoice": ["Fattura n.", "N. fattura", "Numero fattura"],
        "credit_note": ["Nota di credito n."],
        "payment_advice": ["Avviso n.", "Rif. pagamento"],
        "quotation": ["Preventivo n."],
        "reminder": ["Sollecito n."],
        "*": ["Numero", "N."],
    },
}

LABELS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "date": ["Date", "Date", "Date d'émission", "Émise le", "Date du document"],
        "date_invoice": ["Date de facture", "Date facture", "Date de facturation"],
        "date_order": ["Date de commande", "Date de la commande"],
        "order_number": [
            "Votre commande",
            "Votre commande n°",
            "Votre référence",
            "Vos réf.",
            "Réf. client",
            "Réf. commande",
            "N° de commande client",
            "Votre bon de commande",
            "Bon de commande",
            "Commande client",
        ],
        "customer_number": [
            "N° client",
            "Code client",
            "Compte client",
            "Client n°",
            "Votre code client",
            "N° de compte",
        ],
        "delivery_date": [
            "Date de livraison",
            "Livraison prévue",
            "Livraison le",
            "Date de livraison souhaitée",
        ],
        "ship_date": ["Date d'expédition", "Expédié le", "Date de livraison"],
        "due_date": [
            "Échéance",
            "Date d'échéance",
            "À payer avant le",
            "Date limite de paiement",
            "Payable le",
        ],
        "payment_date": ["Date de paiement", "Date du virement", "Date de règlement", "Payé le"],
        "payment_terms": [
            "Conditions de paiement",
            "Conditions de règlement",
            "Modalités de paiement",
            "Délai de paiement",
        ],
        "payment_means": ["Mode de règlement", "Moyen de paiement", "Mode de paiement"],
        "currency": ["Devise", "Monnaie"],
        "vat": ["N° TVA intracom.", "TVA intracommunautaire", "N° TVA", "Identifiant TVA"],
        "customer_vat": ["N° TVA client", "Votre n° TVA", "TVA client"],
        "iban": ["IBAN", "IBAN", "Coordonnées bancaires : IBAN"],
        "bic": ["BIC", "Code BIC", "SWIFT"],
        "payer_account": ["Compte débité", "Débité du compte", "Notre compte"],
        "billing": ["Facturer à", "Adresse de facturation", "Client", "Facturé à"],
        "delivery": ["Livrer à", "Adresse de livraison", "Lieu de livraison", "Expédier à"],
        "supplier": ["Fournisseur", "Fournisseur", "À l'attention du fournisseur"],
        "payee": ["Bénéficiaire", "Fournisseur"],
        "total_net": ["Total HT", "Montant HT", "Total hors taxes", "Sous-total HT", "Net HT"],
        "total_tax": ["Total TVA", "Montant TVA", "TVA"],
        "tax_at": ["TVA {r} %", "TVA à {r} %", "TVA ({r} %)"],
        "total_gross": ["Total TTC", "Montant TTC", "Total toutes taxes comprises", "TOTAL TTC"],
        "net_to_pay": ["Net à payer", "Montant à payer", "Total à payer"],
        "previous_balance": ["Solde antérieur", "Report solde précédent", "Reste dû antérieur"],
        "total_due": ["TOTAL DÛ", "Solde à payer", "Total à régler"],
        "deposit": ["Acompte versé", "Acompte reçu", "Déjà réglé"],
        "paid_total": ["Total payé", "Montant total réglé", "Total viré", "Montant du virement"],
        "outstanding": ["Total restant dû", "Montant dû", "Solde à régler"],
        "market_ref": ["Réf. marché", "Marché n°", "N° d'engagement"],
        "quote_ref": ["Votre devis n°", "Selon devis", "Réf. devis"],
        "credited": ["Avoir sur facture n°", "Facture d'origine", "Annule et remplace facture"],
        "valid_until": ["Valable jusqu'au", "Date de validité", "Offre valable jusqu'au"],
        "tracking": ["N° de suivi", "Suivi colis"],
        "carrier": ["Transporteur", "Expédition par"],
        "packages": ["Nombre de colis", "Colis"],
        "weight": ["Poids brut", "Poids total"],
        "contact": ["Contact", "Dossier suivi par", "Votre interlocuteur"],
        "phone": ["Tél.", "Tél :", "Téléphone"],
        "page": ["Page {p} / {n}", "Page {p} sur {n}", "{p}/{n}"],
        "continued": ["Suite page suivante", "… / …", "À reporter"],
        "subject": ["Objet"],
    },
    "en": {
        "date": ["Date", "Date", "Issue Date", "Date of Issue", "Document Date"],
        "date_invoice": ["Invoice Date", "Date of Invoice", "Tax Point"],
        "date_order": ["Order Date", "PO Date"],
        "order_number": [
            "Your Order",
            "Your ref.",
            "Your Reference",
            "Customer PO",
            "PO #",
            "P.O. Number",
            "Cust. Order No.",
            "Order Ref.",
            "Purchase Order",
            "Customer Ref.",
        ],
        "customer_number": [
            "Customer No.",
            "Account No.",
            "Customer ID",
            "Acct #",
            "Customer Code",
            "Account Number",
        ],
        "delivery_date": [
            "Delivery Date",
            "Requested Delivery",
            "Delivery Required By",
            "Expected Delivery",
        ],
        "ship_date": ["Ship Date", "Dispatch Date", "Shipped On"],
        "due_date": ["Due Date", "Payment Due", "Due", "Pay By", "Payment Due Date"],
        "payment_date": ["Payment Date", "Value Date", "Paid On", "Date of Payment"],
        "payment_terms": ["Payment Terms", "Terms", "Terms of Payment", "Credit Terms"],
        "payment_means": ["Payment Method", "Payment Means", "Method of Payment"],
        "currency": ["Currency"],
        "vat": ["VAT No.", "VAT Reg. No.", "VAT Number", "VAT ID", "VAT Registration No."],
        "customer_vat": ["Customer VAT No.", "Your VAT No."],
        "iban": ["IBAN", "IBAN", "Bank details: IBAN"],
        "bic": ["BIC", "SWIFT", "SWIFT/BIC"],
        "payer_account": ["Debited from", "Our account", "Paying account"],
        "billing": ["Bill To", "Invoice To", "Billing Address", "Sold To", "Customer"],
        "delivery": ["Ship To", "Deliver To", "Delivery Address", "Shipping Address"],
        "supplier": ["Supplier", "Vendor", "To"],
        "payee": ["Payee", "Paid To", "Supplier"],
        "total_net": ["Subtotal", "Net Total", "Total excl. VAT", "Net Amount", "Goods Total"],
        "total_tax": ["Total VAT", "VAT", "VAT Amount", "Tax"],
        "tax_at": ["VAT {r}%", "VAT @ {r}%", "VAT ({r}%)"],
        "sales_tax": ["Sales Tax ({r}%)", "Tax ({r}%)", "Sales Tax @ {r}%"],
        "total_gross": ["Total", "Invoice Total", "Total incl. VAT", "Grand Total", "TOTAL"],
        "net_to_pay": ["Amount Due", "Balance Due", "Total Due"],
        "previous_balance": ["Previous Balance", "Balance Brought Forward", "Prior Balance"],
        "total_due": ["TOTAL DUE", "Balance Due", "Amount Now Due"],
        "deposit": ["Deposit Paid", "Less: Deposit", "Payment Received"],
        "paid_total": ["Total Paid", "Total Payment", "Amount Paid", "Payment Amount"],
        "outstanding": ["Total Outstanding", "Amount Overdue", "Balance Outstanding"],
        "market_ref": ["Contract Ref.", "Tender Ref.", "Framework Agreement"],
        "quote_ref": ["Your Quote No.", "As per quote", "Quote Ref."],
        "credited": ["Credit against invoice", "Original Invoice", "Relating to invoice"],
        "valid_until": ["Valid Until", "Quote valid until", "Expiry Date"],
        "tracking": ["Tracking No.", "Tracking #"],
        "carrier": ["Carrier", "Shipped Via"],
        "packages": ["Packages", "No. of Parcels"],
        "weight": ["Gross Weight", "Total Weight"],
        "contact": ["Contact", "Account Manager", "Your contact"],
        "phone": ["Tel.", "Phone", "T:"],
        "page": ["Page {p} of {n}", "Page {p}/{n}", "{p} of {n}"],
        "continued": ["Continued on next page", "Continued...", "Carried forward"],
        "subject": ["Re"],
    },
    "de": {
        "date": ["Datum", "Belegdatum", "Datum"],
        "date_invoice": ["Rechnungsdatum"],
        "date_order": ["Bestelldatum"],
        "order_number": ["Ihre Bestellung", "Ihre Bestell-Nr.", "Ihr Zeichen", "Bestellreferenz"],
        "customer_number": ["Kundennummer", "Kunden-Nr.", "Kd.-Nr."],
        "delivery_date": ["Liefertermin", "Lieferdatum", "Wunschtermin"],
        "ship_date": ["Lieferdatum", "Versanddatum"],
        "due_date": ["Fällig am", "Zahlbar bis", "Fälligkeitsdatum"],
        "payment_date": ["Zahlungsdatum", "Valutadatum", "Überwiesen am"],
        "payment_terms": ["Zahlungsbedingungen", "Zahlungsziel"],
        "payment_means": ["Zahlungsart", "Zahlweise"],
        "currency": ["Währung"],
        "vat": ["USt-IdNr.", "USt-ID", "Umsatzsteuer-ID"],
        "customer_vat": ["Ihre USt-IdNr."],
        "iban": ["IBAN", "Bankverbindung: IBAN"],
        "bic": ["BIC"],
        "payer_account": ["Belastetes Konto", "Unser Konto"],
        "billing": ["Rechnungsadresse", "Rechnungsempfänger", "Kunde"],
        "delivery": ["Lieferadresse", "Lieferanschrift", "Warenempfänger"],
        "supplier": ["Lieferant", "An"],
        "payee": ["Zahlungsempfänger", "Empfänger"],
        "total_net": ["Nettobetrag", "Summe netto", "Zwischensumme"],
        "total_tax": ["MwSt.", "Umsatzsteuer", "USt. gesamt"],
        "tax_at": ["MwSt. {r} %", "USt. {r} %", "zzgl. {r} % MwSt."],
        "total_gross": ["Gesamtbetrag", "Rechnungsbetrag", "Summe brutto", "Endbetrag"],
        "net_to_pay": ["Zahlbetrag", "Zu zahlen"],
        "previous_balance": ["Saldovortrag", "Offener Vorsaldo"],
        "total_due": ["GESAMT FÄLLIG", "Offener Betrag"],
        "deposit": ["Abzüglich Anzahlung", "Anzahlung erhalten"],
        "paid_total": ["Gesamtzahlung", "Überweisungsbetrag", "Summe gezahlt"],
        "outstanding": ["Offener Gesamtbetrag", "Fälliger Betrag"],
        "market_ref": ["Rahmenvertrag", "Vergabe-Nr."],
        "quote_ref": ["Ihr Angebot Nr.", "Gemäß Angebot"],
        "credited": ["Gutschrift zu Rechnung", "Bezug: Rechnung"],
        "valid_until": ["Gültig bis", "Angebot gültig bis"],
        "tracking": ["Sendungsnummer"],
        "carrier": ["Versandart", "Spediteur"],
        "packages": ["Packstücke", "Anzahl Pakete"],
        "weight": ["Gewicht brutto", "Gesamtgewicht"],
        "contact": ["Ansprechpartner", "Bearbeiter"],
        "phone": ["Tel.", "Telefon"],
        "page": ["Seite {p} von {n}", "Seite {p}/{n}"],
        "continued": ["Fortsetzung auf der nächsten Seite", "Übertrag"],
        "subject": ["Betreff"],
    },
    "es": {
        "date": ["Fecha", "Fecha de emisión", "Fecha"],
        "date_invoice": ["Fecha de factura"],
        "date_order": ["Fecha del pedido"],
        "order_number": ["Su pedido", "Su referencia", "Pedido cliente", "Ref. cliente"],
        "customer_number": ["N.º cliente", "Código cliente", "Cliente n.º"],
        "delivery_date": ["Fecha de entrega", "Entrega prevista"],
        "ship_date": ["Fecha de envío", "Fecha de entrega"],
        "due_date": ["Vencimiento", "Fecha de vencimiento"],
        "payment_date": ["Fecha de pago", "Fecha valor"],
        "payment_terms": ["Condiciones de pago", "Forma de pago"],
        "payment_means": ["Medio de pago", "Modo de pago"],
        "currency": ["Moneda", "Divisa"],
        "vat": ["NIF", "CIF", "NIF-IVA"],
        "customer_vat": ["NIF cliente"],
        "iban": ["IBAN", "Cuenta IBAN"],
        "bic": ["BIC", "SWIFT"],
        "payer_account": ["Cuenta de cargo", "Nuestra cuenta"],
        "billing": ["Facturar a", "Datos del cliente", "Cliente"],
        "delivery": ["Dirección de entrega", "Enviar a", "Lugar de entrega"],
        "supplier": ["Proveedor"],
        "payee": ["Beneficiario", "Proveedor"],
        "total_net": ["Base imponible", "Subtotal", "Total neto"],
        "total_tax": ["IVA", "Cuota IVA", "Total IVA"],
        "tax_at": ["IVA {r} %", "IVA ({r} %)"],
        "total_gross": ["Total factura", "Total", "Importe total"],
        "net_to_pay": ["Total a pagar", "Importe a pagar"],
        "previous_balance": ["Saldo anterior"],
        "total_due": ["TOTAL ADEUDADO", "Saldo pendiente"],
        "deposit": ["Anticipo recibido", "A cuenta"],
        "paid_total": ["Total pagado", "Importe transferido"],
        "outstanding": ["Total pendiente", "Importe vencido"],
        "market_ref": ["Ref. contrato", "Expediente n.º"],
        "quote_ref": ["Según presupuesto n.º", "Su presupuesto"],
        "credited": ["Rectifica la factura n.º", "Factura original"],
        "valid_until": ["Válido hasta", "Validez de la oferta"],
        "tracking": ["N.º de seguimiento"],
        "carrier": ["Transportista", "Agencia"],
        "packages": ["Bultos", "N.º de bultos"],
        "weight": ["Peso bruto", "Peso total"],
        "contact": ["Contacto", "Atendido por"],
        "phone": ["Tel.", "Teléfono"],
        "page": ["Página {p} de {n}", "Pág. {p}/{n}"],
        "continued": ["Continúa en la página siguiente", "Suma y sigue"],
        "subject": ["Asunto"],
    },
    "it": {
        "date": ["Data", "Data documento", "Data emissione"],
        "date_invoice": ["Data fattura"],
        "date_order": ["Data ordine"],
        "order_number": ["Vs. ordine", "Vostro riferimento", "Rif. ordine cliente", "Vs. rif."],
        "customer_number": ["Codice cliente", "Cod. cliente", "Cliente n."],
        "delivery_date": ["Data consegna", "Consegna prevista"],
        "ship_date": ["Data spedizione", "Data consegna"],
        "due_date": ["Scadenza", "Data scadenza"],
        "payment_date": ["Data pagamento", "Data valuta"],
        "payment_terms": ["Condizioni di pagamento", "Termini di pagamento"],
        "payment_means": ["Modalità di pagamento", "Mezzo di pagamento"],
        "currency": ["Valuta", "Divisa"],
        "vat": ["P. IVA", "Partita IVA", "P.IVA"],
        "customer_vat": ["P. IVA cliente"],
        "iban": ["IBAN", "Coordinate bancarie IBAN"],
        "bic": ["BIC", "SWIFT"],
        "payer_account": ["Conto addebitato", "Ns. conto"],
        "billing": ["Spett.le", "Intestatario", "Cliente", "Fatturare a"],
        "delivery": ["Destinazione merce", "Luogo di consegna", "Consegnare a"],
        "supplier": ["Fornitore", "Spett.le"],
        "payee": ["Beneficiario", "Fornitore"],
        "total_net": ["Imponibile", "Totale imponibile", "Totale netto"],
        "total_tax": ["IVA", "Totale IVA", "Imposta"],
        "tax_at": ["IVA {r}%", "IVA al {r}%"],
        "total_gross": ["Totale documento", "Totale fattura", "Totale"],
        "net_to_pay": ["Netto a pagare", "Totale da pagare"],
        "previous_balance": ["Saldo precedente"],
        "total_due": ["TOTALE DOVUTO", "Saldo da pagare"],
        "deposit": ["Acconto ricevuto", "Anticipo versato"],
        "paid_total": ["Totale pagato", "Importo bonificato"],
        "outstanding": ["Totale scaduto", "Importo da saldare"],
        "market_ref": ["CIG", "Rif. contratto"],
        "quote_ref": ["Vs. preventivo n.", "Come da offerta"],
        "credited": ["Storno fattura n.", "Rif. fattura"],
        "valid_until": ["Validità offerta", "Valido fino al"],
        "tracking": ["N. tracking"],
        "carrier": ["Vettore", "Trasporto a cura"],
        "packages": ["Colli", "N. colli"],
        "weight": ["Peso lordo", "Peso totale"],
        "contact": ["Referente", "Contatto"],
        "phone": ["Tel.", "Telefono"],
        "page": ["Pagina {p} di {n}", "Pag. {p}/{n}"],
        "continued": ["Segue alla pagina successiva", "A riportare"],
        "subject": ["Oggetto"],
    },
}

# printed only by held-out families: wordings that no development document shows. Sealed
# (zlib + base64 of their JSON) so that a grep for a label wording never prints them: whoever
# tunes extraction must not read them, or the held-out figures stop measuring anything.
_SEALED_HELDOUT_ONLY = (
    "eNp1UkFuGzEM/AqxvRbOvTfHLtockhipEaAoAoOWuBsBWtGQtEaMwP+pb3lD9mMlJQN14uS2HM4MKc4+N21svsFz"
    "w9FSXIWhX5MCf5q78dCOh0jBEFiCLedIYLjvMVhqvkJzfzE7qWbCMd5RyBBeX5oHgcyQMvfnrhO12eQiu7KicK1D"
    "0VV5kdqBVhaFopq5fOgKcfzbeep1BOZMQUhqsUD3BgRPxSNzRr/qIqdUbK45ZB1TcFguZypelqIbD0HeeoT/iwPl"
    "Iq0sqeDnUlWXmAhcv+GE6+O0tfPeha7QpzZSSmXnFk0eYr1QvU5FxkN9J3m3pbh7LxM0okscpEjQYzSPcmiXKKnT"
    "nFJ2ATM6ieSk2TzspUvh40AXgxLF/1Y7cEftRM1+8xBhcXF7smIlfPk0xCNtagwPEpgKjyx1pfrP3PDkPMoF7kpU"
    "3582ZDJZuNyp/Bfl7EmLj4Kr15/2OgzEodxceD+UAaX7aWZralmOlPFJFTeS4D364Tyyq7BlJ1tPbQmhvOkRY0fi"
    "f57UjENyXaC6BrNNMK99eZIK9vt/ml8hwA=="
)


def _unseal(blob: str) -> dict[str, dict[str, list[str]]]:
    words: dict[str, dict[str, list[str]]] = json.loads(zlib.decompress(base64.b64decode(blob)))
    return words


def seal(words: dict[str, dict[str, list[str]]]) -> str:
    """The sealed form of ``words`` (what ``_unseal`` reads back), to paste into this file."""
    raw = json.dumps(words, ensure_ascii=False, sort_keys=True).encode()
    return base64.b64encode(zlib.compress(raw, 9)).decode()


HELDOUT_ONLY: dict[str, dict[str, list[str]]] = _unseal(_SEALED_HELDOUT_ONLY)

# printed only by the fresh held-out families (``families.FRESH``, made after the first
# held-out families had been looked at): their label wordings and phrases, sealed the same
# way. To change them: unseal with ``_unseal``, edit, and write ``seal(words)`` back here.
_SEALED_FRESH_ONLY = (
    "eNqVW0tvI0ly/iuJGfRqje1hXxfti0tkSSKGr+FDMw3DaKRYSSqni1XseqilFQTszdbZf8A3j3wwfN+b+U/8SxyvzM"
    "riQ5oFZppVWfnOiC++yAg9fmey7z6qx++Wn/Umr7MKXv75u4gf36vvRqZS8uFf4BVqFVKlqDoqyztYCZ7tMjVSY6m3"
    "ttIp1Zrd6sIoKVGPyyes3g1epUmalzZbU5P5rc6+qIe8Vqu8wN9CLeuyyjc01M9GFWajbaZ0xR8TW27zErrD6jp7UF"
    "9rU1Y2zzqu8zwx1PN1NFf0AsVzfc/Prk5W6SWv7BMNyQVqa4oyz2jWqSm+KBh4CWta+4YwNWrVMzcVTmC5dFsnJbhH"
    "XDfRFU+kly87it6wGvyqfKWqW1uqJF/WG+M3OzGpvTPF5yqXMej1QekkKUxZqj/aFax/tTIFtPkH7O0yz5NSrXMFTV"
    "p9PFAPk1RnmUlo03S1vMUms+WtSeoUS11V17Jc8pGY+yo4Z4UfCrvFTXZVbWFk+3r0qFKb8fL4NbEgEa6udNuDh456"
    "x7Xg0X2veZdQ9OCZNuqjk8WtftA3MIUbN0kUBpa1+Ad6hNKYHvj76rNsFkutPLtvNyBr9OEcH6AQf1ESXYVQMLry7L"
    "4VZi3lmy0IHgkJP4KMrm1ZmULqrou8LD8vC5PY6nOWixjMc9QCLjUJNadnODv8YLNl2lEgtK1O3Bk13cC0SrvOUGzU"
    "nU5hx463tNldbpfh0FWubowqTVWlPD7rvZRvtU1aHeRFArIIO7KyxUbT6WNfYyw+mDNtBtUEwaKP0pfNqiI/2AvQay"
    "5ipRY1Ut9sdQuaYUC50zT/BicjaFSSRFzUBXzEwQUoUm0379W3sDOlS2kNbcIpHO7kPE/0A7aWT3sjwylteNxJanQJ"
    "n2yWwE7BZ6qZmArkrkRlFghx59IeODwIWDcswNw8KCndG7Ost9vUGlluXshAND0oBjUDMXOTwHUTOJ1c84kjPIK5VB"
    "O28tYub6ljbqPybG+GIOWyK7AWvfyS5d9AmtaI00sDIIHb0fQICJ34vuCADieamcqr/5rQjIS6ATcSpvcK63EL6JwF"
    "EQZZ2ZSq4nNhVp0Afrcm02nFODhA0AUsocOBrYdFgNFAm/Jn9U7pm/wOIAaPuMCKOGcNXd/DTsOqcsJg2WlY3ePmiW"
    "zTGMoRsERC4VB0EfQddLKEJQMqwvarlWn6kHnmjFUT+IWCPkid+1I4sZnQExQuMthELuc6X2WFP1UESD/VOqts5dCy"
    "cCZIVBRN4jv3zawztjNTs+6oUd5Rj9lTiGquyNWvYPecCPHZiG3G494WORjP6kHBXtiU0ASt56pO007TQ11w85nJQD"
    "qAiGgaEX+4Dlj2umoktYd7OrMoTWqoE7157+rd2u0WUKyZS4mAyLZ7Jo9S9QsAOa/0sXgCdlLeokFkxAGLSlMFjXxM"
    "nj7iwWAPAzS3WBvGTx8EMwlyfUtep28kY9U3vzrL+Fg9uR3Fx6zZYHz9v7/+e7C5lb73nEU7VEYQlUMLEZU0UAw1PK"
    "E4OdHmxbu5OhUDgUjNAQSL8dmYTc6HXqDlBqBx0NRqfYienp1QCeO/N0xUFrYPQbAvzzhZnQKqHRvwVevTKm5MD70T"
    "HmMt6a4GlaGmqDukQ/lQPt3pSlQA9/jx7sltN0n+nTucu+ozggNvub4nQqI9ZUZqSZ99Zc9Auw3jhGKyqiyw9OQ/eC"
    "2d6iqo72QCBnDzQq7E3x8A7Rr6yliLAIg1qWhbFwBZCGlYio1WIeUfAF9rkJbeHMICTbJpKhojZ1V68kCSSdQJKqFB"
    "cNRZB1wLuqgfDMM01gMM3IInwZyJ2D1MV+ynNGhtGltdaPHRf2142RVAK/Z4Q91NtS35RWrWIMfZ8sExb+LXypfSBP"
    "gZBcXxd9dW2H0kfMS5D37OOvzAjZLm9GgmLJG9Qn/LVL11r24iWDtxLUOqPjImodaqBOIhi/M69g1gPVyl5+poLkKC"
    "rj74STMs7pP3lSfcEwYNIt083CyAOSeKq0BumUYKJ6cG9ca/BpU/50vZRk8PkkbYuJeAOiSttts8UPR9guub581naW"
    "2B3Lt1oRnO1R/759GI3KRzk5mVXVoNW4mFrklZ1iKlfXx0MoUvLNrM9Lk2uTikO5nTGfniOMxlm79c0+RBypjXmPuQ"
    "pkOrY5y0J56a87X9u07ukC46fkPNj4CqdyldB64cYADdxqVpmp+AWDi1xtXH5yNNHbpwH8GB+bquh8n4SPvKfN5YHq"
    "2ri8LqNfsfKP7UI1g1JORgWBGWqKOhzewG5M0RZxYNXyPoWiTopxpeiL3me1ODUQypFYDS0qTE1bhAOu84/Am5d54B"
    "E/AeCgHcWYlkDLjJt8JWQI/ICYDND6dTCsfa6OILMTxwSi1uNvlPQMBl67lFs58ec9rgfi7jBqXcsmGL3bykmwxVi8"
    "VDbl23mePqVea4ajFH9tnRzr1zX5Hr3wn9msoL0j2UdJmaQAowAg20jzZdXATp5JDCpWblKFzPsNx7cMDa7XsRNEnO"
    "6OBx5TYj76N1rQENYQYs13V1mxeE0SXNKi9oiq4cNT5fAUwIdYCmld5seUj0Cz4oLggoMhdw7ZDDNRiAl1DkOriFNP"
    "QtgFsuxF12lK6hnK7dCR52OR73ZqrXn02iefdKjcbzmDYwHvSv4+knFfWu+9241UnraiD6RfVH12Osg+cVDeKZLwgb"
    "nSJk0148VVH3x9H450Hcu4yH8YhwuinCEjW+UFS11ecRGJkspt2raBZLbZzSYjIZfGq1bjgdcDlxi+QTcDp/CgU6Nl"
    "m9uYG+5SxsEqjnHXgheYhe21QvQTxQydm8kTfepir1ZyABQhO63fEC1vY9icRiNu+ofk8q3ehUZ7LH03gY9Uf90aU6"
    "jwbRiHd6FM9VNKT2vUUsrcDi4JGX7qKJXtD5KbcGzBciRlkVNfmSJC8OV6Q5YIagH05nPISjmXTGHTc/BWj8vdRtri"
    "cjlpj+bLaI3fQ9wejFs+60P5n3xyOqNI+HKiyT6sIpcCWoi9Endf5JvuFtIl3Y/QL7wyumW7tf5vGo5wdc5TdU6wKm"
    "e04T5ieYcn80byp9JtUq5dDs2jq4qGzm/YEZQgvqM4GCuyAAEvbFdVQYu77leV1M4/7l1VzN4+lwRq2v+pMJnhaXtF"
    "qEw08KQ5dmuGB+VH9QgO4MEOTyS2O8SmIrjdv3PW/RFPyMcUdq7Fnz8/5ggDMY8dn1xl1/bqcN9ww2zLVgPWblDFoe"
    "UzhsxVOi9udTXz0w02O2yjW67WR0l2C3H5RWt8jGiSw1FyQrviC5KIxRsm9HLHsnGAcoI97suTsyvd0WKO8Aus1dEk"
    "sxXvmVagOCjv7IRieG1BVsz5+BtD4QdoqdaQ9wZOnMEHAAWjojRcgOll/oUi61W+IIITuIgI+VpqECeJmUI7mwKwpL"
    "4JHDJmUwuELbhTcMWLkwX2tb4O07rM7NsFn8eH7FqDfsz7ruM0kZnVX0CcF09qE7jXv9OUkrnPNMuQ+ugecCcdS9or"
    "OdAp6rOHJdeus//0TWf04A676CNLNEkRRN4wlBDfy4z18F135a9Gd9xAGeNBbEs3nca7Qf6jYeUvxTRzm4AahQ45EC"
    "0f5RqpZ4GeDNKI+N5umxIMd8NoeWvkCawM5y7T/QMkWXg69+cNRqPzipuMeegFtQrflYDcbdyGEelv0AZVGvN4XNdo"
    "3sOqQVf/Hew4QFjS6v185+Q/08Tdwg40EPO0QM+OSwmcBa9N41qRkTZ4tzqD6PBiQYMRjIjuJ3rtdQiskwwDG0MCGE"
    "HbmJaQy/Q5zQ9Nevm/4AY/YhpzseXfSnwygwEX+HxSeTJa3Q22sTFlw4bRScH1oknrCzLGGzt+et/LYSeLY2lbo4BZ"
    "i+HU+Hyq6jgTfkNeP94gPzk/FQykN68k9OsvEFL6C8WAfE5BqM5HjqZc/xoT7M/YPij66R1Y0IX/cjEqxoOpWqUODr"
    "hVZsMZmpyyIHZCcFMkl8ry7EPJLrDEj7sybJ/tmmqerqNG3diWzt8ktNrHj6J9i8J6RWxWGQeYhXOGyM5TG403dh5u"
    "nuZdVR8EYYO/rf/1HJGb0dxpq77ShzVPu4M5iE47HmUV6De47/FMCsiyWSKKx9l1eFhDyQs/HYXA3WCHV2/yF1OPpM"
    "7psCp4r6Qg8Q+znT62L3YjAEXKrmHrs8CEx3QXyu+XigiJ4Pw9J9DCSk4MxXhoJLG5qw3AjLfAuY3zbPEu0jyP4GCx"
    "0UsG3J7uXGYg9+tAr4bHkQoab4iN39tnQx6t2LSurjYemIXC4MSykoL7QtYTMSrIFoJ/eJrhx2Lj3T3OJYhHqIRhQq"
    "hRvLd0vx/Xb3wp4ybPHu5Q68/dTsx6oH9sak6e6Fpr17YccOm+DsUHSCTIUgaj2AeniaWMCXUruXtCMF+4Fr4NgSt4"
    "Yn26xDOO/ueXm7e9F05wFOm1F0e7n7K96MIS+owa0AMal0kTQLOBbH7gITKaw5FcoO97Adyv7KvmYv39ilTa0OIvW/"
    "L6Q9y5d291LxNvY3gJVAIOo07Oh4TNtp8rKgswKpmc+7zS2dL34jpn0Nlh9zO/DMDGI9dXMqmh3AB4oOjLFO2cPjUZ"
    "Pd3w7anzAFwcCalAxontlbA7eRpb0W1CbI2OYFQQYcu6w+RBhSSgx5bHgNABS1vaMHDt7UePnr4QY6WKaa5/secMXB"
    "l/Qs8PVWnLuBPdRXbASi+ivSXpyJ6Mj+TK5NjRf3f1HQZ42MfWl/AK0rqRsCFnSJcfiMpsrHdjry3UxiBRJY8zTsDx"
    "pU+7eSJrKCGYEfXxfNXIxMZuIm6wGnDOYjO0P/bIEKgRJ6YPfjwQp+V2z8LRvBIvIe0454ROmBzxyzjDIGrYNFUM96"
    "CRCNH/FozdZBVbt3NC0kj75nwn/ssFL7gXOW0o1GngJDlzDc1XzPyqqr+V7wfPQhAbWwrDYjtm1ScBg+n+xe4AX1mL"
    "aiMIRlH1E0LJ6bJZGocPkAxWuYzj+Cr5SYTUaQsMqLlQbLbAvDzZcgUQVffLlg+jyvK9dxQpfB/B3+L/TuvwGs68y8"
    "0im6pFuUkhXKx/4wJ2Lt8NM5Fmu/Vwu+AV4cRNkZIuWy1OOavy0Vu/4uMOpNnJ3pjG3Dq4sJUxD+VLR9gIgRnjASE4"
    "mzwvox9l4wgKtf6/JrfYZGx20hiDscSqGPxeHByHbU22F4Cr2D0A8xxAuAeSwKH4OyP8AE0ibNrcHzw1B8XAoaYpSd"
    "Ts5PWKPWoEQ9Jk/Kh+RnFnTmt3V6WOe9Mq6zhPp7r8rcVr8zLA+H8mZYXvKn9L0pQ82CQz4Rme82KICi2Mz7I7dPnD"
    "q9HqMf5bwmwXsi6IxmioL1K7vUGLJ/I1R/LnzIgafoPHTdOp1D/1AGC8ddprZJWHzVPWwF5ZMG3TiuBDCIHDMo3g/X"
    "d9zNrlezJl6POy/xetQq93oYrz/HEPjVHM/OBS0jhLmq+nsC9o3lD8P1cwC8o+F6ZpQwpyPx+usPBfk44W5c52QPVr"
    "sXik+Vh+F6J3Ep8VbGd+EuVHQYuJfzIt9F+HcBzxzmLSiWmMilqWCot5SHMfw5Og3yWbh2uy2aK/EfjoTzWerpSdiG"
    "OhbYv+RE3gz7pINarah7tKMWbUJxNMZv6CKuNQfWUejIiIRtfTTbe0iExs4fkpBOFfpHQWh/91yB9NgWtp0hA4JC2F"
    "iK0oSgt7cZLY8HHANURHScmdV4hwnzSlKzH+F3Hk7bo9l3d0w7J0Fck/jerq106+aX2o3laTawdBDpd/J2lF4HC/Sc"
    "eC/yL7LpufMep9ai/vutJXbhRqcVA7oUvrn0S6Brgu/7OQBymDB9gU7Y7iYdAB9AN9UN8BpQO0wMsE0fTVLA7hncPZ"
    "I7dOiekVg23kLrhJvcANJGOtF1Zy89wG1fyTrreBpB1G1elGJgXskOGNWwl0XO9IZc0eaW5I5pTwPyR9MEJnxsYPWo"
    "adNfazmnYwy+xZmc4R6aB7QWx3gtYaDpio8Yu7zVpEjTBgwPD7kVl7gowPHmBYDjhQeOiUa2cJzwat5KHoBSRjHWmo"
    "9SBxvJDhzLJJhqYDmgA8g3sr1ZlyjmtxrdgWUOaECayO8Cp57fhvclNEvQa6TdQFV2/4U8DrYU9g61BfkbbKVOCRRw"
    "drCvhT2SWDBkmlhyj8AqYRUF05R+k11AHsQWUAS1HYW9PMg3GNNyxLzLGXQa34RPwJffwBoCKhCmH0wWzuWgwBiwab"
    "TphORNitnrjDrIP3jn7srm955UHyQg7P6zBk+BJoWoXDmdnXppzAIND1kr3ejscdaiueVp5R1whsE+kRoAIW5L/n7i"
    "wbUttaD38ta427gmM0LXFeYfwLkfzztAiaKW/Nc0+OSoNZzMtmgm6zmII6YmpKuIPCHENHQ1IKRtu8BklaYAHn+q7V"
    "G7cZJ3YnwnVtN42J9RkCG67s+wZNC/nkb92Xh0Mi3hIurOF1NqJI/Y7joezX9XVkLU7S5mu2cafffcjSlWjW/d8XAY"
    "jXrUcRikUL2z8bQ3jd9KT6BKUDnqXslfPUiH6mK8mI76s1m8OMxSYBKLdDYZ7uUpOPpKB4r6WTkBEXcRExaE6IN4Ny"
    "oQxAjmtgJv0jGxM6+qE3QThaORQ1nvZzDgGLCCyVw2hJ4OExgwYIXnOJtHHLzHx1gBlYHdvRzE01fSFwhtVF63UheO"
    "oJWkD5sjuQzX4zls+nmnyxlQ8Ku6g37soz0HqQy7Z5A4NYgPkhl2z7P+5chH9oJEBhVN5/1u08Rf7navds8uZ2MSfY"
    "rOB3HTs8tt4CjQAPqmesPxCHdK7Z4xx2Gxl+IAU1+wXuA32s1WpTA6E//yM000ohDsRZegsNebHMljmIynfDZwJP0h"
    "6QsVnc5fQIu51Q8smvSW7P7GkXu0qvvJC90xdAnb5GMz9Hw0fwG/ot52QgV+O4OBxTEIHcpALdU/lciAFVsyMhICsp"
    "fK0BXPC/POkWXghQb7SUgGPjY3SGv2R4hK+JQGohv7NONUKsMQLxAP7/cCRhDe8DIV4GtMXYB+Q/9033qL9354YVu+"
    "mdLQzxIL3KOQm6GsIXi0JQFbuaFGBpjGccYywZgLzaGxW6rUeKPBlqC0YNi9Qwdu6dbUjskYDt4AJ8QAkKZkB059KI"
    "8kPUQL0G+KbfYwZ222n/YQMTDN1AcVXY/70xmL+b8B8lDWA2jS7l8Xh8kPwERGMdOQzuIw82H3zKkPYCcQxfeTHwDh"
    "p5doQ86ii4uoLzPEkKuD+CYTYjIVJMFPBCxoFKDxJJoeSYRAnFKcPRFLsAhNYjxtkMVnNqAOqxj+G55Hg0F0yTYRzS"
    "ebITCuI066O5L0QAP1zuJfJrvnXofTrvCxD1NrDSUUJzCWwwjD8qMeTJEWHlEAOm6b1P1ciO0WowVw7ELAIkd4DnIg"
    "AHrnfUBi3FgVWHvc3wVYlr0UCAZYwehZE3hvzXI/G8KDd5/zCgBaeh3VCM7JvIgj7KNlcF6/93KMQJocMI02mJ2kGu"
    "fHGIt07QjI60kSwTK4AORMyqa/J1GCG/FkfR/7y3sjW0LSNQSXnWGk96OZEqM+6mU7WWLeue5EHZctgWwJFnI0WyIg"
    "YZIeIQoZfpjGYJUXe1kTohd0QpI8MZ9GoxmpX6PFe8kTlyZPLNGXK7PdZnxN8mNtbgEO/6RGem34L5SzdPfbHd8ANx"
    "7WKMc44IPJgPI8Pf0/DBbO5A=="
)
FRESH_ONLY: dict[str, dict[str, list[str]]] = _unseal(_SEALED_FRESH_ONLY)

COLUMNS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "line_no": ["N°", "#", "Ligne", "Pos."],
        "sku": ["Réf.", "Référence", "Code article", "Code"],
        "description": ["Désignation", "Description", "Libellé", "Article"],
        "quantity": ["Qté", "Quantité", "Qté"],
        "shipped": ["Qté livrée", "Livré", "Qté expédiée"],
        "ordered": ["Qté cdée", "Commandé", "Qté commandée"],
        "backorder": ["Reliquat", "Reste à livrer"],
        "unit": ["Unité", "U.", "UdM"],
        "unit_price": ["P.U. HT", "Prix unit. HT", "Prix unitaire", "PU HT", "Prix HT"],
        "discount": ["Remise", "Rem. %", "Remise %"],
        "tax_rate": ["TVA", "TVA %", "Taux TVA", "Tx TVA"],
        "line_total": ["Montant HT", "Total HT", "Montant", "Total"],
        "weight": ["Poids (kg)", "Poids"],
    },
    "en": {
        "line_no": ["#", "Line", "Item", "No."],
        "sku": ["SKU", "Item Code", "Part No.", "Ref.", "Product Code"],
        "description": ["Description", "Item", "Product", "Details"],
        "quantity": ["Qty", "Quantity", "Qty"],
        "shipped": ["Qty Shipped", "Shipped", "Delivered"],
        "ordered": ["Qty Ordered", "Ordered"],
        "backorder": ["Backorder", "B/O"],
        "unit": ["Unit", "UoM", "U/M"],
        "unit_price": ["Unit Price", "Price", "Rate", "Unit Cost", "Price Each"],
        "discount": ["Disc. %", "Discount", "Disc."],
        "tax_rate": ["VAT", "VAT %", "VAT Rate", "Tax %"],
        "line_total": ["Amount", "Total", "Line Total", "Net Amount", "Ext. Price"],
        "weight": ["Weight (kg)", "Wt."],
    },
    "de": {
        "line_no": ["Pos.", "Nr."],
        "sku": ["Art.-Nr.", "Artikelnummer"],
        "description": ["Bezeichnung", "Beschreibung", "Artikel"],
        "quantity": ["Menge", "Anz."],
        "shipped": ["Liefermenge", "Geliefert"],
        "ordered": ["Bestellt"],
        "backorder": ["Rückstand"],
        "unit": ["Einheit", "ME"],
        "unit_price": ["Einzelpreis", "E-Preis", "Preis"],
        "discount": ["Rabatt", "Rabatt %"],
        "tax_rate": ["MwSt.", "USt. %"],
        "line_total": ["Gesamtpreis", "Betrag", "Gesamt"],
        "weight": ["Gewicht"],
    },
    "es": {
        "line_no": ["N.º", "Lín."],
        "sku": ["Código", "Referencia", "Ref."],
        "description": ["Descripción", "Concepto", "Artículo"],
        "quantity": ["Cant.", "Cantidad", "Uds."],
        "shipped": ["Cant. servida", "Entregado"],
        "ordered": ["Pedido"],
        "backorder": ["Pendiente"],
        "unit": ["Unidad", "Ud."],
        "unit_price": ["Precio", "Precio unit.", "P. unitario"],
        "discount": ["Dto.", "Dto. %", "Descuento"],
        "tax_rate": ["IVA", "% IVA"],
        "line_total": ["Importe", "Total"],
        "weight": ["Peso"],
    },
    "it": {
        "line_no": ["N.", "Riga"],
        "sku": ["Codice", "Cod. articolo"],
        "description": ["Descrizione", "Articolo"],
        "quantity": ["Q.tà", "Quantità"],
        "shipped": ["Q.tà consegnata"],
        "ordered": ["Q.tà ordinata"],
        "backorder": ["Residuo"],
        "unit": ["U.M.", "Unità"],
        "unit_price": ["Prezzo", "Prezzo unit.", "Prezzo unitario"],
        "discount": ["Sconto", "Sc. %"],
        "tax_rate": ["IVA", "Aliq. IVA", "Cod. IVA"],
        "line_total": ["Importo", "Totale"],
        "weight": ["Peso"],
    },
}

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
}

PAYMENT_TERMS = {
    "fr": [
        "30 jours fin de mois",
        "45 jours fin de mois",
        "30 jours date de facture",
        "À réception de facture",
        "Comptant",
        "60 jours nets",
        "Paiement à 30 jours",
        "Virement à 45 jours",
        "10 jours escompte 2 %, 30 jours net",
    ],
    "en": [
        "Net 30",
        "Net 15",
        "30 days EOM",
        "Due on receipt",
        "2/10 Net 30",
        "60 days from invoice date",
        "Cash on delivery",
        "Net 45 days",
    ],
    "de": [
        "Zahlbar innerhalb von 30 Tagen netto",
        "14 Tage 2 % Skonto, 30 Tage netto",
        "Sofort fällig ohne Abzug",
    ],
    "es": ["30 días fecha factura", "Pago a 60 días", "Contado", "Transferencia a 30 días"],
    "it": ["30 gg d.f.f.m.", "Rimessa diretta", "60 giorni data fattura", "Bonifico a 30 giorni"],
}
PAYMENT_MEANS = {
    "fr": ["Virement bancaire", "Chèque", "Prélèvement SEPA", "LCR", "Virement"],
    "en": ["Bank transfer", "BACS", "Cheque", "Direct debit", "Wire transfer", "ACH"],
    "de": ["Überweisung", "SEPA-Lastschrift"],
    "es": ["Transferencia bancaria", "Recibo domiciliado"],
    "it": ["Bonifico bancario", "Ri.Ba."],
}
CARRIERS = ["Geodis", "DHL Freight", "Schenker", "UPS", "Kuehne + Nagel", "Chronopost", "DPD"]
COLOURS = {
    "fr": ["blanc", "noir", "gris anthracite", "rouge", "bleu"],
    "en": ["white", "black", "anthracite grey", "red", "blue"],
    "de": ["weiß", "schwarz", "anthrazit", "rot", "blau"],
    "es": ["blanco", "negro", "gris antracita", "rojo", "azul"],
    "it": ["bianco", "nero", "grigio antracite", "rosso", "blu"],
}

PHRASES: dict[str, dict[str, list[str]]] = {
    "fr": {
        "thanks": ["Merci de votre confiance.", "Nous vous remercions de votre commande."],
        "remind_ref": ["Merci de rappeler la référence {ref} lors de votre règlement."],
        "penalty": [
            "En cas de retard de paiement, une pénalité égale à 3 fois le taux d'intérêt légal "
            "sera exigible, ainsi qu'une indemnité forfaitaire de 40 € pour frais de "
            "recouvrement (art. L441-10 du Code de commerce). Pas d'escompte pour paiement "
            "anticipé."
        ],
        "reminder_intro": [
            "Sauf erreur de notre part, les factures suivantes restent impayées à ce jour :",
            "Nous constatons que les factures ci-dessous n'ont pas été réglées :",
        ],
        "advice_intro": [
            "Nous vous informons du règlement des factures suivantes :",
            "Veuillez trouver ci-dessous le détail de notre virement :",
        ],
        "po_sign": ["Bon pour accord", "Signature et cachet"],
        "delivery_sign": ["Reçu en bon état, le", "Signature du destinataire"],
        "quote_sign": ["Devis à nous retourner signé avec la mention « Bon pour accord »."],
        "letter_open": ["Madame, Monsieur,"],
        "letter_invoice": [
            "Veuillez trouver ci-dessous le détail de notre facture n° {number} du {date}."
        ],
        "hours": ["Horaires de livraison : 8 h - 12 h / 14 h - 17 h, quai n° 3."],
        "street_noise": ["Accès livraison : portail n° 2, {n} rue des Entrepôts."],
    },
    "en": {
        "thanks": ["Thank you for your business.", "Thank you for your order."],
        "remind_ref": ["Please quote reference {ref} with your payment."],
        "penalty": [
            "Interest on overdue accounts is charged at 8% above base rate under the Late "
            "Payment of Commercial Debts (Interest) Act 1998."
        ],
        "reminder_intro": [
            "According to our records the following invoices remain unpaid:",
            "Our records show the following amounts overdue on your account:",
        ],
        "advice_intro": [
            "Please find below details of our payment:",
            "We have made the following payment to your account:",
        ],
        "po_sign": ["Authorised signature", "Approved by"],
        "delivery_sign": ["Received in good condition", "Signature"],
        "quote_sign": ["Please sign and return to accept this quotation."],
        "letter_open": ["Dear Sir or Madam,"],
        "letter_invoice": ["Please find below the details of our invoice {number} dated {date}."],
        "hours": ["Goods in: Mon-Fri 7am-3pm, Bay 4."],
        "street_noise": ["Deliveries via Gate 2, {n} Dock Road."],
    },
    "de": {
        "thanks": ["Vielen Dank für Ihren Auftrag."],
        "remind_ref": ["Bitte geben Sie bei Zahlung die Referenz {ref} an."],
        "penalty": ["Es gelten unsere Allgemeinen Geschäftsbedingungen."],
        "reminder_intro": [
            "Bei Durchsicht unserer Konten stellten wir fest, dass folgende "
            "Rechnungen noch offen sind:"
        ],
        "advice_intro": ["Wir haben folgende Rechnungen beglichen:"],
        "po_sign": ["Unterschrift"],
        "delivery_sign": ["Ware erhalten"],
        "quote_sign": ["Wir freuen uns auf Ihren Auftrag."],
        "letter_open": ["Sehr geehrte Damen und Herren,"],
        "letter_invoice": ["anbei erhalten Sie unsere Rechnung {number} vom {date}."],
        "hours": ["Warenannahme Mo-Fr 7-15 Uhr, Tor 3."],
        "street_noise": ["Anlieferung über Tor 2, Hafenstraße {n}."],
    },
    "es": {
        "thanks": ["Gracias por su confianza."],
        "remind_ref": ["Indique la referencia {ref} en su pago."],
        "penalty": ["Condiciones generales de venta disponibles previa solicitud."],
        "reminder_intro": ["Según nuestros registros, las siguientes facturas siguen pendientes:"],
        "advice_intro": ["Le informamos del pago de las siguientes facturas:"],
        "po_sign": ["Firma autorizada"],
        "delivery_sign": ["Recibí conforme"],
        "quote_sign": ["Presupuesto sujeto a aceptación."],
        "letter_open": ["Estimados señores:"],
        "letter_invoice": ["Adjuntamos el detalle de nuestra factura {number} de {date}."],
        "hours": ["Horario de recepción: 8:00 - 14:00, muelle 2."],
        "street_noise": ["Entrada de mercancías por la puerta 2, calle del Puerto {n}."],
    },
    "it": {
        "thanks": ["Grazie per la fiducia accordataci."],
        "remind_ref": ["Si prega di indicare il riferimento {ref} nel pagamento."],
        "penalty": ["Contributo ambientale CONAI assolto ove dovuto."],
        "reminder_intro": ["Dai nostri controlli risultano ancora da saldare le seguenti fatture:"],
        "advice_intro": ["Vi comunichiamo il pagamento delle seguenti fatture:"],
        "po_sign": ["Firma per accettazione"],
        "delivery_sign": ["Firma del destinatario"],
        "quote_sign": ["Offerta soggetta a conferma."],
        "letter_open": ["Spettabile ditta,"],
        "letter_invoice": ["Vi inviamo il dettaglio della nostra fattura {number} del {date}."],
        "hours": ["Orario ricevimento merci: 8-12 / 14-17, baia 3."],
        "street_noise": ["Ingresso merci dal cancello 2, via del Porto {n}."],
    },
}
