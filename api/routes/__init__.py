"""REST routes, one module per resource; ``api.app`` includes every ``router`` listed here."""
