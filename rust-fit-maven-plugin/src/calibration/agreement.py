#!/usr/bin/env python3
"""How far two careful readers agree: the label agreement study.

second-reader.csv holds labels made again, blind, for a sample of labels.csv's training modules
(16 per verdict, drawn at random). This script sets them against labels.csv's labels of the same
modules and prints the confusion matrix, each verdict's recall, balanced accuracy, exact agreement,
Cohen's kappa and STRONG_CANDIDATE<->KEEP swaps, the same measures evaluate.py applies to the
plugin. It bounds what the plugin's figures can mean: where two readers disagree, no rule can agree
with both.

second-reader-unseen.csv does the same for modules of the projects that were a round's blind test
split (rounds 4 to 18), drawn with --draw before any of them was read again: it bounds the blind
figure, which is measured on such projects.

usage: agreement.py [--labels labels.csv] [--second second-reader.csv]
       agreement.py --draw N --seed S [--rounds 4-18] [--labels labels.csv] [--second FILE ...]
         prints N modules per verdict of labels.csv from the test splits of those rounds, drawn in
         an order given by S and printed sorted by module, as repository,commit,project,module
         (never the verdict), leaving out the modules the --second files already hold
"""

import argparse
import csv
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate import VERDICTS, read_labels  # noqa: E402
import rounds  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def key(row):
    return row["repository"], row["project"], row["module"]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", default=os.path.join(HERE, "labels.csv"))
    parser.add_argument("--second", action="append", help="second readers' labels (default second-reader.csv)")
    parser.add_argument("--draw", type=int, help="print this many modules per verdict to label again, and stop")
    parser.add_argument("--seed", default="20261202", help="the draw's order: sha256 of seed and module")
    parser.add_argument("--rounds", default="4-18", help="draw from the test splits of these rounds (first-last)")
    args = parser.parse_args(argv)
    seconds = args.second or [os.path.join(HERE, "second-reader.csv")]
    if args.draw:
        draw(read_labels(args.labels), seconds, args.draw, args.seed, args.rounds)
        return
    if len(seconds) != 1:
        sys.exit("give one --second file to compare")
    args.second = seconds[0]
    first = {key(row): row for row in read_labels(args.labels)}
    pairs = []
    for row in read_labels(args.second):
        if key(row) not in first:
            sys.exit("%s: %s %s %s is not in %s" % (args.second, *key(row), args.labels))
        pairs.append((first[key(row)], row))
    matrix = {(a, b): 0 for a in VERDICTS for b in VERDICTS}
    for one, two in pairs:
        matrix[(one["expected"], two["expected"])] += 1
    width = max(len(v) for v in VERDICTS) + 2
    print("%d modules labelled twice" % len(pairs))
    print("first \\ second".ljust(width) + "".join(v.ljust(width) for v in VERDICTS))
    for a in VERDICTS:
        print(a.ljust(width) + "".join(str(matrix[(a, b)]).ljust(width) for b in VERDICTS))
    recalls = []
    for v in VERDICTS:
        total = sum(matrix[(v, b)] for b in VERDICTS)
        recalls.append(matrix[(v, v)] / total if total else 0.0)
        print("second reader's recall of %-17s %.2f (%d labelled)" % (v, recalls[-1], total))
    n = len(pairs)
    observed = sum(matrix[(v, v)] for v in VERDICTS) / n
    expected = sum(
        sum(matrix[(v, b)] for b in VERDICTS) / n * sum(matrix[(b, v)] for b in VERDICTS) / n for v in VERDICTS)
    swaps = matrix[("STRONG_CANDIDATE", "KEEP")] + matrix[("KEEP", "STRONG_CANDIDATE")]
    print("exact agreement    %.1f%%" % (100 * observed))
    print("balanced accuracy  %.2f" % (sum(recalls) / len(recalls)))
    print("Cohen's kappa      %.2f" % ((observed - expected) / (1 - expected)))
    print("STRONG_CANDIDATE<->KEEP swaps: %d" % swaps)


def draw(labels, seconds, per_verdict, seed, round_range):
    """Print per_verdict modules of each verdict from the given rounds' test splits, in seed's order."""
    first, last = (int(n) for n in round_range.split("-"))
    blind = frozenset().union(*rounds._ROUNDS[first - 1:last])
    commit_of = {key(row): row["commit"] for row in labels}
    done = {key(row) for path in seconds if os.path.isfile(path) for row in read_labels(path)}
    chosen = []
    for verdict in VERDICTS:
        pool = [row for row in labels
                if row["repository"] in blind and row["expected"] == verdict and key(row) not in done]
        pool.sort(key=lambda row: hashlib.sha256(("%s|%s|%s|%s" % (seed, *key(row))).encode()).hexdigest())
        chosen += [key(row) for row in pool[:per_verdict]]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    for repository, project, module in sorted(chosen):  # by module, so the order tells nothing of the verdict
        writer.writerow([repository, commit_of[(repository, project, module)], project, module])


if __name__ == "__main__":
    main()
