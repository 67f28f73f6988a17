import itertools

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import AuditEvent, hash_of, record_event


def test_events_form_a_hash_chain(session: Session) -> None:
    for i in range(3):
        record_event(session, actor="tester", action="poked", entity_type="document", entity_id=i)
    session.commit()
    events = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars().all()
    assert [e.seq for e in events] == [1, 2, 3]
    for prev, cur in itertools.pairwise(events):
        assert cur.prev_hash == prev.hash
    assert all(hash_of(e) == e.hash for e in events)
    events[1].data = {"tampered": True}
    assert hash_of(events[1]) != events[1].hash
