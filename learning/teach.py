"""Teaching a sender's profile with one approved document.

Only values a person approved are evidence (``learning.store`` calls this at approval and
nowhere else). First every hint the profile already has is scored on the document (read
where it points, compared with the approved value), its older counts fading; then where the
approved values sit on this document becomes new hints. A sender that changed its layout
therefore sees its old hints miss and fade while the new layout's hints take over.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

from extraction import profile_discounts, profile_items
from extraction.evaluate import same_line
from extraction.fields import DATE_FIELDS
from extraction.layout import PageLayout
from extraction.profile_columns import learn_columns, rated, read_columns, same_order
from extraction.profiles import (
    DECAY,
    MIN_RELIABILITY,
    FieldHint,
    SenderProfile,
    date_order,
    fingerprint,
    kept_as,
    learn_line_hint,
    locate,
    read,
    score_mode,
    steady_words,
    tables,
)
from extraction.result import LineItem

# hints kept per field: a layout change leaves the old ones to fade, not to crowd
KEEP_HINTS = 6
# what a sender's record of line items read right and wrong fades by at each document: a
# memory of about 20 documents. The hints' DECAY (about 5) holds too few lines for a 95 %
# lower bound to reach auto-accept (a sender printing 5 lines a document would stay
# below 0.87 however often it was right)
ROW_DECAY = 0.95
# table layouts kept per sender
TABLE_VARIANTS = 3
# documents a supplier issues carry the IBAN to pay, which is the issuer's own
SUPPLIER_ISSUED = ("invoice", "credit_note", "order_confirmation", "delivery_note")


def identifiers(approved: dict[str, str], doc_type: str) -> list[str]:
    """What names the issuer whatever its layout: its VAT id (and SIREN, in a French one),
    and the IBAN to be paid when the issuer is the one to be paid."""
    out: list[str] = []
    vat = approved.get("vat_id")
    if vat:
        out.append(vat)
        if re.fullmatch(r"FR[0-9A-Z]{2}\d{9}", vat):
            out.append(vat[4:])  # the SIREN inside a French VAT id
    if approved.get("iban") and doc_type in SUPPLIER_ISSUED:
        out.append(approved["iban"])
    return out


def profile_key(ids: list[str], words: list[str]) -> str:
    if ids:
        return ids[0]
    return "fp:" + hashlib.sha256(" ".join(words).encode()).hexdigest()[:16]


def teach(
    profile: SenderProfile | None,
    layouts: list[PageLayout],
    approved: dict[str, str],
    doc_type: str,
    language: str,
    actor: str,
    machine_lines: list[LineItem] | None = None,
    approved_lines: list[dict[str, str]] | None = None,
    machine_fields: list[str] | None = None,
) -> SenderProfile:
    """The profile after this approved document (a new one for a sender seen first)."""
    ids = identifiers(approved, doc_type)
    words = fingerprint(layouts)
    if profile is None:
        profile = SenderProfile(key=profile_key(ids, words))
    profile = profile.model_copy(deep=True)
    for i in ids:
        if i not in profile.identifiers:
            profile.identifiers.append(i)
    profile.fingerprint = steady_words(profile.fingerprint, words) if words else profile.fingerprint
    # the issuer's name: a purchase order is issued by the customer, the rest by the supplier
    issuer = ("customer_name", "supplier_name")
    if doc_type != "purchase_order":
        issuer = issuer[::-1]
    profile.name = approved.get(issuer[0]) or approved.get(issuer[1]) or profile.name
    profile.documents += 1
    order = date_order(profile)
    for name, hints in profile.hints.items():
        want = approved.get(name)
        for hint in hints:
            if hint.placement == "absent":
                continue  # scored by _teach_absent
            # a date hint is scored as extraction reads it: in the sender's order where the
            # hint itself never learned one (else a month-first sender's hints all missed
            # on its 2nd document, and hints of no record outranked them on the 3rd)
            scored = hint
            if name in DATE_FIELDS and hint.date_order is None and order is not None:
                scored = hint.model_copy(update={"date_order": order})
            got = read(scored, layouts, language)
            if got is None and want is None:
                continue
            ok = got is not None and want is not None and kept_as(name, got[0], want)
            hint.hits = hint.hits * DECAY + (1.0 if ok else 0.0)
            hint.misses = hint.misses * DECAY + (0.0 if ok else 1.0)
    # a value approved for two fields (a due date on the document date) is found at both
    # fields' places: a sender already known learns no new place from it, else each field
    # learns the other's label, and those hints of no record outrank its proven ones
    shared = {n for n, v in approved.items() if v and list(approved.values()).count(v) > 1}
    for name, value in approved.items():
        if not value:
            continue
        known = profile.hints.setdefault(name, [])
        placed = any(h.placement != "absent" for h in known)
        for new in locate(name, value, layouts, language):
            if not any(h.same_place(new) for h in known):
                if name in shared and placed:
                    continue
                new.taught_by = [actor]
                known.append(new)
            else:
                for h in known:
                    if h.same_place(new) and actor not in h.taught_by:
                        h.taught_by.append(actor)
                    if h.same_place(new) and new.date_order:
                        h.date_order = new.date_order  # a date only one order reads
        known.sort(key=lambda h: (-h.reliability, -h.hits))
        del known[KEEP_HINTS:]
    _teach_absent(profile, machine_fields or [], approved, actor)
    if machine_lines is not None and approved_lines:
        _teach_lines(profile, machine_lines, approved_lines)
    if approved_lines:
        _teach_columns(profile, layouts, approved_lines, approved, language)
        _teach_shape(profile, approved_lines)
    return profile


def _teach_shape(profile: SenderProfile, approved_lines: list[dict[str, str]]) -> None:
    """Keep the shape of the sender's approved lines ``profiles.steady_cell`` compares a
    document's lines with: the most words a unit had, whether every line had one, whether
    any had a price or an amount, and its record of round discounts."""
    words = [len(str(w["unit"]).split()) for w in approved_lines if w.get("unit")]
    profile.unit_words = max([profile.unit_words or 0, *words])
    profile.units_always = profile.units_always and len(words) == len(approved_lines)
    priced = any(w.get("unit_price") or w.get("line_total") for w in approved_lines)
    profile.priced = bool(profile.priced) or priced
    profile.discounts = profile_discounts.taught_discounts(profile.discounts, approved_lines, DECAY)
    profile.items = profile_items.taught_items(profile.items, approved_lines)


def score_lines(
    profile: SenderProfile,
    read: list[LineItem],
    approved: list[dict[str, str]],
    mode: str | None = None,
) -> None:
    """Count whether the lines as read (with the profile) were all the approved ones, and
    how many of them were right and wrong (an approved line left unread is a wrong one);
    ``mode``: how they were read (``profiles.line_mode``), whose own record counts them."""
    ok = _reads_all(read, approved)
    score_mode(profile, mode, ok)
    profile.lines_right = profile.lines_right * DECAY + (1.0 if ok else 0.0)
    profile.lines_wrong = profile.lines_wrong * DECAY + (0.0 if ok else 1.0)
    right, wrong = _row_counts(read, approved)
    profile.rows_right = profile.rows_right * ROW_DECAY + right
    profile.rows_wrong = profile.rows_wrong * ROW_DECAY + wrong


def score_fields(
    profile: SenderProfile,
    machine: dict[str, str],
    approved: dict[str, str],
    partial: bool = False,
) -> None:
    """Count, per header field, whether the value the machine gave on this document was the
    approved one: a value a clerk deleted or changed is wrong, and so is an approved value
    the machine missed (as an approved line left unread: a redesign that moves a field
    costs its record even where nothing wrong was shown). Every field's earlier counts fade
    first. ``partial``: the approved values do not say a field is absent, so a value
    without one is not scored."""
    for counts in (profile.fields_right, profile.fields_wrong):
        for name in counts:
            counts[name] *= ROW_DECAY
    for name in set(machine) | set(approved):
        got, want = machine.get(name), approved.get(name)
        if want is None and partial:
            continue
        ok = got is not None and want is not None and kept_as(name, got, want)
        if not ok and profile.documents <= 1:
            profile.first_wrong = sorted({*profile.first_wrong, name})
        elif not ok and name in profile.first_wrong:
            profile.first_wrong = [n for n in profile.first_wrong if n != name]
        counts = profile.fields_right if ok else profile.fields_wrong
        counts[name] = counts.get(name, 0.0) + 1.0
        profile.fields_since[name] = profile.fields_since.get(name, 0) + 1 if ok else 0
        if got is not None and not ok:
            profile.refused[name] = got  # changed or deleted by the clerk
        elif got is not None:
            profile.refused.pop(name, None)


def _row_counts(read: list[LineItem], approved: list[dict[str, str]]) -> tuple[int, int]:
    """Lines read that are approved lines, and lines read wrong plus approved lines missed."""
    left = list(approved)
    right = 0
    for line in read:
        got = line.model_dump(mode="json")
        match = next((w for w in left if same_line(got, w)), None)
        if match is not None:
            left.remove(match)
            right += 1
    return right, len(read) - right + len(left)


def _reads_all(read: list[LineItem], approved: list[dict[str, str]]) -> bool:
    """Each line read is one of the approved lines, and none of those is left unread."""
    left = list(approved)
    for line in read:
        got = line.model_dump(mode="json")
        match = next((w for w in left if same_line(got, w)), None)
        if match is None:
            return False
        left.remove(match)
    return not left


def _teach_absent(
    profile: SenderProfile, machine: list[str], approved: dict[str, str], actor: str
) -> None:
    """A field the machine read and the clerk removed is evidence the sender does not
    print it; a field the clerk approved is evidence against that."""
    for name in set(machine) | set(profile.hints):
        hints = profile.hints.setdefault(name, [])
        absent = next((h for h in hints if h.placement == "absent"), None)
        if name in approved:
            if absent is not None:
                absent.hits *= DECAY
                absent.misses = absent.misses * DECAY + 1.0
            continue
        if name not in machine:
            continue
        if absent is None:
            absent = FieldHint(field=name, placement="absent", taught_by=[actor])
            hints.append(absent)
        absent.hits = absent.hits * DECAY + 1.0
        absent.misses *= DECAY


def _teach_lines(
    profile: SenderProfile, machine: list[LineItem], approved: list[dict[str, str]]
) -> None:
    """Score the SKU hint on the machine's lines, then learn it (again) where it missed."""
    wanted = {(w.get("sku") or "", _squash(w.get("description") or "")) for w in approved}
    hint = profile.line_hint
    if hint is not None:
        split = [s for s in (hint.split(li) for li in machine) if s is not None]
        unsplit = [li for li in machine if not li.sku and any(w.get("sku") for w in approved)]
        if split or unsplit:
            ok = (
                bool(split)
                and all((s.sku or "", _squash(s.description or "")) in wanted for s in split)
                and len(split) == len(unsplit)
            )
            hint.hits = hint.hits * DECAY + (1.0 if ok else 0.0)
            hint.misses = hint.misses * DECAY + (0.0 if ok else 1.0)
    new = learn_line_hint(machine, approved)
    if new is None:
        return
    if hint is not None and (hint.sku_first, hint.before, hint.between, hint.after) == (
        new.sku_first,
        new.before,
        new.between,
        new.after,
    ):
        hint.shapes = sorted(set(hint.shapes) | set(new.shapes))
    elif hint is None or hint.reliability < MIN_RELIABILITY:
        profile.line_hint = new


def _teach_columns(
    profile: SenderProfile,
    layouts: list[PageLayout],
    approved: list[dict[str, str]],
    totals: Mapping[str, str] | None = None,
    language: str = "fr",
) -> None:
    """Score the table hints whose header is on this document (did they read every approved
    line?), then learn the columns from it: the same columns under the same header widen
    to this document's values, another table becomes a variant beside the others (a sender
    may print one with and one without prices), and the ones that stopped reading right
    fade and give way."""
    known = tables(profile)
    new = learn_columns(layouts, approved)
    for hint in known:
        read = read_columns(hint, layouts, {})
        if not read:
            continue  # its header is not on this document: another of the sender's tables
        # each line's rate as the document states it (its totals' one rate, a breakdown),
        # as the approved lines have it: else a table without a rate column never hits
        given = rated(read, layouts, language, totals)
        if profile.line_hint is not None:
            read = [profile.line_hint.split(li) or li for li in read]
            given = [profile.line_hint.split(li) or li for li in given]
        ok = _reads_all(given, approved)
        if ok:
            hint.rated = not _reads_all(read, approved)
        other_table = new is not None and (
            set(hint.header) != set(new.header)
            or not same_order(hint.order or new.order, new.order)
        )
        if not ok and other_table:
            # the approved lines sit under another of the sender's headers (a table with a
            # discount column beside one without): a header close enough to read it says
            # nothing against this hint, and scoring it a miss would drop the variant the
            # sender goes back to. Under the same header a miss counts (cells split
            # differently); and a hint that read every approved line is right wherever its
            # header was (a discount column whose title is left out when no row has one).
            # The same titles printed in another order are another table too
            continue
        hint.hits = hint.hits * DECAY + (1.0 if ok else 0.0)
        hint.misses = hint.misses * DECAY + (0.0 if ok else 1.0)
    same = None
    if new is not None:
        same = next(
            (
                h
                for h in known
                if h.shape() == new.shape() and _jaccard(set(h.header), set(new.header)) >= 0.6
            ),
            None,
        )
        if same is not None:
            for c, n in zip(same.cells, new.cells, strict=True):
                if not c.title and n.title:
                    c.title, c.title_x = n.title, n.title_x
                c.x0, c.x1 = min(c.x0, n.x0), max(c.x1, n.x1)
            if new.code_under is not None:
                same.code_under = new.code_under
        else:
            known.append(new)
    if not known:
        return
    known.sort(key=lambda h: (-h.reliability, -h.hits))
    # the columns this document was just taught are kept even after a miss: merged into
    # the hint that missed (widened to this document's values), they are its new reading
    taught = (new, same)
    kept = [h for h in known if h.reliability >= MIN_RELIABILITY or any(h is t for t in taught)]
    kept = kept[:TABLE_VARIANTS]
    profile.table_hint, profile.table_variants = (kept[0], kept[1:]) if kept else (None, [])


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()
