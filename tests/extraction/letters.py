"""Business letters in prose, French and English, of every document kind, for the document
type: the kind is said in sentences ("Nous vous confirmons votre commande du …"), maybe in a
subject line, maybe with a small table, and other documents are named along the way ("your
order", "notre facture n° …") without being what the letter is.

The wordings are written here, for this purpose, and split by ``half``: "a" is what
classification was developed on, "b" was kept aside to check it (then developed on too),
"c" was written afterwards to check it again (then developed on), "d" once the confidence
was fitted, to report on. Nothing here is
taken from the sample generator's held-out families.

``python -m tests.extraction.letters OUT --seed N --count K [--half a|b|c|d]`` writes
``letter_*.pdf`` and their ``.truth.json`` (doc type, language, ``layout`` = the letter's
style and half, ``partial_fields``).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from reportlab.lib.utils import simpleSplit

from extraction.result import DOC_TYPES
from tests.extraction.pages_for_tests import Text as Line
from tests.extraction.pages_for_tests import pdf

KINDS = (*DOC_TYPES[:-1], "reminder", "quotation")  # the contract's types but "other"
TRUTH_TYPE = {"reminder": "other", "quotation": "other"}

# {n} a document number, {o} the order's number, {i} an invoice's, {q} a quotation's,
# {d} a date, {a} an amount. Each kind: subject lines and body sentences, per language and
# half; a subject may be empty (no subject line printed).
SUBJECTS: dict[str, dict[str, list[str]]] = {
    "purchase_order": {
        "fr": [
            "Commande n° {n}",
            "Objet : Commande {n}",
            "Objet : Notre commande n° {n} – votre offre {q}",
            "Objet : Commande de fournitures",
            "",
            "Réf. : votre devis n° {q} du {d}",
        ],
        "en": [
            "Order No. {n}",
            "Subject: Purchase of materials – order {n}",
            "Re: Your quotation {q} of {d}",
            "Our order {n}",
            "",
            "Subject: Order {n}",
        ],
    },
    "order_confirmation": {
        "fr": [
            "Objet : Votre commande n° {o} du {d}",
            "Objet : Confirmation de votre commande {o}",
            "Votre commande {o}",
            "",
            "Objet : Accusé de réception – commande {o}",
            "Concerne : votre bon de commande {o}",
        ],
        "en": [
            "Re: Your order {o} of {d}",
            "Subject: Your purchase order {o}",
            "Your order no. {o}",
            "",
            "Subject: Acknowledgement of your order {o}",
            "Order {o} – confirmation",
        ],
    },
    "delivery_note": {
        "fr": [
            "Objet : Livraison de votre commande n° {o}",
            "Objet : Expédition du {d}",
            "",
            "Votre commande {o} – livraison",
            "Objet : Bon de livraison {n}",
            "Objet : Votre commande du {d}",
        ],
        "en": [
            "Re: Delivery of your order {o}",
            "Subject: Shipment {n}",
            "",
            "Your order {o} – goods dispatched",
            "Delivery note {n}",
            "Subject: Your purchase order {o}",
        ],
    },
    "invoice": {
        "fr": [
            "Objet : Facture n° {n}",
            "Objet : Votre commande n° {o} du {d}",
            "",
            "Facture {n} – votre commande {o}",
            "Objet : Facturation de la livraison du {d}",
            "Objet : Votre commande {o}",
        ],
        "en": [
            "Invoice No. {n}",
            "Re: Your order {o}",
            "",
            "Subject: Invoice {n} for your order {o}",
            "Subject: Services rendered in {d}",
            "Re: Your purchase order {o} of {d}",
        ],
    },
    "credit_note": {
        "fr": [
            "Objet : Avoir n° {n}",
            "Objet : Votre réclamation du {d} – facture {i}",
            "",
            "Avoir {n} sur facture {i}",
            "Objet : Retour de marchandises",
            "Objet : Notre facture n° {i}",
        ],
        "en": [
            "Credit note {n}",
            "Re: Your complaint of {d} – invoice {i}",
            "",
            "Subject: Credit for returned goods",
            "Subject: Credit memo {n} against invoice {i}",
            "Re: Our invoice {i}",
        ],
    },
    "payment_advice": {
        "fr": [
            "Objet : Avis de paiement",
            "Objet : Règlement de vos factures",
            "",
            "Objet : Virement du {d}",
            "Objet : Paiement de votre facture {i}",
            "Règlement facture {i}",
        ],
        "en": [
            "Remittance advice",
            "Re: Payment of your invoices",
            "",
            "Subject: Transfer of {d}",
            "Re: Your invoice {i}",
            "Subject: Payment – invoice {i}",
        ],
    },
    "reminder": {
        "fr": [
            "Objet : Relance – facture n° {i}",
            "Objet : Facture {i} impayée",
            "",
            "Objet : Rappel",
            "Objet : Notre facture n° {i} du {d}",
            "Objet : Solde de votre compte",
        ],
        "en": [
            "Re: Overdue invoice {i}",
            "Subject: Reminder",
            "",
            "Subject: Outstanding balance",
            "Re: Our invoice {i} of {d}",
            "Invoice {i} – second request",
        ],
    },
    "quotation": {
        "fr": [
            "Objet : Votre demande de prix du {d}",
            "Objet : Offre n° {n}",
            "",
            "Objet : Proposition pour la fourniture de matériel",
            "Devis {n}",
            "Objet : Votre demande du {d}",
        ],
        "en": [
            "Re: Your enquiry of {d}",
            "Quotation {n}",
            "",
            "Subject: Our offer {n}",
            "Subject: Prices for your project",
            "Re: Your request for prices",
        ],
    },
}

BODIES: dict[str, dict[str, list[str]]] = {
    "purchase_order": {
        "fr": [
            "Nous vous prions de bien vouloir nous livrer, aux conditions de votre offre n° "
            "{q} du {d}, les articles suivants.",
            "Par la présente, nous vous passons commande des fournitures ci-dessous, à livrer "
            "à notre dépôt avant la fin du mois.",
            "Suite à votre devis n° {q}, nous avons le plaisir de vous commander les produits "
            "suivants. Merci de rappeler notre numéro de commande {n} sur vos bons de livraison "
            "et vos factures.",
            "Veuillez trouver ci-dessous notre commande n° {n}. Nous vous remercions de nous "
            "en accuser réception dans les meilleurs délais.",
            "Nous souhaitons commander les articles suivants au prix convenu. La facture sera "
            "à adresser à notre service comptable.",
            "Nous vous confions la fourniture des articles ci-après et vous demandons de nous "
            "confirmer le délai de livraison.",
        ],
        "en": [
            "Please supply the following items at the prices of your quotation {q} dated {d}.",
            "We are pleased to place an order for the goods listed below. Please quote our "
            "order number {n} on your delivery note and invoice.",
            "Further to your quotation of {d}, we would like to order the following. Kindly "
            "acknowledge this order by return.",
            "Please find below our order {n}. Delivery is required to our warehouse by the end "
            "of the month.",
            "Kindly deliver the items below to our site at the agreed prices and send the "
            "invoice to our accounts department.",
            "We hereby order the following materials and ask you to confirm the delivery date.",
        ],
    },
    "order_confirmation": {
        "fr": [
            "Nous vous remercions de votre commande n° {o} du {d} et vous en confirmons la "
            "bonne réception. Les articles seront livrés sous huit jours.",
            "Nous avons bien reçu votre commande du {d} et nous vous en confirmons les "
            "conditions ci-dessous. La facture suivra la livraison.",
            "Nous accusons réception de votre bon de commande {o} que nous acceptons aux prix "
            "et délais suivants.",
            "Nous vous confirmons l'enregistrement de votre commande {o}. Livraison prévue le {d}.",
            "C'est avec plaisir que nous confirmons votre commande référencée {o}, dont vous "
            "trouverez le détail ci-dessous.",
            "Votre commande {o} a bien été prise en compte par nos services et sera expédiée "
            "dans les délais indiqués ci-dessous.",
        ],
        "en": [
            "Thank you for your order {o} of {d}, which we are pleased to confirm as follows.",
            "We acknowledge receipt of your purchase order {o} and confirm the prices and "
            "delivery dates below. Our invoice will follow on dispatch.",
            "This is to confirm that your order {o} has been accepted and scheduled for "
            "delivery on {d}.",
            "We confirm your order no. {o} placed on {d}, with the details below.",
            "Your order {o} has been entered in our system and will be shipped as set out below.",
            "Many thanks for your order, which we have received and accept on the terms below.",
        ],
    },
    "delivery_note": {
        "fr": [
            "Suite à votre commande n° {o}, nous vous informons que les marchandises suivantes "
            "vous ont été expédiées ce jour.",
            "Nous vous livrons ce jour les articles ci-dessous. La facture vous parviendra "
            "séparément.",
            "Veuillez trouver ci-dessous le détail de la livraison du {d} relative à votre "
            "commande {o}. Merci de vérifier les colis à réception.",
            "Les articles suivants de votre commande {o} ont été remis au transporteur le {d}; "
            "le solde suivra dès réception.",
            "Nous vous adressons ci-joint la liste des articles livrés ce jour. Merci de nous "
            "retourner un exemplaire signé.",
            "La marchandise désignée ci-dessous quitte notre entrepôt ce jour à destination de "
            "votre dépôt.",
        ],
        "en": [
            "Further to your order {o}, we have today dispatched the goods listed below.",
            "The following items were delivered to your site on {d}. Our invoice will be sent "
            "separately.",
            "Please find below the contents of the shipment made on {d} against your order "
            "{o}. Kindly check the parcels on receipt.",
            "We have shipped part of your order {o}; the remaining items are on backorder.",
            "Enclosed is the list of goods delivered today. Please sign and return one copy.",
            "The goods below have left our warehouse today by carrier to your depot.",
        ],
    },
    "invoice": {
        "fr": [
            "Suite à votre commande n° {o} et à notre livraison du {d}, veuillez trouver "
            "ci-dessous notre facture.",
            "Nous vous prions de trouver ci-joint notre facture n° {n} relative aux travaux "
            "réalisés. Merci de la régler à 30 jours par virement.",
            "Pour les prestations effectuées en {d}, nous vous facturons les montants "
            "suivants, payables à réception.",
            "Veuillez trouver ci-dessous le détail des sommes dues au titre de votre commande "
            "{o}. Le règlement est à effectuer avant le {d}.",
            "Nous avons l'honneur de vous adresser notre facture pour la livraison du {d}.",
            "Conformément à votre bon de commande {o}, nous vous prions de bien vouloir régler "
            "le montant ci-dessous.",
        ],
        "en": [
            "Further to your order {o} and our delivery of {d}, please find below our invoice.",
            "Please find enclosed our invoice {n} for the work carried out. Payment is due "
            "within 30 days.",
            "For the services provided in {d} we charge you as follows, payable on receipt.",
            "We enclose our invoice for the goods delivered on {d} against your purchase "
            "order {o}.",
            "The amounts below are due for your order {o}; kindly settle them by {d}.",
            "We hereby invoice you for the goods supplied under your order {o}.",
        ],
    },
    "credit_note": {
        "fr": [
            "Suite à votre réclamation concernant notre facture n° {i}, nous avons le plaisir "
            "de vous adresser un avoir de {a}.",
            "Nous avons bien reçu les articles retournés et portons au crédit de votre compte "
            "le montant ci-dessous.",
            "Veuillez trouver ci-joint notre avoir n° {n} en déduction de la facture {i}.",
            "Nous reconnaissons une erreur de prix sur notre facture {i} et vous accordons un "
            "avoir de {a}, à déduire de votre prochain règlement.",
            "Le montant de {a} sera remboursé ou imputé sur vos prochaines factures.",
            "Nous vous adressons cet avoir en remboursement des marchandises retournées le {d}.",
        ],
        "en": [
            "Following your complaint about our invoice {i}, we are pleased to credit your "
            "account with {a}.",
            "We have received the returned goods and credit your account as follows.",
            "Please find enclosed our credit note {n} against invoice {i}.",
            "We acknowledge a pricing error on our invoice {i} and grant you a credit of {a}, "
            "to be deducted from your next payment.",
            "The amount of {a} will be refunded or offset against future invoices.",
            "We are issuing this credit memo for the goods returned on {d}.",
        ],
    },
    "payment_advice": {
        "fr": [
            "Nous vous informons que nous avons procédé ce jour au virement de {a} en "
            "règlement des factures suivantes.",
            "Veuillez trouver ci-dessous le détail de notre règlement du {d}.",
            "Nous avons réglé votre facture n° {i} par virement bancaire du {d}.",
            "Le montant de {a} a été viré sur votre compte en paiement des pièces ci-dessous.",
            "Nous vous adressons ci-joint notre avis de virement pour les factures listées.",
            "Par virement du {d}, nous avons payé les sommes suivantes.",
        ],
        "en": [
            "We have today transferred {a} to your account in payment of the invoices below.",
            "Please find below the details of our payment made on {d}.",
            "Your invoice {i} has been paid by bank transfer on {d}.",
            "The sum of {a} has been remitted in settlement of the following items.",
            "This is to advise you of our payment for the invoices listed below.",
            "We have settled the following invoices by transfer dated {d}.",
        ],
    },
    "reminder": {
        "fr": [
            "Sauf erreur de notre part, notre facture n° {i} du {d} d'un montant de {a} reste "
            "impayée à ce jour.",
            "Nous constatons que les factures ci-dessous ne sont toujours pas réglées malgré "
            "leur échéance.",
            "Malgré notre précédent courrier, votre compte présente un solde débiteur de {a}. "
            "Nous vous remercions de régulariser sous huitaine.",
            "À ce jour, nous n'avons pas reçu le paiement de notre facture {i}, échue le {d}.",
            "Nous nous permettons de vous rappeler que la somme de {a} reste due.",
            "Si votre règlement a été effectué entre-temps, veuillez ne pas tenir compte de ce "
            "courrier. À défaut, merci de régler le solde ci-dessous.",
        ],
        "en": [
            "According to our records, our invoice {i} of {d} for {a} remains unpaid.",
            "We note that the invoices below are still outstanding although they are past due.",
            "Despite our previous letter, your account shows an overdue balance of {a}. Please "
            "settle it within seven days.",
            "We have not yet received payment of our invoice {i}, which fell due on {d}.",
            "May we remind you that the sum of {a} is still owed.",
            "If you have already paid, please disregard this letter; otherwise kindly settle "
            "the balance below.",
        ],
    },
    "quotation": {
        "fr": [
            "Suite à votre demande, nous avons le plaisir de vous soumettre notre meilleure "
            "offre pour les articles suivants.",
            "Nous vous remercions de votre consultation et vous proposons les prix ci-dessous, "
            "valables 30 jours.",
            "Comme convenu lors de notre entretien, voici notre proposition de prix.",
            "Nous sommes en mesure de vous fournir les produits suivants aux conditions "
            "ci-après. Dans l'attente de votre commande, nous restons à votre disposition.",
            "Pour faire suite à votre appel du {d}, nous vous communiquons nos tarifs.",
            "Cette offre est valable jusqu'au {d}; toute commande passée avant cette date "
            "sera livrée sous dix jours.",
        ],
        "en": [
            "Thank you for your enquiry. We are pleased to quote as follows.",
            "Further to your request of {d}, we can offer the items below, valid for 30 days.",
            "As discussed, please find our proposal and prices below.",
            "We would be glad to supply the following; we look forward to receiving your order.",
            "Following your call of {d}, here are our prices for the materials you asked for.",
            "This offer is valid until {d}; orders placed before then will be delivered within "
            "ten days.",
        ],
    },
}

# a third set of wordings, written after classification was developed on halves "a" and "b",
# to check it on sentences it was not written for
SUBJECTS_C: dict[str, dict[str, list[str]]] = {
    "purchase_order": {
        "fr": ["Objet : Approvisionnement chantier {n}", "", "Objet : Bon pour commande"],
        "en": ["Subject: Requisition {n}", "", "Re: Supply of parts for project {n}"],
    },
    "order_confirmation": {
        "fr": [
            "Objet : Votre bon de commande du {d}",
            "",
            "Objet : Prise en compte de votre commande",
        ],
        "en": ["Re: Your PO {o}", "", "Subject: Order received"],
    },
    "delivery_note": {
        "fr": ["Objet : Envoi de marchandises", "", "Objet : Colis du {d}"],
        "en": ["Subject: Consignment {n}", "", "Re: Goods sent on {d}"],
    },
    "invoice": {
        "fr": ["Objet : Note d'honoraires {n}", "", "Objet : Travaux du mois de mars"],
        "en": ["Subject: Charges for March", "", "Re: Amount due for order {o}"],
    },
    "credit_note": {
        "fr": ["Objet : Remboursement", "", "Objet : Régularisation de la facture {i}"],
        "en": ["Subject: Refund for damaged items", "", "Re: Correction of invoice {i}"],
    },
    "payment_advice": {
        "fr": ["Objet : Notre paiement du {d}", "", "Objet : Virement effectué"],
        "en": ["Subject: Payment sent", "", "Re: Settlement of account"],
    },
    "reminder": {
        "fr": ["Objet : Deuxième rappel", "", "Objet : Retard de paiement"],
        "en": ["Subject: Late payment", "", "Re: Account in arrears"],
    },
    "quotation": {
        "fr": ["Objet : Estimation des travaux", "", "Objet : Chiffrage {n}"],
        "en": ["Subject: Estimate {n}", "", "Re: Pricing for your project"],
    },
}
BODIES_C: dict[str, dict[str, list[str]]] = {
    "purchase_order": {
        "fr": [
            "Nous avons retenu votre proposition et vous demandons de nous faire parvenir les "
            "quantités suivantes pour le {d}.",
            "Merci de nous envoyer au plus vite le matériel ci-dessous, à facturer selon nos "
            "conditions habituelles.",
            "Nous vous informons de notre décision d'acheter les produits suivants.",
        ],
        "en": [
            "We have accepted your proposal and ask you to send us the quantities below by {d}.",
            "Could you ship the material below as soon as possible, invoiced on our usual terms.",
            "We have decided to purchase the following products from you.",
        ],
    },
    "order_confirmation": {
        "fr": [
            "Votre commande du {d} nous est bien parvenue; nous la confirmons aux conditions "
            "ci-dessous.",
            "Nous prenons note de votre commande {o} et vous garantissons une livraison le {d}.",
            "Nous avons enregistré votre commande et vous en adressons la confirmation.",
        ],
        "en": [
            "Your order of {d} has reached us and we are glad to confirm it on the terms below.",
            "We have booked your order {o} and guarantee delivery on {d}.",
            "We are writing to confirm that we have accepted your order.",
        ],
    },
    "delivery_note": {
        "fr": [
            "Vous trouverez avec ce colis les articles suivants de votre commande {o}.",
            "Le transporteur vous remettra le {d} les marchandises ci-dessous.",
            "Ce colis contient les pièces listées ci-dessous.",
        ],
        "en": [
            "This parcel contains the items below from your order {o}.",
            "The carrier will hand over the goods below on {d}.",
            "We have sent the parts listed below today.",
        ],
    },
    "invoice": {
        "fr": [
            "Nous vous remercions de bien vouloir nous régler la somme de {a} pour les "
            "travaux ci-dessous.",
            "Voici le décompte des prestations réalisées, à payer par virement sous 30 jours.",
            "Nous vous adressons notre note pour les fournitures livrées le {d}.",
        ],
        "en": [
            "Please remit {a} for the work listed below.",
            "Here is the statement of the services performed, to be paid by transfer within "
            "30 days.",
            "We are sending you our bill for the supplies delivered on {d}.",
        ],
    },
    "credit_note": {
        "fr": [
            "Les pièces défectueuses vous seront remboursées à hauteur de {a}.",
            "Nous annulons partiellement notre facture {i} et vous créditons de {a}.",
            "Un geste commercial de {a} vous est accordé sur la facture {i}.",
        ],
        "en": [
            "The faulty parts will be refunded for {a}.",
            "We are partially cancelling our invoice {i} and crediting you {a}.",
            "As a goodwill gesture we grant you {a} against invoice {i}.",
        ],
    },
    "payment_advice": {
        "fr": [
            "Vous recevrez sous deux jours notre virement de {a} couvrant les factures ci-dessous.",
            "Nous venons de payer les pièces suivantes par virement.",
            "Notre banque a exécuté ce jour le paiement de {a}.",
        ],
        "en": [
            "You will receive our transfer of {a} covering the invoices below within two days.",
            "We have just paid the following items by bank transfer.",
            "Our bank executed the payment of {a} today.",
        ],
    },
    "reminder": {
        "fr": [
            "Votre compte est en retard de paiement de {a}; merci de régulariser rapidement.",
            "Nous attendons toujours votre règlement de la facture {i}.",
            "Faute de paiement sous huit jours, nous serons contraints de suspendre vos "
            "livraisons.",
        ],
        "en": [
            "Your account is {a} in arrears; please bring it up to date promptly.",
            "We are still waiting for your payment of invoice {i}.",
            "Unless payment is received within eight days, we will have to stop deliveries.",
        ],
    },
    "quotation": {
        "fr": [
            "Voici notre estimation pour les travaux demandés, sous réserve de disponibilité.",
            "Nous pouvons vous fournir les articles suivants aux prix indiqués.",
            "Notre chiffrage pour votre projet figure ci-dessous.",
        ],
        "en": [
            "Here is our estimate for the requested work, subject to availability.",
            "We can supply the items below at the prices shown.",
            "Our pricing for your project is set out below.",
        ],
    },
}

# a fourth set, written once classification and its confidence were fitted, to report on
# wordings nothing was tuned on
SUBJECTS_D: dict[str, dict[str, list[str]]] = {
    "purchase_order": {
        "fr": ["Objet : Demande de livraison", "Objet : Réassort {d}"],
        "en": ["Subject: Restocking {d}", "Re: Materials for site {n}"],
    },
    "order_confirmation": {
        "fr": ["Objet : Votre demande d'achat {o}", "Objet : Validation de commande"],
        "en": ["Re: PO {o} accepted", "Subject: Order validation"],
    },
    "delivery_note": {
        "fr": ["Objet : Avis d'envoi", "Objet : Marchandises expédiées le {d}"],
        "en": ["Subject: Advice of dispatch", "Re: Goods on their way"],
    },
    "invoice": {
        "fr": ["Objet : Demande de paiement", "Objet : Prestations de {d}"],
        "en": ["Subject: Request for payment", "Re: Work done in {d}"],
    },
    "credit_note": {
        "fr": ["Objet : Ristourne annuelle", "Objet : Erreur de facturation"],
        "en": ["Subject: Annual rebate", "Re: Billing mistake on {i}"],
    },
    "payment_advice": {
        "fr": ["Objet : Votre relevé du {d}", "Objet : Paiement groupé"],
        "en": ["Re: Your statement of {d}", "Subject: Batch payment"],
    },
    "reminder": {
        "fr": ["Objet : Dernier avis avant contentieux", "Objet : Échéance dépassée"],
        "en": ["Subject: Final notice", "Re: Payment not received"],
    },
    "quotation": {
        "fr": ["Objet : Conditions tarifaires {d}", "Objet : Étude de prix"],
        "en": ["Subject: Price list {d}", "Re: Tender {n}"],
    },
}
BODIES_D: dict[str, dict[str, list[str]]] = {
    "purchase_order": {
        "fr": [
            "Pourriez-vous nous réserver et nous expédier les références ci-dessous ? Merci "
            "de nous indiquer la date d'envoi.",
            "Nos stocks étant bas, nous avons besoin des produits suivants pour le {d}.",
        ],
        "en": [
            "Could you reserve and send us the items below? Please let us know the shipping date.",
            "Our stock is running low and we need the following products by {d}.",
        ],
    },
    "order_confirmation": {
        "fr": [
            "Votre demande d'achat {o} est validée; la marchandise partira de nos ateliers le {d}.",
            "Nous donnons notre accord pour les quantités et prix de votre bon {o}.",
        ],
        "en": [
            "Your purchase request {o} is approved; the goods will leave our plant on {d}.",
            "We agree to the quantities and prices of your PO {o}.",
        ],
    },
    "delivery_note": {
        "fr": [
            "Les produits suivants sont en route vers votre entrepôt et arriveront le {d}.",
            "Nous avons remis ce jour au transporteur les palettes suivantes.",
        ],
        "en": [
            "The following products are on their way to your warehouse and will arrive on {d}.",
            "Today we handed the following pallets to the haulier.",
        ],
    },
    "invoice": {
        "fr": [
            "Le montant de {a} correspondant aux prestations ci-dessous est exigible au {d}.",
            "Merci de virer la somme de {a} sur notre compte pour les travaux effectués.",
        ],
        "en": [
            "The amount of {a} for the services below falls due on {d}.",
            "Please transfer {a} to our account for the work carried out.",
        ],
    },
    "credit_note": {
        "fr": [
            "Au titre de la ristourne annuelle, nous portons {a} en votre faveur.",
            "Une erreur s'est glissée dans la facture {i}; la différence de {a} vous est due.",
        ],
        "en": [
            "As your annual rebate, we are putting {a} in your favour.",
            "An error crept into invoice {i}; the difference of {a} is owed to you.",
        ],
    },
    "payment_advice": {
        "fr": [
            "Vous trouverez ci-dessous la liste des factures que nous réglons par ce virement "
            "de {a}.",
            "Ce paiement groupé solde les pièces suivantes de votre relevé.",
        ],
        "en": [
            "Below is the list of invoices we are settling with this transfer of {a}.",
            "This batch payment clears the following items of your statement.",
        ],
    },
    "reminder": {
        "fr": [
            "Malgré nos relances, la somme de {a} n'est toujours pas parvenue sur notre compte.",
            "Sans réponse de votre part sous huit jours, le dossier sera transmis à notre "
            "service contentieux.",
        ],
        "en": [
            "Despite our requests, the sum of {a} has still not reached our account.",
            "Without a reply within eight days, the file will be passed to our collection "
            "department.",
        ],
    },
    "quotation": {
        "fr": [
            "Nous vous transmettons nos conditions tarifaires pour l'année, hors transport.",
            "Suite à l'étude de votre projet, le coût estimé s'élève à {a} HT.",
        ],
        "en": [
            "We are sending you our price conditions for the year, carriage excluded.",
            "Having studied your project, the estimated cost comes to {a} net.",
        ],
    },
}

SALUTE = {
    "fr": ["Madame, Monsieur,", "Messieurs,", "Chère Madame,", "Monsieur,"],
    "en": ["Dear Sir or Madam,", "Dear Mr Taylor,", "Dear Ms Reed,", "Dear Customer,"],
}
CLOSE = {
    "fr": [
        "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        "Nous vous prions d'agréer nos sincères salutations.",
        "Restant à votre disposition, nous vous adressons nos meilleures salutations.",
    ],
    "en": ["Yours faithfully,", "Kind regards,", "Yours sincerely,"],
}
COMPANIES = [
    "Atelier Morel SARL",
    "Brunet Industrie SAS",
    "Kestrel Components Ltd",
    "Halden & Price plc",
    "Verdier Emballages",
    "Northgate Supplies Ltd",
    "Lambert Frères",
    "Orchard Tools Inc.",
]
CITIES = {
    "fr": ["12 rue des Forges, 69003 Lyon", "4 avenue Foch, 75016 Paris", "ZI Nord, 59000 Lille"],
    "en": [
        "14 Mill Lane, Leeds LS1 4AB",
        "220 Harbor Drive, Boston, MA 02210",
        "3 Quay St, Bristol",
    ],
}
PLACE = {
    "fr": ["Lyon, le {d}", "Paris, le {d}", "Le {d}"],
    "en": ["{d}", "Leeds, {d}", "Date: {d}"],
}
TABLES: dict[str, dict[str, list[str]]] = {
    "purchase_order": {
        "fr": ["Réf.", "Désignation", "Qté", "Prix unitaire"],
        "en": ["Item", "Description", "Qty", "Unit price"],
    },
    "order_confirmation": {
        "fr": ["Article", "Désignation", "Quantité", "Prix HT", "Montant"],
        "en": ["Item", "Description", "Qty", "Price", "Amount"],
    },
    "delivery_note": {
        "fr": ["Article", "Désignation", "Qté commandée", "Qté livrée"],
        "en": ["Item", "Description", "Ordered", "Shipped"],
    },
    "invoice": {
        "fr": ["Désignation", "Qté", "PU HT", "Montant HT"],
        "en": ["Description", "Qty", "Unit price", "Amount"],
    },
    "credit_note": {
        "fr": ["Désignation", "Qté", "PU HT", "Montant HT"],
        "en": ["Description", "Qty", "Unit price", "Amount"],
    },
    "payment_advice": {
        "fr": ["Facture n°", "Date", "Montant", "Réglé"],
        "en": ["Invoice", "Date", "Amount", "Paid"],
    },
    "reminder": {
        "fr": ["Facture n°", "Date", "Échéance", "Montant dû"],
        "en": ["Invoice", "Date", "Due date", "Amount due"],
    },
    "quotation": {
        "fr": ["Désignation", "Qté", "Prix unitaire HT", "Total HT"],
        "en": ["Description", "Qty", "Unit price", "Total"],
    },
}
PRICED = {"order_confirmation", "invoice", "credit_note", "quotation"}


def _fill(text: str, rng: random.Random, lang: str) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    date = f"{day:02d}/{month:02d}/2026" if lang == "fr" else f"{day} March 2026"
    amount = f"{rng.randint(100, 9000)},{rng.randint(0, 99):02d} €"
    if lang == "en":
        amount = f"£{rng.randint(100, 9000)}.{rng.randint(0, 99):02d}"
    return text.format(
        n=f"{rng.choice(['', 'A', 'F', 'C'])}{rng.randint(1000, 99999)}",
        o=f"PO-{rng.randint(100, 9999)}",
        i=f"{rng.choice(['F', 'INV-', 'FA'])}{rng.randint(1000, 99999)}",
        q=f"D{rng.randint(100, 999)}",
        d=date,
        a=amount,
    )


def letter(kind: str, lang: str, half: str, rng: random.Random) -> list[Line]:
    """One letter's printed lines, top to bottom."""
    pick = [i for i in range(6) if (i % 2 == 0) == (half == "a")]
    out: list[Line] = []
    company = rng.choice(COMPANIES)
    right = rng.random() < 0.3
    x_head = 330 if right else 50
    out.append(Line(x_head, 40, company, rng.choice([14, 16, 18]), True))
    out.append(Line(x_head, 62, rng.choice(CITIES[lang]), 8))
    out.append(Line(x_head, 73, "Tél. 04 72 00 00 00" if lang == "fr" else "Tel 0113 496 0000", 8))
    other = rng.choice([c for c in COMPANIES if c != company])
    x_to = 50 if right else 330
    y = 130
    for i, t in enumerate([other, *rng.choice(CITIES[lang]).split(", ")]):
        out.append(Line(x_to, y + 13 * i, t))
    y = 210
    out.append(Line(330, y, _fill(rng.choice(PLACE[lang]), rng, lang)))
    y += 30
    if rng.random() < 0.4:
        refs = "Vos réf. : {o}   Nos réf. : {n}" if lang == "fr" else "Your ref: {o}   Our ref: {n}"
        out.append(Line(50, y, _fill(refs, rng, lang), 9))
        y += 18
    subjects, bodies = {"c": (SUBJECTS_C, BODIES_C), "d": (SUBJECTS_D, BODIES_D)}.get(
        half, (SUBJECTS, BODIES)
    )
    if half in ("c", "d"):
        pick = list(range(len(bodies[kind][lang])))
    subject = subjects[kind][lang][rng.choice(pick)]
    if subject:
        out.append(Line(50, y, _fill(subject, rng, lang), 10, rng.random() < 0.6))
        y += 28
    out.append(Line(50, y, rng.choice(SALUTE[lang])))
    y += 22
    sentences = [bodies[kind][lang][rng.choice(pick)]]
    if rng.random() < 0.5:
        sentences.append(bodies[kind][lang][rng.choice(pick)])
    for para in dict.fromkeys(sentences):
        for chunk in simpleSplit(_fill(para, rng, lang), "Helvetica", 10, 490):
            out.append(Line(50, y, chunk))
            y += 13
        y += 8
    if rng.random() < 0.6:
        y += 6
        head = TABLES[kind][lang]
        xs = [50 + i * (480 / len(head)) for i in range(len(head))]
        for x, h in zip(xs, head, strict=True):
            out.append(Line(x, y, h, 9, True))
        y += 15
        for _ in range(rng.randint(1, 4)):
            cells = _row(kind, lang, len(head), rng)
            for x, c in zip(xs, cells, strict=True):
                out.append(Line(x, y, c, 9))
            y += 13
        if kind in PRICED or kind in ("payment_advice", "reminder"):
            y += 6
            total = (
                "Total" if rng.random() < 0.5 else ("Total TTC" if lang == "fr" else "Total due")
            )
            out.append(Line(330, y, f"{total}  {rng.randint(100, 9999)}.{rng.randint(0, 99):02d}"))
            y += 15
        y += 10
    if kind == "invoice" and rng.random() < 0.5:
        pay = "Règlement par virement : IBAN FR76 3000 6000 0112 3456 7890 189"
        if lang == "en":
            pay = "Payment by bank transfer to IBAN GB33 BUKB 2020 1555 5555 55"
        out.append(Line(50, y, pay, 9))
        y += 18
    out.append(Line(50, y, rng.choice(CLOSE[lang])))
    y += 40
    out.append(Line(50, y, rng.choice(["Claire Martin", "John Hale", "Sophie Blanc", "Tom Reid"])))
    out.append(
        Line(50, y + 13, rng.choice(["Service commercial", "Comptabilité", "Sales", "Accounts"]))
    )
    foot = f"{company} – SIRET 123 456 789 00012 – TVA FR12345678901"
    out.append(Line(50, 800, foot, 7))
    return out


def _row(kind: str, lang: str, width: int, rng: random.Random) -> list[str]:
    qty = str(rng.randint(1, 40))
    price = f"{rng.randint(2, 400)},{rng.randint(0, 99):02d}"
    desc = rng.choice(
        ["Vis inox M6", "Carton 40x30", "Câble 3G1,5", "Steel bracket", "Pallet wrap"]
    )
    if kind in ("payment_advice", "reminder"):
        return [f"F{rng.randint(1000, 9999)}", "12/02/2026", price, price][:width]
    if kind == "delivery_note":
        return [f"A{rng.randint(100, 999)}", desc, qty, qty][:width]
    if kind == "purchase_order":
        return [f"R{rng.randint(100, 999)}", desc, qty, price][:width]
    if width == 5:
        return [f"A{rng.randint(100, 999)}", desc, qty, price, price]
    return [desc, qty, price, price][:width]


def render(lines: list[Line]) -> bytes:
    return pdf(*lines)


def write(out: Path, seed: int, count: int, half: str) -> None:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    for k in range(count):
        kind = KINDS[k % len(KINDS)]
        lang = rng.choice(["fr", "en"])
        name = f"letter_{half}_{seed}_{k:04d}"
        (out / f"{name}.pdf").write_bytes(render(letter(kind, lang, half, rng)))
        truth = {
            "doc_type": TRUTH_TYPE.get(kind, kind),
            "subtype": kind,
            "language": lang,
            "layout": f"letter_{half}",
            "partial_fields": True,
            "fields": {},
        }
        (out / f"{name}.truth.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=80)
    ap.add_argument("--half", choices=["a", "b", "c", "d"], default="a")
    args = ap.parse_args()
    write(args.out, args.seed, args.count, args.half)


if __name__ == "__main__":
    main()
