"""What leaves orderdesk as structured messages: the French lifecycle statuses of invoices
(CDAR, ``lifecycle``) and the structured answer to an e-order (Order-X or UBL OrderResponse,
``order_response``), with the outbox folder they are written to (``outbox``).

Pure builders: they take facts and return bytes; the jobs beside them (flow/table.py lists
them) decide when, store, send and record.
"""
