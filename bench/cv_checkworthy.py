"""Does a learned check-worthy decision generalise better than the hand-written score? Judged by split.

    PYTHONPATH=/abs/worktree /work/main/.venv/bin/python bench/cv_checkworthy.py [--cache /tmp/cw.pkl] [--errors]

ADOPTION RULE (written before any result was looked at; not to be loosened after):
* Data: every seen split's hand-labelled sentences (tune, test, fresh … fresh10: data/eval/claims/ and
  data/eval/fresh*/sentences.tsv), never the frozen split (evalset.FROZEN) nor fresh12. A gold sentence is
  aligned to the program's sentences as bench/eval_claims.py aligns it; it is flagged when any aligned program
  sentence is, so the rules' numbers here are eval_claims.py's.
* Leave-one-split-out over the 12 seen splits: the model is fitted on 11 splits and judged on the 12th.
  Its threshold is chosen on the 11 training splits only (from out-of-fold scores of an inner
  leave-one-split-out, so the threshold is not chosen on in-sample probabilities): the lowest threshold whose
  pooled inner precision is at least the rules' pooled precision on those same 11 splits.
* The model is ADOPTED only when all of these hold:
  1. pooled held-out recall (all 12 folds' gold sentences together) ≥ the rules' + 0.05;
  2. pooled held-out precision ≥ the rules' − 0.01;
  3. it wins or ties on at least 9 of the 12 folds, a fold being won or tied when its F1 is ≥ the rules' F1
     on that fold − 0.005;
  4. on each of the three newest seen splits (fresh8, fresh9, fresh10: the closest picture of unseen
     articles) its held-out F1 is ≥ the rules' − 0.005.
  The rules were tuned by hand on all twelve splits, so their per-fold numbers are in-sample: the rule is
  strict against the model on purpose.
* Features: the rules' score and flag (as inputs, not as the decision), the rule cues (types, sentence shape,
  figures, source and how it was found) and sentence structure (part-of-speech counts, actors, first person,
  modal words, quotation, position in the article); no character or word n-grams (they learn outlets).
  Logistic regression (scikit-learn, L2, C fixed below); every fit is deterministic.

What it prints: the per-fold table (rules vs model: recall, precision, F1), the pooled line and the verdict.
"""
