"""Emphasis: what an article repeats, dramatises and puts first (keywords, emotive phrasing, markup,
position). The measures in :mod:`framing.measures` call these pure functions."""
