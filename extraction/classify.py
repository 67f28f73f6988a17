"""Document type and language from French and English vocabulary, weighted by layout.

A title word printed big near the top says far more than the same word in a sentence
("facture" appears on purchase orders too: "adresse de facturation"), so matches in the
upper part of page 1 and in large type weigh more.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from extraction.candidates.model import UNCONFIRMED_CAP
from extraction.doctype_concepts import KIND, OUTRANKS, concept_kind, heading_part
from extraction.doctype_denials import denied_kinds, negated, without_denied
from extraction.doctype_fields import (
    BILL_DEMANDS,
    FIELD_CUES,
    buyer_cues,
    field_cues,
    field_scores,
)
from extraction.doctype_own import named_with_own, number_after, own_numbers
from extraction.doctype_paid import settled
from extraction.doctype_structure import footer_text, seller_cues, sender_receives
from extraction.doctype_terms import as_terms, is_term, named_invoice
from extraction.layout import PageLayout, Row, Segment
from extraction.parse.amounts import CURRENCY_MARK
from extraction.payment_listing import invoice_listing, paid_listing
from extraction.spaced_letters import respaced_layouts

# (doc type, pattern on folded text); longer, more specific phrases first
TITLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (t, re.compile(p))
    for t, p in [
        # documents orderdesk does not process, though they name invoices or orders: a
        # reminder or a statement about invoices, a quotation before any order
        (
            "other",
            r"^\s*(offre|tender|bid)(?=\s*$|\s*(n°|no\b|nr\b|#|:)|\s+\d)|"
            r"\b(relance|rappel de (paiement|facture)|lettre de rappel|mise en demeure|"
            r"(payment |second |final )?reminder|dunning|overdue notice|"
            # a notice numbered in the series a creditor sends ("Final notice", "Dernier avis")
            r"(first|second|third|final|last) notice|"
            r"(premier|deuxieme|second|troisieme|dernier) (avis|rappel)|"
            r"devis|quotation|quote|estimate|offre de prix|proposition commerciale|"
            r"pro[ -]?forma|statement of account|releve de compte|account statement|"
            r"mahnung|zahlungserinnerung|angebot|presupuesto|cotizacion|preventivo|offerta|"
            r"offerte|herinnering|sollecito( di pagamento)?|avviso di sollecito|"
            r"recordatorio de pago|aanmaning|betalingsherinnering)\b",
        ),
        (
            "order_confirmation",
            r"^\s*(confirmation|acknowledge?ment)(?=\s*$|\s*(n°|no\b|nr\b|#|:)|\s+\d)|\b(order receipt|order summary|recapitulatif de (la |votre )?commande|accord de travaux|(merci|thank you|thanks) (pour|for) (votre|your) (commande|order)|danke fur ihre bestellung|gracias por su pedido|grazie per il (tuo|vostro) ordine|bedankt voor (je|uw) bestelling|confirmation de (la |votre )?commande|acknowledge?ment of (your )?order|confirmation of sale|sales confirmation|order confirmed|booking confirmation|order acceptance|acceptance of (your )?order|confirmation d'ordre|confirmation de vente|acceptation de (la )?commande|validation de (la )?commande|commande confirmee|order response|sales acknowledge?ment|accuse de reception de (la )?commande|accuse de reception|ar de commande|accuse de commande|order confirmation|sales order|conferma (d'|dell')?ordine|order acknowledge?ment|sales order confirmation|confirmation of order|auftragsbestatigung|bestellbestatigung|confirmacion de pedido|conferma d'ordine|orderbevestiging)\b",  # noqa: E501
        ),
        (
            "payment_advice",
            # a remittance titled by itself ("Remittance No. 118", "Remittance of 5 April")
            r"^\s*remittance(?=\s*$|\s*(n°|no\b|nr\b|#|:)|\s+\d|\s+(of|du)\b)|"
            r"\b(remittance (slip|notice|statement)|payment (receipt|voucher|remittance)|"
            r"(receipt|proof|confirmation) of payment|recu de paiement|quittance de paiement|"
            r"confirmation de (virement|reglement))\b|"
            r"\b(avis de (paiement|virement|reglement)|remittance advice|avviso di (bonifico|pagamento)|aviso de (transferencia|pago)|payment advice|payment notification|advice of payment|zahlungsavis|aviso de pago|avviso di pagamento|betalingsadvies)\b",  # noqa: E501
        ),
        (
            "credit_note",
            r"\b(facture d'avoir|avoir|note de credit|credit note|credit memo|gutschrift|factura rectificativa|nota de abono|rechnungskorrektur|stornorechnung|fattura di storno|nota de credito|nota di credito|creditnota)\b",  # noqa: E501
        ),
        (
            "delivery_note",
            # "BL" and its number: the French delivery note's own abbreviation
            r"^\s*b\.?l\.?(?=\s*(n°|no\b|nr\b|#|:)|\s+\d)|"
            r"\b(bon de livraison|bon de sortie|bon de preparation|delivery (docket|ticket|slip|receipt|advice)|shipping (list|notice|advice|slip)|shipment (advice|notice|note)|dispatch (advice|slip|list)|despatch advice|advice note|goods (dispatch|delivery|despatch) note|consignment note|proof of delivery|lettre de voiture|bon de remise|bordereau de remise|bon d'enlevement|bulletin de livraison|bulletin d'expedition|note d'envoi|avis de livraison|fiche de livraison|feuille de livraison|feuille d'expedition|recepisse de livraison|bordereau de preparation|picking (list|slip)|pick list|colisage|bordereau de livraison|bon d'expedition|bordereau d'expedition|avis d'expedition|delivery note|delivery docket|packing slip|packing list|liste de colisage|packing note|dispatch note|shipping note|despatch note|lieferschein|albaran|nota de entrega|documento di trasporto|bolla di consegna|pakbon|leverbon)\b",  # noqa: E501
        ),
        (
            "purchase_order",
            r"\b(bon de commande|commande d'achat|order form|bon d'achat|ordre de commande|procurement order|supply order|commande ferme|ordre de fourniture|(purchase|material) requisition|requisition d'achat|commande fournisseur|ordre d'achat|purchase order|\w*bestellung|pedido de compra|orden de compra|pedido|ordine d'acquisto|ordine|bestelling|inkooporder)\b",  # noqa: E501
        ),
        # an address block's label ("Facturé à", "Invoice to") is not a title: orders and
        # confirmations print it too
        (
            "invoice",
            # a bare "Bill" (with its number) heads a bill; "Bill to", "Bill of lading" do not
            r"^\s*bill(?=\s*$|\s*(n°|no\b|nr\b|#|:)|\s+\d)|"
            r"\b(note d'honoraires|debit note|note de debit|"
            r"facture(?!e?s? a\b)|invoice(?! (to|address)\b)|tax invoice|rechnung|factura|"
            r"fattura|factuur|fatura)\b",
        ),
    ]
]

_FR_WORDS = set(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "et",
        "à",
        "au",
        "aux",
        "pour",
        "par",
        "sur",
        "avec",
        "date",
        "total",
        "montant",
        "prix",
        "quantité",
        "désignation",
        "commande",
        "facture",
        "livraison",
        "adresse",
        "tva",
        "ht",
        "ttc",
        "conditions",
        "paiement",
        "jours",
        "réf",
        "client",
        "fournisseur",
        "unité",
        "avoir",
        "règlement",
        "échéance",
        "virement",
        "votre",
        "notre",
    ]
)
_EN_WORDS = set(
    [
        "the",
        "of",
        "and",
        "to",
        "for",
        "by",
        "on",
        "with",
        "date",
        "total",
        "amount",
        "price",
        "quantity",
        "description",
        "order",
        "invoice",
        "delivery",
        "address",
        "vat",
        "tax",
        "terms",
        "payment",
        "days",
        "ref",
        "customer",
        "supplier",
        "unit",
        "credit",
        "due",
        "remittance",
        "your",
        "our",
        "bill",
        "ship",
        "net",
    ]
)


@dataclass(frozen=True)
class Evidence:
    """One thing on the page that speaks for a type, where it was found, and how much."""

    doc_type: str
    weight: float
    # title | generic | subject | body | theme | listing | structure | reference | label | fields
    # | side
    zone: str
    bbox: tuple[float, float, float, float] | None = None
    big: bool = False  # a title printed in large type
    # a title in a wording the fitted table has not seen (``UNFITTED_TITLE``)
    unfitted: bool = False


@dataclass(frozen=True)
class Classification:
    doc_type: str
    confidence: float
    title_bbox: tuple[float, float, float, float] | None = None
    runner_up: str | None = None  # the next most likely type, if any word spoke for one
    # what the confidence was computed from (extraction.calibration.doctype); not contract
    features: dict[str, float] = field(default_factory=dict, compare=False)
    # the most the evidence's kind allows whatever the fitted table says (a generic title,
    # sentences only)
    cap: float = 1.0


# a document's kind named after a possessive or a "ref." is another document the page refers
# to ("Votre commande", "Your Quote No.", "Ihr Angebot"), and one named as accepted is the
# document the page answers ("Acceptance of quotation": a confirmation), not what it is
REFERS_TO = re.compile(
    r"\b(your|our|votre|vos|notre|nos|ihr|ihre|ihrem|ihres|unser|unsere|unserem|vostro|vostra|"
    r"nostro|nostra|su|sus|nuestro|nuestra|uw|onze|ref|reference|rif|riferimento|selon|suivant|"
    r"per|according to|against|re|sur|as per|come da|original|related|corrected|"
    r"relating to|relates to|remplace|replaces|acceptance of|acceptation (?:de|du|des)|"
    r"accord sur|approval of|suite (?:a|au|aux)|further to|following|in reply to|"
    r"en reponse (?:a|au|aux))\.?\s*:?\s*$"
)
# a title that is a single generic word ("Order", "Commande", "ORDINE"), maybe with its number
# and date: an order, most likely the buyer's, but less said than "Purchase Order"
BARE_TITLE = re.compile(
    r"^(order|commande|ordine|pedido|auftrag|bestelling)\b\s*"
    r"((no|n°|nr|n|#|number|numero|num)\b.*|[:#]?\s*[a-z0-9][\w/.-]*\d.*)?$"
)
# the most a bare, generic title may make the type sure: UNCONFIRMED_CAP
# the most a type read only from sentences (no title, no subject line names it) may be sure:
# letters in wordings the rules were not written for were typed right 60 % of the time
# (tests/extraction/letters.py, wording set "c", before it was looked at): UNCONFIRMED_CAP
# a winner whose runner-up has most of its score (a subject that says "Bon de commande" over
# sentences that confirm it) is contested: the fitted table has seen too few such documents
# to promise them, so they stay just under auto-accept
CONTESTED = 0.35
CONTESTED_CAP = 0.89

# a letter's subject line: what it is about, which is often another document ("Objet :
# Votre commande n° …")
SUBJECT = re.compile(r"^\s*(objet|subject|re|concerne|betreff|oggetto|asunto)\s*[:.]\s*")

# another document named with a possessive, in a sentence or a subject: the document it
# answers or settles. The kinds that name such a document, weakly (the sentence's verb says
# more): a confirmation, delivery or invoice answers "your order", a payment or a credit
# note "your invoice", an order "your quotation".
_REFERENCE = re.compile(
    r"\b(?:your|votre|vos|against|selon|suivant|conformement a|au titre de|sur|"
    r"further to|following|concernant|regarding|relative a|relatif a|en reglement de)\s+"
    r"(?:(?:purchase|bon de|bons de|demande de|dernier|derniere|recent|latest)\s+)?"
    r"(commandes?|orders?|po|factures?|invoices?|devis|offres?|quotations?|quotes?|"
    r"livraisons?|deliver(?:y|ies)|avoirs?|credit notes?)\b"
)
_REFERENCED = {
    "command": "purchase_order",
    "order": "purchase_order",
    "po": "purchase_order",
    "factur": "invoice",
    "invoic": "invoice",
    "devis": "quotation",
    "offre": "quotation",
    "quot": "quotation",
    "livrais": "delivery_note",
    "deliver": "delivery_note",
    "avoir": "credit_note",
    "credit": "credit_note",
}
RELATED: dict[str, tuple[str, ...]] = {
    "purchase_order": ("order_confirmation", "delivery_note", "invoice"),
    "invoice": ("payment_advice", "credit_note", "other"),
    "quotation": ("purchase_order", "order_confirmation"),
    "delivery_note": ("invoice",),
    "credit_note": ("payment_advice",),
}
REFERENCE_WEIGHT = 0.4

# what a sentence does, said by its verb (folded text, French and English): the letter's
# own kind. Weights: 3 a verb only this kind uses, 2 a strong hint, 1 a weak one.
ACTS: list[tuple[str, float, re.Pattern[str]]] = [
    (t, w, re.compile(p))
    for t, w, p in [
        # the buyer orders
        (
            "purchase_order",
            3.0,
            r"\b(passons|passer|placer?|placing) (une |la |an |this |the |our )?(commande|order)\b|"
            r"\b(nous )?(souhaitons|desirons|voudrions|aimerions) (vous )?commander\b|"
            r"\bcommandons\b|\bvous commander\b|\bwe (would like|wish|want) to order\b|"
            r"\bwe (hereby )?order\b|\bvous confions (la fourniture|la livraison|la commande)\b|"
            r"\b(trouver|find) (ci-dessous|ci-joint|ci-apres|below|enclosed|attached),? "
            r"(notre|our) (purchase )?(commande|order)\b|"
            r"\b(we|i)(?: (?:should|would)|'d) (like|wish) to (order|purchase)\b|"
            r"\bwe (need|intend) to (order|purchase)\b|"
            r"\bplease (accept|process|enter|book) (this|our|the following) (purchase )?order\b|"
            r"\bcommanderions\b|\bje (souhaite|desire|voudrais|aimerais) (vous )?commander\b",
        ),
        (
            "purchase_order",
            2.0,
            r"\b(veuillez|merci de|prions de (bien vouloir )?|pourriez-vous |pouvez-vous |"
            r"vous voudrez bien |voudriez-vous )(nous )?(faire )?"
            r"(livrer|fournir|expedier|adresser|envoyer|parvenir)\b|"
            r"\b(could|can|would|will) you (please )?(supply|deliver|send|ship|dispatch)( us)?\b|"
            r"\b(please|kindly) (supply|deliver|send|ship|dispatch)\b|"
            r"\b(notre|our) (numero de commande|order (number|no))\b|"
            r"\b(acknowledge|confirm) (this|our) order\b|\ben accuser reception\b|"
            r"\b(nous )?confirmer (le|la|les) (delai|date)|\bconfirm the delivery date\b",
        ),
        # the seller confirms the buyer's order
        (
            "order_confirmation",
            3.0,
            r"\b(nous )?(vous )?confirmons\b|\bwe (hereby )?confirm\b|"
            r"\b(pleased|happy|glad) to confirm\b|\bthis is to confirm\b|"
            r"\bto confirm (that|your)\b|"
            r"\b(have|has) (accepted|booked|entered|registered) (your|the) (purchase )?order\b|"
            r"\b(accusons|accuse de) reception de (votre|la) commande\b|"
            r"\backnowledge (receipt of )?your (purchase )?order\b|"
            r"\b(confirmation|acknowledge?ment) (de|of) (votre|your) (commande|order)\b|"
            r"\b(commande|order)\b[^.]{0,40}\b(acceptee|accepted|enregistree|entered|scheduled|"
            r"prise en compte|accept)\b|\baccept(ons|er)?\b[^.]{0,20}\b(prix|conditions|terms)\b",
        ),
        (
            "order_confirmation",
            1.5,
            r"\b(avons bien recu|have received) (votre|your) (commande|order)|"
            r"\b(remercions|merci|thank you|thanks)\b[^.]{0,25}\b(votre|your) (commande|order)\b",
        ),
        # the seller ships
        (
            "delivery_note",
            2.5,
            r"\b(vous )?(ont ete|avons|avez ete) (expedie|livre|remis)|\bvous livrons\b|"
            r"\bwe have (today |now |just )?(dispatched|shipped|delivered)\b|"
            r"\b(were|have been|has been|was) (dispatched|shipped|delivered) to\b|"
            r"\b(remis|remises) au transporteur\b|\b(left|leaves|quitte) (our|notre) "
            r"(warehouse|entrepot|depot)\b|\bbackorder|\breliquat\b|\b(le solde|the balance|"
            r"the remaining items?) (suivra|will follow|are on)\b|"
            r"\b(articles|goods|marchandises|items) (livres|delivered|expedies|shipped)\b|"
            r"\b(sign and return(?! to (accept|confirm|approve))|"
            r"retourner un exemplaire signe(?! (pour|en signe d') ?(accord|acceptation))|"
            r"check the parcels|"
            r"verifier les colis)\b|\b(detail|contents) (de la|of the) (livraison|shipment)\b",
        ),
        # the seller says the bill is still to come ("sera facturée à la livraison", "an
        # invoice will follow", a deposit asked with the order): this page is not the bill
        (
            "order_confirmation",
            1.0,
            r"\b(commande|order|marchandises?|goods|articles|items)\b[^.]{0,30}"
            r"\b((sera|seront) facturee?s?|will be (invoiced|billed))\b|"
            r"\bfacture (suivra|a suivre)\b|\binvoice will follow\b|"
            r"\b(solde|balance)\b[^.]{0,30}\b(a reception de|on receipt of|upon receipt of)"
            r"( la| the)? (facture|invoice)\b|\bacompte de \d+ ?%[^.]{0,25}\ba la commande\b|"
            r"\b\d+ ?% deposit\b[^.]{0,25}\b(with|on|upon) (the |your )?order\b",
        ),
        # the buyer signs for the goods received
        (
            "delivery_note",
            2.0,
            r"\b(recue?s?|receptionnee?s?) en bon etat\b|\breceived in good (condition|order)\b|"
            r"\bsignature (et cachet )?du (destinataire|receptionnaire)\b|"
            r"\b(consignee|receiver|recipient)'?s? signature\b|"
            r"\bsignature of (the )?(consignee|receiver|recipient)\b|\bgoods received by\b",
        ),
        # the seller bills
        (
            "invoice",
            3.0,
            r"\b(trouver|find|enclose|enclosed|adresser|attached),? (ci-joint |ci-dessous |"
            r"herewith |below )?(notre|our) (facture|invoice)\b|\bnous vous facturons\b|"
            r"\bwe (hereby )?(invoice|charge) you\b|\bvous facturons\b",
        ),
        (
            "invoice",
            1.5,
            r"\bpayable(s)? (a|on|within|sous)\b|"
            r"\b(payment|reglement) (is |est )?(due|a effectuer)\b|"
            r"\b(sommes|amounts?) (dues|due)\b|\bregler (le|la) (montant|somme)\b|"
            r"\bkindly settle\b|\bpayment (is )?due within\b|\bmerci de (la )?regler\b",
        ),
        # the seller credits
        (
            "credit_note",
            3.0,
            r"\b(un|une|notre|cet|votre|l'|d')\s*avoir\b|\bavoir n\b|"
            r"\bcredit(ing)? (your account|note|memo)\b|\bcredit of\b|"
            r"\b(au|a votre) credit (de votre compte)?\b|\bportons au credit\b|"
            r"\b(credit|recredit)ons\b",
        ),
        (
            "credit_note",
            1.5,
            r"\brembours|\brefund|\ben deduction\b|\ba deduire\b|\bdeducted from\b|"
            r"\b(returned goods|goods returned|articles retournes|marchandises retournees|"
            r"retour de marchandises)\b|\b(erreur|error) (de |of )?(prix|pricing|facturation)|"
            r"\bpricing error\b|\boffset against\b|\bimpute\b",
        ),
        # the buyer pays
        (
            "payment_advice",
            3.0,
            r"\bnous avons (procede|regle|paye|vire|effectue)\b|\bprocede (ce jour )?au "
            r"(virement|reglement|paiement)\b|\bwe have (today |now |just )?(paid|transferred|"
            r"settled|remitted)\b|\b(has|have) been (paid|remitted|transferred)\b|"
            r"\ba ete (vire|regle|paye)e?s?\b|\bavis de (virement|paiement|reglement)\b|"
            r"\b(details|detail) (of|de) (our|notre) (payment|reglement|virement)\b|"
            r"\badvise you of our payment\b|\b(in|en) (payment|settlement|reglement|paiement) "
            r"(of|de|des|du)\b|\bpar virement du\b|\bnous avons paye\b",
        ),
        # the seller asks again for an unpaid invoice (not a type orderdesk processes)
        (
            "other",
            3.5,
            r"\bimpayee?s?\b|\bunpaid\b|\boverdue\b|\bpast due\b|\bstill (outstanding|owed|due)\b|"
            r"\b(remain|remains) (unpaid|outstanding|due)\b|\b(toujours|encore) pas (reglee?s?|"
            r"payee?s?)\b|\bpas (encore )?recu (le |votre )?(paiement|reglement)\b|"
            r"\bnot (yet )?received (your )?payment\b|\breste(nt)? dues?\b|\bsolde debiteur\b|"
            r"\b(precedent|dernier) (courrier|rappel)\b|\bprevious (letter|reminder)\b|"
            r"\b(disregard|ne pas tenir compte)\b|\b(remind|rappeler) (you|que)\b|"
            r"\bsecond request\b|\b(relance|rappel)\b|\bfell due\b|\bechue?s?\b|"
            r"\bn'(ont|a) pas (encore )?ete (reglee?s?|payee?s?|honoree?s?)\b|"
            r"\b(has|have) not (yet )?been (paid|settled)\b",
        ),
        # the seller offers (a quotation: not a type orderdesk processes)
        (
            "other",
            3.0,
            r"\b(pleased|glad|happy) to (quote|offer)\b|\bwe (can|could|would) (offer|quote)\b|"
            r"\b(soumettre|communiquer|proposer|adresser) (notre|nos) (meilleure )?(offre|prix|"
            r"tarifs|proposition)\b|\bvous (proposons|communiquons nos)\b|\bnos tarifs\b|"
            r"\bour (offer|proposal|quotation|prices)\b|\b(valid|valable|valables) (for|until|"
            r"jusqu|\d)\b|\b(attente|look forward to)[^.]{0,20}(votre commande|your order)\b|"
            r"\b(your|votre) (enquiry|request for prices|demande de prix|consultation)\b|"
            r"\bproposition de prix\b|\bwould be glad to supply\b|\bcette offre\b|\bthis offer\b|"
            r"\bto accept (this|the|our) (quotation|quote|offer|proposal|estimate)\b|"
            r"\bpour (accepter|acceptation) (de |du |d')?(ce |cette |notre |l')?(devis|offre)\b",
        ),
    ]
]

# the words a letter of each kind is about, whatever its verbs: weak evidence each, that
# adds up when several agree (a letter that mentions a parcel, a carrier and a shipment)
THEMES: dict[str, re.Pattern[str]] = {
    t: re.compile(p)
    for t, p in [
        (
            "purchase_order",
            r"\b(acheter|achat|approvisionn\w*|purchase|buy|requisition|faire parvenir|"
            r"send us|ship us|supply us|nous (envoyer|livrer|fournir|expedier)|we (need|require)|"
            r"nous (avons besoin|souhaitons recevoir)|retenu votre (offre|proposition)|"
            r"accepted your (offer|proposal|quotation))\b",
        ),
        (
            "order_confirmation",
            r"\b(confirm\w*|booked|enregistr\w*|prenons note|pris note|garanti\w*|"
            r"acknowledg\w*|accus\w* reception|bien (recu|parvenue?))\b",
        ),
        (
            "delivery_note",
            r"\b(colis|parcels?|carrier|transporteur|consignment|shipment|expedition|"
            r"expedie\w*|dispatch\w*|shipped|remettra|hand over|packed|emballage|"
            r"bordereau|contient|contains|delivered today|livre(e|es)? ce jour)\b",
        ),
        (
            "invoice",
            r"\b(nous regler|a payer|to be paid|please (remit|pay)|remit|bill|honoraires|"
            r"decompte|charges?|facturer|facture(e|es)?|montant du|amount due|payable|"
            r"sous \d+ jours|within \d+ days)\b",
        ),
        (
            "credit_note",
            r"\b(rembours\w*|refund\w*|credit\w*|annul\w*|cancel\w*|geste commercial|"
            r"goodwill|defectueu\w*|faulty|damaged|endommag\w*|correction|regularisation)\b",
        ),
        (
            "payment_advice",
            r"\b(paid|payment (sent|made|executed)|(virement|transfer|paiement) (effectue|"
            r"execute|emis)|venons de (payer|regler|virer)|just paid|bank executed|"
            r"banque a (execute|effectue)|notre virement|our transfer|covering the invoices|"
            r"couvrant les factures)\b",
        ),
        (
            "other",
            r"\b(retard|arrears|late payment|attendons toujours|still waiting|faute de "
            r"(paiement|reglement)|unless payment|suspendre|stop (deliveries|supplies)|"
            r"contentieux|mise en demeure|recouvrement|estimation|estimate|chiffrage|pricing|"
            r"sous reserve|subject to availability|prix indiques|prices shown)\b",
        ),
    ]
}
THEME_WEIGHT = 0.8


# a column head of the goods: quantities without prices are delivered, not sold
_QTY_HEAD = re.compile(
    r"\b(qte|qty|quantite|quantity|ordered|shipped|delivered|livree?s?|commandee?s?)\b"
)
_PRICE_HEAD = re.compile(r"\b(prix|price|pu|montant|amount|total|tarif|rate|unit price)\b")
_SHIP_HEAD = re.compile(r"\b(shipped|delivered|livree?s?|expediee?s?|backorder|reliquat)\b")
# a column of the quantity that left: "Delivered", "Qté livrée", "Qty shipped", "Shipped qty"
_SHIPPED_QTY = re.compile(
    r"((qte|qty|quantite|quantity)\.?\s+)?(shipped|delivered|livree?s?|expediee?s?)"
    r"(\s+(qty|quantity))?"
)
# the signs of a bill: an account to pay into, amounts with VAT
_BANK = re.compile(r"\b(iban|bic|rib|swift|sort code)\b")


# a shop's heading that thanks for the order names its confirmation; the same words close
# its delivery slips and invoices too, so they count only in the upper part of the page
_THANKS = re.compile(r"(merci|thank|thanks|danke|gracias|grazie|bedankt)\b")


# a kind named and then qualified as another document ("Facture liée", "facture d'origine",
# "invoice credited"): the document this one corrects or answers, not this one
REFERRED_AFTER = re.compile(
    # an English compound's head comes last: an "Invoice payment" is a payment
    r"\s*(payments?|settlements?|remittances?)\b|"
    r"\s*(liee|d'origine|initiale|originale?|original|concernee|corrigee|de reference|"
    r"associee|rectifiee|annulee|credited|corrected|being credited|di riferimento|"
    r"client|cliente|customer|du client)\b"
)


def _names_this(text: str, m: re.Match[str]) -> bool:
    """Does the kind matched in ``text`` name this document, not one it refers to?"""
    return (
        not REFERS_TO.search(text[: m.start()])
        and not REFERRED_AFTER.match(text[m.end() :])
        and not negated(text, m.start(), m.end())
    )


def _mentions(text: str) -> list[tuple[str, re.Match[str]]]:
    """Every (most specific) title phrase in ``text`` that is not a reference."""
    out: list[tuple[str, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for doc_type, pattern in TITLE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            if _names_this(text, m):
                out.append((doc_type, m))
    out.sort(key=lambda hit: hit[1].start())
    return out


# a quotation named after another kind on a line ("Purchase order – quotation Q-118"): the
# offer the order accepts, not the line's name
_QUOTE_WORD = re.compile(r"devis|quotation|quote|estimate|offre de prix|proposition commerciale")


def _title_hit(text: str) -> tuple[str, re.Match[str]] | None:
    """The first (most specific) title pattern in ``text`` that names this document, not a
    document it refers to; a quotation named after another kind yields to that kind."""
    for doc_type, pattern in TITLE_PATTERNS:
        for m in pattern.finditer(text):
            if _names_this(text, m):
                if doc_type == "other" and _QUOTE_WORD.fullmatch(m.group(0)):
                    earlier = _earlier_kind(text, m.start())
                    if earlier is not None:
                        return earlier
                return doc_type, m
    return None


def _earlier_kind(text: str, before: int) -> tuple[str, re.Match[str]] | None:
    """A kind other than ``other`` named in ``text`` before position ``before``."""
    for doc_type, pattern in TITLE_PATTERNS[1:]:
        for m in pattern.finditer(text[:before]):
            if _names_this(text, m):
                return doc_type, m
    return None


def _references(text: str, zone: str, weight: float) -> list[Evidence]:
    """The kinds that answer the documents ``text`` names with a possessive."""
    out: list[Evidence] = []
    for m in _REFERENCE.finditer(text):
        noun = m.group(1)
        referenced = next((t for k, t in _REFERENCED.items() if noun.startswith(k)), None)
        for related in RELATED.get(referenced or "", ()):
            out.append(Evidence(related, weight, zone))
    return out


def _starts_titled(text: str) -> bool:
    """Does ``text`` start with the name of a kind of document?"""
    hit = _title_hit(text)
    return hit is not None and text.strip().startswith(hit[1].group(0))


# the longest a line starting with a document's name may be to be read as its title
TITLE_LINE = 45


def _titled_line(text: str) -> bool:
    return len(text.strip()) <= TITLE_LINE and _starts_titled(text)


def _is_prose(seg: Segment, big: float) -> bool:
    """A sentence of a letter: many words in body type (a title sentence is printed big)."""
    return len(seg.words) >= 6 and len(seg.text) >= 35 and seg.height < big


def _listing_head(first: PageLayout, row: Row, seg: Segment) -> bool:
    """Is ``seg`` the head of a column of document numbers (the invoices a payment settles,
    the delivery notes an invoice sums up)? Two or more rows below start under it with a
    short code, or one does under a head that also names amounts ("Facture n° | Date |
    Montant"): what it names is listed, not this document."""
    if len(row.segments) < 3:
        return False
    codes = _listed_codes(first, row, seg)
    amounts = any(_AMOUNT_HEAD.search(s.folded) for s in row.segments if s is not seg)
    return codes >= 2 or (codes == 1 and amounts)


def _listed_codes(first: PageLayout, row: Row, seg: Segment) -> int:
    """How many rows under ``seg`` in a run start with a short code (a document's number)."""
    below = [r for r in first.rows if r.index > row.index][:8]
    codes = 0
    for r in below:
        under = [s for s in r.segments if abs(s.x0 - seg.x0) < 15]
        if len(r.segments) >= 3 and any(
            len(s.words) <= 3 and re.search(r"\d", s.text) for s in under
        ):
            codes += 1
        elif under:
            # a column of numbers runs on row after row; a grid of fields puts its next
            # heads under the value ("Facture N°" / FA-261 / "N° client" / 021947)
            break
    return codes


# the legal small print of a bill or of any seller's terms (late-payment penalties, the
# recovery fee, no discount for early payment): a sentence about every unpaid bill, not a
# reminder about this one
_SMALL_PRINT = re.compile(
    r"\b(penalites?|indemnite forfaitaire|taux d'interet legal|l\.? ?441|escompte|"
    r"late (payment )?(fee|charge|interest)|interest (will be|is) charged|bear interest)\b"
)


def _without_small_print(said: str) -> str:
    """``said`` without the sentences of legal small print (``_SMALL_PRINT``): their
    "retard", "recouvrement", "late payment" are not a reminder's theme."""
    parts = re.split(r"(?<=[.;!?])\s+", said)
    return " ".join(p for p in parts if not _SMALL_PRINT.search(p))


# a column of what is still owed on each invoice listed
_OPEN = re.compile(
    r"\b(restant du|reste (a payer|du)|outstanding|open amount|amount open|montant ouvert|"
    r"solde (du|restant)|balance due|days overdue|jours de retard|impaye)\b"
)
OPEN_ITEMS = 2.0
# a column of when each listed invoice fell due: what a reminder or a statement prints of
# the bills it chases (a payment lists what it pays, ``paid_listing``; a bill's own grid of
# fields has one row, not a run of invoices)
_DUE_HEAD = re.compile(r"\b(echeance|due date|date due|due on|payable le|date limite)\b")
# what is left of the bill's fields on a page that lists open invoices
ECHOED = 0.5


def _chased(first: PageLayout, row: Row, seg: Segment) -> bool:
    """Does the head row of a listing of invoices print what is still owed on each, or (over
    two or more invoices, on a page that pays none) when each fell due?"""
    if any(_OPEN.search(s.folded) for s in row.segments):
        return True
    return (
        any(_DUE_HEAD.search(s.folded) for s in row.segments if s is not seg)
        and _listed_codes(first, row, seg) >= 2
        and not paid_listing(first)
    )


# ("Due Date", "Payment Due" head a date: a grid of a bill's fields, not a column of amounts)
_AMOUNT_HEAD = re.compile(
    r"\b(montant|amount|paid|regle|solde|total|balance|reste|net|sum|somme|ttc|"
    r"(?<!payment )due(?! date))\b"
)


_SALUTATION = re.compile(
    r"^(madame|monsieur|messieurs|mesdames|cher|chere|chers|dear|hello|bonjour|"
    r"to whom|gentlemen|ladies)\b"
)


def _subject(text: str, seg: Segment) -> list[Evidence]:
    """A subject line that starts with a kind names this document ("Facture n° …", weaker
    "Notre facture …"); a kind named further on is what it is about ("Relance – facture n°
    …", "Correction of invoice …", "Votre commande du …"): evidence for the kinds that
    answer it."""
    out = _references(" " + text, "reference", 2 * REFERENCE_WEIGHT)
    box = (seg.x0, seg.top, seg.x1, seg.bottom)
    # the sender's own order ("Subject: our order PO…", "Objet : notre commande …", "Order
    # 4512"): the buyer writes about the order it places. Weaker than a title (a buyer may
    # also write about its order to change or cancel it), so the verbs still decide.
    if _OWN_ORDER.match(text):
        out.append(Evidence("purchase_order", OWN_ORDER_WEIGHT, "subject", box))
    for doc_type, m in _mentions(text):
        lead = text[: m.start()].strip(" :-.")
        if not lead or _OWN.fullmatch(lead):
            weight = 1.5 if lead else 3.0
            new = NEW_TITLE.fullmatch(m.group(0)) is not None
            out.append(Evidence(doc_type, weight, "subject", box, unfitted=new))
        else:
            named = "quotation" if doc_type == "other" else doc_type
            for related in RELATED.get(named, ()):
                out.append(Evidence(related, 2 * REFERENCE_WEIGHT, "reference"))
    return out


_OWN = re.compile(r"(notre|nos|our|la|le|the|this|cette|ce)( (notre|our))?")
# a subject that starts with the sender's order, or with a bare "Order"/"Commande" and its
# number or object (not "Order confirmation", "commande livrée": other kinds' own words)
_OWN_ORDER = re.compile(
    r"\s*(?:(?:notre|our|new|nouvelle)\s+(?:(?:purchase|bon de)\s+)?|purchase\s+|bon de\s+)?"
    r"(?:commande|order)\b(?!\s*(?:confirm|acknowledg|receipt|summary|acceptance|"
    r"livree|expediee|shipped|dispatched|delivered|received|recue|bien recue|accepted|acceptee|"
    r"enregistree|entered|booked|status|statut|cancel|annul|modif|change|n'|non\b|not\b))"
)
OWN_ORDER_WEIGHT = 1.5


# the widest blank between two lines of one paragraph, in line heights: a sentence wraps
# at the text's leading; a blank as tall as a line ends the paragraph (the address block
# under a contact line, a caption over the goods table)
PARAGRAPH_GAP = 1.2


def _continues(last: Segment | None, seg: Segment, big: float) -> bool:
    """Is ``seg`` the rest of the sentence wrapped from the line above?"""
    return (
        last is not None
        and seg.row == last.row + 1
        and abs(seg.x0 - last.x0) < max(5.0, last.height)
        and seg.height < big
        and not last.text.rstrip().endswith((".", "!", "?", ":"))
        and seg.top - last.bottom <= PARAGRAPH_GAP * max(last.height, seg.height)
    )


def gather(layouts: list[PageLayout]) -> tuple[list[Evidence], set[str]]:
    """Every piece of evidence on the first page, and the types that only a generic title
    names."""
    first = next(lay for lay in layouts if lay.rows)
    heights = sorted(s.height for s in first.segments)
    body = heights[len(heights) // 2] if heights else 10.0
    evidence: list[Evidence] = []
    generic: set[str] = set()
    prose: list[str] = []
    subjects: list[str] = []
    skip: set[int] = set()  # ids of segments read as sentences, subjects or listing heads
    titled_all = [(s, _title_hit(s.folded)) for s in first.segments]
    biggest = max((s.height for s, h in titled_all if h is not None), default=0.0)
    big = max(body * 1.3, biggest * 0.75)
    # the lines just above a letter's salutation are its subject, with or without "Objet :"
    salute = next((r.index for r in first.rows if _SALUTATION.match(r.segments[0].folded)), None)
    last_prose: Segment | None = None
    for row in first.rows:
        for seg in row.segments:
            text = seg.folded
            sub = SUBJECT.match(text)
            before_salute = (
                salute is not None
                and salute - 2 <= row.index < salute
                and len(row.segments) == 1
                and seg.height < big
            )
            if (sub is not None and seg.top < first.height * 0.6) or before_salute:
                skip.add(id(seg))
                rest = text[sub.end() :] if sub is not None else text
                subjects.append(rest)
                evidence += _subject(rest, seg)
            elif (
                (_is_prose(seg, big) and not _starts_titled(text) and not _captioned(text))
                # a short line that starts with a document's name is its title, not the
                # rest of the sentence above, whatever its size: OCR boxes a title set a
                # little larger no taller than the lines of a letterhead above it
                # (one that starts in lower case after a sentence left open is its
                # rest: "… on your / delivery note and invoice.")
                or (
                    _continues(last_prose, seg, big)
                    and (not _titled_line(text) or seg.text.lstrip()[:1].islower())
                )
            ):
                skip.add(id(seg))
                prose.append(text)
                last_prose = seg
                continue
            else:
                hit = _title_hit(text)
                if hit is not None and hit[0] != "other" and _listing_head(first, row, seg):
                    skip.add(id(seg))
                    for related in RELATED.get(hit[0], ()):
                        evidence.append(Evidence(related, 1.0, "listing"))
                    if hit[0] == "invoice" and _chased(first, row, seg):
                        # invoices listed with what is still owed on each, or when each
                        # fell due: a reminder or a statement of open items, not a bill nor
                        # a payment
                        evidence.append(Evidence("other", OPEN_ITEMS, "listing"))
            last_prose = None
    # sentences run over lines: read them as one text
    sentences = " ".join(prose)
    said = _without_small_print(" ".join([*subjects, sentences, *_headings(first, big, skip)]))
    for doc_type, weight, pattern in ACTS:
        if pattern.search(said):
            evidence.append(Evidence(doc_type, weight, "body"))
    for doc_type, pattern in THEMES.items():
        found = {m.group(0) for m in pattern.finditer(said)}
        if found:
            evidence.append(Evidence(doc_type, min(2.0, THEME_WEIGHT * len(found)), "theme"))
    evidence += _references(sentences, "reference", REFERENCE_WEIGHT)
    for m_type, _m in _mentions(sentences):
        evidence.append(Evidence(m_type, 0.5, "body"))
    evidence += _titles(first, body, skip, generic)
    evidence = _own_number(layouts, first, evidence)
    evidence += _concept_headings(first, big, skip, generic)
    evidence += _structure(first)
    # the invoices a payment settles, listed with what was paid on each
    if listed := paid_listing(first):
        evidence.append(Evidence("payment_advice", listed, "listing"))
    last = layouts[-1] if layouts[-1] is not first and layouts[-1].rows else None
    open_items = any(ev.doc_type == "other" and ev.zone == "listing" for ev in evidence)
    for doc_type, weight in field_scores(first, last).items():
        if open_items and doc_type in ECHOES["other"]:
            # a reminder repeats the bills' due dates and amounts due: echoes, not a bill
            weight *= ECHOED
        elif listed and doc_type in ECHOES["payment_advice"]:
            weight *= ECHOED  # so does a payment: the bills it settles, their due dates
        evidence.append(Evidence(doc_type, weight, "fields"))
    demanded = bill_demanded(first, last)
    if not open_items and demanded:
        evidence = [_told(ev) for ev in evidence]
    # a title that names the invoices the page pays, not the page (``doctype_paid``)
    # or a listing of invoices with amounts on a page whose fields say what was paid
    paying = any(ev.doc_type == "payment_advice" and ev.zone == "fields" for ev in evidence)
    listed_paid = bool(listed) or (paying and invoice_listing(first))
    evidence = settled(evidence, listed_paid, demanded, _counts_goods(first))
    # a kind the page says it is not ("This is not an invoice", "Invoice to follow")
    pages = [first] if last is None else [first, last]
    texts = [s.folded for lay in pages for s in lay.segments]
    evidence = without_denied(evidence, denied_kinds(texts, TITLE_PATTERNS))
    # a seller's terms (bank, penalties, the invoice to follow) on a page that asks for no
    # payment are not a bill's (``doctype_terms``)
    evidence = as_terms(evidence, demanded or open_items)
    evidence = _answers_order(evidence, generic)
    return sides(first, last, evidence, generic), generic


# what is left of a sentence about the goods' delivery on a page that asks to be paid
TOLD = 0.5


def bill_demanded(first: PageLayout, last: PageLayout | None) -> bool:
    """Does the page ask for payment: a due date or an amount due (``BILL_DEMANDS``)? No
    delivery note, order or confirmation prints one."""
    cues = {**(field_cues(last) if last is not None else {}), **field_cues(first)}
    return any(i in BILL_DEMANDS for i in cues)


def _told(ev: Evidence) -> Evidence:
    """On a page that asks for payment, a sentence that says the goods were delivered tells
    of the delivery billed: it counts less for a delivery note (``TOLD``)."""
    if ev.doc_type == "delivery_note" and ev.zone in ("body", "theme"):
        return Evidence(ev.doc_type, ev.weight * TOLD, ev.zone, ev.bbox, ev.big)
    return ev


# the seller's cues that make a page one written to a customer (``seller_cues``), and the
# most the buyer's may say then (a requested date aside: a confirmation echoes it)
SELLER_MIN = 1.25
BUYER_MAX = 1.0
# what is left of an order named on such a page by a generic title, a label or its fields:
# the customer's order the page answers, not the page
ANSWERED = 0.25
# a seller's page titled "Order" / "Commande": its confirmation of the customer's order
SELLERS_ORDER = 2.0
# a seller's priced answer to an order that asks for no payment and ships nothing: a
# confirmation; weaker when it prints an account to pay into (a bill's sign)
UNBILLED = 1.5
UNBILLED_BANK = 0.75
# the most a type read mainly from who wrote to whom may be sure
SIDE_CAP = 0.7
# the kinds whose own cues rule a page out of being an unbilled confirmation
_NOT_UNBILLED = ("invoice", "delivery_note", "credit_note", "payment_advice", "other")


def sides(
    first: PageLayout, last: PageLayout | None, evidence: list[Evidence], generic: set[str]
) -> list[Evidence]:
    """Who wrote to whom, weighed with the rest: on a page a seller writes to its customer
    (``seller_cues``: the customer's order, number and VAT id named as the reader's, its
    thanks) and where the buyer's own cues are missing, the order that a generic title, a
    label, a title in body type or the fields name is the customer's, answered by the page:
    it counts little for a purchase order, and a generic title counts for the confirmation.
    Such a page that prices goods and prints no sign of a bill, a delivery, a credit or a
    payment is read as a confirmation. Structure, never a title: never auto-accepted."""
    seller = seller_cues(first, last)
    bank = any(_BANK.search(s.folded) for s in first.segments)
    buyer = buyer_cues(first) + (SENDER_RECEIVES if sender_receives(first) else 0.0)
    written = sum(seller.values()) + 0.5 * bank
    # the buyer's cues a seller may quote (the buyer's commitment number, its buyer's
    # name) are outweighed when the seller's are twice as many
    to_customer = written >= SELLER_MIN and (buyer < BUYER_MAX or written >= 2 * buyer)
    if not to_customer and "order" not in seller:
        return evidence
    out: list[Evidence] = []
    for ev in evidence:
        if (
            to_customer
            and ev.doc_type == "purchase_order"
            and (ev.zone in ("generic", "label", "fields") or (ev.zone == "title" and not ev.big))
        ):
            out.append(Evidence(ev.doc_type, ev.weight * ANSWERED, "reference", ev.bbox))
            if ev.zone == "generic":
                generic.discard("purchase_order")
                out.append(Evidence("order_confirmation", SELLERS_ORDER, "side", ev.bbox))
            continue
        out.append(ev)
    cues = {**(field_cues(last) if last is not None else {}), **field_cues(first)}
    bills = sum(w for i, w in cues.items() if FIELD_CUES[i][0] == "invoice" and w > 1.0)
    # with no demand for payment and no name of an invoice, the invoice's sentences and
    # theme are the seller's terms (``doctype_terms``): they do not rule a confirmation out
    terms = bills == 0 and not named_invoice(out)
    others = [
        ev
        for ev in out
        if ev.doc_type in _NOT_UNBILLED
        and ev.zone not in ("reference", "listing")
        and not (ev.doc_type == "invoice" and ev.zone in ("structure", "fields"))
        and not (terms and is_term(ev))
    ]
    if bills == 0 and not others and _priced(first):
        weight = UNBILLED_BANK if bank and not terms else UNBILLED
        out.append(Evidence("order_confirmation", weight, "side"))
    return out


def _counts_goods(first: PageLayout) -> bool:
    """Does the page head a table of goods with a quantity column?"""
    return any(
        len(row.segments) >= 3 and any(_QTY_HEAD.search(s.folded) for s in row.segments)
        for row in first.rows
    )


def _priced(first: PageLayout) -> bool:
    """Does the page list goods with prices (a head naming a price or an amount)?"""
    for row in first.rows:
        if len(row.segments) < 3 or sum(len(s.words) <= 3 for s in row.segments) < 3:
            continue
        if any(_PRICE_HEAD.search(s.folded) for s in row.segments):
            return True
    return False


def _headings(first: PageLayout, big: float, skip: set[int]) -> list[str]:
    """The lines printed big in the upper part of the page that name no kind: a title in
    words no pattern knows, or a sentence in the title's place ("Nous vous confirmons votre
    commande", "Goods delivered as follows"). Their verbs are read like a letter's (never
    as a title: ``plain`` stays 0), so what the heading says the document does counts.
    A heading wrapped over two lines is read as one."""
    lines = _big_lines(
        [
            s
            for s in first.segments
            if id(s) not in skip and s.height >= big and s.top < first.height * 0.4
        ]
    )
    out: list[str] = []
    for i, seg in enumerate(lines):
        text = seg.folded
        if _title_hit(text) is not None:
            continue
        nxt = next((low for low in lines[i + 1 :] if _wrapped_title(seg, low)), None)
        out.append(f"{text} {nxt.folded}" if nxt is not None else text)
    return out


# a big heading whose words' stems name a kind no phrase knows ("Commande retenue",
# "Funds Remitted"): less than a title in a known phrase, more than the fields may say
# (``FIELDS_CAP``), and a reading the fitted table has not seen (``unfitted``)
CONCEPT_TITLE = 4.0


def _concept_headings(
    first: PageLayout, big: float, skip: set[int], generic: set[str]
) -> list[Evidence]:
    """The kinds that the big headings in the upper part of the page name by their words'
    stems (``doctype_concepts``), when no known phrase names a kind in them. An order named
    so is as generic as a bare "Order": a seller's page may title the customer's order it
    answers (``sides``)."""
    segs = [
        s
        for s in first.segments
        if id(s) not in skip and s.height >= big and s.top < first.height * 0.4
    ]
    out: list[Evidence] = []
    foot = " ".join(re.findall(r"[a-z0-9]+", footer_text(first)))
    for seg in _big_lines(segs):
        if _title_hit(seg.folded) is not None:
            continue
        kind = concept_kind(heading_part(seg.folded), foot)
        if kind is not None:
            box = (seg.x0, seg.top, seg.x1, seg.bottom)
            zone = "generic" if kind == "purchase_order" else "title"
            if zone == "generic":
                generic.add(kind)
            out.append(Evidence(kind, CONCEPT_TITLE, zone, box, True, True))
    return out


def _big_lines(big: list[Segment]) -> list[Segment]:
    """Big segments of one row and one type size that follow each other closely, as one
    line: a spaced-out title is cut into segments ("BORDEREAU | DE")."""
    out: list[Segment] = []
    for seg in sorted(big, key=lambda s: (s.row, s.x0)):
        last = out[-1] if out else None
        if (
            last is not None
            and last.row == seg.row
            and abs(last.height - seg.height) <= 0.15 * seg.height
            and 0 <= seg.x0 - last.x1 <= seg.height
        ):
            out[-1] = Segment(last.words + seg.words, last.page, last.row)
        else:
            out.append(seg)
    return out


def _wrapped_title(upper: Segment, lower: Segment) -> bool:
    """Is ``lower`` the second line of a big title wrapped from ``upper``? The next line of
    the same type size, aligned on the left, the right or the centre (a title set right or
    centred wraps with ragged left edges), however many small rows of a block printed
    beside it fall between the two."""
    h = upper.height
    gap = lower.top - upper.bottom
    if not -0.2 * h <= gap <= 0.8 * h or abs(lower.height - h) > 0.25 * h:
        return False
    centre = abs((lower.x0 + lower.x1) - (upper.x0 + upper.x1)) / 2
    return min(abs(lower.x0 - upper.x0), abs(lower.x1 - upper.x1), centre) < h


# what follows a kind's name in a field's label: its number, date, total or a value
LABEL_TAIL = re.compile(
    r"\s*(:|#|n°|no\b|no\.|nr\b|n\.|num\w*|number|date|data|datum|du\b|dated\b|of\b|"
    r"ref\w*|rif\w*|total\w*|amount|montant|importo|id\b|code\b|[a-z]{0,4}[-/.]?\d|"
    # a value after a dash ("Purchase Order - 4587713365")
    r"[-–]\s*[a-z]{0,4}[-/.]?\d)"
)
# what precedes a kind's name in a field's label ("Date de facture", "N° de commande")
LABEL_HEAD = re.compile(
    r"\b(date|n°|no|numero|num|number|total|montant|importo|data)\.?\s*(de |d'|du |of |di )?$"
)
# a label names a kind as weakly as a sentence does: it may be another document's field
LABEL_WEIGHT = 1.5
# a total's caption that names a kind ("Invoice Total", "Montant facture") names it weaker
# still: an ERP prints the same caption under its confirmations and quotations, where a
# number's label ("Invoice No.") is the document's own
TOTAL_TAIL = re.compile(r"\s*(total\w*|amount|montant|importo)\b")
TOTAL_WEIGHT = 1.0


def _grid_head(first: PageLayout, seg: Segment) -> bool:
    """Is ``seg`` one of the heads of a grid of fields (three or more short heads on its
    row, a value printed under it on the next)? Such a head labels a value ("Purchase
    Order" over the order a credit note refers to), it does not title the page."""
    row = next((r for r in first.rows if r.index == seg.row), None)
    # heads of a few words each ("Date limite de paiement" beside "Bon de commande")
    if row is None or len(row.segments) < 3 or any(len(s.words) > 5 for s in row.segments):
        return False
    below = next((r for r in first.rows if r.index == seg.row + 1), None)
    return below is not None and any(abs(s.x0 - seg.x0) < 15 for s in below.segments)


# a value printed right after a label on its row: one or two words with a digit
_VALUE = re.compile(r"\d")


def _labels_a_value(first: PageLayout, seg: Segment) -> bool:
    """Is ``seg`` followed on its row by a short value with a digit ("Purchase Order |
    4555992377", "BON DE COMMANDE | 4554741067")? Then it labels a number, of this
    document or of one it refers to, rather than titling the page."""
    row = next((r for r in first.rows if r.index == seg.row), None)
    if row is None:
        return False
    after = [s for s in row.segments if s.x0 >= seg.x1]
    if not after:
        return False
    nxt = min(after, key=lambda s: s.x0)
    if _OWN_NUMBER.match(nxt.folded):
        # "Commande d'achat | N° 4500012345": a name printed with its own number sign beside
        # it is the page's name and number (a reference is labelled by the kind itself)
        return False
    return len(nxt.words) <= 2 and bool(_VALUE.search(nxt.text))


# how far apart the left edges of a caption and the value under it may be
STACK_EDGE = 10.0
# the rows above and below a caption where the page's own number caption is looked for
STACK_ROWS = 8


def _row(first: PageLayout, index: int) -> Row | None:
    return next((r for r in first.rows if r.index == index), None)


def _caps_a_value(first: PageLayout, seg: Segment) -> bool:
    """Is ``seg`` a short caption with a short value with a digit printed right under it,
    left edges aligned ("Purchase Order" over "ACH/2024/184" in a column of fields)? Then
    it labels a number, of this document or of one it refers to, as a caption left of its
    value does (``_labels_a_value``); a title is not stacked over one value in its column."""
    if len(seg.words) > 4:
        return False
    below = _row(first, seg.row + 1)
    if below is None:
        return False
    return any(
        abs(s.x0 - seg.x0) < STACK_EDGE and len(s.words) <= 2 and bool(_VALUE.search(s.text))
        for s in below.segments
    )


def _stacked_own_number(first: PageLayout, seg: Segment) -> bool:
    """Is ``seg`` one of a column of captions stacked over their values that also captions
    a bare number ("Number" over "INV028684", "Purchase Order" over "ACH/2024/184")? The
    page's own number is the bare one; the kind ``seg`` names is another document's."""
    for index in range(seg.row - STACK_ROWS, seg.row + STACK_ROWS + 1):
        row = _row(first, index) if index != seg.row else None
        if row is None:
            continue
        for other in row.segments:
            if abs(other.x0 - seg.x0) < STACK_EDGE and BARE_NUMBER.fullmatch(other.folded.strip()):
                return _caps_a_value(first, other)
    return False


# a number's label that names no kind: on a row of field heads, the page's own number
# ("Ref." is not one: beside "Invoice No." it is the customer's reference, not the page's)
BARE_NUMBER = re.compile(r"(n°|no\.?|nr\.?|#|number|numero|num\.?|document (n°|no\.?|number))\s*:?")


def _answers_order(evidence: list[Evidence], generic: set[str]) -> list[Evidence]:
    """A page that labels the purchase order beside its own bare number ("No. | Purchase
    Order") answers that order: its generic title ("Order Status", "Commande") is the
    customer's order, evidence for its confirmation, as on a seller's page (``sides``)."""
    answered = any(
        ev.doc_type == "purchase_order" and ev.zone == "reference" and ev.bbox is not None
        for ev in evidence
    )
    if not answered or "purchase_order" not in generic:
        return evidence
    generic.discard("purchase_order")
    out: list[Evidence] = []
    for ev in evidence:
        if ev.doc_type == "purchase_order" and ev.zone == "generic":
            out.append(Evidence(ev.doc_type, ev.weight * ANSWERED, "reference", ev.bbox))
            out.append(Evidence("order_confirmation", SELLERS_ORDER, "side", ev.bbox))
        else:
            out.append(ev)
    return out


def _beside_own_number(first: PageLayout, seg: Segment) -> bool:
    """Is ``seg`` a field head on a row (or the segment left of it) that also heads a bare
    number ("No.", "N°", "Number"): the page's own, so the kind ``seg`` names is another
    document's?"""
    row = next((r for r in first.rows if r.index == seg.row), None)
    if row is None or len(row.segments) < 2:
        return False
    return any(s is not seg and BARE_NUMBER.fullmatch(s.folded.strip()) for s in row.segments)


_OWN_NUMBER = re.compile(r"\s*(n°|no\.|nr\.?|#|number|numero)\s*:?\s*\S*\d")


def _titles(first: PageLayout, body: float, skip: set[int], generic: set[str]) -> list[Evidence]:
    """Kinds named as titles and labels (not in sentences), weighted by place and size."""
    out: list[Evidence] = []
    # a spaced-out title may be split in two segments ("PACKING | SLIP"): whole rows are
    # read too, for a name that only appears across a segment boundary
    segs = [s for s in first.segments if id(s) not in skip]
    candidates: list[tuple[Segment, list[str]]] = [(s, []) for s in segs]
    candidates += [
        (Segment(r.words, r.page, r.index), [s.folded for s in r.segments])
        for r in first.rows
        if len(r.segments) > 1 and not any(id(s) in skip for s in r.segments)
    ]
    # a title in big type wrapped over two lines ("BORDEREAU DE" / "LIVRAISON")
    big_segs = _big_lines([s for s in segs if s.height >= body * 1.3])
    for upper in big_segs:
        for lower in big_segs:
            if lower is not upper and _wrapped_title(upper, lower):
                joined = Segment(upper.words + lower.words, upper.page, upper.row)
                candidates.append((joined, [upper.folded, lower.folded]))
    titled: list[tuple[Segment, list[str], str, str, re.Match[str]]] = []
    lines: list[int] = []  # the evidence of short lines that start with a kind's name
    for seg, parts in candidates:
        text = seg.folded
        hit = _title_hit(text)
        if hit is not None:
            titled.append((seg, parts, text, *hit))
    # "big" is measured against the biggest title word too: a column label that OCR
    # boxes a little tall ("Invoice Date" over the invoices a payment advice settles)
    # must not count as much as the title printed in large type above it
    biggest = max((seg.height for seg, *_ in titled), default=0.0)
    for seg, parts, text, doc_type, match in titled:
        if any((h := _title_hit(p)) is not None and h[1].re is match.re for p in parts):
            continue  # already counted from the segment itself
        big = seg.height >= max(body * 1.3, biggest * 0.75)
        if _THANKS.match(match.group(0)) and (seg.top > first.height * 0.4 or not big):
            # a closing courtesy under any document a shop sends (on a short page it may
            # end in the upper part), not its title: a heading thanks in large type
            continue
        if not big and not parts and _names_page(first, seg, match):
            # "Document: Delivery note", a kind under a "Type" head: the page's own name
            # wherever the field is printed, a reading the fitted table has not seen
            box = (seg.x0, seg.top, seg.x1, seg.bottom)
            out.append(Evidence(doc_type, NAME_LINE, "title", box, False, True))
            continue
        if not big and (
            LABEL_TAIL.match(text[match.end() :])
            or LABEL_HEAD.search(text[: match.start()])
            or (
                not parts
                and (
                    _grid_head(first, seg)
                    or _labels_a_value(first, seg)
                    or _caps_a_value(first, seg)
                )
            )
        ):
            # "Invoice No.", "Bon de commande : PO-…", "Order date": a field's label, of this
            # document or of one it refers to (a credit note's "Invoice No."), not its title
            box = (seg.x0, seg.top, seg.x1, seg.bottom)
            if not parts and (_beside_own_number(first, seg) or _stacked_own_number(first, seg)):
                # "No. | Date | Purchase Order": the page's own number is the bare one; the
                # kind named beside it is another document's, the one the page answers
                out.append(Evidence(doc_type, LABEL_WEIGHT * ANSWERED, "reference", box))
                for related in RELATED.get(doc_type, ()):
                    out.append(Evidence(related, 2 * REFERENCE_WEIGHT, "reference"))
                continue
            total = TOTAL_TAIL.match(text[match.end() :]) is not None
            out.append(Evidence(doc_type, TOTAL_WEIGHT if total else LABEL_WEIGHT, "label", box))
            continue
        weight = 1.0
        if seg.top < first.height * 0.4:
            weight += 1.0
        if big:
            weight += 3.0
        if len(text) <= 45:
            weight += 1.0
        if text.strip().startswith(match.group(0)):
            weight += 1.0
        box = (seg.x0, seg.top, seg.x1, seg.bottom)
        named = len(text) <= 45 and text.strip().startswith(match.group(0))
        unfitted = (
            UNFITTED_TITLE.match(match.group(0)) is not None
            or NEW_TITLE.fullmatch(match.group(0)) is not None
        )
        reread = _outranked(text, doc_type)
        if reread is not None:
            # "Facture corrective", "Invoice Rectification": the kind named qualified by
            # a concept that outranks it (``doctype_concepts``), a reading never fitted
            doc_type, unfitted = reread, True
        joint = _joint_kinds(text, doc_type)
        if joint:
            # "Facture / Bon de livraison", "Order confirmation and shipping notice": the
            # page is named as two kinds, each titled in full; the first named has an edge
            # that breaks a tie, what the page holds (fields, make-up) settles the rest,
            # never sure (a reading the fitted table has not seen)
            out += [
                Evidence(
                    k, weight + (JOINT_EDGE if k == joint[0] else 0.0), "title", box, big, True
                )
                for k in joint
            ]
            continue
        out.append(Evidence(doc_type, weight, "title", box, big, unfitted))
        if named:
            lines.append(len(out) - 1)
    out = _name_lines(out, lines)
    # a generic one-word title counts only printed as a title: big, in the upper part
    for seg in segs:
        if seg.top > first.height * 0.4 or seg.height < max(body * 1.3, biggest * 0.75):
            continue
        if not BARE_TITLE.match(seg.folded.strip(" :.")):
            continue
        out.append(
            Evidence("purchase_order", 5.0, "generic", (seg.x0, seg.top, seg.x1, seg.bottom))
        )
        generic.add("purchase_order")
        break
    return out


# a title that names two kinds: the first named's edge over the others (the rest of the
# evidence adds a fifth of its weight: ``combine``)
JOINT_EDGE = 0.25
# what joins two names of the page: a slash, a dash, "et", "and", "valant" ("serving as")
JOINER = re.compile(
    r"\s*([/|&+,-]|–|et|and|valant|tenant lieu de|serving as|with|avec|plus)\s*",
)


def _joint_kinds(text: str, doc_type: str) -> list[str]:
    """The kinds a title line names as the page itself, in the order named, when it names
    more than one ("Facture / Bon de livraison"); [] when it names one. ``other`` (a pro
    forma, a statement) is a kind like any: "Facture pro forma" is one name, matched whole."""
    hits = _mentions(text)
    kinds: list[str] = []
    for (kind, m), nxt in zip(hits, [*hits[1:], None], strict=True):
        if nxt is not None and not JOINER.fullmatch(text[m.end() : nxt[1].start()]):
            return []  # "Facture pro forma": a qualified name, not two names
        if kind not in kinds:
            kinds.append(kind)
    if len(kinds) < 2 or doc_type not in kinds:
        return []
    return kinds


def _own_number(
    layouts: list[PageLayout], first: PageLayout, evidence: list[Evidence]
) -> list[Evidence]:
    """What the page's own number (``doctype_own``) says of the kinds named on it: a kind
    labelled beside another number is the document the page answers (its evidence counts
    little, as ``ANSWERED``, and for the kinds that answer it); a kind named with the own
    number where no title names a kind is the page's name (a running header, the foot
    line), a reading the fitted table has not seen (unfitted: never sure alone)."""
    own = own_numbers(first)
    if not own:
        return evidence
    boxes = {(s.x0, s.top, s.x1, s.bottom): s for s in first.segments}
    out: list[Evidence] = []
    for ev in evidence:
        seg = boxes.get(ev.bbox) if ev.zone == "label" and ev.bbox is not None else None
        hit = _title_hit(seg.folded) if seg is not None else None
        number = number_after(seg, hit[1].end()) if seg is not None and hit is not None else None
        if number is not None and number not in own and hit is not None and hit[0] == ev.doc_type:
            out.append(Evidence(ev.doc_type, ev.weight * ANSWERED, "reference", ev.bbox))
            for related in RELATED.get(ev.doc_type, ()):
                out.append(Evidence(related, 2 * REFERENCE_WEIGHT, "reference"))
            continue
        out.append(ev)
    if any(ev.zone in ("title", "generic") for ev in out):
        return out
    seen: set[str] = set()
    for kind, seg in named_with_own(layouts, own, _title_hit):
        if kind in seen or kind == "other":
            continue
        seen.add(kind)
        box = (seg.x0, seg.top, seg.x1, seg.bottom)
        out.append(Evidence(kind, NAME_LINE, "title", box, False, True))
    return out


def _outranked(text: str, doc_type: str) -> str | None:
    """The kind a short title's stems name when it is not ``doc_type`` but outranks it
    ("Facture corrective": a credit; "Bon de commande confirmé": a confirmation)."""
    kind = concept_kind(heading_part(text))
    if kind is None or kind == doc_type:
        return None
    concept = next(c for c, k in KIND.items() if k == kind)
    named = next((c for c, k in KIND.items() if k == doc_type), None)
    return kind if named in OUTRANKS.get(concept, ()) else None


# the caption of a field that holds the page's kind ("Document : Bon de livraison", "Type de
# document | Facture", "Doc. type / Invoice")
DOC_CAPTION = re.compile(
    r"(type (de |du )?(document|piece)|nature (du |de la )?(document|piece)|"
    r"doc(ument)?\.? ?type|document|piece|type|kind)"
)
_CAPTION_PREFIX = re.compile(rf"\s*{DOC_CAPTION.pattern}\s*[:/|–-]\s*")


def _captioned(text: str) -> bool:
    """Does ``text`` start with a kind's caption and then a kind ("Document : avoir")?"""
    m = _CAPTION_PREFIX.match(text)
    if m is None:
        return False
    hit = _title_hit(text[m.end() :])
    return hit is not None and hit[1].start() == 0


def _names_page(first: PageLayout, seg: Segment, match: re.Match[str]) -> bool:
    """Is the kind matched in ``seg`` the value of a kind's caption: after it in the same
    segment, right of it on its row, or under it in a grid of fields?"""
    text = seg.folded
    lead = text[: match.start()]
    if lead.strip():
        m = _CAPTION_PREFIX.match(text)
        return m is not None and m.end() == match.start()
    if len(text[match.end() :].split()) > 3:
        return False
    rows = {r.index: r for r in first.rows}
    below = rows.get(seg.row + 1)
    if below is not None and any(
        abs(s.x0 - seg.x0) < 15 and _title_hit(s.folded) is not None for s in below.segments
    ):
        return False  # a column of kinds: the documents a page lists, not its name
    row = rows.get(seg.row)
    if row is not None:
        left = [s for s in row.segments if s.x1 <= seg.x0 + 1]
        if left:
            near = max(left, key=lambda s: s.x1)
            caption = near.folded.strip(" :")
            if seg.x0 - near.x1 < 80 and DOC_CAPTION.fullmatch(caption):
                return True
    above = rows.get(seg.row - 1)
    if above is not None:
        for s in above.segments:
            caption = s.folded.strip(" :")
            if abs(s.x0 - seg.x0) < 15 and DOC_CAPTION.fullmatch(caption):
                return True
    return False


# the least a page's name weighs when no title is printed large: more than the fields may
# say (``FIELDS_CAP``), so an invoice-like body does not outvote "Confirmation de commande"
# printed small in a corner or a box
NAME_LINE = 4.5


def _name_lines(out: list[Evidence], lines: list[int]) -> list[Evidence]:
    """With no title in large type, the topmost short line that starts with a kind's name
    is the page's name wherever it is printed (a corner, a box, a side band): it weighs at
    least ``NAME_LINE``."""
    if not lines or any(ev.big for ev in out if ev.zone == "title"):
        return out
    top = min(lines, key=lambda i: (out[i].bbox or (0.0, 0.0, 0.0, 0.0))[1])
    ev = out[top]
    out[top] = dataclasses.replace(ev, weight=max(ev.weight, NAME_LINE))
    return out


def _structure(first: PageLayout) -> list[Evidence]:
    """What the page's make-up says: goods counted without prices are delivered; an account
    to pay into is a bill's."""
    out: list[Evidence] = []
    for row in first.rows:
        # a goods head of short labels: three or more, or two on a slip that lists only the
        # articles and the quantity shipped ("Produits | Qté expédiée")
        if len(row.segments) < 2:
            continue
        heads = [s.folded for s in row.segments]
        if sum(len(s.words) <= 3 for s in row.segments) < min(3, len(row.segments)):
            continue
        qty = any(_QTY_HEAD.search(h) for h in heads)
        price = any(_PRICE_HEAD.search(h) for h in heads)
        shipped = any(_SHIP_HEAD.search(h) for h in heads)
        # goods counted and not priced, headed by what was shipped or on a page that prints
        # no amount of money anywhere (no price column, no total): goods handed over, not
        # sold (an order or a quotation prices what it asks or offers, a bill what it bills)
        if qty and not price and (shipped or _only_counted(first, heads)):
            out.append(Evidence("delivery_note", 1.5, "structure"))
            break
        # a quantity column headed by what was shipped, priced or not ("Delivered | Rate |
        # Amount"): the goods that left, weaker (an invoice may bill what was delivered)
        if shipped and any(_SHIPPED_QTY.fullmatch(h.strip(" :.")) for h in heads):
            out.append(Evidence("delivery_note", 1.0, "structure"))
            break
    if any(_BANK.search(s.folded) for s in first.segments):
        out.append(Evidence("invoice", 0.5, "structure"))
    if sender_receives(first):
        out.append(Evidence("purchase_order", SENDER_RECEIVES, "structure"))
    return out


# an amount of money: a total's or a price's label with a number in cents after it on its
# row, or a number in cents beside a currency
_MONEY_LABEL = re.compile(r"\b(total|montant|amount|ttc|ht|prix|price|net a payer|subtotal)\b")
_CENTS = re.compile(r"\d[.,]\d\d(?!\d)")
_CURRENCY = re.compile(CURRENCY_MARK, re.IGNORECASE)


# a head that names a count of goods itself (not "Commande client" in a grid of fields)
_COUNT_HEAD = re.compile(r"\b(qte|qty|quantite|quantity|quantities|quantites)\b")


def _only_counted(first: PageLayout, heads: list[str]) -> bool:
    """Do the goods under ``heads`` come with a count and no money: a head names a
    quantity, and the page prints no price column (``_priced``) nor an amount of money
    (``_money_printed``)?"""
    return (
        any(_COUNT_HEAD.search(h) for h in heads)
        and not _priced(first)
        and not _money_printed(first)
    )


def _money_printed(first: PageLayout) -> bool:
    """Does the page print an amount of money: a total or a price with a number in cents,
    or a number in cents beside a currency?"""
    for row in first.rows:
        text = " ".join(s.folded for s in row.segments)
        if _CENTS.search(text) and (_MONEY_LABEL.search(text) or _CURRENCY.search(text)):
            return True
    return False


# what a goods table alone says, when nothing else on the page names a kind
GOODS_ONLY = 0.5
# the most such a guess may be sure: a clerk is asked (quotations and reminders price
# goods too, and their letters do not always say what they are)
GOODS_ONLY_CAP = 0.5


def goods_table(layouts: list[PageLayout]) -> list[Evidence]:
    """A goods head with quantities and prices over rows of amounts, on a page that names
    no kind: goods sold, most often billed (an invoice); with quantities and no prices:
    goods counted, delivered. Weak evidence read only when there is no other."""
    first = next(lay for lay in layouts if lay.rows)
    # a page that mentions a quotation or a reminder, even as "notre devis", may be one:
    # it stays "other" rather than be guessed a bill
    other_words = TITLE_PATTERNS[0][1]
    if any(other_words.search(s.folded) for s in first.segments):
        return []
    for row in first.rows:
        if len(row.segments) < 3 or sum(len(s.words) <= 3 for s in row.segments) < 3:
            continue
        heads = [s.folded for s in row.segments]
        if not any(_QTY_HEAD.search(h) for h in heads):
            continue
        if any(_PRICE_HEAD.search(h) for h in heads):
            return [Evidence("invoice", GOODS_ONLY, "structure")]
        return [Evidence("delivery_note", GOODS_ONLY, "structure")]
    return []


# the sender named again as the party that receives the goods or the bill: a buyer's order
SENDER_RECEIVES = 2.0


ZONES = (
    "title",
    "generic",
    "subject",
    "body",
    "theme",
    "listing",
    "structure",
    "reference",
    "label",
    "fields",
    "side",
)


def combine(evidence: list[Evidence]) -> dict[str, float]:
    """Each type's score: its strongest piece of evidence decides, the others add a little."""
    by_type: dict[str, list[float]] = {}
    for ev in evidence:
        by_type.setdefault(ev.doc_type, []).append(ev.weight)
    return {t: max(ws) + 0.2 * (sum(ws) - max(ws)) for t, ws in by_type.items()}


def classify(layouts: list[PageLayout]) -> Classification:
    """The document's kind from what names it, weighted by where it is said.

    A title printed big decides most documents; a letter says its kind in its subject line
    and its sentences' verbs ("nous vous confirmons", "please find enclosed our invoice"),
    and the documents it names with a possessive ("votre commande") are the ones it answers,
    evidence for the kinds that answer them. The confidence is fitted on the winner's margin
    and where its evidence was found (``extraction.calibration.doctype``); a generic title
    ("Order") alone never makes it sure.

    Where the title is weak or missing, a kind named in a field's label, the fields the
    page prints (``extraction.doctype_fields``) and its make-up (``_structure``: the sender
    receiving the goods, a shipped-quantity column) decide, never sure: they are not a
    title (``plain`` stays 0, capped at ``UNCONFIRMED_CAP``); the fitted table weighs their zones
    (``z_label``, ``z_fields``, ``z_structure``) for titled pages. A page that names no kind
    at all is typed from its goods table (``goods_table``), not ``other``. A title in body
    type alone, or one the fields speak against, stays below auto-accept."""
    if not layouts or not any(lay.rows for lay in layouts):
        return Classification("other", 0.0)
    # a title set in spaced letters is read as its words ("I N V O I C E")
    read = respaced_layouts(layouts, lambda text: _title_hit(text) is not None)
    printed = {id(seg) for lay in layouts for seg in lay.segments}
    rebuilt = {
        hit[0]
        for lay in read
        for seg in lay.segments
        if id(seg) not in printed and (hit := _title_hit(seg.folded)) is not None
    }
    layouts = read
    evidence, generic = gather(layouts)
    scores = combine(evidence)
    guessed = False
    if not scores:
        # nothing names a kind: the goods table still says whether things are sold or only
        # counted, a guess shown as one (``GOODS_ONLY_CAP``)
        evidence = goods_table(layouts)
        scores = combine(evidence)
        guessed = True
    if not scores:
        return Classification("other", 0.2, features=features(evidence, scores, "other"), cap=0.2)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    top_type = ranked[0][0]
    feats = features(evidence, scores, top_type)
    from extraction.calibration import doctype as fitted

    only_generic = all(
        ev.zone == "generic" for ev in evidence if ev.doc_type == top_type and ev.weight >= 2
    )
    cap = 1.0
    if top_type in generic and only_generic:
        cap = UNCONFIRMED_CAP
    if not feats["plain"]:
        cap = min(cap, UNCONFIRMED_CAP)
    if feats["ratio"] < CONTESTED or _fields_disagree(evidence, top_type):
        cap = min(cap, CONTESTED_CAP)
    if not _corroborated(evidence, top_type) or _page_disagrees(evidence, top_type):
        cap = min(cap, CONTESTED_CAP)
    if top_type == "purchase_order" and _answers_reader(layouts):
        cap = min(cap, CONTESTED_CAP)
    if _only_unfitted(evidence, top_type):
        cap = min(cap, UNCONFIRMED_CAP)
    if guessed:
        cap = min(cap, GOODS_ONLY_CAP)
    if top_type in rebuilt:
        # named in letters spaced out, a reading the fitted table has not seen
        cap = min(cap, UNCONFIRMED_CAP)
    if (
        max((ev for ev in evidence if ev.doc_type == top_type), key=lambda e: e.weight).zone
        == "side"
    ):
        # read from who wrote to whom alone: a clerk is asked
        cap = min(cap, SIDE_CAP)
    confidence = min(fitted.confidence(feats), cap)
    boxes = [ev for ev in evidence if ev.doc_type == top_type and ev.bbox is not None]
    box = max(boxes, key=lambda ev: ev.weight).bbox if boxes else None
    runner = ranked[1][0] if len(ranked) > 1 else None
    return Classification(top_type, round(confidence, 3), box, runner, feats, cap)


# bare titles read since the table was fitted ("Bill", "Acknowledgement" alone): never sure
# until a refit has seen them
UNFITTED_TITLE = re.compile(r"\s*(bill|acknowledge?ment)\b")
# the names added for senders never seen (issue 20, unseen layouts): read, but never sure
# until a refit has seen them
NEW_TITLE = re.compile(
    r"delivery (docket|ticket|slip|receipt|advice)|shipping (list|notice|advice|slip)|"
    r"shipment (advice|notice|note)|dispatch (advice|slip|list)|despatch advice|advice note|"
    r"goods (dispatch|delivery|despatch) note|consignment note|proof of delivery|"
    r"lettre de voiture|bon de remise|bordereau de remise|bon d'enlevement|"
    r"bulletin de livraison|bulletin d'expedition|note d'envoi|avis de livraison|"
    r"fiche de livraison|feuille de livraison|feuille d'expedition|recepisse de livraison|"
    r"confirmation of sale|sales confirmation|order confirmed|booking confirmation|"
    r"order acceptance|acceptance of (your )?order|confirmation d'ordre|confirmation de vente|"
    r"acceptation de (la )?commande|validation de (la )?commande|commande confirmee|"
    r"order response|sales acknowledge?ment|order form|bon d'achat|ordre de commande|"
    r"procurement order|supply order|commande ferme|ordre de fourniture|"
    r"(purchase|material) requisition|requisition d'achat|note d'honoraires|debit note|"
    r"note de debit|confirmation de votre commande|acknowledge?ment of (your )?order|"
    r"b\.?l\.?|bon de sortie|tender|bid|(first|second|third|final|last) notice|"
    r"(premier|deuxieme|second|troisieme|dernier) (avis|rappel)"
)


# the cues of a page written to a customer that a buyer's own order does not print: the
# reader's order named as its own ("Votre commande"), the reader's account in the sender's
# books ("Compte client"); a sales contact or thanks are printed by buyers too
_ANSWERING_CUES = ("order", "customer")


def _answers_reader(layouts: list[PageLayout]) -> bool:
    """Does the first page name the reader's order or account, as a seller's answer does?
    A page titled as an order that does is a seller's printout of the customer's order
    (its confirmation) as often as the buyer's own: never sure."""
    first = next(lay for lay in layouts if lay.rows)
    return any(cue in _ANSWERING_CUES for cue in seller_cues(first))


def _only_unfitted(evidence: list[Evidence], top_type: str) -> bool:
    """Is the winner titled only in a wording the fitted table has not seen?"""
    titles = [ev for ev in evidence if ev.doc_type == top_type and ev.zone in ("title", "subject")]
    return bool(titles) and all(ev.unfitted for ev in titles)


def _corroborated(evidence: list[Evidence], top_type: str) -> bool:
    """Is the winner named by a title in large type, or by something else on the page than
    titles in body type? A name in body type may be a field's label or a caption the label
    rules do not know ("Purchase Order" over the number of the order an invoice bills), so
    alone it is not promised."""
    mine = [ev for ev in evidence if ev.doc_type == top_type]
    if any(ev.zone == "title" and ev.big for ev in mine):
        return True
    return any(ev.zone not in ("title", "reference") and ev.weight >= 1.0 for ev in mine)


# the fields a page prints contradict its title when they speak this much for another kind
# and hardly for the title's (a "Facture" whose fields are a requested delivery date, a
# buyer and an approval signature): the title may be a reference or misread
FIELDS_AGAINST = 2.5
FIELDS_FOR = 1.0


# the kinds whose fields a document of another kind repeats by nature: a reminder, a credit
# note and a payment print the bill's due date, account and amount due; a confirmation
# echoes the order's requested date
ECHOES: dict[str, tuple[str, ...]] = {
    "other": ("invoice",),
    "credit_note": ("invoice",),
    "payment_advice": ("invoice",),
    "order_confirmation": ("purchase_order",),
}


# what a page carries besides its names: its fields, labels, make-up and listings
PAGE_ZONES = ("fields", "label", "structure", "listing")
# a rival's page evidence this strong and more than the winner's contests a title: the title
# may be a wording that qualifies another kind ("Invoice Rectification" over a credited invoice)
PAGE_AGAINST = 2.0


def _page_disagrees(evidence: list[Evidence], top_type: str) -> bool:
    """Does what the page carries (``PAGE_ZONES``) speak for another kind, one whose fields
    the winner does not echo by nature (``ECHOES``), more than for the winner?"""
    page: dict[str, float] = {}
    for ev in evidence:
        if ev.zone in PAGE_ZONES:
            page[ev.doc_type] = page.get(ev.doc_type, 0.0) + ev.weight
    mine = page.get(top_type, 0.0)
    echoed = ECHOES.get(top_type, ())
    return any(
        w >= PAGE_AGAINST and w > mine for t, w in page.items() if t not in (top_type, *echoed)
    )


def _fields_disagree(evidence: list[Evidence], top_type: str) -> bool:
    """Do the page's fields speak for another kind than the winner, and not for it?"""
    fields = {ev.doc_type: ev.weight for ev in evidence if ev.zone == "fields"}
    echoed = ECHOES.get(top_type, ())
    rival = max((w for t, w in fields.items() if t not in (top_type, *echoed)), default=0.0)
    return rival >= FIELDS_AGAINST and fields.get(top_type, 0.0) < FIELDS_FOR


def features(evidence: list[Evidence], scores: dict[str, float], top_type: str) -> dict[str, float]:
    """The numbers the confidence is fitted on: the winner's score and margin, and the
    strongest evidence for it in each zone."""
    ranked = sorted(scores.values(), reverse=True)
    top = ranked[0] if ranked else 0.0
    second = ranked[1] if len(ranked) > 1 else 0.0
    out = {
        # the winner is named plainly: in a title or a subject line, not only in sentences
        "plain": float(
            any(
                ev.doc_type == top_type and ev.zone in ("title", "subject") and ev.weight >= 2
                for ev in evidence
            )
        ),
        "top": top,
        "margin": top - second,
        "ratio": (top - second) / top if top else 0.0,
        "types": float(len(scores)),
    }
    for zone in ZONES:
        out[f"z_{zone}"] = max(
            (ev.weight for ev in evidence if ev.doc_type == top_type and ev.zone == zone),
            default=0.0,
        )
    return out


def _vocab(words: str) -> set[str]:
    return set(words.split())


# function words and document words of languages orderdesk may receive but does not read
_OTHER_WORDS: dict[str, set[str]] = {
    "de": _vocab(
        "der die das und für mit von zu den dem des ist nicht auf bei rechnung datum betrag "
        "menge preis summe gesamt lieferung kunde zahlung bitte netto brutto mwst ust "
        "bestellung lieferschein artikel beschreibung einzelpreis gesamtbetrag zahlbar "
        "innerhalb tagen ohne abzug steuernummer rechnungsnummer kundennummer "
        "pos stk stück firma anschrift bezeichnung anzahl einheit auftrag ihre unsere wir sie "
        "vom sehr geehrte freundlichen grüßen dank oder versand empfänger rabatt skonto fällig "
        "lieferant einkauf"
    ),
    "es": _vocab(
        "el los las del y para con por factura fecha importe cantidad precio cliente pago "
        "entrega iva número pedido albarán descripción unidad base imponible forma vencimiento "
        "señores atentamente "
        "núm envío destinatario recibí artículo unidades referencia calle gracias nuestro "
        "nuestra su sus proveedor dirección teléfono correo plazo transferencia cuenta según"
    ),
    "it": _vocab(
        "il lo gli della di e per con da fattura data importo quantità prezzo totale cliente "
        "pagamento consegna iva numero ordine descrizione imponibile scadenza spett "
        "partita "
        "codice articolo fornitore indirizzo sede spedizione destinatario merce bonifico banca "
        "grazie cordiali saluti presso nostro vostro entro unitario sconto aliquota"
    ),
    "pt": _vocab(
        "o os as da do das dos em um uma para com por fatura encomenda data valor quantidade "
        "preço descrição cliente pagamento prazo dias entrega número contribuinte nif morada "
        "guia remessa transferência agradecemos "
        "fornecedor designação unitário desconto vencimento obrigado"
    ),
    "nl": _vocab(
        "het een en van voor met op te factuur datum bedrag aantal prijs totaal klant betaling "
        "levering btw bestelling omschrijving vervaldatum factuurnummer "
        "wij uw bij naar aan leverdatum afleveradres klantnummer rekening subtotaal totaal "
        "betalen binnen dagen graag bedankt stuks"
    ),
}
# the pieces German builds its compound words of ("Rechnungsdatum", "Lieferanschrift",
# "Nettobetrag"): a word holding one, and listed for no other language, is German
_GERMAN_PIECES = re.compile(
    r"rechnung|liefer|betrag|steuer|summe(?!r)|bestell|zahlung|anschrift|preis"
)
_LISTED = set().union(*_OTHER_WORDS.values())


_ROMANCE_SHARED = {"de", "la", "total", "date"}
# the fewest words of another language that name a page holding none of French or English
_FEW = 2


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code of the language of ``text`` and the share of its marker words.

    French and English are told apart by their own words; another language is reported when
    its words clearly outnumber both, or when a page holds a few of them and none of French
    or English (orderdesk then says so rather than misread). German is also known by the
    pieces of its compound words (``_GERMAN_PIECES``)."""
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœäößñòì']+", text.lower())
    fr = sum(1 for w in words if w in _FR_WORDS)
    en = sum(1 for w in words if w in _EN_WORDS)
    others = {code: sum(1 for w in words if w in vocab) for code, vocab in _OTHER_WORDS.items()}
    others["de"] += sum(1 for w in words if w not in _LISTED and _GERMAN_PIECES.search(w))
    code, count = max(others.items(), key=lambda kv: kv[1])
    # "de", "la", "total" are as Spanish or Italian as French: they tell French from English,
    # not from its neighbours
    fr_own = sum(1 for w in words if w in _FR_WORDS and w not in _ROMANCE_SHARED)
    if (count >= 5 and count > 1.5 * max(fr_own, en)) or (
        # a short page that has another language's words and none of French or English
        count >= _FEW and max(fr_own, en) == 0
    ):
        return code, round(count / (count + fr + en), 3)
    if fr + en == 0:
        return "en", 0.3
    lang = "fr" if fr > en else "en"
    return lang, round(max(fr, en) / (fr + en), 3)
