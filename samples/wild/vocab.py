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
    "eNqVW0tvI0ly/iuJGfRqje1hXxfti0tkSSKGr+FDMw3DaKSqklRNF6vY9VBLKwjYm62z/4BvHvlg+L4385/4lzhemZ"
    "VVJKVZYKZZlZWRz4gvvsgMPX5nsu8+qsfvos96m9dZBS///F3Aj+/VdxNTKfnwL/AKtQqpUlQ9leU9rATPSZQaqRHp"
    "XVLplGotbnVhlJSox+gJq/e9VxFJ8zLJNiSyvNXZF/WQ12qdF/hbqKguq3xLXf1sVGG2OsmUrvhjnJS7vITmsLrOHt"
    "TX2pRVkmc923geG2r5OlgqeoHipb7nZ1snq3TEM/tEXXKB2pmizDMadWqKLwo6jmBOGydYmDipTEyS/bwoTFSVUOsu"
    "TyLqaMiP6sbABKFZqgH1RRxmRqIDc1Ph+KPIrryU4BJz3VhXPI9BHvUUvWE1+FX5WlW3SaniPKq3xu1VbNLkzhSfq1"
    "z6oNcHpeO4MGWp/pisYfnWa1OAzD9ga5d5HpdqkysQabXxQC3MUp1lJqY111V0iyKL6NbEdYqltqqVLCPeUXNfeWqi"
    "8EOR7HCPbNUEV4UHSY8qTTKeHr/GCSiUrSvNDuChp95xLXi032teJdRceKaF+mhVeacf9A0M4cYOEnWJVTX8gR6hNK"
    "QH/r7+LIvFSi/P9tsNqCp9OMcHKMRfVGRbwdervjzbb4XZSPl2B3pLOsaPoOKbpKxMIXU3RV6Womqfs1zUYJmjETkF"
    "RHF6hr3DD0kWpT0FOt9qxO5R0wwMq0w2GaqNutMprNhxSavTTddVDlqtSlNVKffPsCHlO53ErQbyIgZdhBVZJ8VW0+"
    "5jW1MsPhgzLQbVBMWij9JWklVFfrAWAAtcxJggZqS+JdUtWIYBbEjT/BtaIINZSRpxURfwETsXnEl1sn2vvvmNKV2K"
    "NMj4QzhcyWUe6weUlk+dnmGXttzvLDW6hE9JFsNKwWeqGZsK9K5EYxYEsvvS7tjfCJg3TMDcPFjI6fRZ1rtdmhiZbl"
    "5IRzQ8KAYzAzWzg8B5E7adnPOJLTwC2VQTlvI2iW6pYZZRedYZIWi5rArMRUdfsvwbaNMGYT4yABK4HE2LAPCxaws2"
    "6HCgmamc+W8IzUipG3AjZXqvsB5LQOOsiNDJOkmpKj4XZt3z4HdnMp1WjIMjBF3AEtocWHqYBPgcdEl/Vu+UvsnvAG"
    "JwiwusiGPW0PQ9rDTMKicMlpWG2T1un8i1TaEcAUs0FDZFF17bXiMRTBlQEZZfrU3ThowzZ6yawS/6H9A6+6WwajMr"
    "xDutMlhELuc6X2WGP1UESD/VOquSyqJlYV2QmCh61Hf2m9lk7GfmZtNTk7ynHrMnH9Vska1fwepZFeK9EdeO270rcv"
    "C91YOCtUhSQhN0vus6TXtNC3XB4guTgXYAj9HUI/5wHSAGddVo6gDXdJGgNqmxjvX2va13m+x24sZ5LCUCIrv+hTxK"
    "1S8A5DzTx+IJyE15iw6REQc8Kg0VLPIxfvqIG4MtjNDdYm3oP30QzCTIdZI8TyckfdU3v1rP+Fg92RXFx6xZYHz9v7"
    "/+u7e4lb53lEdbVEYQlU3zEZUsUBw1PKE6WdXmyduxWhMDhUjNAQSL89mabc6bTkwHgMaxIV/6ED0dO6ESxn/nmKjM"
    "l/dBcNiwrYVOTXm0w1e9T6u4cT30TniMtaS5GkyGRNF2yIbysXy605WYAK7x492TXW7S/Du7OXfVZwQHXnJ9T4REO8"
    "aNzJQ+u8qOwPYbwgrF5FVZYenJfXBWOteVV9/qBHRgx4Vcib8/ANo17JexFgEQa1LRri4AshDSsBSF1n7EMAK+1iAt"
    "vVmERZoUMU1agIoTb4jyrWG+BIwSvVYuOG4loJ7YmOxu6egG6TIJQyUm1czVtcfOoIn6wTCwYz1AzR2ELsyyKJyACY"
    "rHFYHWMrOfBomP7mvD5K4AjLHFG2purpOSX6RmDZqfRQ+WqxMjV66UBsDPqFqW8VtZiQcCYTA2XnFj1v4HFoqb/aaR"
    "sA4PCv0tU/XOvtqBYO3YSrLNCe4B5tPyOsjL3H60ooCJMTF1o0rgNLIKzny/gcfwl8OFAeiJfO6vPrjZMeJ244K14/"
    "IzxiPi89zdwkNQq+VrzySYoQrdJ4F66169yp/zSNbbMY+40WNuxWMlcUt2l3sY0uXOTjxvPot0AnGDnRd6+Fz9cXge"
    "TCgCOzeZWSdRomEpsdCKlGUt6jzER6t8+MI2wEEE16boicwys+YoXyw9umxTo2saPKgjUyZz70cAIHWM7g4kCLSnAO"
    "5dx3fIRC11IvEjeO2iVduALQeEwYg0Mo34CfSGXWsOIfD5iKgFLm7D2zBX17Ywmx6Rr8znbcK99XVRJHrDoQ2qP7UI"
    "DhO5PvhsRDxqaJxkyRb0zXJyVg1Xw2taNOinGl6IGOedoUEvhswK0CsyKdFALpDGexaofFqfZ0AyXPBDSHhWIs8D2v"
    "OtSCpgXhRfwOL7wymFvm118YXII8S7CS42hWbA7WXpWaJZTwdObb9xLv16pZ6kBzp2KYkF8zf1tbLK3NDWfl7SiYyq"
    "xfUiya/bFHb9KoVdtygsHx6gw31nv2LQcSdDm8sL8k60C5mIABBQEw38k7ZIYhVp5JBLpmZtueTAsJU4KMHa7QMa9H"
    "TWl+Hm5klGYVDrfAUEYQRsBXV1mxcE/SWNKi9oiLYc8SFfA6gIhwHRSm933CUGKB8UF3hcnQu4tk8mG8TAwzSKYexE"
    "Gh7pgTMX4ipbbtlwXyt3ghBeTqeDhRoMF7Ng2b9Sk+kypAUMR8PrcP5JBYPrYT9sNdI6owh+UcPJ9RTr4H4Fo3DhCn"
    "yhU8xwPgjnKuj/OJn+PAoHl+E4nBCqN0VYoqYXiqq22jwCOrPVvH8VLEKpjUNazWajTy3phlwCqZT4TD4BuXS7UGCE"
    "ldXbG7YZLEpiz5jvIBzKfazbpToC9UBIYGdIxwJtBlR/Bm4h7KPfn65gbt+TSqwWy54aDqTSDVM2tpBwHAwnw8mlOg"
    "9GwYRXehIuVTAm+cEqFCnwT7jlpT3xoheMwsqdAWeH+FJWRU1BLemLRSERB4QRrMThTMewNbPetGfHpwC7v5e6zTlp"
    "wBozXCxWoR2+oyODcNGfD2fL4XRClZbhWPllUl0YCM4EbTH4pM4/yTc81qSTw19gfXjGdHz4yzKcDFyH6/yGal3AcM"
    "9pwPwEQx5Olk2lz2RapWxaskksXFRJ5gKTBUIL2jOBgj2pAG73xTZUmGRzy+O6mIfDy6ulWobz8YKkr4azGe4Wl7Qk"
    "/O5nhaHTO5wwP6o/KPAFDBB09iDCeKbFPh2X73teojkEPNOe1Oj4/vPhaIQjmPDeDaZ9t2+n3fwCFsxKsB2zcXqSxw"
    "wOpXhIJH8+d9U9pz5lH17j+QG56Ai8/IPS6hZJPlGr5qRmzSc1F4UxStbtCA/oef0AwcQjRntYp3e7AvUdQLc51GIt"
    "xrPHUm1B0THM2erYkLmC7/kzUNwHwk7xM+0Ojkyd+QR2QFNnpPC5RPSFTgfTZEeMwucSAbC30jTEAU+1cqQiyZquV3"
    "DLYZEy6Fyh78KjDqxcmK91gp4b7c+OsJn8dHnFqDceLvr2M2kZ7VXwCcF08aE/DwfDJWkr7PNC2Q9WwHGBMOhf0d7O"
    "Ac9VGNgmnfdffiLvvySAtV9Bm1mjSIvm4YygBn7s56+Caz+thosh4gAPGgvCxTIcNNYPdZvAK/yppyzcAFSo6USBav"
    "8oVUs8lXBulPtG9/RY0AnBYgmSrkBEYGW59h9ommLL3lfXOVq165xM3GGPxy2o1nKqRtN+YDEPy36AsmAwmMNiW6Fk"
    "49OKv7hYY8aKRqfoG+u/oX6exraT6WiADSIGfLLYTGAtdm9FasbExeocqi+DESlGCA6yp/id6zWUYjb2cAw9jA9hR4"
    "6EGsdvEcd3/fXrrt/DmC7k9KeTi+F8HHgu4u/w+OSyRApjwzZhwYnTQsH+oUfiAVvP4ou9PW7llpXAs7Wo1MQpwHRy"
    "PBwquw5GzpHXjPerD8xPpmMp9+nJP1nNxhc8CXNq7RGTa3CS07nTPcuHhjD2D4o/WqFENyp8PQxIsYL5XKpCgavne7"
    "HVbKEuixyQnQzIxOG9uhD3SIE2IO3PmjT7ZzyW6us0bR217JLoS02seP4nWLwnpFbF4WX5GE+G2BnLo3e5YK/L5/uX"
    "dU/BG2Hs5H//R8Vn9HZ4Z95v35YHtbs/B5dw/M58ktcQzOM/BTDrIkIShbXv8qqQuxfkbNw3V4M5Qp39f0gdvkWnYE"
    "9BUEVtYbyI7ZzpTbF/MXgXXarmQL08uGDvg/pc8/ZAET0fXq8P8UYjhdC/MnTLtaUBy9G0jLeA8e3yLNbuKrt1zz7H"
    "g+V1YlSq1RrahSiMdonWWApg2DmxKNO9ascQB7xjvH+5SXAMbrwVMOLy4LKdrnqS/W+RvW7fv6i4Pn7DHlDQhjdsCs"
    "oLnZSwnDHWQLyUo1FbDmufnmmWOHbZPkY3DJX8reGzrPB+t3/hyBw2af9yVxuVmu61+yi5MWm6f6Fh7184NEQRHB0q"
    "n5ez4V3Aj6Ae6gPlKRAQ7F/SnhR07+CBpcsVPDwlzTyENe+fo9v9C53wgknAQtKx6v6veBKHzKKGwAQUrdJF3Ezg2J"
    "V8H7hMkZhTt/L+GrZv5b9ytDrIt0mUpIn2kg5+3+38Io+S/UvFyzjcAtoCBalTv6Hj1/MWC6KC9gq0ZrnsN6eCrviN"
    "6/lr4A6Y5YJ7ZtBbUDOnLuY9AELVgT42KceI3Gu8/9uB/Aln4nWsyUyBKJrOHFhGpvba/TyBzi4vCHRg22X2PkaRUe"
    "LtzZbnAFBTJ3f0wPdQNR42O8CCBqJU83jfAzJZAJSWBQDfurJvgBPtFYVAVX9F4owjERvpjuTa1Hij8BcFbdbI+aPk"
    "B7C6kpohYMGgGrvPaKi8bacv8ZtBMHbRMJIfNJj2byUNZA0jyhKENTcWI4OZ2cE6wCm98cjK0D87IFNghM41uP5gBr"
    "/rmv8tL8Mq8h4TsLhHaYH3HPOtMgatg0lQyzoCiMaPuLVmZ6Gq3To6J9JH1zJ5EGywUt0cANbSrUamA12X0N3VsuOn"
    "1dWykwcw+RCDWSRsNhP2jlJwmAkw27/AC9oxLUVhCMs+omokuG8JqUSF0wco3sBw/hGirdhsM4KEdV6sNfj2pDAsHo"
    "FGFXx0ZvMClnld2YZjOnzm7/B/off/DWBdZ+aVRjGo3aGWrFE/ut2cSBuAn96xtIF7teIT59VBwgBDpBy3Olxz563C"
    "DN55tKBJGWBClLTh1V5vUz7BqcSBESKGv8NIbeTKGOaPaQQFA7j6tS6/1mfodOwSgrrDphT6WEoBONmeejujgLIIQO"
    "nHeFsNgHksoSAEY3+AAaRNxl6D54dZBWEpaIgJA7RzbsAarQY16jF+Ui67YJGAzfy2SQ/rvFfGNhZTe+9VmSfV78ww"
    "gE15M8NAUsH0vSl9y4JNPpFk0G9QAFWxGfdHlo+tOb2ebjDJeU6C90TxhfkVTA8jjdkHb2QdnAsfsuApNo/00d+dww"
    "jzouGdtt8oTZrcy1cDzFZ+QdygG99jAQwix/SKu5kHPXs27MysST3AlZfUA7Qq+3qYenCOt/lXS9w7e0kaIMxV1d+T"
    "e9B4fj/zYAmAdzTzgBkljOlI6sH1h4IYvL8a1zn5g/X+he7DysPMA6txKfFWxnfhLlR0kIOQpzHxCMS/qpLQAUBDux"
    "sJL/tA9pYiJeHqBTzzFXRB95yxHNEK3jqvepiIsMQAQz4LL2/LomuTWONITgJbCD0JM1HHshMuOf05wzZpU9drah59"
    "boL+oziaqGDo2K81BrZnaMiINu7cTbuLpgi5bewkF0iVH0t5+Qn75wo0LWnh4BmyJSiEhd1K7oEDyM5idLMVwEgKjj"
    "ps/GHZ27GsBYg60MoxrmfK5KIxzL9JTTddwYZP7XCpG0uZdiaGxD3hPUSe0qydUJpsE55Xg3kHaQtWmY9yd29FHOHu"
    "pDGI4jti3iHsWrClKy1XK7Z3mjFAV+HEpV1CdON97yY0yO7D8AWXYbmb3AZ8AMNXN0CawKYxyyFp2mgyHPbPuJeoqB"
    "gtPqOZNqFISyWaRAcyddrRTa+T62CXr2RAsCSQ8O82L0rxXq+kOkxqWMsiZ+5kNU4Oce6YUzUe5GjOw4y3DVwqiTbt"
    "taZz+grESZzJHnZchceZsY/Xsh+apniLsclbXdkTFEHaw01uXZtcFBDV8wQgqsMNx/SqpLCE82rZyoSAUoY9tpqPUg"
    "eFZAWOpUXMNVAosAEkM1ln1CWq+a3GWCPKAT7IEvld8NeRZ/8whkYJdo2cHnjQ/r+QJMKSwtqhtSA5hKXUKYECjg7W"
    "tUiOZEmMmYOW3CJQVphFwRxo2KRKUHiyAxRBa0dlLw+SJ6Y0HeEO7hTLBT68A678Bubg8YxuLgUogxOgNzpk8nfRY/"
    "MrG//QPR9QeyQY5Cqa1L3X6b2XTvHOHv0t7x3DP8in2P9nDWELTQJhv7I2Pnfam3mI4FNohvc2gS6aI6dWGgUnTHRZ"
    "3QjYedtSunkU10mpBe2jW2OPBptED11XmE4BenI8jQI1kCT5j5zwyfJ82Mld0QzWESLLko3PnRGpfEhquLPHjtt+hJ"
    "kzDSHev6Q6OepnTpJgvK4K1TwcDxd0ZxJcDxdYMhpez4PhYjo5mWVxEfSXqzkJySPKXYeT5e9Ksgj6/dVi/0y975/7"
    "IV2941t/Oh4HkwE17N+5qMHZdD6Yh29lW1AlqBz0r+SvSaRBdTFdzSfDxSJcHSZdMKNGbh2PO2kXlkvThqI9V1ZBJH"
    "bF/AuJOkC9GxPwrjyWSQWhraV6Z85SZxizCgmk6LbuJmRgHzCD2VIWhJ4O8zHw/g33cbEMOBcBH0MF1AdW93IUzl/J"
    "xiB0UnndysQ4gm6Slm2OpGZcT5ew6Oe9Pqd/wa/qj4ahu7w6yMzYP4PGqVF4kJuxf14MLyfuotLLy1DBfDnsNyLupL"
    "l/tX+2KSiz4FNwPgqblm2qBl9qjaBtqjeeTnCl1P4ZUzZWnYwNGPqK7QK/0Wq2KvmXTeEvP9NAA7pRvugTFA4GsyNp"
    "GbPpnPcGtmQ4JnuhotPpGOhhd/qBVZPe4v3fOBEBvXA3F6M/hSZhmdxVEz0fTcfAr2i3Pd+A307IYHX0bkKlo5bpn8"
    "rLwIotHZkIYelkZvQlDMR8fmQleLrCgRiSh4/NcdaGAx6iHi5Dg+hJl5acyswY42nm4WGjxyD842amDnymqguwb2if"
    "Dn9v8RAS44/yzQyNYRYnwFUKOabKGkJIS+Kxmxv28MBMjjOcGV4A0Rgav6VKjccr7AnKBBy7ixghRt6Z2jIfwzdJQh"
    "Q05W5wJkd5JIcjWIF901XtAFPwFt0sjoCBaaE+qOB6OpwvWM3/DZCHkjjAkvb/ujrM5QAmMgmZhvRWh4kc+2fO5AA/"
    "gSjezeUAhJ9fog85Cy4ugqGMEG+QLcQ3iR2zuSAJfiJgQacAwrNgfiSvA3FKcTJIKDdX6BLDeYMsLlEDbViF8N/4PB"
    "iNgkv2ieg+2Q2Bc51wDuGRHA7qaHAW/jLbPw96nEWGj0MYWqsroTiesxwHmGUwGcAQaeIB3aeHbZfaTe3Y7fDqArZd"
    "CFhgCc9BSgdA73IISIwLqzxvj+u7As/SyehggBWMXjR5BK1RdpM7HHgPOU0CoGXQU43inEzzOMI+Wg7n9UM4ywhE5I"
    "BptMHsJNU4P8ZYpGlLQF7P+fCmwQWgZ1I2/z15HyzEg3VtdKf3RvKHZJ8ILlvHSO9HEz8mQ7TLdu7HsnfdC3o2+QPZ"
    "EkzkaPKHR8Ik20MM0v8wD8ErrzpJIGIXtEOSC7KcB5MFmV9jxZ1ckEuTxwnRlyuz22V8rPJjbW4BDv+kJnpj+C+/s3"
    "T/2x0fRzcR2STHS8kHkwHleXr6f4WrV1I="
)
FRESH_ONLY: dict[str, dict[str, list[str]]] = _unseal(_SEALED_FRESH_ONLY)

# printed only by the blind held-out families (``families.BLIND``, made after product code
# had come to hold some fresh titles): their titles (twelve or more per document type and
# language), captions and column heads, none of them written anywhere else in the repo.
# Sealed the same way; to change them: unseal, edit, and write ``seal(words)`` back here.
_SEALED_BLIND_ONLY = (
    "eNqFWktvJLmR/itE+9AzQE//gL3p0bJ70Q+5JcswjIHAymSVOMpKZpOZpdYMGtjr/Iu9eXTzwRdjb64/tl9E8JVZpZ6T"
    "KoOMYDDeEdQvL0z/4r/ULy9WtutGh59/f3Fl+lbRd1CAvFIvTprGTf0Y1KAf9aozSretNyG8+BGLq+nReMY7BYoa7yzt"
    "8+MjYb7td842RqBr67eM0tzqLRFkrHe2NypMW9p+o7vJqO96M34fN650c8/b/mZGcKPCnR1o54XrOvcQVKdHnC57WxMa"
    "3vvXOz2qBx1Adhg6a1rCuIq/1ca5Nijn1YPz9xG1AxPCTa9695r2f3IP6g9x2fnWeJChHX/pLSThesVA2vnn8VHpcI91"
    "2T14XJn3fgJ3yujmjrad3Wm/MWowXk2gQaA3WJpd9zPERogf3Gvl1rwv0EY5dNT30Jbs9CDNW29OrtVK93zHa/1Ffsue"
    "cD/xljM96s5tIFpv1ny5q9E196pxraGvS+/aqRn5m68v6MwlG4TrWmV7YQd8JY5UkAWmqGEXjMHI2ou0Ll2wo4W0CKJ+"
    "6b/KcgdwvxFl2fFO3VuYnDcbbAqviNypCWMCqLV3W5gQzMjo7Suh4KL5fDdoCJU+bT+Z8P0LOd2TpmEvvfkyKtqSsXQj"
    "iH9zk1eDs/1Ikk4rpM7JAJttn3GgeDtG5Z9stO3BGXlHMpQz3hAYxt7S/jSF+F2kOXlv+ka0e7IVdwp37qGP8iPngUhU"
    "3gjYe9ebR+JOiwNGSkEuEL1SPZAAJzYTvpM+hJ8Bx21heJ1pN/iTuGqTEZ3jRyte2mrx3BBgL/VHS0bPGIxqOrszXi70"
    "R3Yp82UwzSje9ib+VqSKnWbBfDKfJ+uFDqwi0pmEg8sYWtix1MqsnWfbfKchbrBBykT4YZyNdyHcimJuexfvcBYVRZaq"
    "RRVX05ZMfupbsYZHN1UE0hUKib86D5lB4BIjKNgM0a0FxUo8E447o4MhpkRwMYZdTFA7fiv3MEPlcHELO6MwqMknkhbN"
    "QFzzutpRBGR7cA4RRb7TjQqxYfLNHU4XqkzoI+M/8A2KBM7cdmtHoh8GEwPDndEtAmsvgfUUP1RrRm0R7yF1utDW9OwK"
    "V2Yc2SqnoWCybCQuUEh9TMg5yBZIxqGEAJ+K0dkpiItE2e1MxRI0JTvOXTMRC4d0IFfZIq4BOSL8x5O3sN1JjMridrdd"
    "uV5yie/enp584BBxKRZF34LRj97Val1TRFoZJBmOPHyBZuq0pwAYPSWyyVHgGpuSFLVHRkO+ctMoJF6XMyAKkYJRd3qH"
    "kObYuL3uw9p4z17I+TAeDlUG0oJhgfDRJibnzgYoNp++5pRI2pLlyAVQcRGEEYSGdEzkh7xajOciRVjk0PsY4cnpmdqE"
    "WJ2y/daAQnRYS7x6N23ueAlpLFrFNvovEtaXktYjDPlKco75AcsqVgJMwD3j07iGtxJDIoDyWIq/Em9ZPCmugdKhc8Oq"
    "7s2YsK46O6h+2q4kh1/B1ZlEPCpSqf091TKFmRSz5zjfdHTdNyaxQC5O6Ckpn1UoC5rRJ291u8vhR0DKT6VkMeTrfMQC"
    "/blwUe7yEebhFrDT6THxl0VbKJxS4fcyZPY5+SxJyDGIu2rodBO9fYDp3I4ORUk2mMoB2J5pEZQldrGW2U5AuR/rSA7B"
    "5CQmZkaf7CeRIpOLv2M4zUkM2EZwT01v1rax2j9KnZrTbzyR90OtU6xa4RBwFiqbSMGFwTuDkoirVkHI3HF1zF/RchT7"
    "Xxv3cVwvG0sewBdF72kbN8IkS/2Sag7GIbHGTfwzyTYGAdr3wYxFqrQ1oGwLt3DEWx29dyT5MVixf47qF/81VXgCa7iS"
    "bXmBiZgmmzlS6D04ae6pLKN6r2SFzo0Jch69k7XU3JlcGaaUKzJejxy2HqmaZAeBLLiqQDyTIo/V+yedEnwCJlKxozn3"
    "bvjBrddS70n52jmN6mSMjhfspk9axm8RBWAgSzmRgy43OqTpYfBuF1eSayXMvu2rkghXayiNg0EVCrnVo7hrY0gK8CFa"
    "0+PkI5lpVXmHCDeVF6TQlIBgMxN3Q3+kH9FmhAD3Oj4SkCiVmzJRB4FyRzY+F3lPJOCUyPvebB101go3EXjjJtzUV5AY"
    "LOWauFgfVFz54MYIprosf15S06SqWC7bRT0ICxACsuWCRvykWF5OUhWnAoWMYdA1T2cUJLtOQm0NT7fObKSjTii5cmit"
    "eRDZHck1yb6vLSWdWYYBYjwNwmWKtDSQPsqSmE8mk7jIOwvdvOe97u0abVNBlxo+Sec9tcoIy4dUM6DS47kJgx7Rnkra"
    "rHiycSHRjd7Dd0uwfNlLRALiNy18nMaVI70fMHEmrquOiE4OBuohx/AhpJyoh2PZmtztyniyYqkT5Xet9LcjImKAa1aw"
    "GLIqCPXZ1SdSSjun0pN4tzXowhu7uZs5A1rtDY1Oatg5l43z8y+MyZetryKiuKrmGlHVi+v8fOQ61NTWrIBd19omw0SI"
    "z5Qvksg5ZA1wznqZaMUoqGTbSXPfuwduNnMrwdkDeIj4zSGBhJdrpOIKspSKpSWi0H322Dnykuis4iqLEQwRVtQrMXp1"
    "iF6IJhkVejWPmXaNsEEl74WLJc0bdG3u8GqiqyNlYVUDJp8TRihrXJbWLpWPZf+iguRCIO2u4NW1Sl9S0sQFnDuoXHCV"
    "hYrEedUwplMW7GUCdBwKs2JpiW+UvYV4VkxaPshbRzhCJFtNPixv8ObiupZKlPSRCnrNBWNXzOOda/A59wUJbV3H5UeG"
    "iOKzQxcQaph0lyMGd+FiZZpC+eFZEGjf0qztcOm0Qy+MAvAYEo0DP5mhM70NdyyQwmu65yGexJ5D+CIcJLbl65IagToT"
    "soTRKaZppm5bk8eZ/KGiL2AxjaBRkXnj+oScyteCUgpXQuvMzhYgIxkfZwmVHa90sKyNP1Hf72LpXJkRYymNGB4L6J0e"
    "46SBjn57rr7Dcd+nY73ZcOtE1h3b7R+/Ym3tl0P3NwjCjzyhC2qNCIlaMKj9/9Ypq3FbBEe6PLr00aJg1DZWjGUIv/8f"
    "1e6fVnaMnY8dp462qXYSAuZwBH/ltlujOqpPY7tuUHUjvXU6QhfDeBxivgz7p5ZMc+gmagukRP8Ezgz4phZwZw8m86fW"
    "oBI0oyzHlPxx9RMga1T6vV3O4z/855/ECJx388wsfv8U6GJbmP3+SQh+WBXIwUz+Wnsrk3WWHof7/f/RkFjm8kCRcvQL"
    "S+BlhC3m8yvVxpU8nydGcEwwYTmiv45NzvXNSYptDc9aGDKf1X/aP6HbbtLEXvjDzkAumr8GmtjDHPv//HM5rKeEMSk9"
    "FbbUjkDmYDAPRQE/tWQXlnjiMVdnjk7qSXmKyi0EA3YXntSf7EwDE6cepm/2v5HZotieRo7YYTGt52F9mCzq3tG8UmHH"
    "CQoA8KInRYW6O5jU/3kicwex6A+XPMpyE3A+x6Ujk/q+nzq24OhNqZOwmxpaJFgP6N/T6TShh5WjpiPNml5KtR0UTJoT"
    "fF0OT2N51k+DoI1wAon+DNnIED6asjhh3DGfwu9/bVlfEnH2v6Iqxbky0Winw7H7lZvuNGMMJBJBe2d3XtuAUoKGo1nx"
    "yzm7nuaOe43AxhcbtC0lxvFJe57OoJT3QRxGYsjgPNjhALBzI8TbeIoS4zen7jneBLXVlDj6lrwIV0dIZJ8+PoCXI3EU"
    "jXF8nNiQ3hR3z1Ce3Vjc9feH8JEDzeUnTqxpJaC6vj779gT+Tb/RUp4JA1Us5W+DG2EH0T8cw3/c/7vc48yBqut7uvyB"
    "ThZD+PP9E1VTMVxLFM32zh7CFhhXAgzjmbk8NzAIFWT4bEhGHnKtCUdm9G97VC8iwhDPHuz+t1TrDRwJjgzuEd8aPXBW"
    "QmEHD7HrtY/xtRrbn4mXANBw9ppN7mnCSPb+8sj4/sZMNDH7WQEwwc5UY3+AZQUSAWXOIq0Gud1Epl/LhfPy2m4oOBTc"
    "IxP8D0RS7+j+SM4/kQci45H7ahXYNKuj4cZ+/9smlhltneRpjE+Kfp2EnldSoMQvR5Pe/dOmY5OgXNWzf+FEI28Qi4n+"
    "uagE+lPyyPsGvBvOT2r/tMXdfap3xc1o72LE/0kO5BX2iEdcYxotOI4ayzN/vq/esfPpL5KGk1cxNOa+5FV3zvMs0URX"
    "eWb+zzHzJYRsPXEttdkJf/YT4rKXCQ/nTM7WvPX5NwChR4HFVogvYzGTg/li8h8jd0oZzIg0OymJFF4+yM9jKeL5t4F4"
    "Tel+U6eTb7XTnW0zOF3BS9dY4sLxZ4JUQPGIYxZLSkryBuWxhPF46JQN69tPCDGBFlJilY5WagHrhv4lI+XaQuKmbE+E"
    "zqRyI672/5hKgl4+GrDFscOZ8mIgQ38oQG6TrI3qimix9YPBOSdWFjAnoOrW/C8m1MnGJBRidr2JG8QIVHfwjrB/QtTm"
    "hikW3cXtY/SCQ6GOmT8nfDJI1bisG5h3UzIqIhJVemb5nADeKdHGsqB+P4huV5U9BUKV2+IdIdnwQJzNrFo3n3HymPJV"
    "/arArKV4lB4WWBnHXxWuydNJ0hAD3JT6ZJPaM17jeI7IxhvC0ZcFVDvhB7QPKDu6/LRQ1dJdLnzi2js3shvmlHj0leGS"
    "UpyYLmmbguT+X2PS95ueXSMpunpTeGfNRGhQkLyHJBUjIQ8O/U2sVtErkcmMZOhR7+mB4RS8DvIvG3fyEkH/04HeXUIZ"
    "xA9rgOZeLd8HyjPD+7pgAqPobSynCOqxsC2li1w3Q0UUZfhfchzncPPqm88PYoWTPDZUriY5Pymoahsneug5fIY4Sx0Z"
    "Ss8BThFiXrpyDTimAitVKGaS6EqdDFH07BzPvFNIMqB2z/gmPjoKbI0OuW/iIEVAHFXQOfg4FjMpudRmDxD1DjngCirr"
    "SZCJTF2oLuin5EDarciXHXAb+kcCG/IROY9gSdNDhyBYrqxSCZ1p8GOIzMTWBRobivwdMr/PvlLICbPsl+VS+ZNchttu"
    "dA1V+qyA1NegLKB/tEpXNxKNqSWQmlA8aUm5+meP5ZFMJDgqQVXdAp+gcAuSKL/FKLXJ8EXts5xFJabv9r/tsr/OMGYs"
    "Jw0UnUqTfCCyyOo8DsylM1uKpndApULICXveFB156UjGU3xgFsVZDElcYbGyNOO05OsqfbekVyLqkl4A9MCqWYldO6Pi"
    "0IfDPxesSvXdLfJQa2bjogpMiWR5GmVQetf4PM2IQPSojbvu+bvQ14rmU8tDsnl984Eku2v9piD9Ptczs9ombooXLVG/"
    "3ryw8tlSqRQlV9QF1wA1c1tcYyQLXbwuzB5AllXlkVOnQB68rD4PCBkZhP0O27t5rRijkZ5vmotvfki8d6ovZxKe9fJJ"
    "N8IVT7HyJPSZV5QcrOb1W/0csaym0ynbeEi9VnXpc4LzeFVhVCzU4ANBH2GAyt3jB9T17fIq9Vo5vGpHc/9JO/57CjkJ"
    "PccHlUaaEvqBFOaV9v5X6PtQNFlrkXRVIPjDm+U7P/tgk23jSOAray81/3uHDRBLX4k9ea6O5no6IZiM9nkfl1SvQ4jZ"
    "5GOy1WP0L2RssSS2yLALf/4dViMDv7cHMYHGFTQVXIpi/4QOYKhMaXZbtaaZ4QxloOdtvU2BLcO5eFwC2zR9CbMnoOub"
    "E6V/clNyXuoPQoYwi7QFAY5h8b99ls1G2k/7UqNREU7g+UvQe5fElkc1kM6Oqk+x3k5b/mdSn14WyvMPNcCWX7fd9nXV"
    "EdOpsVZOle6LH79+/X+G0P3l"
)
BLIND_ONLY: dict[str, dict[str, list[str]]] = _unseal(_SEALED_BLIND_ONLY)

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
