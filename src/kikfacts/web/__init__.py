"""``kikfacts serve``: a local web page and JSON API over the checker (needs the ``web`` extra)."""
