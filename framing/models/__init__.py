"""Shipped models, as JSON (see :mod:`framing.classify.model`)."""
