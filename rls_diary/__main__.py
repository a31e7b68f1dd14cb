"""``python -m rls_diary``."""

import sys

from rls_diary.app import main

sys.exit(main())
