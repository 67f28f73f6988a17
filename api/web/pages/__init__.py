"""Web pages, one module per screen (queue, review, orders, search, dashboard ...)."""
