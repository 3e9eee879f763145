"""PyInstaller runtime hook: let Qt find the DejaVu Sans shipped inside the frozen app.

The share PDF asks for "DejaVu Sans" by name (``reflect/render/share_pdf.py``), and Qt on
Linux finds fonts through fontconfig, which only looks in the system's font folders. The
one-folder build ships matplotlib's DejaVu Sans in ``fonts/`` with a ``fonts.conf`` that
includes the system's configuration and adds that folder, so the PDF looks the same on a
machine without DejaVu. A ``FONTCONFIG_FILE`` the person set themselves is left alone.
"""

import os
import sys
from pathlib import Path

_conf = Path(getattr(sys, "_MEIPASS", ".")) / "fonts" / "fonts.conf"
if _conf.is_file():
    os.environ.setdefault("FONTCONFIG_FILE", str(_conf))
