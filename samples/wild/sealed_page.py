"""A sealed held-out family's page (fresh_pages.py, blind_pages.py): its own words come from
its sealed vocabulary, and the development pools serve only incidental labels, taken as
drawn (no held-out alternatives, no upper case: the sealed words carry the layout)."""

from __future__ import annotations

from typing import ClassVar

from samples.wild.page import Page
from samples.wild.vocab import LABELS


class SealedPage(Page):
    # the sealed vocabulary (``vocab.FRESH_ONLY``, ``vocab.BLIND_ONLY``) and the tag that
    # keeps its drawn words apart from the labels' in ``_labels``
    SEALED: ClassVar[dict[str, dict[str, list[str]]]] = {}
    TAG: ClassVar[str] = ""

    def label(self, key: str) -> str:
        if key not in self._labels:
            self._labels[key] = self.rng.choice(LABELS[self.lang][key])
        return self._labels[key]

    def word(self, key: str, **kw: str) -> str:
        """A sealed word, drawn once per page; ``{name}`` filled from ``kw``."""
        k = f"__{self.TAG}_{key}"
        if k not in self._labels:
            self._labels[k] = self.rng.choice(self.SEALED[self.lang][key])
        text = self._labels[k]
        for name, value in kw.items():
            text = text.replace("{" + name + "}", value)
        return text
