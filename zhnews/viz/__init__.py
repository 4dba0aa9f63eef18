"""Charts and highlighted text, apart from the analysis: one module per stage, one palette, one style.

:mod:`~zhnews.viz.charts` sets the house style (a shipped CJK font) and saves every chart with its
source line; :mod:`~zhnews.viz.palette` colours every vocabulary. The stage modules here
(:mod:`~zhnews.viz.load`, ``keywords``, ``sentiment``, ``claims``, ``corpus``) draw from the tables the
analysis wrote and return matplotlib Figures; no analysis module imports matplotlib.
"""
