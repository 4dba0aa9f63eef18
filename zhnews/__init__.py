"""zhnews: analyse Chinese news and WeChat articles.

The pipeline, one module per stage, each reading the previous stage's tables from the run folder:
load -> keywords -> sentiment -> quantities/claims -> report.
"""

__version__ = "0.1.0"
