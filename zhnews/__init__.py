"""zhnews: analyse Chinese news and WeChat articles.

The pipeline, one module per stage, each reading the earlier stages' tables from the run folder; the
order, the tables and the notebooks are listed once, in :mod:`zhnews.stages`:

    load/ -> keywords -> sentiment -> claims -> report

Each stage module has helpers beside it: ``newwords`` (keywords), ``sentiment_lexicon`` (sentiment),
``quantities`` (claims); ``viz/`` draws each stage's charts. Shared by all: ``segment`` (the jieba
tokenizer), ``lexicon`` (the word lists), ``vocab`` (closed vocabularies), ``text``, ``io``, ``paths``.
Running: ``run`` (one article or many), ``corpus`` (comparing articles), ``cli``.
"""

__version__ = "0.1.0"
