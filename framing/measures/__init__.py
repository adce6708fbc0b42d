"""Measures, one module per family. Importing this package registers every measure in it.

Each module defines pure functions decorated with :func:`framing.registry.measure`; this file imports
them all (by listing the package), so adding a measure module touches nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil

from framing.registry import MEASURES

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")):
    importlib.import_module(f"{__name__}.{_module}")

__all__ = ["MEASURES"]
