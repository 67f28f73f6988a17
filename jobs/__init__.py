"""The durable job queue every stage shares, the worker loop that runs it, and the worker pool.

Every arrow of the flow is a job in the database, claimed under a lease by a worker. jobs/
knows nothing of the stages: it is handed an explicit mapping of job kind -> handler
(``jobs.worker.HandlerSet``) and runs it. It imports ``models`` only; stages import it.
"""
