"""How the stages join: the table of job kinds and what follows a decision (``flow.table``,
read it first), the extract job that hands extraction's result to approvals
(``flow.extract``), and decisions with their follow-ups (``flow.decisions``).

The stages import ``models`` (and ``jobs``) and know nothing of each other's jobs; ``flow``
knows them all, and ``api`` is only the surface over it.
"""
