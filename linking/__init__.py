"""Linking: every follow-up document finds its order, line by line, and every order can be
followed from received to paid and closed.

- ``numbers``: order and invoice numbers normalised for comparison;
- ``facts``: what a document says (fields, lines, references) as typed values;
- ``finder``: which order a document belongs to (number first, then a score);
- ``lines``: which order line each document line counts against;
- ``payments``: payment advices spread over the invoices they name, discounts, balances;
- ``reconcile``: the three-way picture of an order (ordered, confirmed, delivered, invoiced, paid);
- ``rules``: discrepancies found in that picture, in sentences;
- ``lifecycle``: the order status that follows from the picture, each change audited;
- ``tasks``: discrepancies and link reviews kept in step with review tasks;
- ``service``: the entry points (link a document, link by hand, resolve a discrepancy);
- ``views``: an order's timeline and a document's links, for REST and the web.
"""
