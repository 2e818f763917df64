"""``python -m factrecon``: the ``factrecon`` command."""

import sys

from factrecon.cli import main

sys.exit(main())
