#!/usr/bin/env python3
"""How much of the hand labels the plugin's own figures can explain at all, on projects not fitted on.

Usage:
  ceiling.py --output DIR [--labels labels.csv] [--round 1|2|...|18] [--folds 5]

DIR holds the result files that `evaluate.py --output DIR` wrote (DIR/<name>/<project>/rust-fit.json).
For every labelled module of the round's training split that the plugin judged, the script reads the
figures the result file gives about it: the basis of its verdict (strong-fit, avoid, core, engine and
judged densities, yes and open answers), the three questions' answers, every criterion's and signal's
density per 1000 lines, its lines and how many modules depend on it, and the ground and trait its
verdict rests on. It never reads the test split.

It then prints the balanced accuracy of the plugin's rules on those modules, next to that of models
fitted to the same figures and measured across repositories: the modules are cut into --folds folds
by repository (GroupKFold), each model is fitted on all folds but one and predicts the one left out,
so every prediction is about a project the model never saw, as the test split's are. The models are
shallow decision trees, regularised logistic regressions and a random forest, each weighting the
three verdicts equally (class_weight="balanced"), as balanced accuracy does.

Reading it: if no model fitted to the figures beats the rules across repositories, then no
re-weighting or re-thresholding of those figures will lift the blind figure much; a gain has to come
from evidence the figures do not yet hold (what the reader of a module sees that no signal measures).

Needs numpy and scikit-learn (Debian: `apt-get install python3-sklearn`), which evaluate.py does not.
"""

import argparse
import collections
import json
import os
import sys

import evaluate
import rounds

try:
    import numpy as np
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import balanced_accuracy_score, confusion_matrix
    from sklearn.model_selection import GroupKFold
    from sklearn.tree import DecisionTreeClassifier
except ImportError as missing:
    sys.exit("ceiling.py needs numpy and scikit-learn (%s); on Debian: apt-get install python3-sklearn" % missing)

ANSWERS = {"YES": 1.0, "NO": -1.0}


def figures_of(module):
    """The figures a result file gives about one judged module, by name."""
    basis = module["judgement"]["basis"]
    figures = {
        "lines": module["sources"]["files"]["linesOfCode"],
        "dependents": len(module["graph"]["dependents"]),
    }
    for key in ("avoid", "core", "engine", "judged", "strongFit", "yes", "open"):
        figures["basis." + key] = basis[key] or 0.0
    for question in module["judgement"]["questions"]:
        figures["answer." + question["question"]] = ANSWERS.get(question["effective"], 0.0)
    for criterion in module["evidence"]["criteria"]:
        figures["criterion." + criterion["criterion"]] = criterion["perKloc"]
    for signal in module["evidence"].get("signals", []):
        figures["signal." + signal["id"]] = signal["perKloc"]
    return figures


def judged_modules(output, labels, split_of):
    """(repository, label, rule verdict, ground, trait, figures) of every judged training module."""
    results = {}
    judged = []
    for label in labels:
        if split_of(label["repository"]) != "train":
            continue
        name = label["repository"].split("/")[1]
        path = os.path.normpath(os.path.join(output, name, label["project"], "rust-fit.json"))
        if path not in results:
            results[path] = None
            if os.path.isfile(path):
                with open(path) as f:
                    results[path] = {m["identity"]["path"]: m for m in json.load(f)["modules"]}
        modules = results[path]
        if modules is None:
            continue
        module = modules.get(evaluate.path_from_top(label["project"], label["module"]), modules.get(label["module"]))
        if module is None or module["judgement"]["verdict"] == "NOT_ANALYZED":
            continue
        basis = module["judgement"]["basis"]
        judged.append((label["repository"], label["expected"], module["judgement"]["verdict"],
                       basis["ground"], basis["trait"] or "", figures_of(module)))
    return judged


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", required=True, help="the result files evaluate.py --output wrote")
    parser.add_argument("--labels", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels.csv"))
    parser.add_argument("--round", type=int, default=len(rounds._ROUNDS) + 1)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    judged = judged_modules(args.output, evaluate.read_labels(args.labels), rounds.split_of_round(args.round))
    if len({row[0] for row in judged}) < args.folds:
        sys.exit("too few judged training projects under %s for %d folds" % (args.output, args.folds))
    names = sorted({name for row in judged for name in row[5]})
    grounds = sorted({row[3] for row in judged})
    traits = sorted({row[4] for row in judged})
    expected = np.array([evaluate.VERDICTS.index(row[1]) for row in judged])
    rules = np.array([evaluate.VERDICTS.index(row[2]) for row in judged])
    repositories = np.array([row[0] for row in judged])
    raw = np.array([[row[5].get(name, 0.0) for name in names] for row in judged], dtype=float)
    figures = np.sign(raw) * np.log1p(np.abs(raw))  # densities span four orders of magnitude
    kinds = np.array([[float(row[3] == g) for g in grounds] + [float(row[4] == t) for t in traits] for row in judged])

    print("training split of round %d: %d judged modules of %d projects, %d figures each" % (
        args.round, len(judged), len(set(repositories)), len(names)))
    print("labels: " + ", ".join("%s %d" % (v, n) for v, n in collections.Counter(row[1] for row in judged).most_common()))
    print("\nthe plugin's rules (tuned on these projects): balanced accuracy %.2f" % balanced_accuracy_score(expected, rules))
    print("  rows: label %s; columns: verdict, same order" % " / ".join(evaluate.VERDICTS))
    for line in confusion_matrix(expected, rules, labels=[0, 1, 2]):
        print("  " + " ".join("%5d" % n for n in line))

    def across_repositories(make, x):
        predicted = np.zeros_like(expected)
        for fitted, left_out in GroupKFold(n_splits=args.folds).split(x, expected, repositories):
            model = make()
            model.fit(x[fitted], expected[fitted])
            predicted[left_out] = model.predict(x[left_out])
        return balanced_accuracy_score(expected, predicted)

    print("\nmodels fitted to the same figures, each module predicted by a model that never saw its project")
    print("(%d folds by repository): balanced accuracy" % args.folds)
    with_kinds = np.hstack([figures, kinds])
    models = [("decision tree, depth %d" % d,
               lambda d=d: DecisionTreeClassifier(max_depth=d, min_samples_leaf=8, class_weight="balanced", random_state=0),
               figures) for d in (2, 3, 4, 5)]
    models += [("logistic regression, C=%g" % c,
                lambda c=c: LogisticRegression(C=c, class_weight="balanced", max_iter=5000), figures) for c in (0.03, 0.1, 1.0)]
    forest = lambda: RandomForestClassifier(n_estimators=300, min_samples_leaf=4, class_weight="balanced", random_state=0)
    models += [("random forest", forest, figures),
               ("logistic regression, C=0.1, with ground and trait",
                lambda: LogisticRegression(C=0.1, class_weight="balanced", max_iter=5000), with_kinds),
               ("random forest, with ground and trait", forest, with_kinds)]
    for name, make, x in models:
        print("  %-50s %.2f" % (name, across_repositories(make, x)))


if __name__ == "__main__":
    main()
