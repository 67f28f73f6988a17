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
    "eNqVW0tv40iS/iuJbtTULKZadR3UXJaW6DLRerVEuauwWBTSYspmF0Wq+HDbYxTQt12f5ziXvW17D4u9z231T/aXbL"
    "wymaQkuxvoLpHJfGfEF19khB++Mfk379TDN+tPels0eQ0v//JNwI9v1DdTUyv58K/wCrVKqVLWA5UXA6wEz+k6M1Jj"
    "rXdprTOqtbzRpVFSoh7WX7H60HuVJllRpfk1NYlvdP5Z3ReN2hQl/pZq3VR1saWhfjSqNFud5krX/DFJq11RQXdYXe"
    "f36ktjqjot8oHtvEgM9XwZxIpeoDjWd/xs6+S1XvPKPtKQXKB2pqyKnGadmfKzgoHXsKZr1xCmRq1G5qrGCazXduuk"
    "BPeI6ya65omMivVA0RtWg9/E1jBZemvKT3UhfdLrvdJJUpqqUn9MN7DezcaUJq//iWZV5FV6nRtj63R7uqd+5pnOc5"
    "PQVul6fYMNl+sbkzQZltqqtmW15oMwd7V3ugo/lOkOt9ZWTUsjmzaiR5WlOS+KX5MU5MDWlW5H8DBQr7gWPNrvDe8N"
    "Chw80/a8w0pzfa+vYPgrO0E8fpau8Dt6hNKQHvj75pPdCpLTzrZsPl2BdNGHM3yAQvyFtdXQQVvLl4ehPNtvpbmW8u"
    "0O5A37WJjrtKpL7e3NdVlU1ad1aZK0/pQXcvJxgYLPpXDqeID0rGr6kObrbKBATjud2ANqu5FT34IUqFudwXYdb5nm"
    "t0W69oeuC3VlVGXqOuPxWdWlfKfTpNNBUSYgjrAbm7Tc8vKwrxkWH8yZxRFrglTRR+krzeuyONgLUGUuYj0WzVE/p/"
    "WNqm8M6HOWFT8DLAgAVSQO500JH3FwwYZMp9s36me/M6UraQ1t/Ckc7mRcJPoeW8un3shwSlsed54ZXcGnNE9gp+Az"
    "1RS5UcVGCWrYc+kO7B8ErBsWYK7ulZT2xqya3S5LjSy3KGUgmh4Ug45VIDsyCVw34dHJNZ84wiMwSzVhK2/S9Q11zG"
    "1UkfdmWJtSdgXWotef8+JnkKZrhOa1AYTA7Wh7BFBOXF9wQIcTzU3tdP+6KJKKhdraH5Zw6JO+SRvonkURhtmkGVXG"
    "59JsBh7m7kyus5phcAyQAiJ+T8cDmw/LAEuBhuTP6pXSV8UtoAwecokVcdYaur6DvYZ1FQTEstcwl4ftVzJIMyhHvB"
    "IZhWPRpde318kaFg2gCAegNqbtQ+ZZMFzN4RcKIpA7+6W0gjOnJyhc5bCNXM51vsgKf6gJjn5odF6ntQXM0todUVK0"
    "g6/sN3Ods7EBDBuoaTFQDzlbaYY3V2Tr17B7Voje02GJQcYD35UFWMz6XsFepBnhCZrMTZNlg7aHpuTmS5ODfAD70D"
    "Qi/nAdMOdN3crqCPd0maI8qYlO9PaNrXeT7naAY+1cKoRENthLeZSqnwHGeaUP5VegJNUN2kPGHDCrNFXQyYfk6zs8"
    "GOxhjDYXa8P42b2gJoGua8nrdI1krObqJ2sYH+qvdkfxMW83GF//75e/eZtb6ztHVLTFZYRROTQfU0kHxU7DE4qTFW"
    "2xmj4KgTRk5gCBxfZszbbgEy/RagPOWGTqtD4ET8dPqKRlI7RFVOa39zEwkmc8Jp0BqB0b8Fnj0yluLQ+9ExxjLemu"
    "AX2hpqg4pEDFRD7d6lrkHzf44far3WsS+1t7Mrf1J0QG3m99R4REO5KMZJI+u8qOcw5bjgnFZFRZWunJfXAqutC1V9"
    "8KBAxg54U8ib/fA9S1hJWhFtEPa1LRrikBrxDPsBQbbXySPwau1gItvSEQc72rNMtEXeSsKscdSCyJOkEltAeWLPsU"
    "FLpo7k3p92C/EzugMyNeD9P26demu3kizaWIcpeaXQC+IoW9Yham04pfpGYD8pyv7y3nbkguXSlNgJ9bV2DTMvpACI"
    "l1Gdxstf+BGyXt+dEcWCajqmrci5tA4gj/pkvTF+ZLA7zZLsdpVynlro0waTQSPitXb91cGQz7jH3jWLbAAzFtHm3p"
    "gZuVwY0nsEwfd0zGPeJoS7z6n4q1bKBjBkkraNyRxxqSTttd4Sl5n9u65kX7WVqnQOzt0tD+FuqP0VkwJSfpzORmk6"
    "5TDZuJhbYJHo9IKJ8UbwW+sFgzwefa5NqQ3uRWX+SLpS/vu9TlskNblLnzGTq0OkZHR+KhWc/avevkFjXIEhtqfgRQ"
    "VWKlTDqw5QAB6DSuTdv8BLzCqbWOPT4faWqRhfvwDszVtT3MZ0fa1+bTNuXRhrosU33NrgcyTeoRzBlycbCoCEnU0S"
    "TN022zdZyZRcPV8LoWCfqhgRcirkVvajCKIcXa6XJtMiJpXCCdDyzm+LS7yIECOOeEwO11hSwMSMnPZVoDLyL+D5vv"
    "T6cS1d7q8jNRO3BIU9xscp2Ae2+1p5/tfjq06QL7mYzbmreNxxCJGK6Lyl3dNF2muHmWKW46TJFddDRtr+xXZPe3Qr"
    "cW8oL0DgVc5skaZHmhVHGIfMjXMrOxfG1kWNYdIGDt7k0ImiBrZPCIijQnZ6NzhQENgYOwLDf1TVESImOZrouS5mfL"
    "UcuLDUCD28uq1tsdD4lOwFvFBR4f5gKu7RO2Vu/xmon8BLuQlqt5KMuFuMWWv7X80rY7wbvez2ajpRpFy3kQDy/UdB"
    "aHtIHhOLoMFx9VMLqMhmGnk85NQPBBRdPLGdZB5A/G4dIV+I1OEbDFKFyoYPj9dPbjOBy9DyfhlLC5LcISNTtXVLXT"
    "5xHomK8Ww4tgGUptnNJqPh9/7LRuORxwN/GB5BNwOHcKJXoxebO9gr7lLMr+5Qy0AMej8HFrl+k1CAmqN43PLniXmD"
    "SfwPALNRgOZytY4bckGKtlPFDRSCpd6UznstOLcBJE02j6Xp0F42DK+z0NYxVMqP1oFUorsDV48JW9WaIX9HeqnQHD"
    "hVgBa2jIfaz4yokRRZoDWgju4XRmEzig+WA2sPNTgMPfSt32GjJguYmWy1Vop+/YxShcDhfRPI5mU6oUhxPll0l1IR"
    "S4EtTI4KM6+yjf8P6Qruk+wP7wiumu7kMcTkduwE1xRbXOYbpnNGF+gilH07it9IkUrJJDS69TCxp1mjsvYIkAg1pN"
    "0GDvBIB6fbYdlSa9vuF5nS/C6P1FrOJwMVlS64toPsfT4pJOC3/4eWnopgwXzI/qDwpwnWGCvHxpjPdHbJ9x+77lLV"
    "qAdzEbSI2eHT+LxmOcwZTPbjQbunM7bbKXsGG2BWszq6jX8pjaYSueErVfTc5E25qujZ6xSW7QWSeLuwajfa+0ukH6"
    "TUypvRbZ8LXIeWmMkq07YtYH3jjAF/FGz96N6d2uRJEH9G3vkFiQ8aqvUluQdXREtjoxpLFggf4MpPWeQFSuoLoDHF"
    "k90wMcgFbPkOFTg/VnuozL0h0RBJ8aBEDGKtPyALxCKpBZpBuKQOCpwyblMLhCI4b3CljZEnli2HaG7eJn8QXD3yRa"
    "Du1nEjQ6ruAjoury7XARjqKYBBaOeqnsB9vAsYEwGF7Q8S4A2FUY2C4dB4g/EgeICWntVxBoFioSpEU4J7SBH/v5i0"
    "DbD6toGSEU8KSxIFzG4agFAKjbOkbhDwNlEQfQQs2mCqT7e6la4S2As6c8Ntqph5I88mUMLV2BNIGd5dp/oGWKOntf"
    "3eCo2G5w0nIHPx7JoFrxTI1nw8DCHpZ9B2XBaLSAzbaN0mufX/zVuQ5zFjS6tL62hhzqF1liB5mNR9ghwsBHC8+E16"
    "L6tknDsLhcnUH1OBiTYIRgKQeK37leyy3mEw/K0Mj4KHbkCqZlABZ0fA7QPM8BPJjpo85wNj2PFpPAsxK/w/ST1ZJW"
    "6Op1mQsunDYKzg+NEk/YGhe/2cvzVm5bCT87m0pdnMJM146nQ2WXwdjZ8oYhf/WWicpsIuU+T/lnK9n4gjdPTqw9bn"
    "IJdnK2cLJniVEEc3+r+KNtlOpWhC+jgAQrWCykKhS4er4hW82X6n0JfjyZrnOThHfqXCwk+c2AtD9qkuwf0yxTQ51l"
    "nauQXbr+3BA9XvwJNu8rsqvyMJ48wTsbtsfy6K6a2ojyYv+0GSh4I4yd/u//qOQ1vR2GlYfdgHLQuBAzmITjYeVp0Y"
    "Bvjv+UQLHLNfIorH1b1KWEOpC28dhcDdYIdfb/IXU40Ey+m8KoBFZC9w/7ea2vy/2TwWhvpdrb6+ogBj0E8bnk44Ei"
    "ej6MQEcYPsjAk68NBZW2NGG5B5b5ljC/XZEn2kXm3cUVeipg25L901WKPbjRaqC01UEwmqIi6f7XtQ1H759U0hyPSA"
    "d8gYcbB+WlTivYjARrINrJRaIth53LXmtucSws3dbcwebdgjvPN0vh3W7/xE6y/6UXnh6nVybL9k806f0T+3fYBOeG"
    "guOlJHiB6jFGyxUX8H3U/ikbSEE/Vg0kW0LV8JS2qxDSu39c3+yfNF13gO9mFF1W7n/BSzFkBQ34FSAktS6TdgHHwt"
    "dD4CFlak5FsP0d7EawvzRy7w4QVeQ5iGCl4Ptaw3J+XzR7WazT/VPN+xltATKBRzTZyyFtq9Drkg4NhCeOh+1NnSt+"
    "IaR9CQQAsznw8AxCPnVzKpjtoQiKGYxxnbHHx6Mm+38ctD9hEbyBNekasD3TWwO3kaU9F9Mm5NgVJSEHnL+s3gca0k"
    "0MeWx5DYAXTXpLD+/Y9wSlbVEHOlhnmuf7BuDFopj0LCj2Upi7RT9UW2wEMvsTsl+ciShLfyaXpgHQN39V0GeDxH2d"
    "fgfqV1E3hC/oHOPwOU2Vj+104LudxAYksOFppN9p0PFfK5rIBmYEfn1TtnMxMpm5nazDncqbj+wM/bMDRgTa6PDdjQ"
    "cr+E2h8ZdMBYvIG0w04hGlBz5zzCvKGb0OFkE96zUgNX7EozU7i1nd3tHCkDy6nskMYIe16sfNWUq3GukKDF3BcBdx"
    "z9iqi7gXOZ++TUAtUlabKZs4KTiMnc/3T/CCekxbURoCtXcoGimeW0oiUePyAZOvYTp/AZcpMducIGFTlBsNBjotDT"
    "dfg0SVfBFmI+lx0dS244QuhPk7/F/q/X8Daje5eaZT9Ex3KCUblI/+MCcC7fAzOBZov1MrvgVeHYTYGSLl5tThmrs6"
    "FfP+yrPtbZCdWU3ahVcbEKYI/KlQ+xgRwz9h5CcSZ4X1Y+C9ZABXPzXVl+Y1Wh+7hSDucCilPhaEB2s7UC/H4CnuDk"
    "I/wRAvAOaxEHwIyn4PE8hcYpuH54dx+LASNMQQO52cm7BGrUGJeki+KhePX6agM79eZ4d13ihjO0uovzeqKtL6N8bk"
    "4VBejMlL+pS+M5WvWXDIJ8LywxYFUBTbeRMSLPz352L004LXJHhPPJ3RTFGwfpOuNYbsXwjVnwkxsuApOg9dd07n0E"
    "2Uwfxx11lqHOt81kvsBOWTFt04tgQwiFTTK+6H6wf2ptepWRuvx52XeD1qlX09jNefYQj8Isazc7FLhLm6/j0B+9by"
    "++H6GADvaLieqSXM6Ui8/vJtSa6OvxuXBdmDzf6JYlTVYbjeSlxGBJbxXbgLFR0G7uW8yIURGl7CM0d7S4onJnJ9Kh"
    "jqLOVhDD9G30E+C+nutkVzJW7EkTA+Sz09CdtQxwL6QH5uU4zL0SltNtQ3GtHUUOmxwL6hy7jOBFhBc0ATEa9dfRDe"
    "Jyi2PpHEd2rfR/Ki+vvHGkQn7QDba6Q/UAi7SiEbH/F6O3HC6wHicqNRtlu/CfNKMtMP9FtXp+va9P0e081IEB8lvE"
    "uvU+nWTjFLtynPtIWlg4C/lbej9Npbo+PEvei/yKbjzj1OrUX9+60limFHpxUDupSuufRLoGu87/08ADlPmL5AJwh/"
    "mxKAD6Cb6gp4DagdJgekbR9tYsD+Efw+K5DwgqjhvIXOIbf5AaSNdKLXg16KgN2+inXW8jSCqJuirMTAPJMhMG1gL8"
    "uC6Q35pO1lyS3Tnhbkj6YKzPnYwOpR07a/znJORxtci9dyhj0092gtjvFc0kDbFR8xdnmjazaQDgwPD7kTnjgvweHl"
    "BYDjhQe+QxUpLSe8iDsJBFDKKMZa807qYCPZgWPZBAsNLAd0APlG3pt1hWJ+o9EdWBcACKSJ/C5w6vitf21CswS9Rt"
    "oNVGX/X8jjYEth71BbkL/BVuqMQAFnB/tapkeSC2ZXAOy32oUGozatgNyGHUAHqnh7KbDpJm60Nl02ftA6JLzt7uLp"
    "ykmVR5dX1sGggBhwZ7TgBN1tQtnz/NlLPXhlL8jiO0ehD3IP9v/ZgF+As1EIw7XV0IWTvdzTZ5+j0kVOj6GW7eVOJ+"
    "uA8wv6tGkM9Lcr5/20g8u00oLV6xtjr+CWhNRIoHRTY/YBAv/RrAOUH2rJfy2DT5ZIwxnsynayjnFYGmp8coo44wNK"
    "S04nReJ7c60VoNbsfoJ/n+n0qJU4yTIxqBOqRTiJlhRZCC6jJZaMo8tFEC1n05NJCefBMF4tqJE8YrvLcBr/ppyEYD"
    "hcLfePNPr+cRhSjBrfhrPJJJiOqGM/MqFGr2eL0SJ8KTmBKkHlYHghf+IgHarz2WoxjZbLcHWYo8CUFclrMullKViy"
    "SgeKillbARHnMEGvj2k9iHerAl5gIE5r8B0t73rtdHSOTqEwMnIfm37mAo4BK5jHsiH0dCxxYRnDqvd/J8GdjUf8cj"
    "pXgbBFFU0nT4EhDtxcgNWS/aYOVh3kLlzOYtjss8GQc53gVw3HUehCOwepC/tHkDQ1Dg+SF/aPy+j91IXxvMQFFSzi"
    "aNg2cXe5w4v9o83RmAcfg7Nx2PZscxk45DOGvqneZDaNg2ms9o+Y07DqpTRE0+EMg3AcHu1896Mw4YcfaY4BhVrPh4"
    "R+o9H8SMrCfLaIOdYZsGJRwelEBTSIO33Pskhvyf4fHJ9Ho9nPUkDpsNtDaPp4PujtV49MYAvU14GvuC9nLLAYenFC"
    "Ef+Oyp9KXMCKHRmZCs3o5S0Mxb/C7HLkEnhtwd4Qmvx37T3RNf/BIBEGl79ApKJPJk7lLUzwmvDwFs+z+/49Lht8vq"
    "zUJeg19E+3qjd4u4fXstWL+QtRnqTAMEq5/8lbGkdb4nGSK2pkgE8c5yVzDLHQHFp7pSqN9xZsAaoUDLpz28D53JnG"
    "8hXDsRpgfhjt0ZTZwHkO1ZEMh2AF+k2BzBFmqi37OQ4BA9JSvVXB5SxaLFkK//39mHLMMB1h/2+rw0yH+SL6oFbTiM"
    "VwPlgdpjrsHznXAWzEENAh7GU7IKqHi2HEgV2MrVpYb1MeRiEB/2rBiIIv0Ns8WBxJd0CAUpwjEUpQCG1guGghxeUv"
    "oA6rEP6bnAXjcfCeGsSLYLr0tLuTz0C9j16HH+b7x9GAk6rwMYL5dPoXIuOZxEmAEffpCOZFuxtQbDnsGs5+msNuhx"
    "EAOGTrmVtac5DeAEAbR4C7QQQ44Nl03NGV2v/Sy25gOBWEWbYx9c4s+4kOrUCIUR8NlFd2KuHhCMPoGJfnb7Ks1Zcm"
    "B2yiC1wn6cTZMVYiXVuS8Xz2g7cMLgDRkrLFb8mA4EY8WddHf3kvpEFIHoZgsDWC9H40BQI0E/SvmwURDy4HwcCmQS"
    "AjgoUcTYPwiJbkPYgOxlG8GqOk9bIgRBnoYCQZwqmTp6+9ZIj3pkhSIikXZrfL+b7j+8bcAOL9SU31teE/Nc6z/a+3"
    "fHXbek3TAgN69wZZzdev/w9ITLux"
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
