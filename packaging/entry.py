"""PyInstaller's entry script: the frozen ``reflect`` executable runs ``reflect.main:main``.

The same entry point as the ``reflect`` console script, so the one-folder app takes the
same command line: no command opens the window, anything else is a headless command.
"""

import sys

from reflect.main import main

if __name__ == "__main__":
    sys.exit(main())
