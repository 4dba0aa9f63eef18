"""The one exception users see: a one-line reason, naming the file, never a traceback."""


class ArticleError(Exception):
    """An article that cannot be analysed (empty, binary, undecodable, no body, too big...)."""

    def __init__(self, path, reason):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class TimeLimitExceeded(ArticleError):
    """An article took longer than the per-article time limit (``zhnews run --time-limit``)."""
