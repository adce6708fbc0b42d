"""Attribution patterns: who is quoted or paraphrased, with which reporting verb, and how vaguely.

:func:`extract_attributions` turns a segmented article into :class:`~framing.types.Attribution`
relations (cue, source, content, with offsets into the original text); the cue's stance class comes from
our ``attribution_cues`` lexicon and the source type from our ``source_types`` lexicon.
"""

from framing.attribution.extract import (
    CUE_CLASSES,
    KINDS,
    cue_lexicon,
    extract_attributions,
)
from framing.attribution.sources import SOURCE_TYPES, source_type

__all__ = ["CUE_CLASSES", "KINDS", "SOURCE_TYPES", "cue_lexicon", "extract_attributions", "source_type"]
