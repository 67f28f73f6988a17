"""Every special-case repair of a misreading, by name, so that each one can be switched off
and its gain measured (``python -m extraction.calibration.ablate``). A repair that earns
nothing on the development sets is deleted, not kept "just in case"."""

from __future__ import annotations

import os

REPAIRS: dict[str, str] = {
    "identifier_prefix_colon": 'a dash read as a colon after a prefix ("BL:2026-7268")',
    "identifier_speck_dash": 'a speck between a dash and its repeat ("BL- _-2026")',
    "identifier_digit_in_prefix": 'a digit look-alike inside a letter prefix ("L1V26/9585")',
    "identifier_split_digits": 'a number split in two at a gap ("CL41 59")',
    "date_speck": 'a speck read as a stop inside a date ("20.26-02-20")',
    "value_split_join": 'a value split at a wide gap ("September 5 | 2026")',
    "label_speck_before": 'a speck before a label ("‘Date")',
    "label_speck_inside": 'a speck between the words of a label ("Customer : No.")',
    "label_letter_pair": 'a letter read as two in a label ("payrient terms")',
    "block_label_one_edit": 'a block label one letter off ("Vender")',
    "address_lost_dash": "a spaced dash OCR dropped inside an address line",
    "address_ocr_cleanup": "specks and look-alike postcodes in OCR'd address lines",
    "name_legal_form": 'a legal form one letter off ("Ple" for "Plc")',
    "terms_specks": "specks read as stops in OCR'd payment terms",
    "check_digit_variants": "letters read for digits in an IBAN or VAT id, kept only when valid",
    "vat_from_siren": "the issuer's French VAT id computed from a SIRET when unreadable",
    "total_lost_digits": "a total's lost leading digits restored by net + tax = gross",
    "line_rate_lost_digits": "a line VAT rate's lost digit restored by the total tax",
    "amount_euro_lookalike": 'a euro sign read as "é" after an amount',
    "amount_space_after_separator": 'a gap after a decimal separator ("36, 448.26")',
}

# names switched off, for measuring; ORDERDESK_REPAIRS_OFF=a,b also works from the shell
disabled: set[str] = {n for n in os.environ.get("ORDERDESK_REPAIRS_OFF", "").split(",") if n}


def on(name: str) -> bool:
    if name not in REPAIRS:
        raise KeyError(f"unknown repair {name!r}")
    return name not in disabled
