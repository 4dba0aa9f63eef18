"""The supervised layer of the sentiment stage: logistic regression over stance features and character n-grams.

Trained on the hand-labelled gold of the tune and seen test splits (data/eval/sentiment/gold_*.tsv) by
``bench/train_sentiment.py``, which writes :data:`MODEL_PATH`. Anyone can retrain it; the same gold,
word lists and scikit-learn version give the same file byte for byte.

Features of a sentence (:func:`features`):

- ``f:`` the other methods' evidence: lexicon score, stance score, SnowNLP per-token score, and the
  stance evidence per cue kind (criticism frames, news events, irony, contrast, hedges, …), and the mean
  stance score of the :data:`CONTEXT` sentences before and after it in the same article (``f:context``):
  a sentence in a critical passage is read in that light (余波能很快地感受到 after a list of losses);
  and the mean stance score of the other sentences of its article (``f:article``): in a critical commentary
  or a crisis report, praise words are more often concession or irony (leave-one-article-out, it halved
  the negative sentences read as positive at the same macro-F1);
- ``g:`` character 1–3-grams of the simplified sentence (digits folded to 0, Latin lower-cased), binary and
  L2-normalised so a long sentence does not outweigh a short one. They catch what no word list holds:
  the vocabulary of plain reporting (发布, 表示, 介绍) and of bad news (取消, 撤离, 欠款).

The model file is plain JSON: the labels, intercepts and one weight vector per feature. Scoring is a dot
product and a softmax in pure Python, so the per-article run needs neither scikit-learn nor the network;
scikit-learn is only needed to retrain. The file records how it was made: the SHA-256 of the training
sentences and labels, their counts, the scikit-learn version, the regularisation and the n-gram settings.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..paths import ROOT

MODEL_PATH = ROOT / "data" / "models" / "sentiment_logreg.json"
LABELS = ("positive", "neutral", "negative")
NGRAM_SIZES = (1, 2, 3)
# An n-gram must occur in this many training sentences to become a feature (rarer ones only memorise).
MIN_SENTENCES = 2
# Inverse regularisation strength of the logistic regression, chosen by leave-one-article-out CV on tune.
C = 2.0
# Weights are stored with this many decimals (the file stays small and diffs stay readable).
DECIMALS = 5
# Sentences on each side whose stance scores make up a sentence's context feature.
CONTEXT = 2
# How many of the features that pushed a sentence towards its label are shown in ``model_cues``.
CUES_SHOWN = 3
# Bump when features() changes meaning, so an old model file is refused instead of silently misread.
FEATURES_VERSION = 3
_DIGITS = re.compile(r"[0-9０-９]+")


def features(text: str, lexicon_score: float, stance_score: float, snownlp_score: float,
             stance_kinds: dict[str, float], context_score: float, article_score: float) -> dict[str, float]:
    """The feature values of one simplified sentence (see the module docstring)."""
    values = {"f:lexicon": lexicon_score, "f:stance": stance_score, "f:snownlp": snownlp_score,
              "f:context": context_score, "f:article": article_score}
    values.update({f"f:{kind}": math.log1p(v) for kind, v in stance_kinds.items() if v})
    folded = _DIGITS.sub("0", text.lower())
    # No n-gram spans whitespace: the grams of each run between whitespace (str.split's whitespace is
    # the regular expression's \s), without testing every gram.
    grams = {run[i:i + n] for run in folded.split() for n in NGRAM_SIZES for i in range(len(run) - n + 1)}
    if grams:
        norm = 1.0 / math.sqrt(len(grams))
        # Sorted: a set's order follows the per-process string hash, and the logits' float sums must
        # not (byte-identical tables whatever the parallelism).
        values.update({f"g:{g}": norm for g in sorted(grams)})
    return values


def data_hash(texts, labels) -> str:
    """SHA-256 of the training sentences and labels, in order (recorded in the model file)."""
    digest = hashlib.sha256()
    for text, label in zip(texts, labels):
        digest.update(f"{text}\t{label}\n".encode("utf-8"))
    return digest.hexdigest()


@dataclass(frozen=True)
class Model:
    labels: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    info: dict

    def logits(self, values: dict[str, float]) -> list[float]:
        out = list(self.intercept)
        for name, x in values.items():
            w = self.weights.get(name)
            if w is not None:
                out = [total + weight * x for total, weight in zip(out, w)]
        return out

    def probabilities(self, values: dict[str, float]) -> dict[str, float]:
        logits = self.logits(values)
        top = max(logits)
        exp = [math.exp(z - top) for z in logits]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.labels, exp)}

    @cached_property
    def centred_weights(self) -> dict[str, tuple[float, ...]]:
        """Each feature's weight for each label less its mean over the labels: how far it pushes towards
        that label against the others (worked out once, not for every sentence that has the feature)."""
        return {name: tuple(weight - sum(w) / len(w) for weight in w) for name, w in self.weights.items()}

    def reasons(self, values: dict[str, float], label: str, n: int = CUES_SHOWN) -> str:
        """The features that pushed most towards ``label`` against the other labels, e.g. ``“取消” stance``
        (n-grams in quotes, the other methods' evidence by name)."""
        k = self.labels.index(label)
        pushes = []
        for name, x in values.items():
            centred = self.centred_weights.get(name)
            if centred is not None:
                push = x * centred[k]
                if push > 0:
                    pushes.append((-push, name))
        return " ".join(f"“{name[2:]}”" if name.startswith("g:") else name[2:] for _, name in sorted(pushes)[:n])

    def to_json(self) -> str:
        """The model as JSON with one feature a line, so a retrained model diffs line by line."""
        def dump(value) -> str:
            return json.dumps(value, ensure_ascii=False, sort_keys=True)

        def rounded(values) -> list[float]:
            return [round(v, DECIMALS) for v in values]

        weights = [f"{dump(name)}: {dump(rounded(w))}" for name, w in sorted(self.weights.items())]
        return "\n".join([
            "{",
            f'"about": {dump("zhnews sentiment: multinomial logistic regression; built by bench/train_sentiment.py")},',
            f'"info": {dump(self.info)},',
            f'"labels": {dump(list(self.labels))},',
            f'"intercept": {dump(rounded(self.intercept))},',
            '"weights": {',
            ",\n".join(weights),
            "}",
            "}",
        ]) + "\n"


def train(values: list[dict[str, float]], labels: list[str], c: float = C, info: dict | None = None) -> Model:
    """Fit the logistic regression on feature dicts (from :func:`features`) and their gold labels.

    Classes are weighted by inverse frequency (macro-F1 counts each label equally). Newton-CG on this
    convex problem is deterministic and converges in a few steps; one BLAS thread, because on a small
    sparse problem competing threads make it many times slower, not faster.
    """
    import sklearn
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    counts: dict[str, int] = {}
    for row in values:
        for name in row:
            if name.startswith("g:"):
                counts[name] = counts.get(name, 0) + 1
    kept = [{name: x for name, x in row.items() if not name.startswith("g:") or counts[name] >= MIN_SENTENCES}
            for row in values]
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(kept)
    fitted = LogisticRegression(C=c, class_weight="balanced", solver="newton-cg", max_iter=1000, random_state=0)
    with threadpool_limits(1):
        fitted.fit(matrix, labels)
    order = [list(fitted.classes_).index(label) for label in LABELS]
    coef = fitted.coef_[order]
    weights = {name: tuple(float(coef[k, j]) for k in range(len(LABELS)))
               for j, name in enumerate(vectorizer.get_feature_names_out())
               if max(abs(coef[k, j]) for k in range(len(LABELS))) >= 10 ** -DECIMALS}
    details = {"sklearn": sklearn.__version__, "C": c, "ngram_sizes": list(NGRAM_SIZES),
               "min_sentences": MIN_SENTENCES, "features_version": FEATURES_VERSION, **(info or {})}
    return Model(LABELS, tuple(float(fitted.intercept_[k]) for k in order), weights, details)


def read(path: Path | str) -> Model:
    document = json.loads(Path(path).read_text(encoding="utf-8"))
    info = document["info"]
    if info.get("features_version") != FEATURES_VERSION:
        raise ValueError(f"{path}: model built for features version {info.get('features_version')}, "
                         f"this zhnews computes version {FEATURES_VERSION}; rebuild it with bench/train_sentiment.py")
    return Model(tuple(document["labels"]), tuple(document["intercept"]),
                 {name: tuple(w) for name, w in document["weights"].items()}, info)


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The model file in data/models/ (built by bench/train_sentiment.py), read once."""
    return read(MODEL_PATH)
