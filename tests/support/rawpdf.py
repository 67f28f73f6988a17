"""A PDF written by hand from its numbered objects, for tests that need a file no library
would write (thousands of blank pages in a blink, a Type 3 font with an odd box, ...)."""

from __future__ import annotations

import io


def pdf_of_objects(objects: list[bytes]) -> bytes:
    """``objects`` as objects 1..n (object 1 the catalog), with the xref table and trailer."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()
