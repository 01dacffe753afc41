"""``python -m kikfacts``: the same as the ``kikfacts`` command."""

import sys

from .cli import main

sys.exit(main())
