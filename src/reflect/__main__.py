"""Makes ``python -m reflect`` behave like the ``reflect`` command."""

import sys

from reflect.main import main

sys.exit(main())
