"""Every special-case repair of a misreading, by name, so that each one can be switched off
and its gain measured (``python -m extraction.calibration.ablate``). A repair that earns
nothing on the development sets is deleted, not kept "just in case"."""

from __future__ import annotations

import os

REPAIRS: dict[str, str] = {
    "identifier_prefix_colon": 'a dash read as a colon after a prefix ("BL:2026-7268")',
    "label_speck_before": 'a speck before a label ("‘Date")',
    "label_confusions": 'a label with a glyph read as its look-alike ("THRE BESTELLUNG")',
    "label_confused_words": 'a label with glyphs read as look-alikes ("VOTRL BON UL COMMANDL")',
    "address_lost_dash": "a spaced dash OCR dropped inside an address line",
    "address_ocr_cleanup": "specks and look-alike postcodes in OCR'd address lines",
    "address_german_letters": '"ß" read as "B", "ü" as "ii" in an address ("StraBe", "Miinchen")',
    "name_legal_form": 'a legal form one letter off ("Ple" for "Plc")',
    "check_digit_variants": "letters read for digits in an IBAN or VAT id, kept only when valid",
    "check_digit_one_glyph": "a digit of an IBAN or VAT id read as another, kept if the only valid",
    "quantity_in_description": "an OCR'd quantity read into the description as well, taken out",
    "quantity_priced_out": "a row's lost quantity worked out from its unit price and amount",
    "date_misread_separators": 'a labelled date with its separators lost ("08 03 2026")',
    "date_confused_glyphs": 'a labelled date with letters or a look-alike digit ("12/O3/2025")',
    "total_lost_digits": "a total's lost leading digits restored by net + tax = gross",
    "total_misread_glyph": "a total's lost separator or look-alike digit undone by net+tax=gross",
    "amount_space_after_separator": 'a gap after a decimal separator ("36, 448.26")',
    "ocr_wrapped_name": "a name in large type wrapped over two lines, measured on OCR's ink boxes",
    "ocr_block_columns": "a line of a block beside an address, split by OCR, is no table row",
    "ocr_row_continued": "an OCR'd word right after a word of a row continues its line",
    "code_column_shape": 'a code read off its column\'s shape ("BO1908B" among "CAB2035D"s)',
    "amount_repeated_separator": 'a thousands comma read as a dot ("34.367.53")',
    "line_total_by_net": "an OCR'd line amount the lines' sum against the net total settles",
    "grid_tables": "a line table no header-led reader closes, read by its aligned numbers",
    "row_leaders": 'dotted leaders between a description and its numbers ("Widget . . . . 12,00")',
    "page_carried_rows": "a headerless page's table found with a note between its first rows",
    "short_labels": 'a column label cut short ("Mt HT", "Qty ord.", "Unit pr.", "Ln")',
    "row_notes": "a date, an id or a line across the row under an item: a note, no description",
}

# names switched off, for measuring; ORDERDESK_REPAIRS_OFF=a,b also works from the shell
disabled: set[str] = {n for n in os.environ.get("ORDERDESK_REPAIRS_OFF", "").split(",") if n}


def on(name: str) -> bool:
    if name not in REPAIRS:
        raise KeyError(f"unknown repair {name!r}")
    return name not in disabled
