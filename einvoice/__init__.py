"""E-invoices, e-orders and lifecycle statuses as data: UBL 2.1, CII (Factur-X, ZUGFeRD 2,
XRechnung), ZUGFeRD 1.0, Order-X and the French CDAR, bare or attached to a PDF.

It sits below the stages and imports only ``models``: extraction reads incoming documents
with it (``extraction.einvoice`` maps an ``EDocument`` to the contract's fields and lays it
over the page), and outbound writes and checks what leaves (order responses, lifecycle
statuses) against the same model and rules.

- ``model``: ``EDocument`` and its parts, ``Validation`` and its findings;
- ``xmlread``: a hardened parser and the value conversions every syntax needs;
- ``detect`` / ``reader`` / one module per syntax (``ubl``, ``cii``, ``zugferd1``,
  ``orderx``): XML -> ``EDocument``; ``cdar``: lifecycle statuses both ways;
- ``attached``: the XML a PDF carries;
- ``validation``: schema, EN 16931 and BR-FR rules (schematron in its own process), with
  the official ``artefacts``.
"""
