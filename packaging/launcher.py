"""Entry script of the PyInstaller build (build.spec): the same as ``python -m rls_diary``.

It lives outside the package so that PyInstaller analyses ``rls_diary`` as a package and does
not put the package's own folder on the import path.
"""

import sys

from rls_diary.app import main

if __name__ == "__main__":
    sys.exit(main())
