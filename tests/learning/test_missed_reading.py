"""A known sender's kept lines that pass every check of the page (each line's quantity x
price its amount, the amounts summing to the net shown sure) are not held as a dispute
when the other reader read some of them alike and missed the rest (a row whose description
runs longer than those its learned cells were taught on): nothing it read speaks against a
kept line (``profile_disputes.missed``, ``profiles.MISSED_READING``, judged as
``SHORT_READING`` by ``settle_lines``). The lines are then judged by the sender's records as
where no rival reading exists; a sender whose record went wrong (a changed layout) is still
not lifted (issue 24)."""

from __future__ import annotations

from decimal import Decimal

from extraction.profile_disputes import missed
from extraction.profiles import (
    MISSED_READING,
    ONE_READING,
    SHORT_READING,
    TWO_READINGS,
    readings,
    settle_lines,
)
from extraction.result import LineItem
from learning.teach import score_lines
from tests.learning.test_steady_kinds import _copies
from tests.learning.test_steady_lines import PROVEN, known_sender_read
from tests.learning.test_surplus_reading import _lines

ACCEPT = 0.9


def test_a_reader_that_read_some_of_the_kept_lines_alike_and_missed_the_rest() -> None:
    kept = [
        *_lines(),
        LineItem(sku="C3", description="Vis", quantity="4", unit_price="0.5", line_total="2"),
    ]
    # the middle line missed, the others read alike or with a figure lost
    lost_price = kept[2].model_copy(update={"unit_price": None, "line_total": None})
    assert missed(kept, [kept[0], lost_price])
    assert readings(kept, [kept[0], kept[2]]) == MISSED_READING
    # a line the other read in other words: a dispute, as before
    words = kept[2].model_copy(update={"description": "Vis inox"})
    assert readings(kept, [kept[0], words]) == ONE_READING
    # out of order: no line of the kept reading after the second read
    assert readings(kept, [kept[2], kept[0]]) == ONE_READING
    # a kept line that closes nothing: nothing else checks it
    broken = [kept[0].model_copy(update={"line_total": "7"}), kept[1], kept[2]]
    assert readings(broken, [broken[0], kept[2]]) == ONE_READING
    # read alike: two readings; the other reading nothing: lone, as before
    assert readings(kept, _copies(kept)) == TWO_READINGS
    assert not missed(kept, [])


def test_lines_the_net_confirms_are_judged_by_the_senders_record() -> None:
    profile, lines, net = known_sender_read()
    assert all(li.multiplies() for li in lines)
    judged = _copies(lines)
    cells = settle_lines(profile, judged, PROVEN, other=MISSED_READING, net=net, net_sure=True)
    assert cells["line:0"].endswith(f"|{SHORT_READING}")
    assert all(li.confidence >= ACCEPT for li in judged)
    # the same lines disputed by a reading that closes: held, as before
    held = _copies(lines)
    cells = settle_lines(profile, held, PROVEN, other=ONE_READING, net=net, net_sure=True)
    assert all(li.confidence < ACCEPT for li in held)


def test_without_the_net_a_failed_reading_is_a_dispute() -> None:
    profile, lines, net = known_sender_read()
    wrong_net = f"{Decimal(net) + 1:.2f}"
    for kwargs in ({"net": wrong_net, "net_sure": True}, {"net": net, "net_sure": False}):
        held = _copies(lines)
        cells = settle_lines(profile, held, PROVEN, other=MISSED_READING, **kwargs)  # type: ignore[arg-type]
        assert cells["line:0"].endswith(f"|{ONE_READING}")
        assert all(li.confidence < ACCEPT for li in held)


def test_a_sender_whose_layout_changed_is_not_lifted() -> None:
    profile, lines, net = known_sender_read()
    # the sender's new layout: the page reader missed a line of its last document, and
    # the learned cells now lose the table too. The sender's own record takes the weight
    # back by itself, however the kept reading closes
    score_lines(profile, _copies(lines)[1:], [_as_approved(li) for li in lines], "page|void")
    judged = _copies(lines)
    settle_lines(profile, judged, PROVEN, other=MISSED_READING, net=net, net_sure=True)
    assert all(li.confidence < ACCEPT for li in judged)


def _as_approved(line: LineItem) -> dict[str, str]:
    return {k: str(v) for k, v in line.model_dump(mode="json").items() if v is not None}
