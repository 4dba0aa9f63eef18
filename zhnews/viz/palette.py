"""The one palette: a colour for every code of every vocabulary in :mod:`zhnews.vocab`.

Colours are chosen to stay apart in print and for the common colour-vision deficiencies (blue /
orange / green / red-brown / purple / grey), and the same meaning keeps the same colour across
charts: a date is always red-brown, a negative label always red.
"""

from __future__ import annotations

ROLE = {
    "title": "#1b3a5c",
    "byline": "#6c5b7b",
    "body": "#2a7ab0",
    "caption": "#e08e0b",
    "boilerplate": "#a0a0a0",
}
SENTIMENT = {"positive": "#2e8b57", "neutral": "#9e9e9e", "negative": "#c0392b", "mixed": "#8e44ad"}
CLAIM_TYPE = {
    "comparative": "#2a7ab0", "superlative": "#1b3a5c", "causal": "#8e44ad", "predictive": "#e08e0b",
    "attributed": "#2e8b57", "hedged": "#9e9e9e", "opinion": "#c0392b", "untyped": "#d9d9d9",
}
QUANTITY_KIND = {
    "money": "#2e8b57", "percent": "#2a7ab0", "multiple": "#1b3a5c", "ratio": "#6c5b7b", "count": "#e08e0b", "measure": "#4a6741",
    "date": "#c0392b", "duration": "#b5651d", "rank": "#8e44ad", "number": "#9e9e9e",
}
ENTITY_TYPE = {
    "person": "#c0392b", "place": "#2e8b57", "organisation": "#2a7ab0", "product": "#e08e0b", "other": "#9e9e9e",
}
# Categories with no meaning of their own (currencies, articles): cycled in this order.
SERIES = ("#2e8b57", "#2a7ab0", "#e08e0b", "#8e44ad", "#c0392b", "#6c5b7b")
# Text and lines that must recede: source lines, empty-chart notes, reference lines.
MUTED = "#666666"
