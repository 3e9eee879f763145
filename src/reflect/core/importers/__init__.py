"""The importers: importing this package registers every format in ``FORMATS``.

Each format is one module that registers its parser when imported; one line here each.
"""

from reflect.core.importers import dayone as dayone
from reflect.core.importers import jrnl as jrnl

# --- other formats (json, markdown): one line each, like the two above ---
from reflect.core.importers import markdown as markdown
from reflect.core.importers import reflect_json as reflect_json
