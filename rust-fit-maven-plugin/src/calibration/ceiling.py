#!/usr/bin/env python3
"""How much of the hand labels the plugin's own figures can explain at all, on projects not fitted on.

Usage:
  ceiling.py --output DIR [--labels labels.csv] [--round 1|2|...|21] [--folds 5] [--checkouts DIR]

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

With --checkouts (the directory evaluate.py ran in, <name>/<project>/<module>), it also reads each
module's sources and adds, one group at a time, evidence no signal measures: the words of its class
and package names (TF-IDF), how much of it is byte-level code, calls into network and serialisation
frameworks and bookkeeping types (configuration, builders, exceptions), and each figure's share of
the largest value among the same project's modules.

Reading it: if no model fitted to the figures beats the rules across repositories, then no
re-weighting or re-thresholding of those figures will lift the blind figure much; a gain has to come
from evidence the figures do not yet hold (what the reader of a module sees that no signal measures).

Needs numpy and scikit-learn (Debian: `apt-get install python3-sklearn`), which evaluate.py does not.
"""

import argparse
import collections
import json
import os
import re
import sys

import evaluate
import rounds

try:
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import balanced_accuracy_score, confusion_matrix
    from sklearn.model_selection import GroupKFold
    from sklearn.preprocessing import StandardScaler
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
        roots = [os.path.join(name, label["project"], root) for root in module["sources"]["roots"]]
        judged.append((label["repository"], label["expected"], module["judgement"]["verdict"],
                       basis["ground"], basis["trait"] or "", figures_of(module), roots))
    return judged


BYTE_WORK = re.compile(r"&\s*0x[fF]{2}\b|>>>|<<\s*\d|\.(get|put)(Int|Long|Short)\(|\bbyte\s*\[\]|ByteBuffer|MemorySegment|Unsafe")
FRAMEWORK_IMPORT = re.compile(
    r"^import\s+(static\s+)?(io\.netty|org\.eclipse\.jetty|io\.undertow|io\.vertx|io\.grpc|org\.apache\.mina|"
    r"com\.google\.protobuf|org\.apache\.thrift|org\.apache\.avro|com\.fasterxml\.jackson|org\.springframework|"
    r"jakarta\.|javax\.(servlet|ws|jms|persistence|websocket))", re.M)
BOOKKEEPING = re.compile(r"(Config|Configuration|Options?|Builder|Exception|Error|Propert(y|ies)|Factory|Constants|"
                         r"Settings|Metrics|Stats|Listener|Event|Request|Response|Info|Utils?|Helper)$")
NAME_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")


def java_sources(checkouts, roots):
    """(source root, folder under it, file name, text) of every .java file under a module's source roots."""
    for root in roots:
        top = os.path.join(checkouts, root)
        for folder, _, names in os.walk(top):
            for file_name in names:
                if file_name.endswith(".java"):
                    with open(os.path.join(folder, file_name), encoding="utf-8", errors="replace") as f:
                        yield root, os.path.relpath(folder, top), file_name, f.read()


def source_evidence(sources):
    """(the words of a module's class and package names, its source shares) read from its java_sources."""
    words, lines, byte_work, framework_files, bookkeeping, files = [], 0, 0, 0, 0, 0
    for _, folder, file_name, text in sources:
        package = [part for part in folder.split(os.sep) if part != "."]
        files += 1
        lines += text.count("\n") + 1
        byte_work += len(BYTE_WORK.findall(text))
        framework_files += bool(FRAMEWORK_IMPORT.search(text))
        bookkeeping += bool(BOOKKEEPING.search(file_name[:-5]))
        words += [word.lower() for word in NAME_WORD.findall(file_name[:-5])]
        words += ["package:" + part for part in package[-2:]]
    shares = [np.log1p(1000.0 * byte_work / max(lines, 1)), framework_files / max(files, 1),
              bookkeeping / max(files, 1), np.log1p(files)]
    return " ".join(words), shares


def within_project(figures, repositories):
    """Each figure over the largest absolute value among the same project's labelled modules."""
    shares = np.zeros_like(figures)
    for repository in set(repositories):
        rows = repositories == repository
        largest = np.abs(figures[rows]).max(axis=0)
        largest[largest == 0] = 1
        shares[rows] = figures[rows] / largest
    return shares


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", required=True, help="the result files evaluate.py --output wrote")
    parser.add_argument("--labels", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels.csv"))
    parser.add_argument("--round", type=int, default=len(rounds._ROUNDS) + 1)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--checkouts", help="also try evidence read from the sources checked out here")
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
    if args.checkouts:
        more_evidence(args, judged, expected, repositories, with_kinds)


def more_evidence(args, judged, expected, repositories, with_kinds):
    """Logistic regressions on the figures with one group of source evidence added at a time."""
    read = [source_evidence(java_sources(args.checkouts, row[6])) for row in judged]
    unread = sum(1 for words, _ in read if not words)
    documents = [words for words, _ in read]
    shares = np.array([row for _, row in read])

    def across(make_features, c=0.03):
        predicted = np.zeros_like(expected)
        for fitted, left_out in GroupKFold(n_splits=args.folds).split(with_kinds, expected, repositories):
            train, test = make_features(fitted, left_out)
            model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(train, expected[fitted])
            predicted[left_out] = model.predict(test)
        return balanced_accuracy_score(expected, predicted)

    def scaled(x):
        def features(fitted, left_out):
            scaler = StandardScaler().fit(x[fitted])
            return scaler.transform(x[fitted]), scaler.transform(x[left_out])
        return features

    def with_words(fitted, left_out):
        train, test = scaled(with_kinds)(fitted, left_out)
        vectorizer = TfidfVectorizer(min_df=3, sublinear_tf=True, token_pattern=r"\S+")
        words_train = vectorizer.fit_transform([documents[i] for i in fitted])
        words_test = vectorizer.transform([documents[i] for i in left_out])
        return (hstack([csr_matrix(train), 3 * words_train]).tocsr(),
                hstack([csr_matrix(test), 3 * words_test]).tocsr())

    print("\nwith evidence read from the sources under %s (%d modules without sources found there)"
          % (args.checkouts, unread))
    print("(logistic regression, C=0.03, figures with ground and trait, scaled): balanced accuracy")
    relative = within_project(with_kinds, repositories)
    for name, features in [("the figures alone", scaled(with_kinds)),
                           ("+ words of class and package names", with_words),
                           ("+ byte-work, framework and bookkeeping shares", scaled(np.hstack([with_kinds, shares]))),
                           ("+ each figure's share of its project's largest", scaled(np.hstack([with_kinds, relative])))]:
        print("  %-50s %.2f" % (name, across(features)))


if __name__ == "__main__":
    main()
