"""Line tables found by structure: where numbers and text line up in columns, whatever the
header says, with header labels as one piece of evidence and the arithmetic of each row
(quantity x price = amount) as the strongest one for which column is which.

finding (header rows, body region, pages without a header) -> cells (one per segment) ->
columns (x-alignment of the body's cells) -> roles (labels and arithmetic rank every
interpretation) -> items (rows, wrapped descriptions, line confidence).
``extraction.lines`` calls ``read_tables`` and keeps whichever reading checks out better.
"""

from extraction.tables.read import TableReading, read_tables

__all__ = ["TableReading", "read_tables"]
